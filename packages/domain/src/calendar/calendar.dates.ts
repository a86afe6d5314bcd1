/**
 * The business-date module: every date of every rule is an Asia/Shanghai business date
 * (`YYYY-MM-DD`), made from a moment here (`businessDateOf`) and stepped here (`addDays`,
 * `daysBetween`, `daysInMonth`); periods of months and profile periods are in calendar.periods.ts.
 * The other areas import these rather than keep their own (scripts/naming.test.ts checks it).
 */
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import type { IsoDate } from './calendar.types';

// Dates are parsed and stepped in UTC so that a date never shifts with the machine's timezone:
// local-time parsing breaks in zones that skipped a whole day (Pacific/Apia on 2011-12-30) and
// makes results depend on where the tests or the server run.
dayjs.extend(utc);

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const isoDateFormat = 'YYYY-MM-DD';

/**
 * The business date (Asia/Shanghai, `YYYY-MM-DD`) of a moment: what "today" means for every rule
 * and every deadline. The one place a moment becomes a business date.
 */
export function businessDateOf(moment: Date): IsoDate {
  return businessDateFormat.format(moment);
}

// Built once: `toLocaleDateString(locale, { timeZone })` builds a formatter, time zone data
// included, on every call — 270 µs against 2 µs, and every request asks for today (issue 9 §4).
const businessDateFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' });
const businessDateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour12: false,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/**
 * A moment as people in the province read it (北京时间, 24-hour, `2026/11/20 10:00:00`): for
 * exports, printed documents and messages, never for comparisons.
 */
export function formatBusinessDateTime(moment: Date): string {
  return businessDateTimeFormat.format(moment);
}

/** Whether `value` is a real calendar date written as `YYYY-MM-DD` (so 2026-02-30 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !isoDatePattern.test(value)) return false;
  // dayjs rolls impossible dates over (02-30 becomes 03-02); the round trip catches that.
  return dayjs.utc(value).format(isoDateFormat) === value;
}

/** Throws a RangeError unless `value` is a valid `YYYY-MM-DD` date. */
export function assertIsoDate(value: unknown, field: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new RangeError(
      `${field} 不是有效日期（应为 YYYY-MM-DD）：${String(value)} / ${field} is not a valid date (expected YYYY-MM-DD): ${String(value)}`,
    );
  }
}

export function parseIsoDate(date: IsoDate): Dayjs {
  return dayjs.utc(date);
}

export function formatIsoDate(day: Dayjs): IsoDate {
  return day.format(isoDateFormat);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(parseIsoDate(date).add(days, 'day'));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return parseIsoDate(to).diff(parseIsoDate(from), 'day');
}

/** How many days `month` (1–12) of `year` has. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return parseIsoDate(date).day();
}
