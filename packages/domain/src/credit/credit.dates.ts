/**
 * Calendar arithmetic on business dates (`YYYY-MM-DD`, Asia/Shanghai) for the credit rules. Dates
 * are handled as UTC midnights so that no device time zone shifts a day.
 */

export { businessDateOf } from '../calendar/calendar.dates';

function toUtc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const moment = toUtc(date);
  moment.setUTCDate(moment.getUTCDate() + days);
  return fromUtc(moment);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
