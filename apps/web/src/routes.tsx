import type { Permission } from '@qingshan/domain';
import type { ComponentType, LazyExoticComponent } from 'react';
import { lazyPage } from './i18n';

/** Keys of layout.menu in the locale files. */
export type RouteTitleKey =
  | 'home'
  | 'agencies'
  | 'agencyDetail'
  | 'users'
  | 'audit'
  | 'calendar'
  | 'profile'
  | 'account'
  | 'entities'
  | 'entityImports'
  | 'entityDetail'
  | 'credit'
  | 'officers'
  | 'officerDetail'
  | 'equipment'
  | 'capacity'
  | 'catalogues'
  | 'catalogueDetail'
  // random checks: plans, draw, tasks (issue 4)
  | 'randomCheckPlans'
  | 'randomCheckPlanNew'
  | 'randomCheckPlanEdit'
  | 'randomCheckPlanDetail'
  // random checks: field inspection record (issue 4, DR-5)
  | 'fieldInspections'
  | 'fieldInspectionDetail'
  // random checks: publication and summary tables (issue 4, DR-6, DR-7)
  | 'randomCheckReports'
  | 'randomCheckPublication';

/** Menu sections (keys of layout.menuGroups); routes without one stand at the top level. */
// random checks (issue 4): the group 'randomChecks' 双随机抽查
export type MenuGroup = 'registry' | 'workforce' | 'randomChecks' | 'lists' | 'system';
export const menuGroupOrder: MenuGroup[] = ['registry', 'workforce', 'randomChecks', 'lists', 'system'];

/** Pages reached from another page, not from the menu (they carry menuParent). */
type DetailTitleKey =
  | 'agencyDetail'
  | 'entityDetail'
  | 'officerDetail'
  | 'catalogueDetail'
  | 'randomCheckPlanNew'
  | 'randomCheckPlanEdit'
  | 'randomCheckPlanDetail'
  | 'fieldInspectionDetail';
export type MenuTitleKey = Exclude<RouteTitleKey, DetailTitleKey>;

interface AppRouteBase {
  path: string;
  menuGroup?: MenuGroup;
  /** Needed to see the menu entry and open the page; none = every logged-in user. */
  permission?: Permission;
  component: LazyExoticComponent<ComponentType>;
}

/** A menu entry, or a detail page: reachable by link, highlighted under its list's menu entry. */
export type AppRoute = AppRouteBase &
  ({ titleKey: MenuTitleKey; menuParent?: undefined } | { titleKey: DetailTitleKey; menuParent: string });
export type MenuRoute = AppRoute & { titleKey: MenuTitleKey };

/**
 * The route table (ant-design-pro's config/routes): the menu and the router are both built from
 * it, and access.ts decides what each user sees. Every page loads on demand.
 */
export const appRoutes: AppRoute[] = [
  {
    path: '/',
    titleKey: 'home',
    component: lazyPage(() => import('./modules/todos/HomePage')),
  },
  {
    path: '/entities',
    titleKey: 'entities',
    menuGroup: 'registry',
    permission: 'entities.read',
    component: lazyPage(() => import('./modules/entities/EntitiesPage')),
  },
  {
    path: '/entities/imports',
    titleKey: 'entityImports',
    menuGroup: 'registry',
    permission: 'entities.import',
    component: lazyPage(() => import('./modules/entities/EntityImportPage')),
  },
  {
    path: '/entities/:id',
    titleKey: 'entityDetail',
    permission: 'entities.read',
    menuParent: '/entities',
    component: lazyPage(() => import('./modules/entities/EntityDetailPage')),
  },
  {
    path: '/credit',
    titleKey: 'credit',
    menuGroup: 'registry',
    permission: 'credit.read',
    component: lazyPage(() => import('./modules/credit/CreditPage')),
  },
  {
    path: '/officers',
    titleKey: 'officers',
    menuGroup: 'workforce',
    permission: 'personnel.read',
    component: lazyPage(() => import('./modules/personnel/OfficersPage')),
  },
  {
    path: '/officers/:id',
    titleKey: 'officerDetail',
    permission: 'personnel.read',
    menuParent: '/officers',
    component: lazyPage(() => import('./modules/personnel/OfficerDetailPage')),
  },
  {
    path: '/equipment',
    titleKey: 'equipment',
    menuGroup: 'workforce',
    permission: 'equipment.read',
    component: lazyPage(() => import('./modules/equipment/EquipmentPage')),
  },
  {
    path: '/capacity',
    titleKey: 'capacity',
    menuGroup: 'workforce',
    permission: 'capacity.read',
    component: lazyPage(() => import('./modules/capacity/CapacityPage')),
  },
  // random checks: plans, draw, tasks (issue 4)
  {
    path: '/random-checks/plans',
    titleKey: 'randomCheckPlans',
    menuGroup: 'randomChecks',
    permission: 'random_checks.read',
    component: lazyPage(() => import('./modules/random-checks/plans/PlansPage')),
  },
  {
    path: '/random-checks/plans/new',
    titleKey: 'randomCheckPlanNew',
    permission: 'random_checks.manage',
    menuParent: '/random-checks/plans',
    component: lazyPage(() => import('./modules/random-checks/plans/PlanFormPage')),
  },
  {
    path: '/random-checks/plans/:id/edit',
    titleKey: 'randomCheckPlanEdit',
    permission: 'random_checks.manage',
    menuParent: '/random-checks/plans',
    component: lazyPage(() => import('./modules/random-checks/plans/PlanFormPage')),
  },
  {
    path: '/random-checks/plans/:id',
    titleKey: 'randomCheckPlanDetail',
    permission: 'random_checks.read',
    menuParent: '/random-checks/plans',
    component: lazyPage(() => import('./modules/random-checks/plans/PlanDetailPage')),
  },
  // random checks: field inspection record (issue 4, DR-5)
  {
    path: '/field-inspections',
    titleKey: 'fieldInspections',
    menuGroup: 'randomChecks',
    permission: 'random_checks.inspect',
    component: lazyPage(() => import('./modules/random-checks/field-inspections/FieldTasksPage')),
  },
  {
    path: '/field-inspections/:taskId',
    titleKey: 'fieldInspectionDetail',
    permission: 'random_checks.read',
    menuParent: '/field-inspections',
    component: lazyPage(() => import('./modules/random-checks/field-inspections/FieldInspectionPage')),
  },
  // random checks: publication and summary tables (issue 4, DR-6, DR-7)
  {
    path: '/random-checks/publication',
    titleKey: 'randomCheckPublication',
    menuGroup: 'randomChecks',
    permission: 'random_checks.manage',
    component: lazyPage(() => import('./modules/random-checks/publication/PublicationPage')),
  },
  {
    path: '/random-checks/reports',
    titleKey: 'randomCheckReports',
    menuGroup: 'randomChecks',
    permission: 'random_checks.report',
    component: lazyPage(() => import('./modules/random-checks/reports/ReportsPage')),
  },
  {
    path: '/catalogues',
    titleKey: 'catalogues',
    menuGroup: 'lists',
    permission: 'catalogues.read',
    component: lazyPage(() => import('./modules/catalogues/CataloguesPage')),
  },
  {
    path: '/catalogues/:id',
    titleKey: 'catalogueDetail',
    permission: 'catalogues.read',
    menuParent: '/catalogues',
    component: lazyPage(() => import('./modules/catalogues/CatalogueDetailPage')),
  },
  {
    path: '/agencies',
    titleKey: 'agencies',
    menuGroup: 'system',
    permission: 'agencies.read',
    component: lazyPage(() => import('./modules/agencies/AgenciesPage')),
  },
  {
    path: '/agencies/:id',
    titleKey: 'agencyDetail',
    permission: 'agencies.read',
    menuParent: '/agencies',
    component: lazyPage(() => import('./modules/agencies/AgencyDetailPage')),
  },
  {
    path: '/users',
    titleKey: 'users',
    menuGroup: 'system',
    permission: 'users.read',
    component: lazyPage(() => import('./modules/users/UsersPage')),
  },
  {
    path: '/audit',
    titleKey: 'audit',
    menuGroup: 'system',
    permission: 'audit.read',
    component: lazyPage(() => import('./modules/audit/AuditPage')),
  },
  {
    path: '/calendar',
    titleKey: 'calendar',
    menuGroup: 'system',
    permission: 'calendar.read',
    component: lazyPage(() => import('./modules/calendar/CalendarPage')),
  },
  {
    path: '/profile',
    titleKey: 'profile',
    menuGroup: 'system',
    permission: 'profile.read',
    component: lazyPage(() => import('./modules/profile/ProfilePage')),
  },
  {
    path: '/account',
    titleKey: 'account',
    component: lazyPage(() => import('./modules/auth/AccountPage')),
  },
];

export const menuRoutes = appRoutes.filter((route): route is MenuRoute => !route.menuParent);
