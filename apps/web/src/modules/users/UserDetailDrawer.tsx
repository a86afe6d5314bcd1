import { Badge, Descriptions, Drawer, Grid, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { formatDateTime } from '../../lib/dates';
import { roleColors, useLabels } from '../../lib/labels';
import { useAccess } from '../auth/session';
import { useUserDetail } from './users.api';

/** GET /api/users/:id: the account's security state (failures, lock, sessions, password). */
export function UserDetailDrawer({ userId, onClose }: { userId: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const access = useAccess();
  const detail = useUserDetail(userId);
  const isNarrow = Grid.useBreakpoint().sm === false;
  const user = detail.data;

  return (
    <Drawer
      title={user ? `${user.displayName}（${user.username}）` : t('users.detail.title')}
      open={Boolean(userId)}
      onClose={onClose}
      size={isNarrow ? '100%' : 560}
    >
      {detail.isPending ? (
        <Skeleton active />
      ) : detail.isError ? (
        <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
      ) : user ? (
        <Descriptions
          column={1}
          bordered
          size="small"
          styles={{ label: { width: 150 } }}
          items={[
            { key: 'username', label: t('users.columns.username'), children: user.username },
            { key: 'displayName', label: t('users.columns.displayName'), children: user.displayName },
            {
              key: 'agency',
              label: t('users.columns.agency'),
              children: access.can('agencies.read') ? (
                <Link to={`/agencies/${user.agencyId}`}>{user.agencyName}</Link>
              ) : (
                user.agencyName
              ),
            },
            {
              key: 'roles',
              label: t('users.columns.roles'),
              children:
                user.roles.length > 0 ? (
                  <Space size={[4, 4]} wrap>
                    {user.roles.map((role) => (
                      <Tag key={role} color={roleColors[role]}>
                        {labels.role(role)}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('users.noRoles')}</Typography.Text>
                ),
            },
            { key: 'phone', label: t('users.columns.phone'), children: user.phone ?? '—' },
            {
              key: 'status',
              label: t('users.columns.status'),
              children: (
                <Badge
                  status={user.status === 'active' ? 'success' : 'default'}
                  text={labels.userStatus(user.status)}
                />
              ),
            },
            {
              key: 'lock',
              label: t('users.detail.lockState'),
              children: user.isLocked ? (
                <Badge
                  status="error"
                  text={t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) })}
                />
              ) : (
                t('users.detail.notLocked')
              ),
            },
            {
              key: 'failed',
              label: t('users.detail.failedLoginCount'),
              children: (
                <Typography.Text type={user.failedLoginCount > 0 ? 'warning' : undefined}>
                  {t('users.detail.failedLoginCountValue', { count: user.failedLoginCount })}
                </Typography.Text>
              ),
            },
            {
              key: 'sessions',
              label: t('users.detail.activeSessions'),
              children: t('users.detail.activeSessionsValue', { count: user.activeSessionCount }),
            },
            {
              key: 'lastLogin',
              label: t('users.columns.lastLoginAt'),
              children: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.neverLoggedIn'),
            },
            { key: 'lastLoginIp', label: t('users.detail.lastLoginIp'), children: user.lastLoginIp ?? '—' },
            {
              key: 'passwordChangedAt',
              label: t('users.detail.passwordChangedAt'),
              children: formatDateTime(user.passwordChangedAt),
            },
            {
              key: 'mustChange',
              label: t('users.detail.mustChangePassword'),
              children: user.mustChangePassword ? (
                <Tag color="orange">{t('common.states.yes')}</Tag>
              ) : (
                t('common.states.no')
              ),
            },
            {
              key: 'createdAt',
              label: t('users.columns.createdAt'),
              children: formatDateTime(user.createdAt),
            },
            {
              key: 'updatedAt',
              label: t('users.detail.updatedAt'),
              children: formatDateTime(user.updatedAt),
            },
          ]}
        />
      ) : null}
    </Drawer>
  );
}
