import {
  type BackbonePool,
  backbonePools,
  type CertificateState,
  certificateStates,
  type OfficerSort,
  type OfficerSortField,
  type OfficerStatus,
  officerSortFields,
  officerStatuses,
  type SecondmentFilter,
  type Specialty,
  secondmentFilterValues,
  specialties,
} from '@qingshan/domain';
import type { QueryParams } from '../../api/client';

/** The officers page's filters, kept in the URL so a link like /officers?certificateState=expiring opens them. */
export interface OfficerFilters {
  page: number;
  pageSize: number;
  q?: string;
  agencyId?: string;
  includeSubordinates: boolean;
  status?: OfficerStatus;
  certificateState?: CertificateState;
  specialty?: Specialty;
  /** `any` = in either pool. */
  backbone?: BackbonePool | 'any';
  hasLegalQualification?: boolean;
  hasMonitoringCertificate?: boolean;
  hasAccount?: boolean;
  secondment?: SecondmentFilter;
  sort: OfficerSort;
}

export const defaultOfficerFilters: OfficerFilters = {
  page: 1,
  pageSize: 20,
  includeSubordinates: true,
  sort: 'realNameNumber',
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

function readEnum<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Reads the filters from the URL, dropping values the API would refuse. */
export function parseOfficerFilters(search: URLSearchParams): OfficerFilters {
  const filters: OfficerFilters = { ...defaultOfficerFilters };
  filters.page = readPositiveInteger(search.get('page')) ?? 1;
  const pageSize = readPositiveInteger(search.get('pageSize'));
  if (pageSize && pageSizes.includes(pageSize)) filters.pageSize = pageSize;
  const q = search.get('q')?.trim();
  if (q) filters.q = q.slice(0, 50);
  const agencyId = search.get('agencyId');
  if (agencyId && uuidPattern.test(agencyId)) filters.agencyId = agencyId;
  filters.includeSubordinates = readBoolean(search.get('includeSubordinates')) ?? true;
  filters.status = readEnum(search.get('status'), officerStatuses);
  filters.certificateState = readEnum(search.get('certificateState'), certificateStates);
  filters.specialty = readEnum(search.get('specialty'), specialties);
  filters.backbone = readEnum(search.get('backbone'), [...backbonePools, 'any'] as const);
  filters.hasLegalQualification = readBoolean(search.get('hasLegalQualification'));
  filters.hasMonitoringCertificate = readBoolean(search.get('hasMonitoringCertificate'));
  filters.hasAccount = readBoolean(search.get('hasAccount'));
  filters.secondment = readEnum(search.get('secondment'), secondmentFilterValues);
  const sort = search.get('sort');
  if (sort && (officerSortFields as readonly string[]).includes(sort.replace(/^-/, ''))) {
    filters.sort = sort as OfficerSort;
  }
  return filters;
}

/** Writes the filters back to the URL, leaving defaults out so links stay short. */
export function serializeOfficerFilters(filters: OfficerFilters): URLSearchParams {
  const search = new URLSearchParams();
  const set = (key: string, value: string | boolean | undefined) => {
    if (value !== undefined) search.set(key, String(value));
  };
  set('q', filters.q);
  set('agencyId', filters.agencyId);
  if (filters.agencyId && !filters.includeSubordinates) search.set('includeSubordinates', 'false');
  set('status', filters.status);
  set('certificateState', filters.certificateState);
  set('specialty', filters.specialty);
  set('backbone', filters.backbone);
  set('hasLegalQualification', filters.hasLegalQualification);
  set('hasMonitoringCertificate', filters.hasMonitoringCertificate);
  set('hasAccount', filters.hasAccount);
  set('secondment', filters.secondment);
  if (filters.sort !== defaultOfficerFilters.sort) search.set('sort', filters.sort);
  if (filters.page !== 1) search.set('page', String(filters.page));
  if (filters.pageSize !== defaultOfficerFilters.pageSize) search.set('pageSize', String(filters.pageSize));
  return search;
}

/** The query of GET /api/officers and /api/officers/export.xlsx. */
export function toOfficerQuery(filters: OfficerFilters, options: { forExport?: boolean } = {}): QueryParams {
  return {
    ...(options.forExport ? {} : { page: filters.page, pageSize: filters.pageSize }),
    q: filters.q,
    agencyId: filters.agencyId,
    includeSubordinates: filters.agencyId ? filters.includeSubordinates : undefined,
    status: filters.status,
    certificateState: filters.certificateState,
    specialty: filters.specialty,
    isBackbone: filters.backbone ? true : undefined,
    backbonePool: filters.backbone && filters.backbone !== 'any' ? filters.backbone : undefined,
    hasLegalQualification: filters.hasLegalQualification,
    hasMonitoringCertificate: filters.hasMonitoringCertificate,
    hasAccount: filters.hasAccount,
    secondment: filters.secondment,
    sort: filters.sort,
  };
}

/** antd Table sorter → API sort. */
export function sortFromTable(field: unknown, order: 'ascend' | 'descend' | null | undefined): OfficerSort {
  if (!order || typeof field !== 'string' || !(officerSortFields as readonly string[]).includes(field)) {
    return defaultOfficerFilters.sort;
  }
  return (order === 'descend' ? `-${field}` : field) as OfficerSort;
}

export function tableSortOrder(sort: OfficerSort, field: OfficerSortField): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}
