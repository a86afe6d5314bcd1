import type {
  PublishRandomCheckResultsResponse,
  RandomCheckCoverage,
  RandomCheckPublicationPage,
  RandomCheckReportReminders,
  RandomCheckSummary,
  ReportSubmissionOverview,
  ReportTablePeriod,
} from '@qingshan/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../../api/client';

export const reportKeys = {
  all: ['random-check-reports'] as const,
  monthly: (query: QueryParams) => ['random-check-reports', 'monthly', query] as const,
  yearly: (query: QueryParams) => ['random-check-reports', 'yearly', query] as const,
  coverage: (query: QueryParams) => ['random-check-reports', 'coverage', query] as const,
  reminders: ['random-check-reports', 'reminders'] as const,
  submissions: (query: ReportTablePeriod) => ['random-check-reports', 'submissions', query] as const,
  publication: (query: QueryParams) => ['random-check-reports', 'publication', query] as const,
};

export function useMonthlyReport(query: { month: string; agencyId?: string }, isEnabled = true) {
  return useQuery({
    queryKey: reportKeys.monthly(query),
    queryFn: ({ signal }) => api.get<RandomCheckSummary>('/api/random-checks/reports/monthly', query, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

export function useYearlyReport(query: { year: number; agencyId?: string }, isEnabled = true) {
  return useQuery({
    queryKey: reportKeys.yearly(query),
    queryFn: ({ signal }) => api.get<RandomCheckSummary>('/api/random-checks/reports/yearly', query, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

export function useCoverageReport(query: { year: number; agencyId?: string }, isEnabled = true) {
  return useQuery({
    queryKey: reportKeys.coverage(query),
    queryFn: ({ signal }) =>
      api.get<RandomCheckCoverage>('/api/random-checks/reports/coverage', query, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

/** The home page's to-do: last month's table and the yearly summary near their due dates. */
export function useReportReminders(isEnabled: boolean) {
  return useQuery({
    queryKey: reportKeys.reminders,
    queryFn: ({ signal }) =>
      api.get<RandomCheckReportReminders>('/api/random-checks/reports/reminders', undefined, signal),
    enabled: isEnabled,
    staleTime: 10 * 60_000,
  });
}

export function usePublicationPage(query: QueryParams) {
  return useQuery({
    queryKey: reportKeys.publication(query),
    queryFn: ({ signal }) =>
      api.get<RandomCheckPublicationPage>('/api/random-checks/publication', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePublishResults() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (taskIds: string[]) =>
      api.post<PublishRandomCheckResultsResponse>('/api/random-checks/publication/publish', { taskIds }),
    onSuccess: () => client.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

/** Where the own table of a period stands and, for a superior, the units below it (上报). */
export function useSubmissionOverview(query: ReportTablePeriod, isEnabled = true) {
  return useQuery({
    queryKey: reportKeys.submissions(query),
    queryFn: ({ signal }) =>
      api.get<ReportSubmissionOverview>('/api/random-checks/reports/submissions', query, signal),
    enabled: isEnabled,
  });
}

/** Submit, withdraw or accept; each answers the caller's overview and refreshes the reminders. */
export function useSubmissionActions() {
  const client = useQueryClient();
  const onSuccess = (overview: ReportSubmissionOverview) => {
    client.setQueryData(reportKeys.submissions({ kind: overview.kind, period: overview.period }), overview);
    void client.invalidateQueries({ queryKey: reportKeys.reminders });
  };
  return {
    submit: useMutation({
      mutationFn: (period: ReportTablePeriod) =>
        api.post<ReportSubmissionOverview>('/api/random-checks/reports/submissions', period),
      onSuccess,
    }),
    withdraw: useMutation({
      mutationFn: ({ id, reason }: { id: string; reason: string }) =>
        api.post<ReportSubmissionOverview>(`/api/random-checks/reports/submissions/${id}/withdraw`, {
          reason,
        }),
      onSuccess,
    }),
    accept: useMutation({
      mutationFn: (id: string) =>
        api.post<ReportSubmissionOverview>(`/api/random-checks/reports/submissions/${id}/accept`),
      onSuccess,
    }),
  };
}
