import type { LoginRequest, MeResponse } from '@qingshan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type Access, buildAccess } from '../../access';
import { api, setCsrfToken } from '../../api/client';

export const meQueryKey = ['auth', 'me'] as const;

export async function fetchMe(): Promise<MeResponse> {
  const me = await api.get<MeResponse>('/api/auth/me');
  setCsrfToken(me.csrfToken);
  return me;
}

/** The session as the server describes it; an error (401) means nobody is logged in. */
export function useMeQuery() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: fetchMe,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

interface SessionValue {
  me: MeResponse;
  access: Access;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ me, children }: { me: MeResponse; children: ReactNode }) {
  const value = useMemo(() => ({ me, access: buildAccess(me.permissions) }), [me]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The logged-in user; only inside RequireAuth. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession is used outside RequireAuth');
  return value;
}

export function useAccess(): Access {
  return useSession().access;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginRequest) =>
      api.post<MeResponse>('/api/auth/login', input, { isSessionProblemExpected: true }),
    onSuccess: (me) => {
      // A new session: nothing cached from a previous user may survive.
      queryClient.clear();
      setCsrfToken(me.csrfToken);
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}

/** Ends the session on the server (best effort) and forgets everything cached. */
export function useLogout() {
  const queryClient = useQueryClient();
  return async () => {
    try {
      await api.post('/api/auth/logout', undefined, { isSessionProblemExpected: true });
    } catch {
      // the session may already be gone; the page logs out either way
    }
    setCsrfToken(null);
    queryClient.clear();
  };
}
