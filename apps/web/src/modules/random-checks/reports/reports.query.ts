import { type PublicationStatus, previousMonthOf, publicationStatuses } from '@qingshan/domain';
import type { QueryParams } from '../../../api/client';

/** The tabs of the tables page (DR-7), in order. */
export const reportTabs = ['monthly', 'yearly', 'coverage'] as const;
export type ReportTab = (typeof reportTabs)[number];

/** The tables page's filters, kept in the URL (/random-checks/reports?tab=monthly&month=2026-10…). */
export interface ReportFilters {
  tab: ReportTab;
  /** `YYYY-MM`: the monthly table's month. */
  month: string;
  year: number;
  agencyId?: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

function readUuid(value: string | null): string | undefined {
  return value && uuidPattern.test(value) ? value : undefined;
}

/**
 * Defaults: the month whose table is due next (last month: seed 002 二（二）5 每月 5 日前报送上月),
 * this year, the user's own agency. A month after the current one falls back to the default.
 */
export function parseReportFilters(search: URLSearchParams, today: string): ReportFilters {
  const tab = reportTabs.find((value) => value === search.get('tab')) ?? 'monthly';
  const requestedMonth = search.get('month');
  const month =
    requestedMonth && monthPattern.test(requestedMonth) && requestedMonth <= today.slice(0, 7)
      ? requestedMonth
      : previousMonthOf(today);
  const requestedYear = Number(search.get('year'));
  const thisYear = Number(today.slice(0, 4));
  const year =
    Number.isInteger(requestedYear) && requestedYear >= 2000 && requestedYear <= thisYear
      ? requestedYear
      : thisYear;
  const agencyId = readUuid(search.get('agencyId'));
  return { tab, month, year, ...(agencyId ? { agencyId } : {}) };
}

export function serializeReportFilters(filters: ReportFilters, today: string): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.tab !== 'monthly') search.set('tab', filters.tab);
  if (filters.tab === 'monthly' && filters.month !== previousMonthOf(today))
    search.set('month', filters.month);
  if (filters.tab !== 'monthly' && filters.year !== Number(today.slice(0, 4)))
    search.set('year', String(filters.year));
  if (filters.agencyId) search.set('agencyId', filters.agencyId);
  return search;
}

/** The publication page's filters (DR-6). Unpublished results first: what the head has to do. */
export interface PublicationFilters {
  status?: PublicationStatus;
  month?: string;
  agencyId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

const pageSizes = [10, 20, 50, 100];

export function parsePublicationFilters(search: URLSearchParams): PublicationFilters {
  const statusValue = search.get('status');
  const status =
    statusValue === 'all'
      ? undefined
      : (publicationStatuses.find((value) => value === statusValue) ?? 'unpublished');
  const month = search.get('month');
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  const q = search.get('q')?.trim().slice(0, 50);
  const agencyId = readUuid(search.get('agencyId'));
  return {
    ...(status ? { status } : {}),
    ...(month && monthPattern.test(month) ? { month } : {}),
    ...(agencyId ? { agencyId } : {}),
    ...(q ? { q } : {}),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: pageSizes.includes(pageSize) ? pageSize : 20,
  };
}

export function serializePublicationFilters(filters: PublicationFilters): URLSearchParams {
  const search = new URLSearchParams();
  search.set('status', filters.status ?? 'all');
  if (filters.month) search.set('month', filters.month);
  if (filters.agencyId) search.set('agencyId', filters.agencyId);
  if (filters.q) search.set('q', filters.q);
  if (filters.page > 1) search.set('page', String(filters.page));
  if (filters.pageSize !== 20) search.set('pageSize', String(filters.pageSize));
  return search;
}

export function toPublicationQuery(filters: PublicationFilters): QueryParams {
  return { ...filters };
}
