import {
  addCoverageFacts,
  addRandomCheckFacts,
  businessDateOf,
  coverageFiguresOf,
  emptyCoverageFacts,
  emptyRandomCheckFacts,
  monthlySummaryDueOn,
  monthPeriod,
  type RandomCheckCoverage,
  type RandomCheckCoverageFacts,
  type RandomCheckCoverageQuery,
  type RandomCheckCoverageRow,
  type RandomCheckFacts,
  type RandomCheckMonthlyReportQuery,
  type RandomCheckSummary,
  type RandomCheckSummaryRow,
  type RandomCheckYearlyReportQuery,
  type RandomInspectionRules,
  type ReportRow,
  rollUpReport,
  summaryFiguresOf,
  yearlySummaryDueOn,
  yearPeriod,
} from '@qingshan/domain';
import type { AuthContext } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { invalidField, notFound } from '../../lib/errors';
import { isAgencyInScope } from '../../lib/jurisdiction';
import { profileForRegion } from '../../lib/profile';
import { findAgency } from '../agencies/index';
import { findCoverageFacts, findRandomCheckFacts, findReportAgencies } from './report.repository';

/**
 * DR-7: the monthly table 《环境执法“双随机、一公开”情况汇总表》, the yearly summary and the
 * coverage against the ratios, for any agency of the caller's jurisdiction (rolled up over the
 * units below it), and the to-do reminders of their due dates. Read-only; exports are audited in
 * report.export.ts.
 */

export const monthlyTableTitle = '环境执法“双随机、一公开”情况汇总表';

/** The earlier of two business dates (`YYYY-MM-DD` sorts as text). */
function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

export interface ReportRoot {
  id: string;
  name: string;
  regionCode: string;
  rules: RandomInspectionRules;
}

/**
 * The agency the report is for: the one asked for (default the caller's jurisdiction root),
 * which must lie in the caller's subtree (else 404, nothing said about it), and then the bureau
 * an enforcement unit serves (局队合一: the 大队 reports in its 局's table).
 */
export async function resolveRoot(
  ctx: AppContext,
  auth: AuthContext,
  agencyId: string | undefined,
): Promise<ReportRoot> {
  const requested = agencyId ?? auth.scopeRootAgencyId;
  if (!(await isAgencyInScope(ctx.db, auth, requested))) throw notFound('机构');
  let agency = await findAgency(ctx.db, requested);
  if (!agency) throw notFound('机构');
  if (agency.jurisdictionAgencyId && (await isAgencyInScope(ctx.db, auth, agency.jurisdictionAgencyId))) {
    agency = (await findAgency(ctx.db, agency.jurisdictionAgencyId)) ?? agency;
  }
  return {
    id: agency.id,
    name: agency.name,
    regionCode: agency.regionCode,
    rules: profileForRegion(ctx, agency.regionCode).randomInspection,
  };
}

function toSummaryRow(row: ReportRow<RandomCheckFacts>, target: number): RandomCheckSummaryRow {
  return {
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    isOwnLevel: row.isOwnLevel,
    ...summaryFiguresOf(row.facts, target),
  };
}

async function summarise(
  ctx: AppContext,
  root: ReportRoot,
  period: { start: string; end: string; asOf: string },
) {
  const [agencies, facts] = [
    await findReportAgencies(ctx.db, root.id),
    await findRandomCheckFacts(ctx.db, root.id, period),
  ];
  const rollUp = rollUpReport({
    agencies,
    rootId: root.id,
    facts,
    empty: emptyRandomCheckFacts,
    add: addRandomCheckFacts,
  });
  const target = root.rules.disclosureRateTarget.percent;
  return {
    rows: rollUp.rows.map((row) => toSummaryRow(row, target)),
    total: toSummaryRow(
      { agencyId: root.id, agencyName: '合计', isOwnLevel: false, facts: rollUp.total },
      target,
    ),
  };
}

function basisOf(rules: RandomInspectionRules): string {
  return `报送期限：${rules.monthlySummaryDueDay.basis}；公开率目标：${rules.disclosureRateTarget.basis}`;
}

export async function getMonthlyReport(
  ctx: AppContext,
  auth: AuthContext,
  query: RandomCheckMonthlyReportQuery,
): Promise<RandomCheckSummary> {
  const today = todayOf(ctx);
  const period = monthPeriod(query.month);
  if (period.start > today) {
    throw invalidField('month', `${period.label}尚未开始，请选择 ${today.slice(0, 7)} 或之前的月份`);
  }
  const root = await resolveRoot(ctx, auth, query.agencyId);
  const asOf = earlierOf(period.end, today);
  const { rows, total } = await summarise(ctx, root, { ...period, asOf });
  return {
    kind: 'monthly',
    title: monthlyTableTitle,
    period: query.month,
    periodLabel: period.label,
    periodStart: period.start,
    periodEnd: period.end,
    agency: { id: root.id, name: root.name },
    dueOn: monthlySummaryDueOn(query.month, root.rules),
    asOf,
    disclosureTargetPercent: root.rules.disclosureRateTarget.percent,
    basis: basisOf(root.rules),
    rows,
    total,
    months: [],
  };
}

export async function getYearlyReport(
  ctx: AppContext,
  auth: AuthContext,
  query: RandomCheckYearlyReportQuery,
): Promise<RandomCheckSummary> {
  const today = todayOf(ctx);
  const period = yearPeriod(query.year);
  if (period.start > today) {
    throw invalidField('year', `${period.label}尚未开始，请选择 ${today.slice(0, 4)} 年或之前的年度`);
  }
  const root = await resolveRoot(ctx, auth, query.agencyId);
  const asOf = earlierOf(period.end, today);
  const { rows, total } = await summarise(ctx, root, { ...period, asOf });
  // The year month by month, for the summary's trend (the chosen agency's totals only).
  const months: RandomCheckSummary['months'] = [];
  const lastMonth = Number(asOf.slice(5, 7));
  for (let month = 1; month <= lastMonth; month++) {
    const key = `${query.year}-${String(month).padStart(2, '0')}`;
    const monthRange = monthPeriod(key);
    const monthAsOf = earlierOf(monthRange.end, today);
    const summary = await summarise(ctx, root, { ...monthRange, asOf: monthAsOf });
    months.push({ month: key, ...summary.total, agencyName: monthRange.label });
  }
  return {
    kind: 'yearly',
    title: `${query.year}年环境执法“双随机、一公开”工作年度总结统计表`,
    period: String(query.year),
    periodLabel: period.label,
    periodStart: period.start,
    periodEnd: period.end,
    agency: { id: root.id, name: root.name },
    dueOn: yearlySummaryDueOn(query.year, root.rules),
    asOf,
    disclosureTargetPercent: root.rules.disclosureRateTarget.percent,
    basis: `报送期限：${root.rules.yearlySummaryDue.basis}；公开率目标：${root.rules.disclosureRateTarget.basis}`,
    rows,
    total,
    months,
  };
}

function toCoverageRow(
  row: ReportRow<RandomCheckCoverageFacts>,
  asOf: string,
  year: number,
): RandomCheckCoverageRow {
  return {
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    isOwnLevel: row.isOwnLevel,
    ...coverageFiguresOf(row.facts, asOf, year),
  };
}

export async function getCoverageReport(
  ctx: AppContext,
  auth: AuthContext,
  query: RandomCheckCoverageQuery,
): Promise<RandomCheckCoverage> {
  const today = todayOf(ctx);
  const period = yearPeriod(query.year);
  if (period.start > today) {
    throw invalidField('year', `${period.label}尚未开始，请选择 ${today.slice(0, 4)} 年或之前的年度`);
  }
  const root = await resolveRoot(ctx, auth, query.agencyId);
  const asOf = earlierOf(period.end, today);
  const agencies = await findReportAgencies(ctx.db, root.id);
  const { generalObjectRatio, keyPolluterQuarterlyCoverage } = root.rules;
  const facts = await findCoverageFacts(ctx.db, root.id, query.year, asOf, generalObjectRatio);
  const rollUp = rollUpReport({
    agencies,
    rootId: root.id,
    facts,
    empty: emptyCoverageFacts,
    add: addCoverageFacts,
  });
  return {
    title: `${query.year}年“双随机、一公开”抽查比例与覆盖情况`,
    year: query.year,
    agency: { id: root.id, name: root.name },
    asOf,
    ratios: {
      city: { officers: generalObjectRatio.city.officers, entities: generalObjectRatio.city.entities },
      county: { officers: generalObjectRatio.county.officers, entities: generalObjectRatio.county.entities },
      keyPolluterCountyPercent: keyPolluterQuarterlyCoverage.countyPercent,
      basis: generalObjectRatio.basis,
    },
    rows: rollUp.rows.map((row) => toCoverageRow(row, asOf, query.year)),
    total: toCoverageRow(
      { agencyId: root.id, agencyName: '合计', isOwnLevel: false, facts: rollUp.total },
      asOf,
      query.year,
    ),
  };
}
