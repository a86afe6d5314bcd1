import {
  type CatalogueKind,
  type CatalogueStatus,
  catalogueKinds,
  catalogueStatuses,
} from '@qingshan/domain';
import type { QueryParams } from '../../api/client';

/** The catalogue list's filters, kept in the URL (/catalogues?kind=no_penalty_list&history=true). */
export interface CatalogueFilters {
  page: number;
  pageSize: number;
  kind?: CatalogueKind;
  status?: CatalogueStatus;
  year?: number;
  q?: string;
  /** Show superseded versions too. */
  history: boolean;
}

const pageSizes = [10, 20, 50, 100];

export function parseCatalogueFilters(search: URLSearchParams): CatalogueFilters {
  const filters: CatalogueFilters = { page: 1, pageSize: 20, history: search.get('history') === 'true' };
  const page = Number(search.get('page'));
  if (Number.isInteger(page) && page >= 1) filters.page = page;
  const pageSize = Number(search.get('pageSize'));
  if (pageSizes.includes(pageSize)) filters.pageSize = pageSize;
  const kind = search.get('kind');
  if (kind && (catalogueKinds as readonly string[]).includes(kind)) filters.kind = kind as CatalogueKind;
  const status = search.get('status');
  if (status && (catalogueStatuses as readonly string[]).includes(status))
    filters.status = status as CatalogueStatus;
  const year = Number(search.get('year'));
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) filters.year = year;
  const q = search.get('q')?.trim();
  if (q) filters.q = q.slice(0, 50);
  return filters;
}

export function serializeCatalogueFilters(filters: CatalogueFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.kind) search.set('kind', filters.kind);
  if (filters.status) search.set('status', filters.status);
  if (filters.year) search.set('year', String(filters.year));
  if (filters.q) search.set('q', filters.q);
  if (filters.history) search.set('history', 'true');
  if (filters.page !== 1) search.set('page', String(filters.page));
  if (filters.pageSize !== 20) search.set('pageSize', String(filters.pageSize));
  return search;
}

/** GET /api/catalogues: without history, superseded versions stay out (unless asked for by status). */
export function toCatalogueQuery(filters: CatalogueFilters): QueryParams {
  return {
    page: filters.page,
    pageSize: filters.pageSize,
    kind: filters.kind,
    status: filters.status,
    year: filters.year,
    q: filters.q,
    isCurrentOnly: !filters.history && filters.status !== 'superseded' ? true : undefined,
  };
}
