import type { CapacityResponse, SetStaffingRequest, Staffing } from '@qingshan/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export const capacityKeys = {
  all: ['capacity'] as const,
  view: (agencyId: string | undefined, date: string | undefined) =>
    ['capacity', 'view', agencyId ?? 'own', date ?? 'today'] as const,
};

export function useCapacity(agencyId: string | undefined, date: string | undefined) {
  return useQuery({
    queryKey: capacityKeys.view(agencyId, date),
    queryFn: ({ signal }) => api.get<CapacityResponse>('/api/capacity', { agencyId, date }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSetStaffing(agencyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetStaffingRequest) => api.put<Staffing>(`/api/capacity/staffing/${agencyId}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: capacityKeys.all }),
  });
}
