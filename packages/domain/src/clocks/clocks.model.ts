/**
 * A statutory clock: a period of the province profile (`profile.deadlines.*`) started by an event,
 * with the pauses and approved extensions of one matter, and the due date it gives — with a
 * per-day explanation a person can check against the calendar. Every deadline of every module
 * is computed here; the counting itself is the calendar's (`computeDeadline`,
 * `lastDayOfMonthsPeriod`), so there is one set of counting rules.
 */
import { addDays, businessDateOf, daysBetween, isIsoDate } from '../calendar/calendar.dates';
import { computeDeadline, daysRemaining, nextWorkingDayFrom } from '../calendar/calendar.deadline';
import { lastDayOfMonthsPeriod } from '../calendar/calendar.periods';
import type {
  AppliedCountingRule,
  DeadlineCounting,
  IsoDate,
  WorkingCalendar,
} from '../calendar/calendar.types';
import type { DeadlineRule } from '../profile/profile.schema';

/** A period that does not count, with the reason the profile names for it (`pausedBy`). */
export interface ClockPause {
  from: IsoDate;
  /** Last paused day, inclusive; null while the pause lasts. */
  to: IsoDate | null;
  reason: string;
}

/** An approved extension: the `step`-th of the rule's `extension` list, approved on a day. */
export interface ClockExtension {
  /** Index into the rule's `extension` list: extensions are granted in the order the rule lists them. */
  step: number;
  approvedOn: IsoDate;
  /** Who approved it (name or office), for the record. */
  approvedBy: string;
}

export interface ClockState {
  /** The day of the event that starts the clock; it is not counted itself (民法典 art. 201). */
  startedOn: IsoDate;
  /** For periods in hours: the instant of the event. */
  startedAt?: Date;
  pauses?: readonly ClockPause[];
  extensions?: readonly ClockExtension[];
  /** The day the obligation was met; the clock then stops. */
  metOn?: IsoDate | null;
}

export type ClockDayKind =
  | 'event_day'
  | 'counted'
  | 'rest_day_not_counted'
  | 'paused'
  | 'rolled_forward'
  | 'due';

/** One day of a clock's run and why it counts or not. */
export interface ClockDay {
  date: IsoDate;
  kind: ClockDayKind;
  /** For counted days: which day of the period this is. */
  count?: number;
  /** The pause's reason, or the holiday's name. */
  note?: string;
}

export type ClockStatus = 'running' | 'paused' | 'due_today' | 'overdue' | 'met' | 'met_late';

export interface ClockEvaluation {
  /** The last day; null while an open pause holds the clock. For hours, the day of `dueAt` in Shanghai. */
  dueDate: IsoDate | null;
  /** For periods in hours: the instant the period ends. */
  dueAt?: Date;
  /** The due date without the extensions. */
  baseDueDate: IsoDate | null;
  /** The period with every extension, in the rule's unit. */
  totalAmount: number;
  unit: DeadlineRule['unit'];
  pausedDays: number;
  isProvisional: boolean;
  status: ClockStatus;
  /** Counting days from today to the due date (the rule's unit for working days, else calendar days); negative when overdue. */
  daysLeft: number | null;
  label: string;
  basis: string;
  appliedRules: AppliedCountingRule[];
  /** From the day of the event to the due date, one entry per day (empty for periods in hours). */
  days: ClockDay[];
}

/** Why a change to a clock is refused: a message a person can act on, in Chinese. */
export class ClockRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClockRuleError';
  }
}

const longestExplainedRun = 800;

function checkPauses(rule: DeadlineRule, state: ClockState): void {
  const pauses = state.pauses ?? [];
  const allowed = rule.pausedBy ?? [];
  const sorted = [...pauses].sort((a, b) => (a.from < b.from ? -1 : 1));
  for (const [index, pause] of sorted.entries()) {
    if (!isIsoDate(pause.from) || (pause.to !== null && !isIsoDate(pause.to))) {
      throw new ClockRuleError(`中止期间的日期无效：${pause.from} 至 ${pause.to ?? '今'}`);
    }
    if (!allowed.includes(pause.reason)) {
      throw new ClockRuleError(
        allowed.length === 0
          ? `“${rule.label}”期限不因任何事由中止（${rule.basis}）`
          : `“${pause.reason}”不是“${rule.label}”期限的中止事由；可中止的事由：${allowed.join('、')}`,
      );
    }
    if (pause.from <= state.startedOn)
      throw new ClockRuleError(`中止期间应在起算日 ${state.startedOn} 之后开始`);
    if (pause.to !== null && pause.to < pause.from) {
      throw new ClockRuleError(`中止期间的结束日 ${pause.to} 早于开始日 ${pause.from}`);
    }
    const next = sorted[index + 1];
    if (next && (pause.to === null || next.from <= pause.to)) {
      throw new ClockRuleError(`中止期间 ${pause.from} 起与 ${next.from} 起的期间重叠`);
    }
  }
}

/** The period with the approved extensions, checked against the rule's steps and its longest total. */
function totalAmountOf(rule: DeadlineRule, state: ClockState): number {
  const steps = rule.extension ?? [];
  const extensions = state.extensions ?? [];
  let total = rule.amount;
  for (const [index, extension] of extensions.entries()) {
    const step = steps[extension.step];
    if (extension.step !== index || !step) {
      throw new ClockRuleError(
        steps.length === 0
          ? `“${rule.label}”期限不得延长（${rule.basis}）`
          : `“${rule.label}”期限最多延长 ${steps.length} 次，须依次经${steps.map((s) => s.approval).join('、')}`,
      );
    }
    if (step.unit !== rule.unit) throw new ClockRuleError(`延长期限的单位与“${rule.label}”期限不同`);
    total += step.amount;
  }
  if (rule.maxTotal && rule.maxTotal.unit === rule.unit && total > rule.maxTotal.amount) {
    throw new ClockRuleError(
      `“${rule.label}”期限连同延长不得超过 ${rule.maxTotal.amount} 日（${rule.basis}）`,
    );
  }
  return total;
}

/** The extension a clock may be given next, or null when the rule allows no more. */
export function nextExtensionOf(rule: DeadlineRule, state: ClockState) {
  const granted = state.extensions?.length ?? 0;
  return rule.extension?.[granted] ?? null;
}

function explainDays(
  calendar: WorkingCalendar,
  rule: DeadlineRule,
  startedOn: IsoDate,
  dueDate: IsoDate,
  pauses: readonly ClockPause[],
  totalAmount: number,
): ClockDay[] {
  const days: ClockDay[] = [{ date: startedOn, kind: 'event_day' }];
  let count = 0;
  for (let date = addDays(startedOn, 1), step = 0; date <= dueDate && step < longestExplainedRun; step++) {
    const pause = pauses.find((p) => p.from <= date && (p.to === null || date <= p.to));
    const info = calendar.dayInfo(date);
    if (pause) {
      days.push({ date, kind: 'paused', note: pause.reason });
    } else if (rule.unit === 'working_day' && !info.isWorkingDay) {
      days.push({ date, kind: 'rest_day_not_counted', ...(info.name ? { note: info.name } : {}) });
    } else if (count >= totalAmount && (rule.unit === 'calendar_day' || rule.unit === 'working_day')) {
      days.push({ date, kind: 'rolled_forward', ...(info.name ? { note: info.name } : {}) });
    } else {
      count++;
      days.push({ date, kind: 'counted', count, ...(info.name ? { note: info.name } : {}) });
    }
    date = addDays(date, 1);
  }
  const last = days[days.length - 1];
  if (last && last.date === dueDate && last.kind !== 'event_day') last.kind = 'due';
  return days;
}

/** The last day of a months/years period, moved on by the paused days and off a rest day. */
function monthsDueDate(
  calendar: WorkingCalendar,
  counting: DeadlineCounting,
  startedOn: IsoDate,
  months: number,
  pauses: readonly ClockPause[],
): { dueDate: IsoDate | null; pausedDays: number; rolledFrom?: IsoDate } {
  let pausedDays = 0;
  for (const pause of pauses) {
    if (pause.to === null) return { dueDate: null, pausedDays };
    pausedDays += daysBetween(pause.from, pause.to) + 1;
  }
  const end = addDays(lastDayOfMonthsPeriod(startedOn, months), pausedDays);
  if (counting.rollForwardFromHoliday && !calendar.isWorkingDay(end)) {
    return { dueDate: nextWorkingDayFrom(calendar, end), pausedDays, rolledFrom: end };
  }
  return { dueDate: end, pausedDays };
}

/**
 * Evaluates a clock on `today`: its due date under the profile's counting rules (`counting`),
 * with the pauses and extensions of the matter, and its status. Throws ClockRuleError when the
 * pauses or extensions break the rule (a reason the rule does not name, an extension out of
 * order, a total beyond `maxTotal`).
 */
export function evaluateClock(
  calendar: WorkingCalendar,
  counting: DeadlineCounting,
  rule: DeadlineRule,
  state: ClockState,
  today: IsoDate,
  now?: Date,
  /** `withDays: false` leaves the per-day explanation off (a list of many clocks needs only the due day). */
  options: { withDays?: boolean } = {},
): ClockEvaluation {
  const withDays = options.withDays ?? true;
  if (!isIsoDate(state.startedOn)) throw new ClockRuleError(`起算日无效：${String(state.startedOn)}`);
  if (rule.direction === 'before') {
    throw new ClockRuleError(`“${rule.label}”是事件之前的期限，不作为计时器计算`);
  }
  checkPauses(rule, state);
  // A rule may settle roll-forward itself (a platform period counted as plain days); otherwise the profile's rule holds.
  if (rule.rollForwardFromHoliday !== undefined) {
    counting = { ...counting, rollForwardFromHoliday: rule.rollForwardFromHoliday };
  }
  const totalAmount = totalAmountOf(rule, state);
  const pauses = state.pauses ?? [];
  const base = { totalAmount, unit: rule.unit, label: rule.label, basis: rule.basis };

  let dueDate: IsoDate | null;
  let baseDueDate: IsoDate | null;
  let dueAt: Date | undefined;
  let pausedDays = 0;
  let isProvisional = false;
  let appliedRules: AppliedCountingRule[] = [];
  let days: ClockDay[] = [];

  if (rule.unit === 'hour') {
    // 民法典 art. 201: a period in hours starts at the hour the law sets; pauses do not apply.
    if (!state.startedAt) throw new ClockRuleError(`“${rule.label}”以小时计，需要事件发生的时刻`);
    dueAt = new Date(state.startedAt.getTime() + totalAmount * 3_600_000);
    dueDate = businessDateOf(dueAt);
    baseDueDate = businessDateOf(new Date(state.startedAt.getTime() + rule.amount * 3_600_000));
  } else if (rule.unit === 'month' || rule.unit === 'year') {
    const months = (rule.unit === 'year' ? 12 : 1) * totalAmount;
    const result = monthsDueDate(calendar, counting, state.startedOn, months, pauses);
    dueDate = result.dueDate;
    pausedDays = result.pausedDays;
    baseDueDate = monthsDueDate(
      calendar,
      counting,
      state.startedOn,
      (rule.unit === 'year' ? 12 : 1) * rule.amount,
      pauses,
    ).dueDate;
    appliedRules = [{ code: 'event_day_not_counted', basis: '《中华人民共和国民法典》第二百零一条' }];
    if (result.rolledFrom) {
      appliedRules.push({
        code: 'rolled_forward_from_rest_day',
        basis: '《中华人民共和国民法典》第二百零三条',
        restDay: result.rolledFrom,
      });
    }
    if (dueDate && withDays) {
      days = [
        { date: state.startedOn, kind: 'event_day' },
        ...pauses.map((pause) => ({ date: pause.from, kind: 'paused' as const, note: pause.reason })),
        ...(result.rolledFrom ? [{ date: result.rolledFrom, kind: 'rolled_forward' as const }] : []),
        { date: dueDate, kind: 'due' as const },
      ];
    }
  } else {
    const deadline = computeDeadline(calendar, {
      start: state.startedOn,
      amount: totalAmount,
      unit: rule.unit,
      pauses: pauses.map(({ from, to }) => ({ from, to })),
      counting,
    });
    dueDate = deadline.dueDate;
    pausedDays = deadline.pausedDays;
    isProvisional = deadline.isProvisional;
    appliedRules = deadline.appliedRules;
    baseDueDate =
      totalAmount === rule.amount
        ? dueDate
        : computeDeadline(calendar, {
            start: state.startedOn,
            amount: rule.amount,
            unit: rule.unit,
            pauses: pauses.map(({ from, to }) => ({ from, to })),
            counting,
          }).dueDate;
    if (dueDate && withDays)
      days = explainDays(calendar, rule, state.startedOn, dueDate, pauses, totalAmount);
  }

  const status = statusOf(state, dueDate, dueAt, today, now);
  const daysLeft =
    dueDate === null || state.metOn
      ? null
      : daysRemaining(calendar, {
          dueDate,
          today,
          unit: rule.unit === 'working_day' ? 'working_day' : 'calendar_day',
        });
  return {
    ...base,
    dueDate,
    ...(dueAt ? { dueAt } : {}),
    baseDueDate,
    pausedDays,
    isProvisional,
    status,
    daysLeft,
    appliedRules,
    days,
  };
}

function statusOf(
  state: ClockState,
  dueDate: IsoDate | null,
  dueAt: Date | undefined,
  today: IsoDate,
  now: Date | undefined,
): ClockStatus {
  if (state.metOn) return dueDate !== null && state.metOn > dueDate ? 'met_late' : 'met';
  if (dueDate === null) return 'paused';
  if (dueAt && now)
    return now.getTime() > dueAt.getTime() ? 'overdue' : dueDate === today ? 'due_today' : 'running';
  if (today > dueDate) return 'overdue';
  return today === dueDate ? 'due_today' : 'running';
}
