import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import type { IsoDate } from '../calendar/calendar.types';
import type { Period } from '../profile/profile.schema';

dayjs.extend(utc);

export { businessDateOf } from '../calendar/calendar.dates';

/**
 * `date` moved by a profile period. Calendar units only: the personnel periods (certificate
 * warning, secondment threshold) are calendar days, months or years; a working-day or hour
 * period set there by mistake is read as the same number of calendar days (never shorter).
 */
export function shiftByPeriod(date: IsoDate, period: Period, direction: 1 | -1): IsoDate {
  const start = dayjs.utc(date);
  const amount = period.amount * direction;
  const moved =
    period.unit === 'year'
      ? start.add(amount, 'year')
      : period.unit === 'month'
        ? start.add(amount, 'month')
        : period.unit === 'hour'
          ? start.add(Math.ceil(period.amount / 24) * direction, 'day')
          : start.add(amount, 'day');
  return moved.format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day');
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
