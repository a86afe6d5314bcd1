/**
 * Which rule a stored clock runs on, and the clocks that end at their event. A clock names a
 * rule by key: a `profile.deadlines` key, or one of the periods the profile states elsewhere
 * (the credit rules' rectification days) or that an act sets (a plan's inspection window).
 */
import { addDays, daysBetween } from '../calendar/calendar.dates';
import { daysRemaining } from '../calendar/calendar.deadline';
import { shiftByPeriod } from '../calendar/calendar.periods';
import type { IsoDate, WorkingCalendar } from '../calendar/calendar.types';
import {
  type DeadlineKey,
  type DeadlineRule,
  deadlineKeys,
  type ProvinceProfile,
} from '../profile/profile.schema';
import { ClockRuleError } from './clocks.model';

export const derivedClockRuleKeys = [
  'yellowCardRectification',
  'redCardRectification',
  'inspectionResults',
  'resultsPublication',
] as const;
export type DerivedClockRuleKey = (typeof derivedClockRuleKeys)[number];
export type ClockRuleKey = DeadlineKey | DerivedClockRuleKey;

export function isClockRuleKey(key: string): key is ClockRuleKey {
  return (
    (deadlineKeys as readonly string[]).includes(key) ||
    (derivedClockRuleKeys as readonly string[]).includes(key)
  );
}

// 民法典 art. 203: a period whose last day is a rest day ends on the next working day.
const rolledForwardBasis =
  '期限末日为休息日的，顺延至其后第一个工作日（《中华人民共和国民法典》第二百零三条）';

/**
 * The rule of a clock. `amount` is the period an act set (a plan's inspection window); the
 * profile's amount applies otherwise.
 */
export function clockRuleOf(profile: ProvinceProfile, key: ClockRuleKey, amount?: number): DeadlineRule {
  const cards = profile.credit.cardLifting;
  switch (key) {
    case 'yellowCardRectification':
    case 'redCardRectification': {
      const isRed = key === 'redCardRectification';
      // The credit rules count the rectification period as plain days from the card (no roll-forward).
      return {
        amount: isRed ? cards.redRectificationDays : cards.yellowRectificationDays,
        unit: 'calendar_day',
        label: isRed ? '红牌警示整改期限' : '黄牌警示整改期限',
        basis: cards.basis,
        origin: 'product',
        startsFrom: '作出警示之日',
        rollForwardFromHoliday: false,
        isConfigurable: true,
        note: cards.note ?? '',
      };
    }
    case 'inspectionResults':
      if (!amount || amount < 1) throw new ClockRuleError('检查结果期限须由抽查计划给出检查期限');
      return {
        amount,
        unit: 'calendar_day',
        label: '检查结果录入期限',
        basis: `抽查计划的检查期限；${rolledForwardBasis}`,
        origin: 'product',
        startsFrom: '检查任务下达之日',
        rollForwardFromHoliday: true,
        isConfigurable: true,
        note: '期限由抽查计划确定',
      };
    case 'resultsPublication':
      if (!amount || amount < 1) throw new ClockRuleError('结果公开期限须由抽查计划给出公开期限');
      // The plan names the day itself; it is not moved off a rest day (as the publication list dates it).
      return {
        amount,
        unit: 'calendar_day',
        label: '检查结果公开期限',
        basis: '抽查计划规定的结果公开期限（“双随机、一公开”：抽查情况及查处结果及时向社会公开）',
        origin: 'product',
        startsFrom: '检查任务完成之日',
        rollForwardFromHoliday: false,
        isConfigurable: true,
        note: '期限由抽查计划确定',
      };
    case 'secondmentApprovalThreshold':
      // A length of stay, not a period to act in: it ends on its own day, as the personnel rules date it.
      return { ...profile.deadlines[key], rollForwardFromHoliday: false };
    default: {
      const rule = profile.deadlines[key];
      return amount ? { ...rule, amount } : rule;
    }
  }
}

/**
 * A period that ends on a day an act fixed (a plan's inspection or publication deadline), as a
 * clock started on `eventOn`: the days from the event to that day. When the event comes on or
 * after the fixed day, the clock counts that day's eve, so the due day stays the one the act
 * fixed and the clock shows it overdue.
 */
export function periodToFixedDay(eventOn: IsoDate, dueDay: IsoDate): { startedOn: IsoDate; amount: number } {
  const days = daysBetween(eventOn, dueDay);
  return days >= 1 ? { startedOn: eventOn, amount: days } : { startedOn: addDays(dueDay, -1), amount: 1 };
}

export interface AdvanceClockEvaluation {
  /** The event's own day: the obligation falls due then. */
  dueDate: IsoDate;
  /** The first day of the notice period (`amount` before the event). */
  remindFrom: IsoDate;
  isDue: boolean;
  isOverdue: boolean;
  /** Calendar days from today to the event; negative once it has passed. */
  daysLeft: number;
}

/**
 * A clock that ends at its event (`direction: 'before'`, e.g. a certificate's expiry with its
 * warning period): due on the event's day and shown from `amount` before it — the same window
 * the personnel rules call “expiring”.
 */
export function evaluateAdvanceClock(
  calendar: WorkingCalendar,
  rule: DeadlineRule,
  eventOn: IsoDate,
  today: IsoDate,
): AdvanceClockEvaluation {
  if (rule.direction !== 'before') throw new ClockRuleError(`“${rule.label}”不是事件之前的期限`);
  const remindFrom = shiftByPeriod(eventOn, { amount: rule.amount, unit: rule.unit }, -1);
  return {
    dueDate: eventOn,
    remindFrom,
    isDue: today >= remindFrom,
    isOverdue: today > eventOn,
    daysLeft: daysRemaining(calendar, { dueDate: eventOn, today, unit: 'calendar_day' }),
  };
}
