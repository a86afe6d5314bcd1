import {
  DownloadOutlined,
  EditOutlined,
  KeyOutlined,
  LogoutOutlined,
  MoreOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { isAdministratorRole, roles, type UserListItem, userStatuses } from '@qingshan/domain';
import {
  App,
  Badge,
  Button,
  Card,
  Checkbox,
  Col,
  Dropdown,
  Input,
  type MenuProps,
  Row,
  Select,
  Space,
  Table,
  type TableColumnsType,
  type TablePaginationConfig,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { downloadFile } from '../../api/client';
import { useSession } from '../../auth/session';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { formatDateTime } from '../../lib/dates';
import { roleColors, useLabels } from '../../lib/labels';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { ResetPasswordModal } from './ResetPasswordModal';
import { RolesModal } from './RolesModal';
import { UserDetailDrawer } from './UserDetailDrawer';
import { UserFormDrawer } from './UserFormDrawer';
import { useEndUserSessions, useUnlockUser, useUserPage } from './users.api';
import {
  parseUserFilters,
  serializeUserFilters,
  sortFromTable,
  tableSortOrder,
  toUserQuery,
  type UserFilters,
} from './users.query';

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
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseUserFilters(searchParams);
  const page = useUserPage(filters);
  const unlock = useUnlockUser();
  const endSessions = useEndUserSessions();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [detailId, setDetailId] = useState<string>();
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [isExporting, setIsExporting] = useState(false);

  const canManage = access.can('users.manage');
  const canAssignRoles = access.can('users.assign_roles');
  const canUnlock = access.can('users.unlock');
  const canReadAgencies = access.can('agencies.read');

  const update = (changes: Partial<UserFilters>, options: { keepPage?: boolean } = {}) => {
    const next = { ...filters, ...changes, ...(options.keepPage ? {} : { page: 1 }) };
    setSearchParams(serializeUserFilters(next), { replace: false });
  };

  const reset = () => {
    setSearchText('');
    setSearchParams(new URLSearchParams());
  };

  const exportExcel = async () => {
    setIsExporting(true);
    const hide = message.loading(t('common.messages.exporting'), 0);
    try {
      const name = await downloadFile('/api/users/export.xlsx', toUserQuery(filters, { forExport: true }));
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      showError(error);
    } finally {
      hide();
      setIsExporting(false);
    }
  };

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
      sortOrder: tableSortOrder(filters.sort, 'username'),
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
      sortOrder: tableSortOrder(filters.sort, 'displayName'),
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
      sortOrder: tableSortOrder(filters.sort, 'lastLoginAt'),
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
      sortOrder: tableSortOrder(filters.sort, 'createdAt'),
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

  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: { field?: unknown; order?: 'ascend' | 'descend' | null } | unknown[],
  ) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const { field, order } = (single ?? {}) as { field?: unknown; order?: 'ascend' | 'descend' | null };
    const sort = sortFromTable(field, order);
    const pageSize = pagination.pageSize ?? filters.pageSize;
    const changedSort = sort !== filters.sort || pageSize !== filters.pageSize;
    update({ sort, pageSize, page: changedSort ? 1 : (pagination.current ?? 1) }, { keepPage: true });
  };

  return (
    <PageContainer
      title={t('users.title')}
      subTitle={me.jurisdiction.description}
      extra={
        <>
          <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportExcel()}>
            {t('common.actions.export')}
          </Button>
          {canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              {t('users.actions.create')}
            </Button>
          ) : null}
        </>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} sm={12} lg={8} xl={5}>
            <Input.Search
              allowClear
              value={searchText}
              placeholder={t('users.filters.search')}
              aria-label={t('users.filters.search')}
              onChange={(event) => setSearchText(event.target.value)}
              onSearch={(value) => update({ q: value.trim() || undefined })}
            />
          </Col>
          <Col xs={24} sm={12} lg={8} xl={6}>
            <Space.Compact style={{ width: '100%' }}>
              <AgencyTreeSelect
                value={filters.agencyId}
                onChange={(agencyId) => update({ agencyId })}
                placeholder={t('users.filters.agencyPlaceholder')}
                aria-label={t('users.filters.agency')}
                allowClear
                style={{ width: '100%', minWidth: 0 }}
              />
            </Space.Compact>
          </Col>
          <Col xs={24} sm={12} lg={8} xl={3}>
            <Checkbox
              checked={filters.includeSubordinates}
              disabled={!filters.agencyId}
              onChange={(event) => update({ includeSubordinates: event.target.checked })}
            >
              {t('users.filters.includeSubordinates')}
            </Checkbox>
          </Col>
          <Col xs={12} sm={12} lg={6} xl={3}>
            <Select
              allowClear
              value={filters.role}
              placeholder={t('users.filters.role')}
              aria-label={t('users.filters.role')}
              onChange={(role) => update({ role })}
              options={roles.map((role) => ({ value: role, label: labels.role(role) }))}
              style={{ width: '100%' }}
              popupMatchSelectWidth={false}
            />
          </Col>
          <Col xs={12} sm={8} lg={6} xl={2}>
            <Select
              allowClear
              value={filters.status}
              placeholder={t('users.filters.status')}
              aria-label={t('users.filters.status')}
              onChange={(status) => update({ status })}
              options={userStatuses.map((status) => ({ value: status, label: labels.userStatus(status) }))}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={12} sm={8} lg={6} xl={3}>
            <Select
              allowClear
              value={filters.isLocked === undefined ? undefined : String(filters.isLocked)}
              placeholder={t('users.filters.locked')}
              aria-label={t('users.filters.locked')}
              onChange={(value?: string) =>
                update({ isLocked: value === undefined ? undefined : value === 'true' })
              }
              options={[
                { value: 'true', label: t('users.filters.lockedOnly') },
                { value: 'false', label: t('users.filters.unlockedOnly') },
              ]}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={12} sm={8} lg={6} xl={2}>
            <Button onClick={reset} block>
              {t('common.actions.reset')}
            </Button>
          </Col>
        </Row>
      </Card>

      <Card styles={{ body: { padding: 0 } }}>
        {page.isError && !page.data ? (
          <ErrorResult error={page.error} onRetry={() => void page.refetch()} />
        ) : (
          <div data-testid="users-table">
            <Table<UserListItem>
              rowKey="id"
              size="medium"
              columns={columns}
              dataSource={page.data?.items}
              loading={page.isFetching}
              scroll={{ x: 1320 }}
              onChange={onTableChange}
              pagination={{
                current: filters.page,
                pageSize: filters.pageSize,
                total: page.data?.total ?? 0,
                showSizeChanger: true,
                pageSizeOptions: [10, 20, 50, 100],
                showTotal: (total) => t('common.table.total', { total }),
                style: { paddingInline: 16 },
              }}
            />
          </div>
        )}
      </Card>

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
    </PageContainer>
  );
}
