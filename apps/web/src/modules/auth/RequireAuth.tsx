import { Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { isApiError } from '../../api/client';
import type { LoginPageState } from './navigation';
import { SessionProvider, useMeQuery } from './session';

// antd's Result draws its 403/404/500 pictures inline (~10 KB gzipped); a failed session load is
// rare, so the first page does without them until one happens (issue 8).
const ErrorResult = lazy(() =>
  import('../../components/ErrorResult').then((module) => ({ default: module.ErrorResult })),
);

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
        <Suspense fallback={<Spin size="large" description={t('common.states.loading')} />}>
          <ErrorResult error={me.error} onRetry={() => void me.refetch()} />
        </Suspense>
      </div>
    );
  }
  if (me.data.user.mustChangePassword && !isPasswordPage) return <Navigate to="/password" replace />;
  if (!me.data.user.mustChangePassword && isPasswordPage) return <Navigate to="/" replace />;
  return <SessionProvider me={me.data}>{children}</SessionProvider>;
}
