import type {
  AddInspectionFindingRequest,
  AddInspectionPhotoRequest,
  AddInspectionSignatureRequest,
  InspectionPhoto,
  InspectionTaskDetail,
  MyRandomCheckTask,
  Paged,
  RandomCheckTaskStatus,
  SaveInspectionRecordRequest,
} from '@qingshan/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../../api/client';
import { i18next } from '../../../i18n';

export const fieldInspectionKeys = {
  all: ['field-inspections'] as const,
  tasks: (filters: MyTaskFilters) => ['field-inspections', 'tasks', filters] as const,
  task: (taskId: string) => ['field-inspections', 'task', taskId] as const,
};

export interface MyTaskFilters {
  status?: RandomCheckTaskStatus;
  page: number;
  pageSize: number;
}

/** The signed-in officer's tasks, from each plan's inspection day on (GET /api/random-checks/my-tasks). */
export function useMyTasks(filters: MyTaskFilters) {
  return useQuery({
    queryKey: fieldInspectionKeys.tasks(filters),
    queryFn: ({ signal }) =>
      api.get<Paged<MyRandomCheckTask>>(
        '/api/random-checks/my-tasks',
        { status: filters.status, page: filters.page, pageSize: filters.pageSize },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

const base = (taskId: string) => `/api/field-inspections/tasks/${taskId}`;

/** Where the browser loads a photo from (same-origin: the session cookie goes along). */
export function photoUrl(taskId: string, photoId: string): string {
  return `${base(taskId)}/photos/${photoId}`;
}

export function useInspectionTask(taskId: string | undefined) {
  return useQuery({
    queryKey: fieldInspectionKeys.task(taskId ?? ''),
    queryFn: ({ signal }) => api.get<InspectionTaskDetail>(base(taskId!), undefined, signal),
    enabled: Boolean(taskId),
    retry: false,
  });
}

/** Every write answers with the whole task (or, for a photo, is followed by reading it again). */
function useTaskWrite<Input, Result>(taskId: string, request: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    // react-query would hold a write while the browser says it is offline, and the page would spin:
    // send it, so it fails at once and the record's draft stays on the phone.
    networkMode: 'always',
    onSuccess: async (result) => {
      if (result && typeof result === 'object' && 'task' in result) {
        queryClient.setQueryData(fieldInspectionKeys.task(taskId), result);
      } else {
        await queryClient.invalidateQueries({ queryKey: fieldInspectionKeys.task(taskId) });
      }
      await queryClient.invalidateQueries({ queryKey: ['field-inspections', 'tasks'] });
      // A confirmation may stop the record's clock and start the publication's.
      await queryClient.invalidateQueries({ queryKey: ['clocks'] });
    },
  });
}

/**
 * How long a sync may take before the phone gives up and keeps the draft (a plant without signal
 * otherwise hangs on the browser's own ~20 s timeout).
 */
export const syncTimeoutMs = 5000;

/** Syncs the record draft: fails at once when the phone knows it is offline, else after a few seconds. */
export function useSaveRecord(taskId: string) {
  return useTaskWrite(taskId, (input: SaveInspectionRecordRequest) => {
    if (typeof navigator !== 'undefined' && !navigator.onLine) {
      return Promise.reject(
        new ApiError(0, 'NETWORK', i18next.t('randomChecks.fieldInspections.draft.offline')),
      );
    }
    return api.put<InspectionTaskDetail>(`${base(taskId)}/record`, input, {
      signal: AbortSignal.timeout(syncTimeoutMs),
    });
  });
}

export function useAddSignature(taskId: string) {
  return useTaskWrite(taskId, (input: AddInspectionSignatureRequest) =>
    api.post<InspectionTaskDetail>(`${base(taskId)}/signatures`, input),
  );
}

export function signatureUrl(taskId: string, signatureId: string): string {
  return `${base(taskId)}/signatures/${signatureId}`;
}

export function recordDocumentPath(recordId: string): string {
  return `/api/field-inspections/records/${recordId}/document.docx`;
}

export function useAddPhoto(taskId: string) {
  return useTaskWrite(taskId, (input: AddInspectionPhotoRequest) =>
    api.post<InspectionPhoto>(`${base(taskId)}/photos`, input),
  );
}

export function useRemovePhoto(taskId: string) {
  return useTaskWrite(taskId, (photoId: string) =>
    api.delete<InspectionTaskDetail>(`${base(taskId)}/photos/${photoId}`),
  );
}

export function useAddFinding(taskId: string) {
  return useTaskWrite(taskId, (input: AddInspectionFindingRequest) =>
    api.post<InspectionTaskDetail>(`${base(taskId)}/findings`, input),
  );
}

export function useRemoveFinding(taskId: string) {
  return useTaskWrite(taskId, (findingId: string) =>
    api.delete<InspectionTaskDetail>(`${base(taskId)}/findings/${findingId}`),
  );
}

export function useConfirmRecord(taskId: string) {
  return useTaskWrite(taskId, () => api.post<InspectionTaskDetail>(`${base(taskId)}/confirm`, {}));
}
