import {
  type ImportJob,
  type ImportJobDetail,
  type ImportJobStatus,
  isImportJobRunning,
  type Paged,
} from '@qingshan/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export const entityImportKeys = {
  all: ['entity-imports'] as const,
  list: (page: number, status: ImportJobStatus | undefined) =>
    ['entity-imports', 'list', page, status] as const,
  job: (id: string) => ['entity-imports', 'job', id] as const,
};

/** How often a running job is asked for its progress. */
const pollIntervalMs = 600;

export function useImportJobs(page: number, status: ImportJobStatus | undefined) {
  return useQuery({
    queryKey: entityImportKeys.list(page, status),
    queryFn: ({ signal }) =>
      api.get<Paged<ImportJob>>('/api/entities/imports', { page, pageSize: 10, status }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One job, polled while it runs; the job list is refreshed once it has finished. */
export function useImportJob(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: entityImportKeys.job(id ?? ''),
    queryFn: async ({ signal }) => {
      const job = await api.get<ImportJobDetail>(`/api/entities/imports/${id}`, undefined, signal);
      if (!isImportJobRunning(job.status)) {
        void queryClient.invalidateQueries({ queryKey: ['entity-imports', 'list'] });
      }
      return job;
    },
    enabled: Boolean(id),
    refetchInterval: (query) =>
      query.state.data && isImportJobRunning(query.state.data.status) ? pollIntervalMs : false,
  });
}

/** The content type the server expects for each kind of file. */
export function importContentType(fileName: string): string {
  return /\.xlsx$/i.test(fileName)
    ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    : 'text/csv';
}

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      api.upload<ImportJobDetail>('/api/entities/imports', file, importContentType(file.name), {
        fileName: file.name,
      }),
    onSuccess: (job) => {
      queryClient.setQueryData(entityImportKeys.job(job.id), job);
      return queryClient.invalidateQueries({ queryKey: ['entity-imports', 'list'] });
    },
  });
}

/** Percent for the progress bar: checking counts rows; writing is the last tenth. */
export function importProgressPercent(
  job: Pick<ImportJob, 'status' | 'processedRows' | 'totalRows'>,
): number {
  if (job.status === 'importing') return 95;
  if (job.status !== 'validating') return 100;
  if (job.totalRows === 0) return 0;
  return Math.min(90, Math.floor((job.processedRows / job.totalRows) * 90));
}
