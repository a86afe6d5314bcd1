import type { TodoList } from '@qingshan/domain';
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
