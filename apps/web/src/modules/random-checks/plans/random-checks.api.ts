import type {
  AnnulRandomCheckDrawRequest,
  CreateRandomCheckPlanRequest,
  DrawRandomCheckPlanRequest,
  Paged,
  PublicDraw,
  RandomCheckItemOption,
  RandomCheckPlanDefaults,
  RandomCheckPlanDetail,
  RandomCheckPlanListItem,
  RandomCheckPlanTasks,
  RandomCheckPoolPreview,
  UpdateRandomCheckPlanRequest,
} from '@qingshan/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../../api/client';

export const randomCheckKeys = {
  all: ['random-checks'] as const,
  plans: (query: QueryParams) => ['random-checks', 'plans', query] as const,
  plan: (id: string) => ['random-checks', 'plan', id] as const,
  preview: (id: string) => ['random-checks', 'plan', id, 'preview'] as const,
  tasks: (id: string, query: QueryParams) => ['random-checks', 'plan', id, 'tasks', query] as const,
  defaults: ['random-checks', 'defaults'] as const,
  itemOptions: ['random-checks', 'item-options'] as const,
  publicDraw: (id: string) => ['random-checks', 'public-draw', id] as const,
};

export function usePlanPage(query: QueryParams) {
  return useQuery({
    queryKey: randomCheckKeys.plans(query),
    queryFn: ({ signal }) =>
      api.get<Paged<RandomCheckPlanListItem>>('/api/random-checks/plans', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: randomCheckKeys.plan(id ?? ''),
    queryFn: ({ signal }) =>
      api.get<RandomCheckPlanDetail>(`/api/random-checks/plans/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function usePoolPreview(id: string, isEnabled: boolean) {
  return useQuery({
    queryKey: randomCheckKeys.preview(id),
    queryFn: ({ signal }) =>
      api.get<RandomCheckPoolPreview>(`/api/random-checks/plans/${id}/pool-preview`, undefined, signal),
    enabled: isEnabled,
  });
}

export function usePlanTasks(id: string, query: QueryParams, isEnabled: boolean) {
  return useQuery({
    queryKey: randomCheckKeys.tasks(id, query),
    queryFn: ({ signal }) =>
      api.get<RandomCheckPlanTasks>(`/api/random-checks/plans/${id}/tasks`, query, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

export function usePlanDefaults(isEnabled = true) {
  return useQuery({
    queryKey: randomCheckKeys.defaults,
    queryFn: ({ signal }) =>
      api.get<RandomCheckPlanDefaults>('/api/random-checks/plan-defaults', undefined, signal),
    enabled: isEnabled,
  });
}

export function useItemOptions(isEnabled = true) {
  return useQuery({
    queryKey: randomCheckKeys.itemOptions,
    queryFn: ({ signal }) =>
      api.get<{ items: RandomCheckItemOption[] }>('/api/random-checks/item-options', undefined, signal),
    enabled: isEnabled,
  });
}

export function usePublicDraw(planId: string | undefined) {
  return useQuery({
    queryKey: randomCheckKeys.publicDraw(planId ?? ''),
    queryFn: ({ signal }) =>
      api.get<PublicDraw>(`/api/public/random-checks/draws/${planId}`, undefined, signal),
    enabled: Boolean(planId),
  });
}

function usePlanMutation<Variables>(request: (variables: Variables) => Promise<RandomCheckPlanDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (plan) => {
      queryClient.setQueryData(randomCheckKeys.plan(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: randomCheckKeys.all });
    },
  });
}

export function useCreatePlan() {
  return usePlanMutation((body: CreateRandomCheckPlanRequest) =>
    api.post<RandomCheckPlanDetail>('/api/random-checks/plans', body),
  );
}

export function useUpdatePlan(id: string) {
  return usePlanMutation((body: UpdateRandomCheckPlanRequest) =>
    api.patch<RandomCheckPlanDetail>(`/api/random-checks/plans/${id}`, body),
  );
}

export function useCommitPlan(id: string) {
  return usePlanMutation(() => api.post<RandomCheckPlanDetail>(`/api/random-checks/plans/${id}/commit`));
}

export function useDrawPlan(id: string) {
  return usePlanMutation((body: DrawRandomCheckPlanRequest) =>
    api.post<RandomCheckPlanDetail>(`/api/random-checks/plans/${id}/draw`, body),
  );
}

export function useAnnulDraw(id: string) {
  return usePlanMutation((body: AnnulRandomCheckDrawRequest) =>
    api.post<RandomCheckPlanDetail>(`/api/random-checks/plans/${id}/annul-draw`, body),
  );
}

export function useDeletePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<{ ok: true }>(`/api/random-checks/plans/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: randomCheckKeys.plan(id) });
      void queryClient.invalidateQueries({ queryKey: randomCheckKeys.all });
    },
  });
}
