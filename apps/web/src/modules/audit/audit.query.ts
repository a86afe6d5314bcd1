import type { QueryParams } from '../../api/client';

/** The audit page's filters, kept in the URL (GET /api/audit takes the same names). */
export interface AuditFilters {
  page: number;
  pageSize: number;
  from?: string;
  to?: string;
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  agencyId?: string;
  /** Shown beside the agency filter; not sent to the API. */
  agencyName?: string;
  /** An entry to mark in the list (the first broken one after a verification). */
  highlight?: number;
}

export const defaultAuditFilters: AuditFilters = { page: 1, pageSize: 20 };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const pageSizes = [10, 20, 50, 100];

function text(value: string | null, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

export function parseAuditFilters(search: URLSearchParams): AuditFilters {
  const filters: AuditFilters = { ...defaultAuditFilters };
  const page = Number(search.get('page'));
  if (Number.isInteger(page) && page >= 1) filters.page = page;
  const pageSize = Number(search.get('pageSize'));
  if (pageSizes.includes(pageSize)) filters.pageSize = pageSize;
  const from = search.get('from');
  if (from && isoDate.test(from)) filters.from = from;
  const to = search.get('to');
  if (to && isoDate.test(to)) filters.to = to;
  filters.action = text(search.get('action'), 64);
  filters.actor = text(search.get('actor'), 50);
  filters.targetType = text(search.get('targetType'), 40);
  filters.targetId = text(search.get('targetId'), 64);
  const agencyId = search.get('agencyId');
  if (agencyId && uuidPattern.test(agencyId)) {
    filters.agencyId = agencyId;
    filters.agencyName = text(search.get('agencyName'), 60);
  }
  const highlight = Number(search.get('highlight'));
  if (Number.isInteger(highlight) && highlight > 0) filters.highlight = highlight;
  for (const key of Object.keys(filters) as (keyof AuditFilters)[]) {
    if (filters[key] === undefined) delete filters[key];
  }
  return filters;
}

export function serializeAuditFilters(filters: AuditFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of [
    'from',
    'to',
    'action',
    'actor',
    'targetType',
    'targetId',
    'agencyId',
    'agencyName',
  ] as const) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  if (filters.highlight) search.set('highlight', String(filters.highlight));
  if (filters.page !== 1) search.set('page', String(filters.page));
  if (filters.pageSize !== defaultAuditFilters.pageSize) search.set('pageSize', String(filters.pageSize));
  return search;
}

export function toAuditQuery(filters: AuditFilters, options: { forExport?: boolean } = {}): QueryParams {
  return {
    ...(options.forExport ? {} : { page: filters.page, pageSize: filters.pageSize }),
    from: filters.from,
    to: filters.to,
    action: filters.action,
    actor: filters.actor,
    targetType: filters.targetType,
    targetId: filters.targetId,
    agencyId: filters.agencyId,
  };
}

/** `abcdef123456…89abcdef` for long hashes in the table. */
export function shortenHash(hash: string, head = 12, tail = 8): string {
  return hash.length <= head + tail + 1 ? hash : `${hash.slice(0, head)}…${hash.slice(-tail)}`;
}
