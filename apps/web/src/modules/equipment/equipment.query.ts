import {
  type EquipmentCategory,
  type EquipmentStatus,
  equipmentCategories,
  equipmentStatuses,
} from '@qingshan/domain';
import type { QueryParams } from '../../api/client';

export const equipmentSortFields = ['assetNumber', 'acquiredOn', 'category', 'name', 'updatedAt'] as const;
export type EquipmentSortField = (typeof equipmentSortFields)[number];
export type EquipmentSort = EquipmentSortField | `-${EquipmentSortField}`;
export type EquipmentTab = 'inventory' | 'gaps';

/** The equipment page's state, kept in the URL so links like /equipment?tab=gaps&agencyId=… open it. */
export interface EquipmentFilters {
  tab: EquipmentTab;
  page: number;
  pageSize: number;
  q?: string;
  agencyId?: string;
  includeSubordinates: boolean;
  category?: EquipmentCategory;
  status?: EquipmentStatus;
  sort: EquipmentSort;
}

export const defaultEquipmentFilters: EquipmentFilters = {
  tab: 'inventory',
  page: 1,
  pageSize: 20,
  includeSubordinates: true,
  sort: 'assetNumber',
};

const pageSizes = [10, 20, 50, 100];
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readPositiveInteger(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 ? parsed : undefined;
}

/** Reads the state from the URL, dropping values the API would refuse. */
export function parseEquipmentFilters(search: URLSearchParams): EquipmentFilters {
  const filters: EquipmentFilters = { ...defaultEquipmentFilters };
  if (search.get('tab') === 'gaps') filters.tab = 'gaps';
  filters.page = readPositiveInteger(search.get('page')) ?? 1;
  const pageSize = readPositiveInteger(search.get('pageSize'));
  if (pageSize && pageSizes.includes(pageSize)) filters.pageSize = pageSize;
  const q = search.get('q')?.trim();
  if (q) filters.q = q.slice(0, 50);
  const agencyId = search.get('agencyId');
  if (agencyId && uuidPattern.test(agencyId)) filters.agencyId = agencyId;
  filters.includeSubordinates = search.get('includeSubordinates') !== 'false';
  const category = search.get('category');
  if (category && (equipmentCategories as readonly string[]).includes(category)) {
    filters.category = category as EquipmentCategory;
  }
  const status = search.get('status');
  if (status && (equipmentStatuses as readonly string[]).includes(status))
    filters.status = status as EquipmentStatus;
  const sort = search.get('sort');
  if (sort && (equipmentSortFields as readonly string[]).includes(sort.replace(/^-/, ''))) {
    filters.sort = sort as EquipmentSort;
  }
  return filters;
}

/** Writes the state back to the URL, leaving defaults out so links stay short. */
export function serializeEquipmentFilters(filters: EquipmentFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.tab !== 'inventory') search.set('tab', filters.tab);
  if (filters.q) search.set('q', filters.q);
  if (filters.agencyId) search.set('agencyId', filters.agencyId);
  if (filters.agencyId && !filters.includeSubordinates) search.set('includeSubordinates', 'false');
  if (filters.category) search.set('category', filters.category);
  if (filters.status) search.set('status', filters.status);
  if (filters.sort !== defaultEquipmentFilters.sort) search.set('sort', filters.sort);
  if (filters.page !== 1) search.set('page', String(filters.page));
  if (filters.pageSize !== defaultEquipmentFilters.pageSize) search.set('pageSize', String(filters.pageSize));
  return search;
}

/** The query of GET /api/equipment/items and its export. */
export function toEquipmentQuery(
  filters: EquipmentFilters,
  options: { forExport?: boolean } = {},
): QueryParams {
  return {
    ...(options.forExport ? {} : { page: filters.page, pageSize: filters.pageSize }),
    q: filters.q,
    agencyId: filters.agencyId,
    includeSubordinates: filters.agencyId ? filters.includeSubordinates : undefined,
    category: filters.category,
    status: filters.status,
    sort: filters.sort,
  };
}

/** antd Table sorter → API sort. */
export function sortFromTable(field: unknown, order: 'ascend' | 'descend' | null | undefined): EquipmentSort {
  if (!order || typeof field !== 'string' || !(equipmentSortFields as readonly string[]).includes(field)) {
    return defaultEquipmentFilters.sort;
  }
  return (order === 'descend' ? `-${field}` : field) as EquipmentSort;
}

export function tableSortOrder(sort: EquipmentSort, field: EquipmentSortField): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}
