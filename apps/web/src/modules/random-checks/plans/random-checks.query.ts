import {
  type RandomCheckStratum,
  type RandomCheckTaskStatus,
  randomCheckStrata,
  randomCheckTaskStatuses,
} from '@qingshan/domain';
import type { QueryParams } from '../../../api/client';

/** The task list's filters on the plan page (kept in component state). */
export interface TaskFilters {
  page: number;
  pageSize: number;
  q?: string;
  countyCode?: string;
  stratum?: RandomCheckStratum;
  status?: RandomCheckTaskStatus;
}

export function toTaskQuery(filters: TaskFilters): QueryParams {
  return { ...filters };
}

export const taskFilterOptions = { strata: randomCheckStrata, statuses: randomCheckTaskStatuses };

/** What the dice buttons append: one digit, separated by a space from the last one. */
export function appendDie(entropy: string, value: number): string {
  const trimmed = entropy.replace(/\s+$/, '');
  return trimmed === '' ? String(value) : `${trimmed} ${value}`;
}

/** The first and last quarter days of a date's quarter, `YYYY-MM-DD`. */
export function quarterBounds(year: number, quarter: number): { start: string; end: string } {
  const startMonth = (quarter - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return { start: `${year}-${pad(startMonth)}-01`, end: `${year}-${pad(endMonth)}-${pad(lastDay)}` };
}

export function quarterOfDate(date: string): number {
  return Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
}

/** A hex digest shortened for a table cell: 8 … 8. */
export function shortenDigest(value: string): string {
  return value.length > 20 ? `${value.slice(0, 8)}…${value.slice(-8)}` : value;
}
