import type { CalendarOverrideInput, CalendarYear, DeadlineCalculation } from '@qingshan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) => api.get<CalendarYear>(`/api/calendar/${year}`, undefined, signal),
  });
}

/** Overrides and confirmations change every year's view and every deadline: refresh them all. */
function useCalendarMutation<Input>(request: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}

export function useSetOverride() {
  return useCalendarMutation((input: CalendarOverrideInput) => api.put('/api/calendar/overrides', input));
}

export function useRemoveOverride() {
  return useCalendarMutation((date: string) => api.delete(`/api/calendar/overrides/${date}`));
}

export function useConfirmYear() {
  return useCalendarMutation(({ year, notice }: { year: number; notice: string }) =>
    api.post(`/api/calendar/${year}/confirm`, { notice }),
  );
}

export function useDeadline() {
  return useMutation({
    mutationFn: (input: { start: string; amount: number; unit: 'calendar_day' | 'working_day' }) =>
      api.get<DeadlineCalculation>('/api/calendar/deadline', input),
  });
}
