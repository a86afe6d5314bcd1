import { createHash } from 'node:crypto';
import {
  addDays,
  businessDateOf,
  clockRuleOf,
  type IsoDate,
  monthlySummaryDueOn,
  monthPeriod,
  periodToFixedDay,
  previousMonthOf,
  type RandomCheckReportKind,
  type RandomInspectionRules,
  yearlySummaryDueOn,
  yearPeriod,
} from '@qingshan/domain';
import type { Database } from '../../db/client';
import type { AuditActor } from '../../lib/audit/index';
import type { AppContext } from '../../lib/context';
import { profileForRegion } from '../../lib/profile';
import { findReportingAgencies } from '../agencies/index';
import {
  type ClockContext,
  insertClocksIfAbsent,
  type StartClockInput,
  startClock,
  stopClock,
  stopClocksOfSubjects,
} from '../clocks/index';
import { monthlyTableTitle } from './report.service';

/**
 * The random-check deadlines as statutory clocks (SYS-3): a task's field record (from the draw
 * to the plan's inspection deadline, on its inspectors), a completed result's publication (to
 * the plan's publication deadline, on the plan agency's managers) and an agency's monthly and
 * yearly tables (on whoever reports for it). Each starts at its event inside the act's own
 * transaction and stops when it is met; the act's audit entry records both.
 */

// 民法典 art. 203: a period whose last day is a rest day ends on the next working day.
const rolledForward = '期限末日为休息日的，顺延至其后第一个工作日（《中华人民共和国民法典》第二百零三条）';

export interface PlanClockFacts {
  id: string;
  number: string;
  title: string;
  agencyId: string;
  agencyRegionCode: string;
  inspectionStartsOn: IsoDate;
  inspectionDueOn: IsoDate;
  publicationDueOn: IsoDate;
}

export interface TaskClockFacts {
  id: string;
  entityName: string;
  plan: PlanClockFacts;
}

/** The field record of a task assigned on `assignedOn`: due by the plan's inspection deadline (DR-5). */
export function resultsClockOf(
  task: TaskClockFacts,
  inspectorUserIds: readonly string[],
  assignedOn: IsoDate,
): StartClockInput {
  const { plan } = task;
  const period = periodToFixedDay(assignedOn, plan.inspectionDueOn);
  return {
    subjectKind: 'random_check_task',
    subjectId: task.id,
    kind: 'inspection_record',
    agencyId: plan.agencyId,
    regionCode: plan.agencyRegionCode,
    responsibleUserIds: inspectorUserIds,
    ruleKey: 'inspectionResults',
    amount: period.amount,
    startedOn: period.startedOn,
    subject: task.entityName,
    context: `${plan.title}（${plan.number}）`,
    path: `/field-inspections/${task.id}`,
    // DR-4: the task does not exist for its inspectors before the inspection day.
    showsFrom: plan.inspectionStartsOn,
    basis: `抽查计划的检查截止日 ${plan.inspectionDueOn}；${rolledForward}`,
  };
}

/** The publication of a result completed on `completedOn`: due by the plan's publication deadline (DR-6). */
export function publicationClockOf(task: TaskClockFacts, completedOn: IsoDate): StartClockInput {
  const { plan } = task;
  const period = periodToFixedDay(completedOn, plan.publicationDueOn);
  return {
    subjectKind: 'random_check_task',
    subjectId: task.id,
    kind: 'results_publication',
    agencyId: plan.agencyId,
    regionCode: plan.agencyRegionCode,
    responsibleDuty: 'random_checks.manage',
    ruleKey: 'resultsPublication',
    amount: period.amount,
    startedOn: period.startedOn,
    subject: task.entityName,
    context: `${plan.title}（${plan.number}）`,
    path: `/random-checks/publication?planId=${plan.id}`,
  };
}

export interface ReportPeriodRef {
  kind: RandomCheckReportKind;
  /** `2026-10` for a monthly table, `2026` for a yearly summary. */
  period: string;
}

const reportRuleKeys = {
  monthly: 'randomInspectionMonthlySummary',
  yearly: 'randomInspectionYearlySummary',
} as const;

/** One subject per agency, kind and period: a name-based id, so the job and the submission meet on it. */
export function reportClockSubjectId(agencyId: string, ref: ReportPeriodRef): string {
  const hex = createHash('sha256')
    .update(`random-check-report:${agencyId}:${ref.kind}:${ref.period}`)
    .digest('hex');
  // RFC 9562 version 8 (custom) with the variant bits set.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((Number.parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The table an agency owes for a period (seed 002 二（二）5): 每月 5 日前上月汇总表, 12 月 15 日前年度总结. */
export function reportClockOf(
  agency: { id: string; name: string; regionCode: string },
  rules: RandomInspectionRules,
  ctx: Pick<AppContext, 'profile'>,
  ref: ReportPeriodRef,
): StartClockInput {
  const ruleKey = reportRuleKeys[ref.kind];
  const profileRule = clockRuleOf(profileForRegion(ctx, agency.regionCode), ruleKey);
  const due =
    ref.kind === 'monthly'
      ? monthlySummaryDueOn(ref.period, rules)
      : yearlySummaryDueOn(Number(ref.period), rules);
  const label = ref.kind === 'monthly' ? monthPeriod(ref.period).label : yearPeriod(Number(ref.period)).label;
  return {
    subjectKind: 'random_check_report',
    subjectId: reportClockSubjectId(agency.id, ref),
    kind: 'report_submission',
    agencyId: agency.id,
    regionCode: agency.regionCode,
    responsibleDuty: 'random_checks.report',
    ruleKey,
    // The period runs up to the profile's fixed day (`recurringDueDate`), the day before it not counted.
    startedOn: addDays(due, -profileRule.amount),
    subject:
      ref.kind === 'monthly' ? `${label}《${monthlyTableTitle}》` : `${label}“双随机、一公开”工作年度总结`,
    context: agency.name,
    path:
      ref.kind === 'monthly'
        ? `/random-checks/reports?month=${ref.period}`
        : `/random-checks/reports?tab=yearly&year=${ref.period}`,
    // A monthly table from its month's end, the yearly summary from the 1st of its due month.
    showsFrom: ref.kind === 'monthly' ? addDays(monthPeriod(ref.period).end, 1) : `${due.slice(0, 7)}-01`,
    basis:
      ref.kind === 'monthly'
        ? `每月 ${rules.monthlySummaryDueDay.day} 日前上报上月汇总表（${rules.monthlySummaryDueDay.basis}）；${rolledForward}`
        : `每年 ${rules.yearlySummaryDue.month} 月 ${rules.yearlySummaryDue.day} 日前上报年度总结（${rules.yearlySummaryDue.basis}）；${rolledForward}`,
  };
}

/** The periods whose table falls due from `today`: last month's, and this year's from its due month on. */
export function reportPeriodsOpenOn(today: IsoDate, rules: RandomInspectionRules): ReportPeriodRef[] {
  const periods: ReportPeriodRef[] = [{ kind: 'monthly', period: previousMonthOf(today) }];
  const year = Number(today.slice(0, 4));
  if (today.slice(0, 7) >= yearlySummaryDueOn(year, rules).slice(0, 7)) {
    periods.push({ kind: 'yearly', period: String(year) });
  }
  return periods;
}

/**
 * The scheduled start of the report clocks (DR-7): on a period's first day every reporting
 * agency owes its table. Idempotent — a clock already there (running, met or escalated) is kept —
 * so it may run every hour and on every server process.
 */
export async function startReportClocks(ctx: ClockContext): Promise<void> {
  const today = businessDateOf(ctx.clock.now());
  const agencies = await findReportingAgencies(ctx.db);
  const inputs = agencies.flatMap((agency) => {
    const rules = profileForRegion(ctx, agency.regionCode).randomInspection;
    return reportPeriodsOpenOn(today, rules).map((ref) => reportClockOf(agency, rules, ctx, ref));
  });
  await insertClocksIfAbsent(ctx, ctx.db, inputs);
}

/** The agency submitted its table: the clock (started now if the job had not yet) stops. */
export async function stopReportClock(
  ctx: AppContext,
  db: Database,
  actor: AuditActor,
  agency: { id: string; name: string; regionCode: string },
  rules: RandomInspectionRules,
  ref: ReportPeriodRef,
  on: IsoDate,
): Promise<void> {
  const input = reportClockOf(agency, rules, ctx, ref);
  await insertClocksIfAbsent(ctx, db, [input]);
  await stopClock(
    ctx,
    db,
    actor,
    { subjectKind: input.subjectKind, subjectId: input.subjectId, ruleKey: input.ruleKey },
    { metOn: on, reason: '已上报', isPartOfAuditedAct: true },
  );
}

/** The submission was withdrawn: the agency owes the table again, on the same due day. */
export async function reopenReportClock(
  ctx: AppContext,
  db: Database,
  agency: { id: string; name: string; regionCode: string },
  rules: RandomInspectionRules,
  ref: ReportPeriodRef,
): Promise<void> {
  await startClock(ctx, db, reportClockOf(agency, rules, ctx, ref));
}

/** A draw annulled: its tasks' clocks are cancelled (the tasks no longer exist). */
export function cancelTaskClocks(ctx: AppContext, db: Database, taskIds: readonly string[], on: IsoDate) {
  return stopClocksOfSubjects(ctx, db, 'random_check_task', taskIds, { metOn: on, outcome: 'cancelled' });
}

/** Results published: their publication clocks are met. */
export function stopPublicationClocks(
  ctx: AppContext,
  db: Database,
  taskIds: readonly string[],
  on: IsoDate,
) {
  return stopClocksOfSubjects(ctx, db, 'random_check_task', taskIds, {
    metOn: on,
    ruleKey: 'resultsPublication',
  });
}
