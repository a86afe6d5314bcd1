import type { ChangePasswordRequest, MeResponse, UpdateOwnProfileRequest } from '@qingshan/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { meQueryKey } from './session';

/** POST /api/auth/password: the server ends the user's other sessions and keeps this one. */
export function useChangeOwnPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordRequest) => api.post<{ ok: true }>('/api/auth/password', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export function useUpdateOwnProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateOwnProfileRequest) => api.patch<MeResponse>('/api/auth/profile', input),
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
