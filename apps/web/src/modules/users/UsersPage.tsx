import {
  EditOutlined,
  KeyOutlined,
  LogoutOutlined,
  MoreOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { isAdministratorRole, type UserListItem, userListQuerySchema } from '@qingshan/domain';
import {
  App,
  Badge,
  Button,
  Dropdown,
  type MenuProps,
  Space,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton, ListPage, useListQuery } from '../../components/list';
import { formatDateTime } from '../../lib/dates';
import { roleColors, useLabels } from '../../lib/labels';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useSession } from '../auth/session';
import { ResetPasswordModal } from './ResetPasswordModal';
import { RolesModal } from './RolesModal';
import { UserDetailDrawer } from './UserDetailDrawer';
import { UserFormDrawer } from './UserFormDrawer';
import { UserListFilters } from './UserListFilters';
import { useEndUserSessions, useUnlockUser, useUserPage } from './users.api';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserListItem }
  | { kind: 'reset'; user: UserListItem }
  | { kind: 'roles'; user: UserListItem };

/**
 * /users (ORG-2, SYS-2): accounts of the jurisdiction, paged, filtered and sorted by the server,
 * filters in the URL. Actions follow 三员分立: the system administrator maintains accounts, the
 * security administrator grants roles, unlocks and forces logouts.
 */
export default function UsersPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { me, access } = useSession();
  const { message, modal } = App.useApp();
  const showError = useApiErrorHandler();
  const list = useListQuery(userListQuerySchema);
  const page = useUserPage(list.apiQuery);
  const unlock = useUnlockUser();
  const endSessions = useEndUserSessions();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [detailId, setDetailId] = useState<string>();

  const canManage = access.can('users.manage');
  const canAssignRoles = access.can('users.assign_roles');
  const canUnlock = access.can('users.unlock');
  const canReadAgencies = access.can('agencies.read');

  /** Why the system administrator may not change this account (server: user.policy.ts), or null. */
  const whyCannotManage = (user: UserListItem): string | null => {
    if (user.id === me.user.id) return t('users.blocked.self');
    if (user.roles.some(isAdministratorRole)) return t('users.blocked.adminAccount');
    return null;
  };

  const confirmUnlock = (user: UserListItem) =>
    modal.confirm({
      title: t('users.actions.unlockConfirm', { name: user.displayName }),
      okText: t('users.actions.unlock'),
      onOk: async () => {
        try {
          await unlock.mutateAsync(user.id);
          void message.success(t('users.messages.unlocked', { name: user.displayName }));
        } catch (error) {
          showError(error);
        }
      },
    });

  const confirmEndSessions = (user: UserListItem) =>
    modal.confirm({
      title: t('users.actions.endSessionsConfirm', { name: user.displayName }),
      okText: t('users.actions.endSessions'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await endSessions.mutateAsync(user.id);
          void message.success(t('users.messages.sessionsEnded', { name: user.displayName }));
        } catch (error) {
          showError(error);
        }
      },
    });

  const rowActions = (user: UserListItem): MenuProps['items'] => {
    const items: NonNullable<MenuProps['items']> = [];
    const manageBlock = whyCannotManage(user);
    const isSelf = user.id === me.user.id;
    if (canManage) {
      items.push(
        {
          key: 'edit',
          icon: <EditOutlined />,
          disabled: manageBlock !== null,
          title: manageBlock ?? undefined,
          label: t('users.actions.edit'),
          onClick: () => setDialog({ kind: 'edit', user }),
        },
        {
          key: 'reset',
          icon: <KeyOutlined />,
          disabled: manageBlock !== null,
          title: manageBlock ?? undefined,
          label: t('users.actions.resetPassword'),
          onClick: () => setDialog({ kind: 'reset', user }),
        },
      );
    }
    if (canAssignRoles) {
      items.push({
        key: 'roles',
        icon: <SafetyCertificateOutlined />,
        disabled: isSelf,
        title: isSelf ? t('users.blocked.selfRoles') : undefined,
        label: t('users.actions.setRoles'),
        onClick: () => setDialog({ kind: 'roles', user }),
      });
    }
    if (canUnlock) {
      if (user.isLocked) {
        items.push({
          key: 'unlock',
          icon: <UnlockOutlined />,
          disabled: isSelf,
          label: t('users.actions.unlock'),
          onClick: () => confirmUnlock(user),
        });
      }
      items.push({
        key: 'sessions',
        icon: <LogoutOutlined />,
        danger: true,
        disabled: isSelf,
        title: isSelf ? t('users.blocked.selfUnlock') : undefined,
        label: t('users.actions.endSessions'),
        onClick: () => confirmEndSessions(user),
      });
    }
    return items;
  };

  const hasActions = canManage || canAssignRoles || canUnlock;

  const columns: TableColumnsType<UserListItem> = [
    {
      title: t('users.columns.username'),
      dataIndex: 'username',
      key: 'username',
      sorter: true,
      sortOrder: list.sortOrder('username'),
      fixed: 'left',
      width: 130,
      render: (username: string, user) => (
        <Typography.Link onClick={() => setDetailId(user.id)}>{username}</Typography.Link>
      ),
    },
    {
      title: t('users.columns.displayName'),
      dataIndex: 'displayName',
      key: 'displayName',
      sorter: true,
      sortOrder: list.sortOrder('displayName'),
      width: 100,
    },
    {
      title: t('users.columns.agency'),
      dataIndex: 'agencyName',
      key: 'agency',
      width: 240,
      ellipsis: true,
      render: (name: string, user) =>
        canReadAgencies ? (
          <Link to={`/agencies/${user.agencyId}`} title={name}>
            {name}
          </Link>
        ) : (
          name
        ),
    },
    {
      title: t('users.columns.roles'),
      dataIndex: 'roles',
      key: 'roles',
      width: 210,
      render: (userRoles: UserListItem['roles']) =>
        userRoles.length > 0 ? (
          <Space size={[0, 4]} wrap>
            {userRoles.map((role) => (
              <Tag key={role} color={roleColors[role]}>
                {labels.role(role)}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('users.noRoles')}</Typography.Text>
        ),
    },
    {
      title: t('users.columns.phone'),
      dataIndex: 'phone',
      key: 'phone',
      width: 130,
      render: (phone) => phone ?? '—',
    },
    {
      title: t('users.columns.status'),
      key: 'status',
      width: 150,
      render: (_value, user) =>
        user.isLocked ? (
          <Badge status="error" text={t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) })} />
        ) : (
          <Badge
            status={user.status === 'active' ? 'success' : 'default'}
            text={labels.userStatus(user.status)}
          />
        ),
    },
    {
      title: t('users.columns.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      key: 'lastLoginAt',
      sorter: true,
      sortOrder: list.sortOrder('lastLoginAt'),
      width: 150,
      render: (value: string | null) =>
        value ? (
          formatDateTime(value)
        ) : (
          <Typography.Text type="secondary">{t('users.neverLoggedIn')}</Typography.Text>
        ),
    },
    {
      title: t('users.columns.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      sortOrder: list.sortOrder('createdAt'),
      width: 150,
      responsive: ['xl'],
      render: (value: string) => formatDateTime(value),
    },
    ...(hasActions
      ? [
          {
            title: t('common.table.actions'),
            key: 'actions',
            fixed: 'right' as const,
            width: 96,
            render: (_value: unknown, user: UserListItem) => (
              <Dropdown menu={{ items: rowActions(user) }} trigger={['click']} placement="bottomRight">
                <Button
                  size="small"
                  icon={<MoreOutlined />}
                  aria-label={`${t('common.table.actions')} ${user.username}`}
                >
                  {t('common.actions.more')}
                </Button>
              </Dropdown>
            ),
          },
        ]
      : []),
  ];

  return (
    <ListPage<UserListItem>
      title={t('users.title')}
      subTitle={me.jurisdiction.description}
      extra={
        <>
          <ExportButton path="/api/users/export.xlsx" query={list.exportQuery} />
          {canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              {t('users.actions.create')}
            </Button>
          ) : null}
        </>
      }
      filters={<UserListFilters list={list} />}
      list={list}
      result={page}
      testId="users-table"
      size="medium"
      columns={columns}
      scroll={{ x: 1320 }}
    >
      <UserDetailDrawer userId={detailId} onClose={() => setDetailId(undefined)} />
      {canManage ? (
        <UserFormDrawer
          open={dialog?.kind === 'create' || dialog?.kind === 'edit'}
          user={dialog?.kind === 'edit' ? dialog.user : undefined}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'reset' ? (
        <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'roles' ? <RolesModal user={dialog.user} onClose={() => setDialog(null)} /> : null}
    </ListPage>
  );
}
