import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  HomeOutlined,
  ProfileOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Permission } from '@qingshan/domain';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';

/** Keys of layout.menu in the locale files. */
export type RouteTitleKey =
  | 'home'
  | 'agencies'
  | 'agencyDetail'
  | 'users'
  | 'audit'
  | 'calendar'
  | 'profile'
  | 'account';

export interface AppRoute {
  path: string;
  titleKey: RouteTitleKey;
  icon?: ReactNode;
  /** Needed to see the menu entry and open the page; none = every logged-in user. */
  permission?: Permission;
  /** Detail pages: reachable by link, highlighted under their list's menu entry. */
  menuParent?: string;
  component: LazyExoticComponent<ComponentType>;
}

/**
 * The route table (ant-design-pro's config/routes): the menu and the router are both built from
 * it, and access.ts decides what each user sees. Every page loads on demand.
 */
export const appRoutes: AppRoute[] = [
  {
    path: '/',
    titleKey: 'home',
    icon: <HomeOutlined />,
    component: lazy(() => import('./modules/home/HomePage')),
  },
  {
    path: '/agencies',
    titleKey: 'agencies',
    icon: <ApartmentOutlined />,
    permission: 'agencies.read',
    component: lazy(() => import('./modules/agencies/AgenciesPage')),
  },
  {
    path: '/agencies/:id',
    titleKey: 'agencyDetail',
    permission: 'agencies.read',
    menuParent: '/agencies',
    component: lazy(() => import('./modules/agencies/AgencyDetailPage')),
  },
  {
    path: '/users',
    titleKey: 'users',
    icon: <TeamOutlined />,
    permission: 'users.read',
    component: lazy(() => import('./modules/users/UsersPage')),
  },
  {
    path: '/audit',
    titleKey: 'audit',
    icon: <AuditOutlined />,
    permission: 'audit.read',
    component: lazy(() => import('./modules/audit/AuditPage')),
  },
  {
    path: '/calendar',
    titleKey: 'calendar',
    icon: <CalendarOutlined />,
    permission: 'calendar.read',
    component: lazy(() => import('./modules/calendar/CalendarPage')),
  },
  {
    path: '/profile',
    titleKey: 'profile',
    icon: <ProfileOutlined />,
    permission: 'profile.read',
    component: lazy(() => import('./modules/profile/ProfilePage')),
  },
  {
    path: '/account',
    titleKey: 'account',
    icon: <SettingOutlined />,
    component: lazy(() => import('./modules/account/AccountPage')),
  },
];

export const menuRoutes = appRoutes.filter((route) => !route.menuParent);
