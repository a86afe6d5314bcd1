import type {
  CreateUserRequest,
  Paged,
  Role,
  UpdateUserRequest,
  UserDetail,
  UserListItem,
} from '@qingshan/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../api/client';

export const userKeys = {
  all: ['users'] as const,
  list: (query: QueryParams) => ['users', 'list', query] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

/** A page of GET /api/users; `query` is the list's URL state (useListQuery's apiQuery). */
export function useUserPage(query: QueryParams) {
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => api.get<Paged<UserListItem>>('/api/users', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUserDetail(id: string | undefined) {
  return useQuery({
    queryKey: userKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<UserDetail>(`/api/users/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** Every account change refreshes the lists and the changed account's details. */
function useUserMutation<Input, Result extends UserDetail | { ok: true }>(
  request: (input: Input) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (result) => {
      if ('id' in result) queryClient.setQueryData(userKeys.detail(result.id), result);
      return queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
    },
  });
}

export function useCreateUser() {
  return useUserMutation((input: CreateUserRequest) => api.post<UserDetail>('/api/users', input));
}

export function useUpdateUser(id: string) {
  return useUserMutation((input: UpdateUserRequest) => api.patch<UserDetail>(`/api/users/${id}`, input));
}

export function useResetPassword(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (newPassword: string) =>
      api.post<{ ok: true }>(`/api/users/${id}/password-reset`, { newPassword }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useSetRoles(id: string) {
  return useUserMutation((roles: Role[]) => api.put<UserDetail>(`/api/users/${id}/roles`, { roles }));
}

export function useUnlockUser() {
  return useUserMutation((id: string) => api.post<UserDetail>(`/api/users/${id}/unlock`));
}

export function useEndUserSessions() {
  return useUserMutation((id: string) => api.post<UserDetail>(`/api/users/${id}/sessions/end`));
}
