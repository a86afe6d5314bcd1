import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorResult } from '../../components/ErrorResult';
import type { LoginPageState } from './navigation';
import { SessionProvider, useMeQuery } from './session';

/**
 * Everything but the login page sits behind this: it loads the session, sends strangers to the
 * login page (remembering where they wanted to go) and keeps a user who must change the password
 * on the password page (SYS-2) until they have.
 */
export function RequireAuth({
  children,
  isPasswordPage = false,
}: {
  children: ReactNode;
  isPasswordPage?: boolean;
}) {
  const location = useLocation();
  const { t } = useTranslation();
  const me = useMeQuery();

  if (me.isPending) {
    return (
      <div className="qs-fullscreen-center">
        <Spin size="large" description={t('common.states.loading')} />
      </div>
    );
  }
  if (me.isError) {
    if (isApiError(me.error) && (me.error.status === 401 || me.error.code === 'ACCOUNT_DISABLED')) {
      const state: LoginPageState = { from: `${location.pathname}${location.search}` };
      if (me.error.code !== 'UNAUTHENTICATED') {
        state.notice = me.error.message;
        state.noticeType = 'warning';
      }
      return <Navigate to="/login" replace state={state} />;
    }
    return (
      <div className="qs-fullscreen-center">
        <ErrorResult error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  if (me.data.user.mustChangePassword && !isPasswordPage) return <Navigate to="/password" replace />;
  if (!me.data.user.mustChangePassword && isPasswordPage) return <Navigate to="/" replace />;
  return <SessionProvider me={me.data}>{children}</SessionProvider>;
}
