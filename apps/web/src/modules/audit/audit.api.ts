import type { AuditEntry, AuditVerification, Paged } from '@qingshan/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../api/client';

/** A page of GET /api/audit; `query` is the list's URL state (useListQuery's apiQuery). */
export function useAuditPage(query: QueryParams) {
  return useQuery({
    queryKey: ['audit', 'list', query],
    queryFn: ({ signal }) => api.get<Paged<AuditEntry>>('/api/audit', query, signal),
    placeholderData: keepPreviousData,
  });
}

/** POST /api/audit/verify; the verification itself is recorded, so the list is refreshed. */
export function useVerifyAuditChain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<AuditVerification>('/api/audit/verify'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['audit', 'list'] }),
  });
}
