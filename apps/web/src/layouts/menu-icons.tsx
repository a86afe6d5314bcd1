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
import type { ReactNode } from 'react';
import type { MenuTitleKey } from '../routes';

/**
 * The icon of each menu entry, for the side menu and the home page's shortcuts. Kept out of the
 * route table because the router, and so the login page, loads that table (issue 8: the first page
 * does without the menu's icons).
 */
export const menuIcons: Record<MenuTitleKey, ReactNode> = {
  home: <HomeOutlined />,
  entities: <ShopOutlined />,
  entityImports: <CloudUploadOutlined />,
  credit: <SafetyCertificateOutlined />,
  officers: <IdcardOutlined />,
  equipment: <ToolOutlined />,
  capacity: <DashboardOutlined />,
  randomCheckPlans: <ScheduleOutlined />,
  fieldInspections: <CameraOutlined />,
  randomCheckPublication: <GlobalOutlined />,
  randomCheckReports: <FileExcelOutlined />,
  catalogues: <UnorderedListOutlined />,
  agencies: <ApartmentOutlined />,
  users: <TeamOutlined />,
  audit: <AuditOutlined />,
  calendar: <CalendarOutlined />,
  profile: <ProfileOutlined />,
  account: <SettingOutlined />,
};
