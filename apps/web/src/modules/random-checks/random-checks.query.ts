import {
  type RandomCheckPlanKind,
  type RandomCheckPlanStatus,
  type RandomCheckStratum,
  type RandomCheckTaskStatus,
  randomCheckPlanKinds,
  randomCheckPlanStatuses,
  randomCheckStrata,
  randomCheckTaskStatuses,
} from '@qingshan/domain';
import type { QueryParams } from '../../api/client';

/** The plan list's filters, kept in the URL (/random-checks/plans?year=2026&status=drawn). */
export interface PlanFilters {
  page: number;
  pageSize: number;
  year?: number;
  kind?: RandomCheckPlanKind;
  status?: RandomCheckPlanStatus;
  /** A plan owner: the agency and the agencies below it. */
  agencyId?: string;
  q?: string;
}

const pageSizes = [10, 20, 50, 100];
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function parsePlanFilters(search: URLSearchParams): PlanFilters {
  const filters: PlanFilters = { page: 1, pageSize: 20 };
  const page = Number(search.get('page'));
  if (Number.isInteger(page) && page >= 1) filters.page = page;
  const pageSize = Number(search.get('pageSize'));
  if (pageSizes.includes(pageSize)) filters.pageSize = pageSize;
  const year = Number(search.get('year'));
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) filters.year = year;
  filters.kind = oneOf(search.get('kind'), randomCheckPlanKinds);
  filters.status = oneOf(search.get('status'), randomCheckPlanStatuses);
  const agencyId = search.get('agencyId');
  if (agencyId && uuidPattern.test(agencyId)) filters.agencyId = agencyId;
  const q = search.get('q')?.trim();
  if (q) filters.q = q.slice(0, 50);
  return filters;
}

export function serializePlanFilters(filters: PlanFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.year) search.set('year', String(filters.year));
  if (filters.kind) search.set('kind', filters.kind);
  if (filters.status) search.set('status', filters.status);
  if (filters.agencyId) search.set('agencyId', filters.agencyId);
  if (filters.q) search.set('q', filters.q);
  if (filters.page !== 1) search.set('page', String(filters.page));
  if (filters.pageSize !== 20) search.set('pageSize', String(filters.pageSize));
  return search;
}

export function toPlanQuery(filters: PlanFilters): QueryParams {
  return {
    page: filters.page,
    pageSize: filters.pageSize,
    year: filters.year,
    kind: filters.kind,
    status: filters.status,
    agencyId: filters.agencyId,
    q: filters.q,
  };
}

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
