import { securityPolicy } from '@qingshan/domain';
import { Alert, Avatar, Card, Col, Descriptions, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageContainer } from '../../components/PageContainer';
import { menuIcons } from '../../layouts/menu-icons';
import { daysUntil, formatDate, formatDateTime } from '../../lib/dates';
import { roleColors, useLabels } from '../../lib/labels';
import { type MenuRoute, type MenuTitleKey, menuRoutes } from '../../routes';
import { useSession } from '../auth/session';

/** Every menu entry but home itself is a shortcut with a one-line description (home.links). */
type ShortcutRoute = MenuRoute & { titleKey: Exclude<MenuTitleKey, 'home'> };

// random checks: reminders of the DR-7 tables (issue 4)
import { ReportReminders } from '../random-checks/reports/ReportReminders';
import { TodoWorkbench } from './TodoWorkbench';

/** Passwords expiring within this many days get a warning on the home page. */
const passwordWarningDays = 15;

function AgencyName({ id, name }: { id: string; name: string }) {
  const { access } = useSession();
  return access.can('agencies.read') ? <Link to={`/agencies/${id}`}>{name}</Link> : <span>{name}</span>;
}

/** `/`: who I am, what I act on, and where I can go — all from /api/auth/me. */
export default function HomePage() {
  const { me, access } = useSession();
  const { t } = useTranslation();
  const labels = useLabels();
  const { user, jurisdiction } = me;
  const passwordDaysLeft = daysUntil(user.passwordExpiresAt);
  // Written from the figures, not the server's Chinese sentence, so it reads in the chosen language.
  const describeJurisdiction = () => {
    const values = {
      agency: jurisdiction.rootAgency.name,
      count: jurisdiction.agencyCount - 1,
      regions: jurisdiction.regions.map((region) => region.name).join('、'),
    };
    const servesBureau =
      jurisdiction.rootAgency.id !== user.agency.id ? t('todos.jurisdictionServesBureau', values) : '';
    return (
      servesBureau +
      (values.count > 0
        ? t('todos.jurisdictionSummary', values)
        : t('todos.jurisdictionSummaryAlone', values))
    );
  };
  const links = menuRoutes.filter(
    (route): route is ShortcutRoute => route.titleKey !== 'home' && access.canOpen(route.permission),
  );

  return (
    <PageContainer title={t('layout.menu.home')}>
      <Card className="qs-welcome" variant="borderless">
        <div className="qs-welcome-body">
          <Space size={16} align="start" className="qs-welcome-person">
            <Avatar size={56} style={{ backgroundColor: '#0b7a55', fontSize: 20, flex: 'none' }}>
              {user.displayName.slice(-2)}
            </Avatar>
            <div>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('todos.greeting', { name: user.displayName })}
              </Typography.Title>
              <Typography.Text type="secondary">{user.agency.name}</Typography.Text>
              <div style={{ marginTop: 8 }}>
                {user.roles.length > 0 ? (
                  user.roles.map((role) => (
                    <Tag key={role} color={roleColors[role]}>
                      {labels.role(role)}
                    </Tag>
                  ))
                ) : (
                  <Typography.Text type="warning">{t('todos.noRoles')}</Typography.Text>
                )}
              </div>
            </div>
          </Space>
          <div className="qs-welcome-stats">
            <Statistic title={t('todos.agencyCount')} value={jurisdiction.agencyCount} />
            <Statistic title={t('todos.regions')} value={jurisdiction.regions.length} />
            <Statistic
              title={t('todos.passwordDaysLeftTitle')}
              value={Math.max(0, passwordDaysLeft)}
              suffix={t('todos.daysUnit')}
              styles={{ content: passwordDaysLeft < passwordWarningDays ? { color: '#d4380d' } : undefined }}
            />
          </div>
        </div>
      </Card>

      {passwordDaysLeft < passwordWarningDays ? (
        <Alert
          type={passwordDaysLeft <= 0 ? 'error' : 'warning'}
          showIcon
          style={{ marginTop: 16 }}
          title={
            passwordDaysLeft <= 0
              ? t('todos.passwordExpired')
              : t('todos.passwordExpiringTitle', { days: passwordDaysLeft })
          }
          description={t('todos.passwordExpiringBody', { date: formatDate(user.passwordExpiresAt) })}
          action={<Link to="/account">{t('todos.changePassword')}</Link>}
        />
      ) : null}

      {/* random checks: the monthly table and yearly summary reminders (issue 4, DR-7) */}
      <ReportReminders />
      <TodoWorkbench />

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card title={t('todos.accountCard')} style={{ height: '100%' }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'username', label: t('users.columns.username'), children: user.username },
                {
                  key: 'agency',
                  label: t('todos.agency'),
                  children: <AgencyName id={user.agency.id} name={user.agency.name} />,
                },
                { key: 'region', label: t('agencies.detail.region'), children: user.agency.regionName },
                {
                  key: 'phone',
                  label: t('users.columns.phone'),
                  children: user.phone ?? (
                    <Typography.Text type="secondary">{t('common.states.notSet')}</Typography.Text>
                  ),
                },
                {
                  key: 'lastLogin',
                  label: t('todos.lastLogin'),
                  children: user.previousLoginAt
                    ? t('todos.lastLoginValue', {
                        time: formatDateTime(user.previousLoginAt),
                        ip: user.previousLoginIp ?? '—',
                      })
                    : t('todos.firstLogin'),
                },
                {
                  key: 'password',
                  label: t('todos.passwordExpiry'),
                  children: (
                    <Space wrap>
                      {formatDate(user.passwordExpiresAt)}
                      <Tag color={passwordDaysLeft < passwordWarningDays ? 'orange' : 'default'}>
                        {t('todos.passwordDaysLeft', { days: Math.max(0, passwordDaysLeft) })}
                      </Tag>
                      <Typography.Text type="secondary">
                        {t('todos.passwordPolicy', { days: securityPolicy.passwordMaxAgeDays })}
                      </Typography.Text>
                    </Space>
                  ),
                },
                {
                  key: 'session',
                  label: t('todos.sessionExpires'),
                  children: formatDateTime(me.sessionExpiresAt),
                },
                { key: 'profile', label: t('todos.profile'), children: me.profile.name },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('todos.jurisdictionCard')} style={{ height: '100%' }}>
            <Typography.Paragraph>{describeJurisdiction()}</Typography.Paragraph>
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'root',
                  label: t('todos.rootAgency'),
                  children: (
                    <AgencyName id={jurisdiction.rootAgency.id} name={jurisdiction.rootAgency.name} />
                  ),
                },
                {
                  key: 'count',
                  label: t('todos.agencyCount'),
                  children: t('todos.agencyCountValue', { count: jurisdiction.agencyCount }),
                },
                {
                  key: 'regions',
                  label: t('todos.regions'),
                  children: (
                    <Space size={[4, 4]} wrap>
                      {jurisdiction.regions.map((region) => (
                        <Tag key={region.code} title={region.code}>
                          {region.name}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>

      <Card title={t('todos.quickLinks')} style={{ marginTop: 16 }}>
        <Row gutter={[16, 16]}>
          {links.map((route) => (
            <Col key={route.path} xs={24} sm={12} xl={8}>
              <Link to={route.path} className="qs-quick-link">
                <span className="qs-quick-link-icon">{menuIcons[route.titleKey]}</span>
                <span>
                  <Typography.Text strong>{t(`layout.menu.${route.titleKey}`)}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">{t(`todos.links.${route.titleKey}`)}</Typography.Text>
                </span>
              </Link>
            </Col>
          ))}
        </Row>
      </Card>
    </PageContainer>
  );
}
