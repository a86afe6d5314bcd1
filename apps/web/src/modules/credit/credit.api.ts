import type {
  AddCompliancePointsRequest,
  AddListMembershipRequest,
  CardListItem,
  CommitmentPage,
  CreditSummary,
  EntityCredit,
  EntityListItem,
  EvaluationListItem,
  IssueCardRequest,
  LiftCardRequest,
  MembershipListItem,
  Paged,
  PointsListItem,
  RecordCommitmentSignatureRequest,
  RecordLetterDeliveryRequest,
  RemoveListMembershipRequest,
  SetCreditEvaluationRequest,
} from '@qingshan/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../api/client';
import { type CreditTab, tabPaths } from './credit.query';

export const creditKeys = {
  all: ['credit'] as const,
  summary: ['credit', 'summary'] as const,
  list: (tab: CreditTab, query: QueryParams) => ['credit', 'list', tab, query] as const,
  entity: (id: string) => ['credit', 'entity', id] as const,
};

/** The row type of each tab's list. */
export interface CreditTabRows {
  cards: CardListItem;
  evaluations: EvaluationListItem;
  blacklist: MembershipListItem;
  positive: MembershipListItem;
  commitments: CommitmentPage['items'][number];
  points: PointsListItem;
}

export type CreditTabPage<Tab extends CreditTab> = Paged<CreditTabRows[Tab]> & {
  coverage?: CommitmentPage['coverage'];
};

export function useCreditSummary() {
  return useQuery({
    queryKey: creditKeys.summary,
    queryFn: ({ signal }) => api.get<CreditSummary>('/api/credit/summary', undefined, signal),
  });
}

/** A page of a tab's list; `query` is the list's URL state (useListQuery's apiQuery). */
export function useCreditTabPage<Tab extends CreditTab>(tab: Tab, query: QueryParams) {
  return useQuery({
    queryKey: creditKeys.list(tab, query),
    queryFn: ({ signal }) => api.get<CreditTabPage<Tab>>(tabPaths[tab], query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEntityCredit(entityId: string | undefined) {
  return useQuery({
    queryKey: creditKeys.entity(entityId ?? ''),
    queryFn: ({ signal }) => api.get<EntityCredit>(`/api/entities/${entityId}/credit`, undefined, signal),
    enabled: Boolean(entityId),
  });
}

/** Entities to act on, found by name or credit code (GET /api/entities, the registry's search). */
export function useEntitySearch(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['entities', 'search', q],
    queryFn: ({ signal }) =>
      api.get<Paged<EntityListItem>>('/api/entities', { q: q || undefined, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * Every credit act answers with the entity's whole record: it replaces the cached one, and the
 * lists, the header counts and the entity pages (timeline, list flags) are read again.
 */
function useCreditAct<Input>(entityId: string, request: (input: Input) => Promise<EntityCredit>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (result) => {
      queryClient.setQueryData(creditKeys.entity(entityId), result);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['credit', 'list'] }),
        queryClient.invalidateQueries({ queryKey: creditKeys.summary }),
        queryClient.invalidateQueries({ queryKey: ['entities'] }),
      ]);
    },
  });
}

const base = (entityId: string) => `/api/entities/${entityId}/credit`;

export function useIssueCard(entityId: string) {
  return useCreditAct(entityId, (input: IssueCardRequest) =>
    api.post<EntityCredit>(`${base(entityId)}/cards`, input),
  );
}

export function useLiftCard(entityId: string) {
  return useCreditAct(entityId, ({ cardId, ...input }: LiftCardRequest & { cardId: string }) =>
    api.post<EntityCredit>(`${base(entityId)}/cards/${cardId}/lift`, input),
  );
}

export function useSetEvaluation(entityId: string) {
  return useCreditAct(entityId, ({ year, ...input }: SetCreditEvaluationRequest & { year: number }) =>
    api.put<EntityCredit>(`${base(entityId)}/evaluations/${year}`, input),
  );
}

export function useAddPoints(entityId: string) {
  return useCreditAct(entityId, (input: AddCompliancePointsRequest) =>
    api.post<EntityCredit>(`${base(entityId)}/points`, input),
  );
}

export function useAddListMembership(entityId: string) {
  return useCreditAct(entityId, (input: AddListMembershipRequest) =>
    api.post<EntityCredit>(`${base(entityId)}/lists`, input),
  );
}

export function useRemoveListMembership(entityId: string) {
  return useCreditAct(
    entityId,
    ({ membershipId, ...input }: RemoveListMembershipRequest & { membershipId: string }) =>
      api.post<EntityCredit>(`${base(entityId)}/lists/${membershipId}/remove`, input),
  );
}

export function useRecordLetter(entityId: string) {
  return useCreditAct(entityId, (input: RecordLetterDeliveryRequest) =>
    api.post<EntityCredit>(`${base(entityId)}/letters`, input),
  );
}

export function useRecordSignature(entityId: string) {
  return useCreditAct(entityId, (input: RecordCommitmentSignatureRequest) =>
    api.post<EntityCredit>(`${base(entityId)}/commitments`, input),
  );
}
