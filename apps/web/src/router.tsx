import { lazy, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { PageLoading } from './components/PageLoading';
import { lazyPage } from './i18n';
import { AuthProblemHandler } from './modules/auth/AuthProblemHandler';
import { RequireAuth } from './modules/auth/RequireAuth';
import { useAccess } from './modules/auth/session';
import { type AppRoute, appRoutes } from './routes';

// Only the login page and what every page needs load first (issue 8: ≤ 300 KB gzipped); the
// signed-in layout with its menu, and every page, load on demand — with the texts of every area
// (lazyPage), which the login page does without.
const BasicLayout = lazyPage(() =>
  import('./layouts/BasicLayout').then((module) => ({ default: module.BasicLayout })),
);
const ForbiddenPage = lazyPage(() =>
  import('./modules/errors/ForbiddenPage').then((module) => ({ default: module.ForbiddenPage })),
);
// The login page needs only the texts every page has (locales/zh-CN/first-page.ts).
const LoginPage = lazy(() => import('./modules/auth/LoginPage'));
const PasswordChangePage = lazyPage(() => import('./modules/auth/PasswordChangePage'));
const NotFoundPage = lazyPage(() => import('./modules/errors/NotFoundPage'));
// random checks: the public draw record page, outside the login wall (issue 4, DR-3)
const PublicDrawPage = lazyPage(() => import('./modules/random-checks/public/PublicDrawPage'));
// random checks: the public results page, outside the login wall (issue 4, DR-6, PUB-1)
const PublicRandomCheckResultsPage = lazyPage(
  () => import('./modules/random-checks/public/PublicRandomCheckResultsPage'),
);

/** Opens a page only for users whose permissions include the route's (each page titles itself). */
function RoutePage({ route }: { route: AppRoute }) {
  const access = useAccess();
  if (!access.canOpen(route.permission)) return <ForbiddenPage />;
  const Page = route.component;
  return <Page />;
}

function Root() {
  return (
    <>
      <AuthProblemHandler />
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </>
  );
}

export const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { path: '/login', element: <LoginPage /> },
      // random checks: the public draw record page, no login (issue 4, DR-3)
      { path: '/public/draws/:planId', element: <PublicDrawPage /> },
      // random checks: the public results page, no login (issue 4, DR-6, PUB-1)
      { path: '/public/random-checks', element: <PublicRandomCheckResultsPage /> },
      {
        path: '/password',
        element: (
          <RequireAuth isPasswordPage>
            <PasswordChangePage />
          </RequireAuth>
        ),
      },
      {
        element: (
          <RequireAuth>
            <BasicLayout />
          </RequireAuth>
        ),
        children: [
          ...appRoutes.map((route) => ({ path: route.path, element: <RoutePage route={route} /> })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
