import {
  type KeyPolluterMedium,
  keyPolluterMedia,
  type OperatingStatus,
  operatingStatuses,
  type PermitClass,
  permitClasses,
} from '@qingshan/domain';
import type { QueryParams } from '../../api/client';

export const entitySortFields = ['name', 'creditCode', 'updatedAt', 'region'] as const;
export type EntitySortField = (typeof entitySortFields)[number];
export type EntitySort = EntitySortField | `-${EntitySortField}`;

export const creditLevelValues = ['trustworthy', 'good', 'warning', 'untrustworthy'] as const;
export type CreditLevelValue = (typeof creditLevelValues)[number];
export const cardValues = ['red', 'yellow', 'any'] as const;
export type CardValue = (typeof cardValues)[number];

/** The flags the list filters on, each a yes/no filter of GET /api/entities. */
export const entityFlagKeys = [
  'isSpecialSupervision',
  'hasAutomaticMonitoring',
  'isMonitoringNetworked',
  'isOnPositiveList',
  'isBlacklisted',
] as const;
export type EntityFlagKey = (typeof entityFlagKeys)[number];

/** The entities page's filters, kept in the URL so a link (or the back button) reopens them. */
export interface EntityFilters {
  page: number;
  pageSize: number;
  q?: string;
  regionCode?: string;
  industryCode?: string;
  permitClass?: PermitClass;
  operatingStatus?: OperatingStatus;
  isKeyPolluter?: boolean;
  keyPolluterMedium?: KeyPolluterMedium;
  keyPolluterYear?: number;
  isSpecialSupervision?: boolean;
  hasAutomaticMonitoring?: boolean;
  isMonitoringNetworked?: boolean;
  isOnPositiveList?: boolean;
  isBlacklisted?: boolean;
  card?: CardValue;
  creditLevel?: CreditLevelValue;
  sort: EntitySort;
}

export const defaultEntityFilters: EntityFilters = { page: 1, pageSize: 20, sort: 'name' };

const pageSizes = [10, 20, 50, 100];

function readPositiveInteger(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 ? parsed : undefined;
}

function readBoolean(value: string | null): boolean | undefined {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

function readEnum<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Reads the filters from the URL, dropping values the API would refuse. */
export function parseEntityFilters(search: URLSearchParams): EntityFilters {
  const filters: EntityFilters = { ...defaultEntityFilters };
  filters.page = readPositiveInteger(search.get('page')) ?? 1;
  const pageSize = readPositiveInteger(search.get('pageSize'));
  if (pageSize && pageSizes.includes(pageSize)) filters.pageSize = pageSize;
  const q = search.get('q')?.trim();
  if (q) filters.q = q.slice(0, 50);
  const regionCode = search.get('regionCode');
  if (regionCode && /^\d{6}(\d{3})?$/.test(regionCode)) filters.regionCode = regionCode;
  const industryCode = search.get('industryCode');
  if (industryCode && /^[A-T]$|^\d{2,4}$/.test(industryCode)) filters.industryCode = industryCode;
  filters.permitClass = readEnum(search.get('permitClass'), permitClasses);
  filters.operatingStatus = readEnum(search.get('operatingStatus'), operatingStatuses);
  filters.isKeyPolluter = readBoolean(search.get('isKeyPolluter'));
  filters.keyPolluterMedium = readEnum(search.get('keyPolluterMedium'), keyPolluterMedia);
  const year = readPositiveInteger(search.get('keyPolluterYear'));
  if (year && year >= 2000 && year <= 2100) filters.keyPolluterYear = year;
  for (const key of entityFlagKeys) filters[key] = readBoolean(search.get(key));
  filters.card = readEnum(search.get('card'), cardValues);
  filters.creditLevel = readEnum(search.get('creditLevel'), creditLevelValues);
  const sort = search.get('sort');
  if (sort && (entitySortFields as readonly string[]).includes(sort.replace(/^-/, ''))) {
    filters.sort = sort as EntitySort;
  }
  for (const key of Object.keys(filters) as (keyof EntityFilters)[]) {
    if (filters[key] === undefined) delete filters[key];
  }
  return filters;
}

/** Writes the filters back to the URL, leaving defaults out so links stay short. */
export function serializeEntityFilters(filters: EntityFilters): URLSearchParams {
  const search = new URLSearchParams();
  const { page, pageSize, sort, ...rest } = filters;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  if (sort !== defaultEntityFilters.sort) search.set('sort', sort);
  if (page !== 1) search.set('page', String(page));
  if (pageSize !== defaultEntityFilters.pageSize) search.set('pageSize', String(pageSize));
  return search;
}

/** The query of GET /api/entities and of the exports (which take every filter but the page). */
export function toEntityQuery(filters: EntityFilters, options: { forExport?: boolean } = {}): QueryParams {
  const { page, pageSize, ...rest } = filters;
  return { ...(options.forExport ? {} : { page, pageSize }), ...rest };
}

/** How many filters beyond the search box are set (shown on the "more filters" toggle). */
export function countAdvancedFilters(filters: EntityFilters): number {
  const {
    page: _page,
    pageSize: _size,
    sort: _sort,
    q: _q,
    regionCode: _region,
    industryCode: _industry,
    ...rest
  } = filters;
  return Object.values(rest).filter((value) => value !== undefined).length;
}

/** antd Table sorter → API sort. */
export function sortFromTable(field: unknown, order: 'ascend' | 'descend' | null | undefined): EntitySort {
  if (!order || typeof field !== 'string' || !(entitySortFields as readonly string[]).includes(field)) {
    return defaultEntityFilters.sort;
  }
  return (order === 'descend' ? `-${field}` : field) as EntitySort;
}

export function tableSortOrder(sort: EntitySort, field: EntitySortField): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

/** The regions from the top of a jurisdiction down to a code: 360121001 → 360000, 360100, 360121, 360121001. */
export function regionPathTo(code: string, rootCode: string): string[] {
  const chain = [
    `${code.slice(0, 2)}0000`,
    `${code.slice(0, 4)}00`,
    code.slice(0, 6),
    ...(code.length === 9 ? [code] : []),
  ];
  const unique = chain.filter((value, index) => chain.indexOf(value) === index);
  const start = unique.indexOf(rootCode);
  return start >= 0
    ? unique.slice(start)
    : unique.filter((value) => value.startsWith(rootCode.replace(/0+$/, '')));
}
