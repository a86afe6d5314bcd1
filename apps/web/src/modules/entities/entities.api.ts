import type {
  EntityDetail,
  EntityEvent,
  EntityInput,
  EntityListItem,
  EntityPatch,
  Paged,
} from '@qingshan/domain';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, type QueryParams } from '../../api/client';

export const entityKeys = {
  all: ['entities'] as const,
  list: (query: QueryParams) => ['entities', 'list', query] as const,
  detail: (id: string) => ['entities', 'detail', id] as const,
  events: (id: string) => ['entities', 'events', id] as const,
};

/** A page of GET /api/entities; `query` is the list's URL state (useListQuery's apiQuery). */
export function useEntityPage(query: QueryParams) {
  return useQuery({
    queryKey: entityKeys.list(query),
    queryFn: ({ signal }) => api.get<Paged<EntityListItem>>('/api/entities', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEntityDetail(id: string | undefined) {
  return useQuery({
    queryKey: entityKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<EntityDetail>(`/api/entities/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** Pages after the first (the detail carries the first page of the timeline). */
export const timelinePageSize = 20;

export function useEntityEvents(id: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: entityKeys.events(id),
    initialPageParam: 2,
    queryFn: ({ pageParam, signal }) =>
      api.get<Paged<EntityEvent>>(
        `/api/entities/${id}/events`,
        { page: pageParam, pageSize: timelinePageSize },
        signal,
      ),
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    enabled,
  });
}

function useEntityMutation<Input>(request: (input: Input) => Promise<EntityDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (detail) => {
      queryClient.setQueryData(entityKeys.detail(detail.id), detail);
      // The timeline's later pages shift with the new first page: drop them.
      queryClient.removeQueries({ queryKey: entityKeys.events(detail.id) });
      return queryClient.invalidateQueries({ queryKey: ['entities', 'list'] });
    },
  });
}

export function useCreateEntity() {
  return useEntityMutation((input: EntityInput) => api.post<EntityDetail>('/api/entities', input));
}

export function useUpdateEntity(id: string) {
  return useEntityMutation((input: EntityPatch) => api.patch<EntityDetail>(`/api/entities/${id}`, input));
}
