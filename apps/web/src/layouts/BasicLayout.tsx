import {
  LogoutOutlined,
  MenuFoldOutlined,
  MenuOutlined,
  MenuUnfoldOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import {
  Avatar,
  Button,
  Drawer,
  Dropdown,
  Grid,
  Layout,
  Menu,
  type MenuProps,
  Space,
  Tag,
  Typography,
} from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, Outlet, useLocation, useNavigate } from 'react-router';
import { BrandMark } from '../components/Brand';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PageLoading } from '../components/PageLoading';
import { IdleWatcher } from '../modules/auth/IdleWatcher';
import type { LoginPageState } from '../modules/auth/navigation';
import { useLogout, useSession } from '../modules/auth/session';
import { NotificationBell } from '../modules/notifications/NotificationBell';
import { appRoutes, menuGroupOrder, menuRoutes } from '../routes';
import { menuIcons } from './menu-icons';

const siderWidth = 216;

/** Which menu entry a path belongs to (detail pages light up their list's entry). */
function selectedMenuKey(pathname: string): string {
  for (const route of appRoutes) {
    if (matchPath({ path: route.path, end: true }, pathname)) return route.menuParent ?? route.path;
  }
  return pathname;
}

function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { access } = useSession();
  const { t } = useTranslation();
  const location = useLocation();
  const visible = menuRoutes.filter((route) => access.canOpen(route.permission));
  const toItem = (route: (typeof menuRoutes)[number]) => ({
    key: route.path,
    icon: menuIcons[route.titleKey],
    label: (
      <Link to={route.path} onClick={onNavigate}>
        {t(`layout.menu.${route.titleKey}`)}
      </Link>
    ),
  });
  // Top-level entries (home) first, then each section that has something this user may open,
  // then the remaining top-level entries (personal settings).
  const [first, ...rest] = visible.filter((route) => !route.menuGroup);
  const items: MenuProps['items'] = [
    ...(first ? [toItem(first)] : []),
    ...menuGroupOrder.flatMap((group) => {
      const routes = visible.filter((route) => route.menuGroup === group);
      return routes.length === 0
        ? []
        : [
            {
              type: 'group' as const,
              key: `group:${group}`,
              label: t(`layout.menuGroups.${group}`),
              children: routes.map(toItem),
            },
          ];
    }),
    ...rest.map(toItem),
  ];
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selectedMenuKey(location.pathname)]}
      items={items}
      aria-label={t('common.appName')}
    />
  );
}

function Logo({ isCollapsed }: { isCollapsed: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" className="qs-logo" aria-label={t('common.appName')}>
      <BrandMark size={30} />
      {isCollapsed ? null : (
        <span className="qs-logo-text">
          <span className="qs-logo-title">{t('common.appShortName')}</span>
          <span className="qs-logo-subtitle" title={t('common.appTagline')}>
            {t('common.appTagline')}
          </span>
        </span>
      )}
    </Link>
  );
}

function UserMenu({ isCompact }: { isCompact: boolean }) {
  const { me } = useSession();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const items: MenuProps['items'] = [
    {
      key: 'agency',
      disabled: true,
      label: (
        <div className="qs-user-menu-agency">
          <Typography.Text strong>{me.user.displayName}</Typography.Text>
          <Typography.Text type="secondary">{me.user.agency.name}</Typography.Text>
        </div>
      ),
    },
    { type: 'divider' },
    {
      key: 'account',
      icon: <SettingOutlined />,
      label: <Link to="/account">{t('layout.menu.account')}</Link>,
    },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="logout">{t('common.actions.logout')}</span>,
      onClick: async () => {
        await logout();
        const state: LoginPageState = { notice: t('auth.loggedOut'), noticeType: 'info' };
        navigate('/login', { replace: true, state });
      },
    },
  ];
  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button
        type="text"
        className="qs-user-button"
        data-testid="user-menu"
        aria-label={t('layout.header.userMenu')}
      >
        <Space size={8}>
          <Avatar size="small" style={{ backgroundColor: '#0b7a55' }}>
            {me.user.displayName.slice(-2)}
          </Avatar>
          {isCompact ? null : (
            <span className="qs-user-name">
              {me.user.displayName}
              <Typography.Text type="secondary" className="qs-user-agency">
                {me.user.agency.name}
              </Typography.Text>
            </span>
          )}
        </Space>
      </Button>
    </Dropdown>
  );
}

/** The frame of every page after login: side menu from routes + access, header, content. */
export function BasicLayout() {
  const screens = Grid.useBreakpoint();
  const isMobile = screens.md === false;
  const [isCollapsed, setIsCollapsed] = useState(false);
  const [isDrawerOpen, setIsDrawerOpen] = useState(false);
  const { me } = useSession();
  const { t } = useTranslation();
  const footer = useMemo(() => t('common.footer'), [t]);

  return (
    <Layout className="qs-layout">
      {isMobile ? (
        <Drawer
          placement="left"
          open={isDrawerOpen}
          onClose={() => setIsDrawerOpen(false)}
          size={siderWidth + 24}
          closable={false}
          styles={{ body: { padding: 0, background: '#0f2a22' } }}
        >
          <Logo isCollapsed={false} />
          <SideMenu onNavigate={() => setIsDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider
          width={siderWidth}
          collapsible
          collapsed={isCollapsed}
          onCollapse={setIsCollapsed}
          trigger={null}
          className="qs-sider"
        >
          <Logo isCollapsed={isCollapsed} />
          <SideMenu />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="qs-header">
          <Space size={4}>
            {isMobile ? (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('layout.header.openMenu')}
                onClick={() => setIsDrawerOpen(true)}
              />
            ) : (
              <Button
                type="text"
                icon={isCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                aria-label={isCollapsed ? t('layout.header.expand') : t('layout.header.collapse')}
                onClick={() => setIsCollapsed((value) => !value)}
              />
            )}
            {isMobile ? (
              <Link to="/" className="qs-header-brand">
                <BrandMark size={24} />
                <span>{t('common.appShortName')}</span>
              </Link>
            ) : (
              <Tag color="green" variant="filled" className="qs-profile-tag">
                {t('layout.header.profileName', { name: me.profile.name })}
              </Tag>
            )}
          </Space>
          <Space size={4}>
            <NotificationBell />
            <LanguageSwitch compact={isMobile} />
            <UserMenu isCompact={isMobile} />
          </Space>
        </Layout.Header>
        <Layout.Content className="qs-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer className="qs-footer">{footer}</Layout.Footer>
      </Layout>
      <IdleWatcher />
    </Layout>
  );
}
