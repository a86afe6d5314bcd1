import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { onApiError, setCsrfToken } from '../../api/client';
import type { LoginPageState } from './navigation';
import { meQueryKey } from './session';

/**
 * One place that reacts to a lost session or a required password change, whichever request
 * meets it: 401 → login page with the server's message; 403 PASSWORD_CHANGE_REQUIRED → password page.
 */
export function AuthProblemHandler() {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const locationRef = useRef(location);
  locationRef.current = location;

  useEffect(
    () =>
      onApiError((error) => {
        const here = locationRef.current;
        if (error.isSessionProblem || error.code === 'ACCOUNT_DISABLED') {
          if (here.pathname === '/login') return;
          const hadSession = queryClient.getQueryData(meQueryKey) !== undefined;
          setCsrfToken(null);
          queryClient.clear();
          const state: LoginPageState = { from: `${here.pathname}${here.search}` };
          if (error.code !== 'UNAUTHENTICATED') {
            state.notice = error.message;
            state.noticeType = 'warning';
          } else if (hadSession) {
            // A session ended elsewhere (forced logout, password reset, new roles) is just gone for
            // the server ("请先登录"); tell the user it ended rather than that they never logged in.
            state.notice = t('auth.sessionEnded');
            state.noticeType = 'warning';
          }
          navigate('/login', { replace: true, state });
        } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
          void queryClient.invalidateQueries({ queryKey: meQueryKey });
          if (here.pathname !== '/password') navigate('/password', { replace: true });
        }
      }),
    [navigate, queryClient, t],
  );
  return null;
}
