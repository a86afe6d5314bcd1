import type {
  AccountCandidate,
  ApproveSecondmentRequest,
  Award,
  CreateAwardRequest,
  CreateOfficerRequest,
  CreateSecondmentRequest,
  CreateTrainingRequest,
  EntitySupervisors,
  FileSecondmentRequest,
  OfficerDetail,
  OfficerPage,
  ReturnSecondmentRequest,
  SetBackboneRequest,
  SetOfficerStatusRequest,
  SupervisorCandidates,
  Training,
  UpdateOfficerRequest,
} from '@qingshan/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../api/client';

export const officerKeys = {
  all: ['officers'] as const,
  list: (query: QueryParams) => ['officers', 'list', query] as const,
  detail: (id: string) => ['officers', 'detail', id] as const,
  trainings: (id: string) => ['officers', 'trainings', id] as const,
  awards: (id: string) => ['officers', 'awards', id] as const,
  accounts: (id: string) => ['officers', 'accounts', id] as const,
};

export const supervisorKeys = {
  entity: (entityId: string) => ['entity-supervisors', entityId] as const,
  candidates: (entityId: string, q: string) => ['entity-supervisors', entityId, 'candidates', q] as const,
};

/** A page of GET /api/officers; `query` is the list's URL state (see officerApiQuery). */
export function useOfficerPage(query: QueryParams) {
  return useQuery({
    queryKey: officerKeys.list(query),
    queryFn: ({ signal }) => api.get<OfficerPage>('/api/officers', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOfficerDetail(id: string | undefined) {
  return useQuery({
    queryKey: officerKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<OfficerDetail>(`/api/officers/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useOfficerTrainings(id: string) {
  return useQuery({
    queryKey: officerKeys.trainings(id),
    queryFn: ({ signal }) => api.get<Training[]>(`/api/officers/${id}/trainings`, undefined, signal),
  });
}

export function useOfficerAwards(id: string) {
  return useQuery({
    queryKey: officerKeys.awards(id),
    queryFn: ({ signal }) => api.get<Award[]>(`/api/officers/${id}/awards`, undefined, signal),
  });
}

export function useAccountCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: officerKeys.accounts(id),
    queryFn: ({ signal }) =>
      api.get<AccountCandidate[]>(`/api/officers/${id}/account-candidates`, undefined, signal),
    enabled,
  });
}

/** Every change to an officer refreshes the lists and puts the new record in the cache. */
function useOfficerMutation<Input>(request: (input: Input) => Promise<OfficerDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (result) => {
      queryClient.setQueryData(officerKeys.detail(result.id), result);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['officers', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['officers', 'accounts'] }),
        queryClient.invalidateQueries({ queryKey: ['entity-supervisors'] }),
      ]);
    },
  });
}

export function useCreateOfficer() {
  return useOfficerMutation((input: CreateOfficerRequest) => api.post<OfficerDetail>('/api/officers', input));
}

export function useUpdateOfficer(id: string) {
  return useOfficerMutation((input: UpdateOfficerRequest) =>
    api.patch<OfficerDetail>(`/api/officers/${id}`, input),
  );
}

export function useSetOfficerStatus(id: string) {
  return useOfficerMutation((input: SetOfficerStatusRequest) =>
    api.post<OfficerDetail>(`/api/officers/${id}/status`, input),
  );
}

export function useLinkAccount(id: string) {
  return useOfficerMutation((userId: string) =>
    api.put<OfficerDetail>(`/api/officers/${id}/account`, { userId }),
  );
}

export function useUnlinkAccount(id: string) {
  return useOfficerMutation(() => api.delete<OfficerDetail>(`/api/officers/${id}/account`));
}

export function useCreateSecondment(id: string) {
  return useOfficerMutation((input: CreateSecondmentRequest) =>
    api.post<OfficerDetail>(`/api/officers/${id}/secondments`, input),
  );
}

export type SecondmentAction =
  | { kind: 'approval'; body: ApproveSecondmentRequest }
  | { kind: 'filing'; body: FileSecondmentRequest }
  | { kind: 'return'; body: ReturnSecondmentRequest };

export function useSecondmentAction(id: string, secondmentId: string) {
  return useOfficerMutation((action: SecondmentAction) =>
    api.post<OfficerDetail>(`/api/officers/${id}/secondments/${secondmentId}/${action.kind}`, action.body),
  );
}

export function useSetBackbone(id: string) {
  return useOfficerMutation((input: SetBackboneRequest) =>
    api.put<OfficerDetail>(`/api/officers/${id}/backbone`, input),
  );
}

export function useRemoveBackbone(id: string) {
  return useOfficerMutation(() => api.delete<OfficerDetail>(`/api/officers/${id}/backbone`));
}

export function useAddTraining(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTrainingRequest) =>
      api.post<Training[]>(`/api/officers/${id}/trainings`, input),
    onSuccess: (result) => queryClient.setQueryData(officerKeys.trainings(id), result),
  });
}

export function useAddAward(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAwardRequest) => api.post<Award[]>(`/api/officers/${id}/awards`, input),
    onSuccess: (result) => queryClient.setQueryData(officerKeys.awards(id), result),
  });
}

export function useEntitySupervisors(entityId: string) {
  return useQuery({
    queryKey: supervisorKeys.entity(entityId),
    queryFn: ({ signal }) =>
      api.get<EntitySupervisors>(`/api/entities/${entityId}/supervisors`, undefined, signal),
  });
}

export function useSupervisorCandidates(entityId: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: supervisorKeys.candidates(entityId, q),
    queryFn: ({ signal }) =>
      api.get<SupervisorCandidates>(
        `/api/entities/${entityId}/supervisor-candidates`,
        { q: q || undefined },
        signal,
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useSetEntitySupervisors(entityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (officerIds: string[]) =>
      api.put<EntitySupervisors>(`/api/entities/${entityId}/supervisors`, { officerIds }),
    onSuccess: async (result) => {
      queryClient.setQueryData(supervisorKeys.entity(entityId), result);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['entity-supervisors', entityId, 'candidates'] }),
        // The entity's timeline gained a 监管责任人变更 event.
        queryClient.invalidateQueries({ queryKey: ['entities'] }),
      ]);
    },
  });
}
