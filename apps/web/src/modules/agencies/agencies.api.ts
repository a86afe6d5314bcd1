import type {
  Agency,
  AgencyDetail,
  CreateAgencyRequest,
  Region,
  RegionDetail,
  UpdateAgencyRequest,
} from '@qingshan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export const agencyKeys = {
  list: ['agencies', 'list'] as const,
  detail: (id: string) => ['agencies', 'detail', id] as const,
};

export const regionKeys = {
  children: (parentCode: string | undefined) => ['regions', 'children', parentCode ?? ''] as const,
  detail: (code: string) => ['regions', 'detail', code] as const,
};

/** Every agency of the user's jurisdiction (flat; the tree is built in agency-tree.ts). */
export function useAgencyList(enabled = true) {
  return useQuery({
    queryKey: agencyKeys.list,
    queryFn: ({ signal }) => api.get<{ items: Agency[] }>('/api/agencies', undefined, signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useAgencyDetail(id: string | undefined) {
  return useQuery({
    queryKey: agencyKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<AgencyDetail>(`/api/agencies/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useUpdateAgency(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateAgencyRequest) => api.patch<AgencyDetail>(`/api/agencies/${id}`, input),
    onSuccess: (detail) => {
      queryClient.setQueryData(agencyKeys.detail(id), detail);
      void queryClient.invalidateQueries({ queryKey: agencyKeys.list });
    },
  });
}

export function useCreateAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAgencyRequest) => api.post<AgencyDetail>('/api/agencies', input),
    onSuccess: (detail) => {
      queryClient.setQueryData(agencyKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: agencyKeys.list });
      if (detail.parentId)
        void queryClient.invalidateQueries({ queryKey: agencyKeys.detail(detail.parentId) });
    },
  });
}

export function fetchRegionChildren(parentCode: string | undefined, signal?: AbortSignal) {
  return api.get<{ items: Region[] }>('/api/regions', { parentCode }, signal).then((data) => data.items);
}

export function useRegionChildren(parentCode: string | undefined, enabled = true) {
  return useQuery({
    queryKey: regionKeys.children(parentCode),
    queryFn: ({ signal }) => fetchRegionChildren(parentCode, signal),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

export function useRegionDetail(code: string | undefined) {
  return useQuery({
    queryKey: regionKeys.detail(code ?? ''),
    queryFn: ({ signal }) => api.get<RegionDetail>(`/api/regions/${code}`, undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
    enabled: Boolean(code),
  });
}
