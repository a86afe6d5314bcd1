import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  CameraOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileExcelOutlined,
  GlobalOutlined,
  HomeOutlined,
  IdcardOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  ToolOutlined,
  UnorderedListOutlined,
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
  icon?: ReactNode;
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
    icon: <HomeOutlined />,
    component: lazy(() => import('./modules/todos/HomePage')),
  },
  {
    path: '/entities',
    titleKey: 'entities',
    icon: <ShopOutlined />,
    menuGroup: 'registry',
    permission: 'entities.read',
    component: lazy(() => import('./modules/entities/EntitiesPage')),
  },
  {
    path: '/entities/imports',
    titleKey: 'entityImports',
    icon: <CloudUploadOutlined />,
    menuGroup: 'registry',
    permission: 'entities.import',
    component: lazy(() => import('./modules/entities/EntityImportPage')),
  },
  {
    path: '/entities/:id',
    titleKey: 'entityDetail',
    permission: 'entities.read',
    menuParent: '/entities',
    component: lazy(() => import('./modules/entities/EntityDetailPage')),
  },
  {
    path: '/credit',
    titleKey: 'credit',
    icon: <SafetyCertificateOutlined />,
    menuGroup: 'registry',
    permission: 'credit.read',
    component: lazy(() => import('./modules/credit/CreditPage')),
  },
  {
    path: '/officers',
    titleKey: 'officers',
    icon: <IdcardOutlined />,
    menuGroup: 'workforce',
    permission: 'personnel.read',
    component: lazy(() => import('./modules/personnel/OfficersPage')),
  },
  {
    path: '/officers/:id',
    titleKey: 'officerDetail',
    permission: 'personnel.read',
    menuParent: '/officers',
    component: lazy(() => import('./modules/personnel/OfficerDetailPage')),
  },
  {
    path: '/equipment',
    titleKey: 'equipment',
    icon: <ToolOutlined />,
    menuGroup: 'workforce',
    permission: 'equipment.read',
    component: lazy(() => import('./modules/equipment/EquipmentPage')),
  },
  {
    path: '/capacity',
    titleKey: 'capacity',
    icon: <DashboardOutlined />,
    menuGroup: 'workforce',
    permission: 'capacity.read',
    component: lazy(() => import('./modules/capacity/CapacityPage')),
  },
  // random checks: plans, draw, tasks (issue 4)
  {
    path: '/random-checks/plans',
    titleKey: 'randomCheckPlans',
    icon: <ScheduleOutlined />,
    menuGroup: 'randomChecks',
    permission: 'random_checks.read',
    component: lazy(() => import('./modules/random-checks/PlansPage')),
  },
  {
    path: '/random-checks/plans/new',
    titleKey: 'randomCheckPlanNew',
    permission: 'random_checks.manage',
    menuParent: '/random-checks/plans',
    component: lazy(() => import('./modules/random-checks/PlanFormPage')),
  },
  {
    path: '/random-checks/plans/:id/edit',
    titleKey: 'randomCheckPlanEdit',
    permission: 'random_checks.manage',
    menuParent: '/random-checks/plans',
    component: lazy(() => import('./modules/random-checks/PlanFormPage')),
  },
  {
    path: '/random-checks/plans/:id',
    titleKey: 'randomCheckPlanDetail',
    permission: 'random_checks.read',
    menuParent: '/random-checks/plans',
    component: lazy(() => import('./modules/random-checks/PlanDetailPage')),
  },
  // random checks: field inspection record (issue 4, DR-5)
  {
    path: '/field-inspections',
    titleKey: 'fieldInspections',
    icon: <CameraOutlined />,
    menuGroup: 'randomChecks',
    permission: 'random_checks.inspect',
    component: lazy(() => import('./modules/field-inspections/FieldTasksPage')),
  },
  {
    path: '/field-inspections/:taskId',
    titleKey: 'fieldInspectionDetail',
    permission: 'random_checks.read',
    menuParent: '/field-inspections',
    component: lazy(() => import('./modules/field-inspections/FieldInspectionPage')),
  },
  // random checks: publication and summary tables (issue 4, DR-6, DR-7)
  {
    path: '/random-checks/publication',
    titleKey: 'randomCheckPublication',
    icon: <GlobalOutlined />,
    menuGroup: 'randomChecks',
    permission: 'random_checks.manage',
    component: lazy(() => import('./modules/random-check-reports/PublicationPage')),
  },
  {
    path: '/random-checks/reports',
    titleKey: 'randomCheckReports',
    icon: <FileExcelOutlined />,
    menuGroup: 'randomChecks',
    permission: 'random_checks.report',
    component: lazy(() => import('./modules/random-check-reports/ReportsPage')),
  },
  {
    path: '/catalogues',
    titleKey: 'catalogues',
    icon: <UnorderedListOutlined />,
    menuGroup: 'lists',
    permission: 'catalogues.read',
    component: lazy(() => import('./modules/catalogues/CataloguesPage')),
  },
  {
    path: '/catalogues/:id',
    titleKey: 'catalogueDetail',
    permission: 'catalogues.read',
    menuParent: '/catalogues',
    component: lazy(() => import('./modules/catalogues/CatalogueDetailPage')),
  },
  {
    path: '/agencies',
    titleKey: 'agencies',
    menuGroup: 'system',
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
    menuGroup: 'system',
    icon: <TeamOutlined />,
    permission: 'users.read',
    component: lazy(() => import('./modules/users/UsersPage')),
  },
  {
    path: '/audit',
    titleKey: 'audit',
    menuGroup: 'system',
    icon: <AuditOutlined />,
    permission: 'audit.read',
    component: lazy(() => import('./modules/audit/AuditPage')),
  },
  {
    path: '/calendar',
    titleKey: 'calendar',
    menuGroup: 'system',
    icon: <CalendarOutlined />,
    permission: 'calendar.read',
    component: lazy(() => import('./modules/calendar/CalendarPage')),
  },
  {
    path: '/profile',
    titleKey: 'profile',
    menuGroup: 'system',
    icon: <ProfileOutlined />,
    permission: 'profile.read',
    component: lazy(() => import('./modules/profile/ProfilePage')),
  },
  {
    path: '/account',
    titleKey: 'account',
    icon: <SettingOutlined />,
    component: lazy(() => import('./modules/auth/AccountPage')),
  },
];

export const menuRoutes = appRoutes.filter((route): route is MenuRoute => !route.menuParent);
