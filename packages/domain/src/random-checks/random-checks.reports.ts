import { daysBetween, daysInMonth } from '../calendar/calendar.dates';
import type { OfficerRatio, RandomInspectionRules } from '../profile/profile.schema';

/**
 * 双随机、一公开 reporting (DR-6, DR-7): the periods and due dates of the monthly table and the
 * yearly summary, the disclosure rate, and the roll-up of per-agency facts into the table's rows.
 * Pure: the server reads the facts with SQL and hands them here; the web shows what comes back.
 *
 * Seed 002 二（二）5 (执行"月调度、年总结"工作制度): "各县区于每月 5 日前报送《环境执法"双随机、
 * 一公开"情况汇总表》……于每年 12 月 15 日前将年度总结上报". The days come from the province
 * profile (`monthlySummaryDueDay`, `yearlySummaryDue`); seed 002 二（二）4 sets the disclosure
 * target ("信息公开率应达到 100%", profile `disclosureRateTarget`).
 */

// ---------------------------------------------------------------------------------------------
// Periods and due dates
// ---------------------------------------------------------------------------------------------

export interface ReportPeriod {
  /** First and last business date of the period, inclusive. */
  start: string;
  end: string;
  /** 2026年10月 / 2026年 */
  label: string;
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function isReportMonth(value: string): boolean {
  return monthPattern.test(value);
}

/** `2026-10` → 1–31 October 2026. */
export function monthPeriod(month: string): ReportPeriod {
  const match = monthPattern.exec(month);
  if (!match) throw new Error(`月份格式应为 YYYY-MM：${month}`);
  const year = Number(match[1]);
  const monthNumber = Number(match[2]);
  return {
    start: `${month}-01`,
    end: `${month}-${pad(daysInMonth(year, monthNumber))}`,
    label: `${year}年${monthNumber}月`,
  };
}

export function yearPeriod(year: number): ReportPeriod {
  return { start: `${year}-01-01`, end: `${year}-12-31`, label: `${year}年` };
}

/** The month before `date`'s month, as `YYYY-MM`. */
export function previousMonthOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}

/**
 * The monthly table of `month` is due on the profile's day of the following month (seed 002
 * 二（二）5: 每月 5 日前报送). A calendar day, as the seed writes it; a due day past the end of a
 * short month falls on its last day.
 */
export function monthlySummaryDueOn(
  month: string,
  rules: Pick<RandomInspectionRules, 'monthlySummaryDueDay'>,
): string {
  const { start } = monthPeriod(month);
  const year = Number(start.slice(0, 4));
  const monthNumber = Number(start.slice(5, 7));
  const dueYear = monthNumber === 12 ? year + 1 : year;
  const dueMonth = monthNumber === 12 ? 1 : monthNumber + 1;
  const day = Math.min(rules.monthlySummaryDueDay.day, daysInMonth(dueYear, dueMonth));
  return `${dueYear}-${pad(dueMonth)}-${pad(day)}`;
}

/** The yearly summary of `year` is due on the profile's date of that year (seed 002 二（二）5: 12 月 15 日前). */
export function yearlySummaryDueOn(
  year: number,
  rules: Pick<RandomInspectionRules, 'yearlySummaryDue'>,
): string {
  const { month, day } = rules.yearlySummaryDue;
  return `${year}-${pad(month)}-${pad(Math.min(day, daysInMonth(year, month)))}`;
}

export type RandomCheckReportKind = 'monthly' | 'yearly';

export interface RandomCheckReportReminder {
  kind: RandomCheckReportKind;
  /** `2026-10` for the monthly table, `2026` for the yearly summary. */
  period: string;
  periodLabel: string;
  dueOn: string;
  /** 0 on the due day itself, negative once it has passed. */
  daysLeft: number;
  isOverdue: boolean;
}

/** The key of one table of one period, as `isSubmitted` receives it. */
export function reportPeriodKey(kind: RandomCheckReportKind, period: string): string {
  return `${kind}:${period}`;
}

export interface ReportReminderOptions {
  /** The tables the agency has submitted (keys of `reportPeriodKey`); they remind no more. */
  submitted?: ReadonlySet<string>;
  /**
   * Moves a due day that is not a working day to the next one (the profile's roll-forward rule,
   * applied with the working calendar by the caller); the identity where no calendar is at hand.
   */
  rollToWorkingDay?: (date: string) => string;
}

/**
 * What the to-do list reminds about on `today` (SYS-3): last month's table from the 1st of the
 * month, and the yearly summary from the 1st of its due month, each until it is submitted (上报).
 * Past its due day an unsubmitted table stays, overdue — for the rest of that month (monthly) or
 * that year (yearly); after that the superior's submission view still shows it missing.
 */
export function randomCheckReportReminders(
  today: string,
  rules: Pick<RandomInspectionRules, 'monthlySummaryDueDay' | 'yearlySummaryDue'>,
  options: ReportReminderOptions = {},
): RandomCheckReportReminder[] {
  const submitted = options.submitted ?? new Set<string>();
  const roll = options.rollToWorkingDay ?? ((date: string) => date);
  const reminders: RandomCheckReportReminder[] = [];
  const remind = (kind: RandomCheckReportKind, period: string, periodLabel: string, dueOn: string) => {
    if (submitted.has(reportPeriodKey(kind, period))) return;
    const daysLeft = daysBetween(today, dueOn);
    reminders.push({ kind, period, periodLabel, dueOn, daysLeft, isOverdue: daysLeft < 0 });
  };
  const month = previousMonthOf(today);
  remind('monthly', month, monthPeriod(month).label, roll(monthlySummaryDueOn(month, rules)));
  const year = Number(today.slice(0, 4));
  const yearlyDueOn = yearlySummaryDueOn(year, rules);
  if (today.slice(0, 7) >= yearlyDueOn.slice(0, 7)) {
    remind('yearly', String(year), yearPeriod(year).label, roll(yearlyDueOn));
  }
  return reminders;
}

// ---------------------------------------------------------------------------------------------
// Disclosure rate (DR-6, PUB-3)
// ---------------------------------------------------------------------------------------------

/**
 * 信息公开率 = published results ÷ completed inspections of the period, as a percent with one
 * decimal; null when nothing was completed (a rate of nothing is not 0 % and not 100 %).
 */
export function disclosureRatePercent(published: number, completed: number): number | null {
  if (completed <= 0) return null;
  return Math.round((Math.min(published, completed) / completed) * 1000) / 10;
}

/** Below the profile's target (seed 002 二（二）4: 100 %); a period with nothing completed is not. */
export function isDisclosureBelowTarget(ratePercent: number | null, targetPercent: number): boolean {
  return ratePercent !== null && ratePercent < targetPercent;
}

/** A share as a percent with one decimal, null when the whole is 0 (coverage, ratio achievement). */
export function sharePercent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

// ---------------------------------------------------------------------------------------------
// Facts and their roll-up over the agency tree
// ---------------------------------------------------------------------------------------------

/**
 * What one agency did in a period, as the server counts it. Counts add up over agencies; the
 * officers do not (an officer may work on tasks of two agencies), so they travel as ids and
 * are counted once per row.
 */
export interface RandomCheckFacts {
  /** Plans drawn in the period; of them special-campaign plans and cross-department joint draws. */
  plans: number;
  specialPlans: number;
  jointPlans: number;
  /** Entities drawn by those plans, per stratum. */
  drawnGeneral: number;
  drawnKeyPolluter: number;
  drawnSpecial: number;
  /** Tasks completed (both officers confirmed) with the inspection in the period, and their outcomes. */
  inspected: number;
  noProblem: number;
  problemFound: number;
  entityClosed: number;
  /** Findings of those inspections; those made rectification items and case referrals (both counts both). */
  findings: number;
  rectifications: number;
  caseReferrals: number;
  /** Of the inspected tasks: results published, and published by the plan's publication date. */
  published: number;
  publishedOnTime: number;
  /** Tasks without a result at the period's end although the plan's inspection deadline had passed. */
  overdue: number;
  /** Officers on the inspected tasks. */
  officerIds: string[];
}

export const randomCheckFactCounts = [
  'plans',
  'specialPlans',
  'jointPlans',
  'drawnGeneral',
  'drawnKeyPolluter',
  'drawnSpecial',
  'inspected',
  'noProblem',
  'problemFound',
  'entityClosed',
  'findings',
  'rectifications',
  'caseReferrals',
  'published',
  'publishedOnTime',
  'overdue',
] as const satisfies readonly (keyof RandomCheckFacts)[];

export function emptyRandomCheckFacts(): RandomCheckFacts {
  const facts = { officerIds: [] as string[] } as RandomCheckFacts;
  for (const key of randomCheckFactCounts) facts[key] = 0;
  return facts;
}

/** One row of the table: an agency's facts with the derived columns. */
export interface RandomCheckSummaryFigures extends Omit<RandomCheckFacts, 'officerIds'> {
  drawnTotal: number;
  officers: number;
  disclosureRatePercent: number | null;
  isBelowTarget: boolean;
}

export function summaryFiguresOf(facts: RandomCheckFacts, targetPercent: number): RandomCheckSummaryFigures {
  const { officerIds, ...counts } = facts;
  const rate = disclosureRatePercent(facts.published, facts.inspected);
  return {
    ...counts,
    drawnTotal: facts.drawnGeneral + facts.drawnKeyPolluter + facts.drawnSpecial,
    officers: new Set(officerIds).size,
    disclosureRatePercent: rate,
    isBelowTarget: isDisclosureBelowTarget(rate, targetPercent),
  };
}

/** An agency as the roll-up needs it (the caller's jurisdiction subtree, any order). */
export interface ReportAgency {
  id: string;
  name: string;
  parentId: string | null;
  /** 局队合一: the bureau whose jurisdiction an enforcement unit exercises; it reports with that bureau. */
  jurisdictionAgencyId: string | null;
  sortOrder: number;
  /** False for agencies that never report on their own (police liaison units, grids): they fold into their parent. */
  isReportingUnit: boolean;
}

export interface ReportRow<Facts> {
  agencyId: string;
  agencyName: string;
  /** The chosen agency's own work (本级), as opposed to a unit below it. */
  isOwnLevel: boolean;
  facts: Facts;
}

export interface ReportRollUp<Facts> {
  rootId: string;
  rootName: string;
  /** 本级 first (when it has anything), then each unit directly below, in the tree's order. */
  rows: ReportRow<Facts>[];
  total: Facts;
}

/**
 * The reporting unit an agency's facts count under: an enforcement unit reports with the bureau
 * it serves (局队合一, seeds 003/004: the 大队 and its 局 send one table), a police unit or grid with
 * its parent's unit. Agencies outside `byId` (above the caller's subtree) end the walk.
 */
function unitOf(id: string, byId: Map<string, ReportAgency>): string {
  let current = byId.get(id);
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    if (current.jurisdictionAgencyId && byId.has(current.jurisdictionAgencyId)) {
      current = byId.get(current.jurisdictionAgencyId);
      continue;
    }
    if (!current.isReportingUnit && current.parentId && byId.has(current.parentId)) {
      current = byId.get(current.parentId);
      continue;
    }
    return current.id;
  }
  return id;
}

/**
 * Rolls per-agency facts up to the rows of the table for `rootId` (seed 002 二（二）5: each county
 * reports its table; a city sees its counties side by side): one row per reporting unit directly
 * below the root, each with everything below it, the root's own work as 本级, and the total.
 * The root itself is first mapped to its reporting unit, so choosing a 大队 shows its 局.
 */
export function rollUpReport<Facts>(options: {
  agencies: readonly ReportAgency[];
  rootId: string;
  facts: ReadonlyMap<string, Facts>;
  empty: () => Facts;
  add: (into: Facts, from: Facts) => void;
}): ReportRollUp<Facts> {
  const byId = new Map(options.agencies.map((agency) => [agency.id, agency]));
  const root = unitOf(options.rootId, byId);
  const rootAgency = byId.get(root);
  if (!rootAgency) throw new Error(`机构不在列表中：${options.rootId}`);
  // The unit directly below the root that contains each unit (the root maps to itself).
  const rowOf = new Map<string, string | null>();
  const rowUnitOf = (unit: string): string | null => {
    if (rowOf.has(unit)) return rowOf.get(unit)!;
    let answer: string | null = null;
    if (unit === root) answer = root;
    else {
      const parent = byId.get(unit)?.parentId;
      const parentUnit = parent && byId.has(parent) ? unitOf(parent, byId) : null;
      if (parentUnit === root) answer = unit;
      else if (parentUnit && parentUnit !== unit) answer = rowUnitOf(parentUnit);
    }
    rowOf.set(unit, answer);
    return answer;
  };

  const rowFacts = new Map<string, Facts>();
  const total = options.empty();
  for (const agency of options.agencies) {
    const unit = unitOf(agency.id, byId);
    if (unit !== agency.id || unit === root) continue;
    if (rowUnitOf(unit) === unit) rowFacts.set(unit, options.empty());
  }
  for (const [agencyId, facts] of options.facts) {
    if (!byId.has(agencyId)) continue;
    const row = rowUnitOf(unitOf(agencyId, byId));
    if (row === null) continue;
    if (!rowFacts.has(row)) rowFacts.set(row, options.empty());
    options.add(rowFacts.get(row)!, facts);
    options.add(total, facts);
  }

  const order = (id: string) => byId.get(id)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  const rows: ReportRow<Facts>[] = [];
  const units = [...rowFacts.keys()].filter((id) => id !== root).sort((a, b) => order(a) - order(b));
  // 本级 when it did anything, and always for an agency with no unit below it (a county's one row).
  const own = rowFacts.get(root) ?? (units.length === 0 ? options.empty() : undefined);
  if (own) rows.push({ agencyId: root, agencyName: rootAgency.name, isOwnLevel: true, facts: own });
  for (const id of units) {
    rows.push({ agencyId: id, agencyName: byId.get(id)!.name, isOwnLevel: false, facts: rowFacts.get(id)! });
  }
  return { rootId: root, rootName: rootAgency.name, rows, total };
}

export function addRandomCheckFacts(into: RandomCheckFacts, from: RandomCheckFacts): void {
  for (const key of randomCheckFactCounts) into[key] += from[key];
  for (const id of from.officerIds) into.officerIds.push(id);
}

// ---------------------------------------------------------------------------------------------
// Coverage against the ratios (DR-7)
// ---------------------------------------------------------------------------------------------

/**
 * The ratio an agency draws at: counties and their field offices at the county ratio, the
 * province and the cities at the city ratio (2015 national plan; seed 002 二（二）3).
 */
export function ratioLevelOf(agencyLevel: string): 'city' | 'county' {
  return agencyLevel === 'county' || agencyLevel === 'field' ? 'county' : 'city';
}

/**
 * General objects a year's checks must reach for `officers` eligible officers: seed 002 二（二）3
 * 市级至少按照 1:5 的人员企业数量比进行抽查，县区至少按照 1:10 — officers : entities, at least.
 */
export function generalRequiredOf(officers: number, ratio: OfficerRatio): number {
  return Math.ceil((officers * ratio.entities) / ratio.officers);
}

/**
 * A year's coverage for one agency. `generalRequired` is what the ratio asks of the agency's
 * officers on duty with a valid certificate (`generalRequiredOf`), measured independently of the
 * draws, so an agency that drew too little (or not at all) shows short; key polluters are covered
 * when drawn at least once in the year (seed 002 二（二）3: 每年至少对其进行一次检查; 2015
 * national plan: 25 % a quarter).
 */
export interface RandomCheckCoverageFacts {
  plans: number;
  generalRequired: number;
  generalDrawn: number;
  generalInspected: number;
  keyPollutersListed: number;
  keyPollutersDrawn: number;
  keyPollutersInspected: number;
  specialObjects: number;
  specialDrawn: number;
  /** On duty with an enforcement certificate valid on the report's date. */
  eligibleOfficers: number;
}

export const randomCheckCoverageCounts = [
  'plans',
  'generalRequired',
  'generalDrawn',
  'generalInspected',
  'keyPollutersListed',
  'keyPollutersDrawn',
  'keyPollutersInspected',
  'specialObjects',
  'specialDrawn',
  'eligibleOfficers',
] as const satisfies readonly (keyof RandomCheckCoverageFacts)[];

export function emptyCoverageFacts(): RandomCheckCoverageFacts {
  const facts = {} as RandomCheckCoverageFacts;
  for (const key of randomCheckCoverageCounts) facts[key] = 0;
  return facts;
}

export function addCoverageFacts(into: RandomCheckCoverageFacts, from: RandomCheckCoverageFacts): void {
  for (const key of randomCheckCoverageCounts) into[key] += from[key];
}

export interface RandomCheckCoverageFigures extends RandomCheckCoverageFacts {
  /** General objects drawn ÷ required by the ratio. */
  generalAchievementPercent: number | null;
  /** Key polluters drawn this year ÷ listed this year. */
  keyPolluterCoveragePercent: number | null;
  keyPolluterInspectedPercent: number | null;
  /** Fewer general objects drawn than the ratio asked. */
  isGeneralShort: boolean;
  /**
   * Key polluters not all drawn although the year is nearly over: from the fourth quarter on,
   * every listed one should have been drawn by the quarterly draws.
   */
  isKeyPolluterShort: boolean;
}

export function coverageFiguresOf(
  facts: RandomCheckCoverageFacts,
  asOf: string,
  year: number,
): RandomCheckCoverageFigures {
  const isFourthQuarter = asOf > `${year}-09-30`;
  return {
    ...facts,
    generalAchievementPercent: sharePercent(facts.generalDrawn, facts.generalRequired),
    keyPolluterCoveragePercent: sharePercent(facts.keyPollutersDrawn, facts.keyPollutersListed),
    keyPolluterInspectedPercent: sharePercent(facts.keyPollutersInspected, facts.keyPollutersListed),
    isGeneralShort: facts.generalDrawn < facts.generalRequired,
    isKeyPolluterShort: isFourthQuarter && facts.keyPollutersDrawn < facts.keyPollutersListed,
  };
}
