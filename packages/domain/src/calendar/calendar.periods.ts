import type { Period } from '../profile/profile.schema';
import { assertIsoDate, daysInMonth, formatIsoDate, parseIsoDate } from './calendar.dates';
import type { IsoDate } from './calendar.types';

function assertMonths(months: unknown): asserts months is number {
  if (typeof months !== 'number' || !Number.isInteger(months) || months < 0 || months > 1200) {
    throw new RangeError(
      `月数应为 0–1200 的整数：${String(months)} / months must be a whole number 0–1200: ${String(months)}`,
    );
  }
}

/**
 * The last day of a period of `months` months counted from the day of `event`.
 *
 * 民法典 art. 201: the day of the event is not counted; the period starts the next day.
 * 民法典 art. 202: a period in months ends on the day of the last month that corresponds to the
 * day it is counted from, or on that month's last day when the month has no such day. So twelve
 * months from 2025-03-10 end on 2026-03-10, from 2024-02-29 on 2025-02-28, and one month from
 * 2026-01-31 on 2026-02-28.
 *
 * No roll-forward off a rest day (art. 203): that serves a party who must act before the period
 * ends. Look-back windows such as "no violation within 12 months" ask whether two events lie
 * within the period, which a holiday does not lengthen.
 */
export function lastDayOfMonthsPeriod(event: IsoDate, months: number): IsoDate {
  assertIsoDate(event, 'event');
  assertMonths(months);
  const [year, month, day] = event.split('-').map(Number) as [number, number, number];
  const monthIndex = month - 1 + months;
  const endYear = year + Math.floor(monthIndex / 12);
  const endMonth = (monthIndex % 12) + 1;
  const daysInEndMonth = daysInMonth(endYear, endMonth);
  const endDay = Math.min(day, daysInEndMonth);
  return `${String(endYear).padStart(4, '0')}-${String(endMonth).padStart(2, '0')}-${String(endDay).padStart(2, '0')}`;
}

/**
 * Whether `date` lies within `months` months of `event`: on the event's day or after it, up to
 * and including the period's last day (lastDayOfMonthsPeriod). The last day belongs to the period
 * (民法典 art. 203: it runs to 24:00 of that day), so "within 12 months" includes it: a violation
 * on 2025-03-10 is within 12 months on 2026-03-10 and no longer on 2026-03-11.
 */
export function isWithinMonthsOf(event: IsoDate, months: number, date: IsoDate): boolean {
  assertIsoDate(date, 'date');
  return event <= date && date <= lastDayOfMonthsPeriod(event, months);
}

/**
 * `date` moved by a profile period. Calendar units only: the personnel periods (certificate
 * warning, secondment threshold) are calendar days, months or years; a working-day or hour
 * period set there by mistake is read as the same number of calendar days (never shorter).
 */
export function shiftByPeriod(date: IsoDate, period: Period, direction: 1 | -1): IsoDate {
  const start = parseIsoDate(date);
  const amount = period.amount * direction;
  const moved =
    period.unit === 'year'
      ? start.add(amount, 'year')
      : period.unit === 'month'
        ? start.add(amount, 'month')
        : period.unit === 'hour'
          ? start.add(Math.ceil(period.amount / 24) * direction, 'day')
          : start.add(amount, 'day');
  return formatIsoDate(moved);
}

/** 1 year, 60 days, 3 months — for messages. */
export function describePeriod(period: Period): string {
  const units: Record<Period['unit'], string> = {
    calendar_day: '日',
    working_day: '个工作日',
    hour: '小时',
    month: '个月',
    year: '年',
  };
  return `${period.amount}${units[period.unit]}`;
}
