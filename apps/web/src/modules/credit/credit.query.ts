import {
  cardColors,
  cardStatusFilters,
  commitmentStatuses,
  creditLevels,
  membershipStatuses,
  pointsDirections,
} from '@qingshan/domain';
import type { QueryParams } from '../../api/client';

/** The tabs of the credit page, in order; each shows only where the province has it. */
export const creditTabs = ['cards', 'evaluations', 'blacklist', 'positive', 'commitments', 'points'] as const;
export type CreditTab = (typeof creditTabs)[number];

/** Sort fields each tab's API accepts, and its default. */
export const tabSorts: Record<CreditTab, { fields: readonly string[]; default: string }> = {
  cards: { fields: ['issuedOn', 'entityName', 'liftedOn'], default: '-issuedOn' },
  evaluations: { fields: ['evaluatedOn', 'entityName', 'level', 'year'], default: '-evaluatedOn' },
  blacklist: { fields: ['listedOn', 'entityName', 'removedOn'], default: '-listedOn' },
  positive: { fields: ['listedOn', 'entityName', 'removedOn'], default: '-listedOn' },
  commitments: { fields: ['entityName', 'letterDeliveredOn', 'signedOn'], default: 'entityName' },
  points: { fields: ['occurredOn', 'points', 'entityName'], default: '-occurredOn' },
};

/** Status values each tab's API accepts. */
const tabStatuses: Partial<Record<CreditTab, readonly string[]>> = {
  cards: cardStatusFilters,
  blacklist: membershipStatuses,
  positive: membershipStatuses,
  commitments: commitmentStatuses,
};

/** The credit page's filters, kept in the URL (/credit?tab=cards&color=red…). */
export interface CreditFilters {
  tab: CreditTab;
  page: number;
  pageSize: number;
  sort: string;
  q?: string;
  agencyId?: string;
  status?: string;
  color?: string;
  year?: number;
  level?: string;
  direction?: string;
}

const pageSizes = [10, 20, 50, 100];
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readPositiveInteger(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 ? parsed : undefined;
}

function oneOf(value: string | null, allowed: readonly string[] | undefined): string | undefined {
  return value && allowed?.includes(value) ? value : undefined;
}

/** Reads the filters from the URL, dropping what the tab's API would refuse. */
export function parseCreditFilters(search: URLSearchParams, fallbackTab: CreditTab = 'cards'): CreditFilters {
  const tab = (oneOf(search.get('tab'), creditTabs) as CreditTab | undefined) ?? fallbackTab;
  const pageSize = readPositiveInteger(search.get('pageSize'));
  const sort = search.get('sort');
  const filters: CreditFilters = {
    tab,
    page: readPositiveInteger(search.get('page')) ?? 1,
    pageSize: pageSize && pageSizes.includes(pageSize) ? pageSize : 20,
    sort: sort && tabSorts[tab].fields.includes(sort.replace(/^-/, '')) ? sort : tabSorts[tab].default,
  };
  const q = search.get('q')?.trim();
  if (q) filters.q = q.slice(0, 50);
  const agencyId = search.get('agencyId');
  if (agencyId && uuidPattern.test(agencyId)) filters.agencyId = agencyId;
  filters.status = oneOf(search.get('status'), tabStatuses[tab]);
  if (tab === 'cards') filters.color = oneOf(search.get('color'), cardColors);
  if (tab === 'evaluations') filters.level = oneOf(search.get('level'), creditLevels);
  if (tab === 'points') filters.direction = oneOf(search.get('direction'), pointsDirections);
  if (tab === 'evaluations' || tab === 'commitments') {
    const year = readPositiveInteger(search.get('year'));
    if (year && year >= 2000 && year <= 2100) filters.year = year;
  }
  return withoutUndefined(filters);
}

function withoutUndefined(filters: CreditFilters): CreditFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined),
  ) as CreditFilters;
}

/** Writes the filters back to the URL, leaving defaults out so links stay short. */
export function serializeCreditFilters(filters: CreditFilters): URLSearchParams {
  const search = new URLSearchParams();
  search.set('tab', filters.tab);
  for (const key of ['q', 'agencyId', 'status', 'color', 'level', 'direction'] as const) {
    if (filters[key]) search.set(key, filters[key]);
  }
  if (filters.year) search.set('year', String(filters.year));
  if (filters.sort !== tabSorts[filters.tab].default) search.set('sort', filters.sort);
  if (filters.page !== 1) search.set('page', String(filters.page));
  if (filters.pageSize !== 20) search.set('pageSize', String(filters.pageSize));
  return search;
}

/** The API path of a tab's list (its export is the same path + /export.xlsx). */
export const tabPaths: Record<CreditTab, string> = {
  cards: '/api/credit/cards',
  evaluations: '/api/credit/evaluations',
  blacklist: '/api/credit/blacklist',
  positive: '/api/credit/positive-list',
  commitments: '/api/credit/commitments',
  points: '/api/credit/points',
};

/** The query of a tab's list or export. */
export function toCreditQuery(filters: CreditFilters, options: { forExport?: boolean } = {}): QueryParams {
  return {
    ...(options.forExport ? {} : { page: filters.page, pageSize: filters.pageSize }),
    sort: filters.sort,
    q: filters.q,
    agencyId: filters.agencyId,
    status: filters.status,
    color: filters.color,
    level: filters.level,
    direction: filters.direction,
    year: filters.year,
  };
}

/** antd Table sorter → API sort, within the tab's fields. */
export function sortFromTable(
  tab: CreditTab,
  field: unknown,
  order: 'ascend' | 'descend' | null | undefined,
): string {
  if (!order || typeof field !== 'string' || !tabSorts[tab].fields.includes(field))
    return tabSorts[tab].default;
  return order === 'descend' ? `-${field}` : field;
}

export function tableSortOrder(sort: string, field: string): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}
