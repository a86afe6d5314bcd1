import type {
  Paged,
  PublicRandomCheckAgency,
  PublicRandomCheckPlan,
  PublicRandomCheckResultPage,
} from '@qingshan/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '../../../api/client';

/** The public portal's requests: no session, nothing personal (GET /api/public/…). */
export function usePublicAgencies() {
  return useQuery({
    queryKey: ['public', 'random-checks', 'agencies'],
    queryFn: ({ signal }) =>
      api.get<{ agencies: PublicRandomCheckAgency[] }>(
        '/api/public/random-checks/agencies',
        undefined,
        signal,
      ),
    staleTime: 60 * 60_000,
  });
}

export function usePublicResults(query: QueryParams) {
  return useQuery({
    queryKey: ['public', 'random-checks', 'results', query],
    queryFn: ({ signal }) =>
      api.get<PublicRandomCheckResultPage>('/api/public/random-checks/results', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePublicPlans(query: QueryParams) {
  return useQuery({
    queryKey: ['public', 'random-checks', 'plans', query],
    queryFn: ({ signal }) =>
      api.get<Paged<PublicRandomCheckPlan>>('/api/public/random-checks/plans', query, signal),
    placeholderData: keepPreviousData,
  });
}
