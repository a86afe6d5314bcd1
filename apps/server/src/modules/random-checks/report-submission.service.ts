import { randomUUID } from 'node:crypto';
import {
  addRandomCheckFacts,
  businessDateOf,
  emptyRandomCheckFacts,
  monthlySummaryDueOn,
  monthPeriod,
  nextWorkingDayFrom,
  type RandomCheckReportKind,
  type RandomCheckReportReminders,
  type RandomInspectionRules,
  type ReportSubmission,
  type ReportSubmissionOverview,
  type ReportTablePeriod,
  randomCheckReportReminders,
  reportPeriodKey,
  reportSubmissionStatusLabels,
  rollUpReport,
  type WithdrawReportSubmissionRequest,
  type WorkingCalendar,
  yearlySummaryDueOn,
  yearPeriod,
} from '@qingshan/domain';
import type { Database } from '../../db/client';
import { appendAudit, digestState } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { isAgencyInScope } from '../../lib/jurisdiction';
import { isUniqueViolation } from '../../lib/sql-helpers';
import { loadWorkingCalendar } from '../calendar/index';
import { reopenReportClock, stopReportClock } from './random-check.clocks';
import { findReportAgencies } from './report.repository';
import {
  getMonthlyReport,
  getYearlyReport,
  monthlyTableTitle,
  type ReportRoot,
  resolveRoot,
} from './report.service';
import {
  findCurrentSubmissionKeys,
  findSubmissionById,
  findSubmissions,
  insertSubmission,
  type ReportSubmissionRow,
  updateSubmittedSubmission,
} from './report-submission.repository';

/**
 * 上报 (DR-7, seed 002 二（二）5): an agency sends its own monthly table or yearly summary to the
 * agency above; the superior sees which units below it have and have not, and accepts them. The
 * figures are frozen at submission with their SHA-256, so what was sent stays provable.
 */

const kindTitles = { monthly: '月度情况汇总表', yearly: '年度总结统计表' } as const;

function periodLabelOf(input: ReportTablePeriod): string {
  return input.kind === 'monthly' ? monthPeriod(input.period).label : yearPeriod(Number(input.period)).label;
}

/**
 * The due day of the table: the profile's calendar day (每月 5 日前 / 12 月 15 日前), moved to
 * the next working day when it is a rest day, as the profile's calendar-day periods are.
 */
export function reportDueOn(
  calendar: WorkingCalendar,
  rules: RandomInspectionRules,
  input: ReportTablePeriod,
): string {
  const due =
    input.kind === 'monthly'
      ? monthlySummaryDueOn(input.period, rules)
      : yearlySummaryDueOn(Number(input.period), rules);
  return rollToWorkingDay(calendar, due);
}

export function rollToWorkingDay(calendar: WorkingCalendar, date: string): string {
  // A due day that falls on a rest day moves to the next working day (民法典 art. 203).
  return nextWorkingDayFrom(calendar, date);
}

function dueBasisOf(rules: RandomInspectionRules, input: ReportTablePeriod): string {
  const basis = input.kind === 'monthly' ? rules.monthlySummaryDueDay.basis : rules.yearlySummaryDue.basis;
  return `${basis}；截止日为休息日的，顺延至下一个工作日`;
}

function present(row: ReportSubmissionRow): ReportSubmission {
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    kind: row.kind as ReportSubmission['kind'],
    period: row.period,
    status: row.status as ReportSubmission['status'],
    dueOn: row.dueOn,
    submittedAt: row.submittedAt.toISOString(),
    submittedByName: row.submittedByName,
    isLate: businessDateOf(row.submittedAt) > row.dueOn,
    figuresHash: row.figuresHash,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    withdrawnByName: row.withdrawnByName,
    withdrawReason: row.withdrawReason,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    acceptedByName: row.acceptedByName,
  };
}

/** The reporting units directly below the root: the rows of its table other than 本级. */
async function subordinateUnitsOf(db: Database, root: ReportRoot) {
  const rollUp = rollUpReport({
    agencies: await findReportAgencies(db, root.id),
    rootId: root.id,
    facts: new Map(),
    empty: emptyRandomCheckFacts,
    add: addRandomCheckFacts,
  });
  return rollUp.rows
    .filter((row) => !row.isOwnLevel)
    .map((row) => ({ id: row.agencyId, name: row.agencyName }));
}

/** Where the caller's table of this period stands, and (for a superior) the units below it. */
export async function getSubmissionOverview(
  ctx: AppContext,
  auth: AuthContext,
  input: ReportTablePeriod,
): Promise<ReportSubmissionOverview> {
  const root = await resolveRoot(ctx, auth, undefined);
  const [calendar, units] = await Promise.all([
    loadWorkingCalendar(ctx.db),
    subordinateUnitsOf(ctx.db, root),
  ]);
  const dueOn = reportDueOn(calendar, root.rules, input);
  const isPastDue = todayOf(ctx) > dueOn;
  const rows = await findSubmissions(
    ctx.db,
    [root.id, ...units.map((unit) => unit.id)],
    input.kind,
    input.period,
  );
  const currentOf = (agencyId: string) =>
    rows.find((row) => row.agencyId === agencyId && row.status !== 'withdrawn') ?? null;
  const own = currentOf(root.id);
  return {
    kind: input.kind,
    period: input.period,
    periodLabel: periodLabelOf(input),
    agency: { id: root.id, name: root.name },
    dueOn,
    dueBasis: dueBasisOf(root.rules, input),
    isPastDue,
    current: own ? present(own) : null,
    history: rows.filter((row) => row.agencyId === root.id && row !== own).map(present),
    subordinates: units.map((unit) => {
      const current = currentOf(unit.id);
      return {
        agencyId: unit.id,
        agencyName: unit.name,
        state: current ? (current.status as 'submitted' | 'accepted') : 'not_submitted',
        isOverdue: current === null && isPastDue,
        submission: current ? present(current) : null,
      };
    }),
  };
}

/**
 * The to-do reminders of the caller's agency (SYS-3): last month's table and the yearly summary
 * from their windows until the agency has submitted them, overdue past the (rolled) due day.
 */
export async function getReportReminders(
  ctx: AppContext,
  auth: AuthContext,
): Promise<RandomCheckReportReminders> {
  const root = await resolveRoot(ctx, auth, undefined);
  const [calendar, submittedRows] = await Promise.all([
    loadWorkingCalendar(ctx.db),
    findCurrentSubmissionKeys(ctx.db, root.id),
  ]);
  const submitted = new Set(
    submittedRows.map((row) => reportPeriodKey(row.kind as RandomCheckReportKind, row.period)),
  );
  const reminders = randomCheckReportReminders(todayOf(ctx), root.rules, {
    submitted,
    rollToWorkingDay: (date) => rollToWorkingDay(calendar, date),
  });
  return {
    reminders: reminders.map((reminder) => ({
      ...reminder,
      title:
        reminder.kind === 'monthly'
          ? `${reminder.periodLabel}《${monthlyTableTitle}》`
          : `${reminder.periodLabel}“双随机、一公开”工作年度总结`,
    })),
  };
}

/** A monthly table once its month is over; the yearly summary from the 1st of its due month. */
function whyTooEarly(today: string, rules: RandomInspectionRules, input: ReportTablePeriod): string | null {
  if (input.kind === 'monthly') {
    const { end, label } = monthPeriod(input.period);
    return today > end ? null : `${label}尚未结束，月度汇总表须在次月报送`;
  }
  const due = yearlySummaryDueOn(Number(input.period), rules);
  return today >= `${due.slice(0, 7)}-01`
    ? null
    : `${input.period}年年度总结自 ${due.slice(0, 7)} 起方可报送`;
}

/** Submits the caller's own table of the period, with the figures as they stand now. */
export async function submitReport(
  ctx: AppContext,
  auth: AuthContext,
  input: ReportTablePeriod,
): Promise<ReportSubmissionOverview> {
  const root = await resolveRoot(ctx, auth, undefined);
  const now = ctx.clock.now();
  const tooEarly = whyTooEarly(businessDateOf(now), root.rules, input);
  if (tooEarly) throw invalidField('period', tooEarly);
  const summary =
    input.kind === 'monthly'
      ? await getMonthlyReport(ctx, auth, { month: input.period })
      : await getYearlyReport(ctx, auth, { year: Number(input.period) });
  const figures = {
    title: summary.title,
    asOf: summary.asOf,
    rows: summary.rows,
    total: summary.total,
    months: summary.months,
  };
  const figuresHash = digestState(figures)!;
  const dueOn = reportDueOn(await loadWorkingCalendar(ctx.db), root.rules, input);
  const id = randomUUID();
  const label = `${periodLabelOf(input)}${kindTitles[input.kind]}`;
  try {
    await ctx.db.transaction(async (tx) => {
      await insertSubmission(tx, {
        id,
        agencyId: root.id,
        kind: input.kind,
        period: input.period,
        status: 'submitted',
        dueOn,
        submittedAt: now,
        submittedByUserId: auth.user.id,
        submittedByName: auth.user.displayName,
        figures,
        figuresHash,
      });
      await stopReportClock(ctx, tx, actorOf(auth), root, root.rules, input, businessDateOf(now));
      await appendAudit(
        tx,
        actorOf(auth),
        {
          action: 'random_checks.report_submitted',
          targetType: 'random_check_report_submission',
          targetId: id,
          summary: `${root.name}上报${label}${businessDateOf(now) > dueOn ? `（逾期，截止 ${dueOn}）` : ''}，数据摘要 ${figuresHash.slice(0, 12)}`,
          after: { kind: input.kind, period: input.period, figuresHash },
        },
        now,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadySubmitted(label);
    throw error;
  }
  return getSubmissionOverview(ctx, auth, input);
}

function alreadySubmitted(label: string): AppError {
  return new AppError('CONFLICT', `${label}已上报；如需更正，请先撤回（须在上级接收前）再重新上报`);
}

/** A submission the caller may see: its own agency's or a unit's below (else 404, nothing said). */
async function requireSubmission(ctx: AppContext, auth: AuthContext, id: string) {
  const row = await findSubmissionById(ctx.db, id);
  if (!row || !(await isAgencyInScope(ctx.db, auth, row.agencyId))) throw notFound('上报记录');
  return row;
}

function whyNotSubmitted(row: ReportSubmissionRow): string | null {
  return row.status === 'submitted'
    ? null
    : `该报表${reportSubmissionStatusLabels[row.status as 'accepted']}，不能再操作`;
}

/** Withdraws the own agency's submission before the superior accepts it, with a reason. */
export async function withdrawSubmission(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: WithdrawReportSubmissionRequest,
): Promise<ReportSubmissionOverview> {
  const row = await requireSubmission(ctx, auth, id);
  const root = await resolveRoot(ctx, auth, undefined);
  if (row.agencyId !== root.id) throw new AppError('FORBIDDEN', '只能撤回本单位上报的报表');
  const refused = whyNotSubmitted(row);
  if (refused)
    throw new AppError('CONFLICT', row.status === 'accepted' ? '上级已接收该报表，不能撤回' : refused);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const changed = await updateSubmittedSubmission(tx, id, {
      status: 'withdrawn',
      withdrawnAt: now,
      withdrawnByName: auth.user.displayName,
      withdrawReason: input.reason,
    });
    if (!changed) throw new AppError('CONFLICT', '该报表刚被上级接收或已撤回，请刷新后再看');
    await reopenReportClock(ctx, tx, root, root.rules, { kind: row.kind as 'monthly', period: row.period });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'random_checks.report_withdrawn',
        targetType: 'random_check_report_submission',
        targetId: id,
        summary: `${row.agencyName}撤回${row.period}${kindTitles[row.kind as 'monthly']}：${input.reason}`,
        before: { status: 'submitted' },
        after: { status: 'withdrawn', reason: input.reason },
      },
      now,
    );
  });
  return getSubmissionOverview(ctx, auth, { kind: row.kind as 'monthly', period: row.period });
}

/** The superior accepts a unit's submission; after that it can no longer be withdrawn. */
export async function acceptSubmission(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
): Promise<ReportSubmissionOverview> {
  const row = await requireSubmission(ctx, auth, id);
  const root = await resolveRoot(ctx, auth, undefined);
  const units = await subordinateUnitsOf(ctx.db, root);
  if (!units.some((unit) => unit.id === row.agencyId)) {
    throw new AppError('FORBIDDEN', '只有直接上级机构可以接收该报表');
  }
  const refused = whyNotSubmitted(row);
  if (refused) throw new AppError('CONFLICT', refused);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const changed = await updateSubmittedSubmission(tx, id, {
      status: 'accepted',
      acceptedAt: now,
      acceptedByName: auth.user.displayName,
    });
    if (!changed) throw new AppError('CONFLICT', '该报表刚被撤回或已接收，请刷新后再看');
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'random_checks.report_accepted',
        targetType: 'random_check_report_submission',
        targetId: id,
        summary: `${root.name}接收${row.agencyName}上报的${row.period}${kindTitles[row.kind as 'monthly']}`,
        before: { status: 'submitted' },
        after: { status: 'accepted' },
      },
      now,
    );
  });
  return getSubmissionOverview(ctx, auth, { kind: row.kind as 'monthly', period: row.period });
}
