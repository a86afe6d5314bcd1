import type {
  CreateEquipmentItemRequest,
  EquipmentGapResponse,
  EquipmentItem,
  EquipmentItemDetail,
  EquipmentTransitionRequest,
  Paged,
  ReplaceEquipmentItemRequest,
  UpdateEquipmentItemRequest,
} from '@qingshan/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../api/client';
import { equipmentApiQuery } from './equipment.query';

export const equipmentKeys = {
  all: ['equipment'] as const,
  list: (query: QueryParams) => ['equipment', 'list', equipmentApiQuery(query)] as const,
  detail: (id: string) => ['equipment', 'detail', id] as const,
  gaps: (agencyId: string | undefined) => ['equipment', 'gaps', agencyId ?? 'own'] as const,
};

/** A page of GET /api/equipment/items; `query` is the list's URL state (see equipmentApiQuery). */
export function useEquipmentPage(query: QueryParams) {
  return useQuery({
    queryKey: equipmentKeys.list(query),
    queryFn: ({ signal }) =>
      api.get<Paged<EquipmentItem>>('/api/equipment/items', equipmentApiQuery(query), signal),
    placeholderData: keepPreviousData,
  });
}

export function useEquipmentDetail(id: string | undefined) {
  return useQuery({
    queryKey: equipmentKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<EquipmentItemDetail>(`/api/equipment/items/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useEquipmentGaps(agencyId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: equipmentKeys.gaps(agencyId),
    queryFn: ({ signal }) => api.get<EquipmentGapResponse>('/api/equipment/gaps', { agencyId }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Every change refreshes the lists, the gaps (and the capacity view that shows them). */
function useEquipmentMutation<Input>(request: (input: Input) => Promise<EquipmentItemDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (result) => {
      queryClient.setQueryData(equipmentKeys.detail(result.id), result);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: equipmentKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['capacity'] }),
      ]);
    },
  });
}

export function useCreateEquipment() {
  return useEquipmentMutation((input: CreateEquipmentItemRequest) =>
    api.post<EquipmentItemDetail>('/api/equipment/items', input),
  );
}

export function useUpdateEquipment(id: string) {
  return useEquipmentMutation((input: UpdateEquipmentItemRequest) =>
    api.patch<EquipmentItemDetail>(`/api/equipment/items/${id}`, input),
  );
}

export function useTransitionEquipment(id: string) {
  return useEquipmentMutation((input: EquipmentTransitionRequest) =>
    api.post<EquipmentItemDetail>(`/api/equipment/items/${id}/status`, input),
  );
}

export function useReplaceEquipment(id: string) {
  return useEquipmentMutation((input: ReplaceEquipmentItemRequest) =>
    api.post<EquipmentItemDetail>(`/api/equipment/items/${id}/replacement`, input),
  );
}
