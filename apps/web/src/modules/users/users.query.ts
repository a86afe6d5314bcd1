import { type Role, roles, type UserStatus, userStatuses } from '@qingshan/domain';
import type { QueryParams } from '../../api/client';

export const userSortFields = ['username', 'displayName', 'lastLoginAt', 'createdAt'] as const;
export type UserSortField = (typeof userSortFields)[number];
export type UserSort = UserSortField | `-${UserSortField}`;

/** The users page's filters, kept in the URL so a link like /users?agencyId=… opens them. */
export interface UserFilters {
  page: number;
  pageSize: number;
  q?: string;
  agencyId?: string;
  includeSubordinates: boolean;
  role?: Role;
  status?: UserStatus;
  isLocked?: boolean;
  sort: UserSort;
}

export const defaultUserFilters: UserFilters = {
  page: 1,
  pageSize: 20,
  includeSubordinates: false,
  sort: 'username',
};

const pageSizes = [10, 20, 50, 100];
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

/** Reads the filters from the URL, dropping values the API would refuse. */
export function parseUserFilters(search: URLSearchParams): UserFilters {
  const filters: UserFilters = { ...defaultUserFilters };
  filters.page = readPositiveInteger(search.get('page')) ?? defaultUserFilters.page;
  const pageSize = readPositiveInteger(search.get('pageSize'));
  if (pageSize && pageSizes.includes(pageSize)) filters.pageSize = pageSize;
  const q = search.get('q')?.trim();
  if (q) filters.q = q.slice(0, 50);
  const agencyId = search.get('agencyId');
  if (agencyId && uuidPattern.test(agencyId)) filters.agencyId = agencyId;
  filters.includeSubordinates = readBoolean(search.get('includeSubordinates')) ?? false;
  const role = search.get('role');
  if (role && (roles as readonly string[]).includes(role)) filters.role = role as Role;
  const status = search.get('status');
  if (status && (userStatuses as readonly string[]).includes(status)) filters.status = status as UserStatus;
  filters.isLocked = readBoolean(search.get('isLocked'));
  const sort = search.get('sort');
  if (sort && (userSortFields as readonly string[]).includes(sort.replace(/^-/, '')))
    filters.sort = sort as UserSort;
  return filters;
}

/** Writes the filters back to the URL, leaving defaults out so links stay short. */
export function serializeUserFilters(filters: UserFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  if (filters.agencyId) search.set('agencyId', filters.agencyId);
  if (filters.agencyId && filters.includeSubordinates) search.set('includeSubordinates', 'true');
  if (filters.role) search.set('role', filters.role);
  if (filters.status) search.set('status', filters.status);
  if (filters.isLocked !== undefined) search.set('isLocked', String(filters.isLocked));
  if (filters.sort !== defaultUserFilters.sort) search.set('sort', filters.sort);
  if (filters.page !== 1) search.set('page', String(filters.page));
  if (filters.pageSize !== defaultUserFilters.pageSize) search.set('pageSize', String(filters.pageSize));
  return search;
}

/** The query of GET /api/users and /api/users/export.xlsx. */
export function toUserQuery(filters: UserFilters, options: { forExport?: boolean } = {}): QueryParams {
  return {
    ...(options.forExport ? {} : { page: filters.page, pageSize: filters.pageSize }),
    q: filters.q,
    agencyId: filters.agencyId,
    includeSubordinates: filters.agencyId ? filters.includeSubordinates : undefined,
    role: filters.role,
    status: filters.status,
    isLocked: filters.isLocked,
    sort: filters.sort,
  };
}

/** antd Table sorter → API sort. */
export function sortFromTable(field: unknown, order: 'ascend' | 'descend' | null | undefined): UserSort {
  if (!order || typeof field !== 'string' || !(userSortFields as readonly string[]).includes(field)) {
    return defaultUserFilters.sort;
  }
  return (order === 'descend' ? `-${field}` : field) as UserSort;
}

export function tableSortOrder(sort: UserSort, field: UserSortField): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}
