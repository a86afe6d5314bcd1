import { addDays, assertIsoDate, formatIsoDate, parseIsoDate } from './calendar.dates';
import { statutoryHolidayRule } from './calendar.statutory-holidays';
import type {
  AppliedCountingRule,
  CountingRuleCode,
  CountingUnit,
  DaysRemainingInput,
  DeadlineInput,
  DeadlinePause,
  DeadlineResult,
  IsoDate,
  WorkingCalendar,
} from './calendar.types';

/**
 * The longest period we count, about a century. No enforcement period comes near it (the
 * longest are limitation periods of a few years); the cap stops a mistyped amount from keeping
 * the server busy counting days for ever.
 */
const maximumAmount = 36_600;

const countingUnits: readonly CountingUnit[] = ['calendar_day', 'working_day'];

function assertCountingUnit(unit: unknown): asserts unit is CountingUnit {
  if (!countingUnits.includes(unit as CountingUnit)) {
    throw new RangeError(
      `计日单位应为 calendar_day 或 working_day：${String(unit)} / unit must be calendar_day or working_day: ${String(unit)}`,
    );
  }
}

function assertAmount(amount: unknown): asserts amount is number {
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0) {
    throw new RangeError(
      `期限天数应为不小于 0 的整数：${String(amount)} / amount must be a whole number of days, 0 or more: ${String(amount)}`,
    );
  }
  if (amount > maximumAmount) {
    throw new RangeError(
      `期限天数不能超过 ${maximumAmount}：${amount} / amount must not exceed ${maximumAmount}: ${amount}`,
    );
  }
}

function assertPauses(pauses: unknown): asserts pauses is DeadlinePause[] {
  if (!Array.isArray(pauses)) {
    throw new RangeError('中止期间应为数组 / pauses must be an array');
  }
  for (const pause of pauses as DeadlinePause[]) {
    assertIsoDate(pause?.from, 'pause.from');
    if (pause.to === null) continue;
    assertIsoDate(pause.to, 'pause.to');
    // ISO dates of the same width compare correctly as strings.
    if (pause.to < pause.from) {
      throw new RangeError(
        `中止期间的结束日早于开始日：${pause.from} 至 ${pause.to} / pause ends before it starts: ${pause.from} to ${pause.to}`,
      );
    }
  }
}

/**
 * The legal basis of each counting rule. 民法典 arts. 201–204 are the general rules on periods
 * that administrative law follows where it says nothing else; 行政处罚法 art. 85 and 行政强制法
 * art. 69 are where the enforcement laws turn their short periods into working days (不含法定节假日).
 */
export const countingRuleBases: Record<CountingRuleCode, string> = {
  event_day_not_counted: '《中华人民共和国民法典》第二百零一条',
  working_days_only: '《中华人民共和国行政处罚法》第八十五条、《中华人民共和国行政强制法》第六十九条',
  rolled_forward_from_rest_day: '《中华人民共和国民法典》第二百零三条',
  provisional_schedule: statutoryHolidayRule.basis,
};

function appliedRule(code: CountingRuleCode, restDay?: IsoDate): AppliedCountingRule {
  return restDay
    ? { code, basis: countingRuleBases[code], restDay }
    : { code, basis: countingRuleBases[code] };
}

/**
 * `date` itself when it is a working day, else the first working day after it (民法典 art. 203:
 * a period whose last day is a statutory rest day ends on the day after the rest days end).
 */
export function nextWorkingDayFrom(calendar: WorkingCalendar, date: IsoDate): IsoDate {
  assertIsoDate(date, 'date');
  let day = date;
  // The longest run of days off is the Spring Festival week with its weekends; the bound only
  // keeps a broken calendar from looping for ever.
  for (let step = 0; step < 60 && !calendar.isWorkingDay(day); step++) day = addDays(day, 1);
  return day;
}

function findPause(pauses: DeadlinePause[], date: IsoDate): DeadlinePause | undefined {
  return pauses.find((pause) => pause.from <= date && (pause.to === null || date <= pause.to));
}

/**
 * Computes the last day of a period.
 *
 * - The day of the event is not counted; counting starts the next day (民法典 art. 201, the
 *   general rule on periods that administrative law follows).
 * - 'working_day' counts only working days under the State Council schedule: 行政处罚法 art. 85
 *   makes its 二日、三日、五日、七日 working days, and 行政强制法 art. 69 makes its periods of ten
 *   days or less working days. Which unit a period uses is stated by the profile, not guessed here.
 * - 'calendar_day' counts every day.
 * - Days inside a pause (inclusive at both ends) are not counted: hearing, public notice,
 *   monitoring, testing, appraisal, delivery and suspension periods stop the clock
 *   (生态环境行政处罚办法 2023, on the 90-day decision period). An open pause (to = null) holds the
 *   clock: the result has no due date, `isPaused` and the counting days still `remaining`.
 * - `counting.rollForwardFromHoliday` (the profile's rule): a calendar-day period whose last day
 *   is not a working day ends on the next working day (民法典 art. 203: when the last day is a
 *   statutory rest day, the period ends on the day after the rest days end).
 * - Days in a year whose schedule is not published count under the statutory holidays alone
 *   (see createWorkingCalendar); the result is then provisional.
 *
 * `appliedRules` names each rule that shaped the result, with its legal basis.
 */
export function computeDeadline(calendar: WorkingCalendar, input: DeadlineInput): DeadlineResult {
  const { start, amount, unit, pauses = [], counting } = input;
  assertIsoDate(start, 'start');
  assertAmount(amount);
  assertCountingUnit(unit);
  assertPauses(pauses);
  if (typeof counting?.rollForwardFromHoliday !== 'boolean') {
    throw new RangeError('缺少省级配置的计日规则 / counting rules of the province profile are required');
  }

  if (amount === 0) {
    return { dueDate: start, pausedDays: 0, isProvisional: false, isPaused: false, appliedRules: [] };
  }
  const rules: AppliedCountingRule[] = [appliedRule('event_day_not_counted')];
  if (unit === 'working_day') rules.push(appliedRule('working_days_only'));
  const withProvisional = (isProvisional: boolean) =>
    isProvisional ? [...rules, appliedRule('provisional_schedule')] : rules;

  let day = parseIsoDate(start);
  let date = start;
  let countedDays = 0;
  let pausedDays = 0;
  let isProvisional = false;

  while (countedDays < amount) {
    day = day.add(1, 'day');
    date = formatIsoDate(day);
    const info = calendar.dayInfo(date);
    if (info.isProvisional) isProvisional = true;

    const pause = findPause(pauses, date);
    if (pause) {
      if (pause.to === null) {
        return {
          dueDate: null,
          pausedDays,
          isProvisional,
          isPaused: true,
          remaining: amount - countedDays,
          appliedRules: withProvisional(isProvisional),
        };
      }
      pausedDays++;
      continue;
    }
    if (unit === 'working_day' && !info.isWorkingDay) continue;
    countedDays++;
  }

  if (unit === 'calendar_day' && counting.rollForwardFromHoliday && !calendar.isWorkingDay(date)) {
    // Pauses are not consulted here: the period has already run its full length, and moving
    // the end only gives the party the next day the office is open.
    const restDay = date;
    date = nextWorkingDayFrom(calendar, restDay);
    for (let moved = restDay; moved <= date; moved = addDays(moved, 1)) {
      if (calendar.dayInfo(moved).isProvisional) isProvisional = true;
    }
    rules.push(appliedRule('rolled_forward_from_rest_day', restDay));
  }

  return {
    dueDate: date,
    pausedDays,
    isProvisional,
    isPaused: false,
    appliedRules: withProvisional(isProvisional),
  };
}

/** Counting days in (from, to], with from ≤ to. */
function countDaysBetween(calendar: WorkingCalendar, from: IsoDate, to: IsoDate, unit: CountingUnit): number {
  const first = parseIsoDate(from);
  const last = parseIsoDate(to);
  if (unit === 'calendar_day') return last.diff(first, 'day');
  let count = 0;
  for (let day = first.add(1, 'day'); !day.isAfter(last, 'day'); day = day.add(1, 'day')) {
    if (calendar.isWorkingDay(formatIsoDate(day))) count++;
  }
  return count;
}

/**
 * Counting days left from `today` to `dueDate`, so that a list can warn before a deadline is
 * missed: positive while days remain, 0 on the due date, negative once it has passed. Days are
 * counted the way the period counts them (today itself is not counted).
 *
 * Once overdue the result is at least -1 even when no working day has passed since the due date
 * (due on Friday, today is Saturday): a missed deadline must never read as on time.
 */
export function daysRemaining(calendar: WorkingCalendar, input: DaysRemainingInput): number {
  const { dueDate, today, unit } = input;
  assertIsoDate(dueDate, 'dueDate');
  assertIsoDate(today, 'today');
  assertCountingUnit(unit);

  if (today === dueDate) return 0;
  if (today < dueDate) return countDaysBetween(calendar, today, dueDate, unit);
  return -Math.max(1, countDaysBetween(calendar, dueDate, today, unit));
}
