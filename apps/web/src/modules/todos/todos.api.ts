import type { SubjectClockList, TodoList } from '@qingshan/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export const todoKeys = { all: ['todos'] as const };

/** GET /api/todos: the signed-in user's open items (SYS-3). */
export function useTodos() {
  return useQuery({
    queryKey: todoKeys.all,
    queryFn: ({ signal }) => api.get<TodoList>('/api/todos', undefined, signal),
  });
}

/**
 * A subject's statutory clocks from the endpoint of its area (a plan's tasks, a task), e.g.
 * `/api/field-inspections/tasks/:id/clocks`; null leaves the query off.
 */
export function useSubjectClocks(url: string | null) {
  return useQuery({
    queryKey: ['clocks', url],
    enabled: url !== null,
    queryFn: ({ signal }) => api.get<SubjectClockList>(url!, undefined, signal),
  });
}
