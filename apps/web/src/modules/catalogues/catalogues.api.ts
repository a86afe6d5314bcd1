import type {
  CatalogueComparison,
  CatalogueDetail,
  CatalogueItem,
  CatalogueItemInput,
  CatalogueItemUpdate,
  CatalogueSummary,
  CreateCatalogueRequest,
  Paged,
  UpdateCatalogueRequest,
} from '@qingshan/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../api/client';

export const catalogueKeys = {
  all: ['catalogues'] as const,
  list: (query: QueryParams) => ['catalogues', 'list', query] as const,
  detail: (id: string) => ['catalogues', 'detail', id] as const,
  items: (id: string, query: QueryParams) => ['catalogues', 'items', id, query] as const,
  compare: (id: string, withId: string) => ['catalogues', 'compare', id, withId] as const,
};

export function useCataloguePage(query: QueryParams) {
  return useQuery({
    queryKey: catalogueKeys.list(query),
    queryFn: ({ signal }) => api.get<Paged<CatalogueSummary>>('/api/catalogues', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCatalogue(id: string | undefined) {
  return useQuery({
    queryKey: catalogueKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<CatalogueDetail>(`/api/catalogues/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useCatalogueItems(id: string | undefined, query: QueryParams) {
  return useQuery({
    queryKey: catalogueKeys.items(id ?? '', query),
    queryFn: ({ signal }) => api.get<Paged<CatalogueItem>>(`/api/catalogues/${id}/items`, query, signal),
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
  });
}

export function useCatalogueComparison(id: string, withId: string | undefined) {
  return useQuery({
    queryKey: catalogueKeys.compare(id, withId ?? ''),
    queryFn: ({ signal }) =>
      api.get<CatalogueComparison>(`/api/catalogues/${id}/compare`, { with: withId }, signal),
    enabled: Boolean(withId),
  });
}

/** Every change refreshes the lists, the details and the items of catalogues. */
function useCatalogueMutation<Input, Result>(request: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}

export const useCreateCatalogue = () =>
  useCatalogueMutation((input: CreateCatalogueRequest) =>
    api.post<CatalogueDetail>('/api/catalogues', input),
  );

export const useUpdateCatalogue = (id: string) =>
  useCatalogueMutation((input: UpdateCatalogueRequest) =>
    api.patch<CatalogueDetail>(`/api/catalogues/${id}`, input),
  );

export const useDeleteCatalogue = (id: string) =>
  useCatalogueMutation(() => api.delete<{ ok: true }>(`/api/catalogues/${id}`));

export const usePublishCatalogue = (id: string) =>
  useCatalogueMutation(() => api.post<CatalogueDetail>(`/api/catalogues/${id}/publish`));

export const useSaveItem = (id: string) =>
  useCatalogueMutation(
    ({ itemId, input }: { itemId?: string; input: CatalogueItemInput | CatalogueItemUpdate }) =>
      itemId
        ? api.patch<CatalogueItem>(`/api/catalogues/${id}/items/${itemId}`, input)
        : api.post<CatalogueItem>(`/api/catalogues/${id}/items`, input),
  );

export const useDeleteItem = (id: string) =>
  useCatalogueMutation((itemId: string) => api.delete<{ ok: true }>(`/api/catalogues/${id}/items/${itemId}`));

/** Moves an item one place up or down: the server takes the whole order. */
export const useMoveItem = (id: string) =>
  useCatalogueMutation(async ({ itemId, offset }: { itemId: string; offset: -1 | 1 }) => {
    const all = await api.get<Paged<CatalogueItem>>(`/api/catalogues/${id}/items`, { pageSize: 500 });
    const ids = all.items.map((item) => item.id);
    const index = ids.indexOf(itemId);
    const target = index + offset;
    if (index < 0 || target < 0 || target >= ids.length) return all.items;
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    return api.put<CatalogueItem[]>(`/api/catalogues/${id}/items/order`, { itemIds: ids });
  });
