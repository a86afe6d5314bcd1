import { EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { type Agency, type AgencyDetail, canAgencyKindHaveNewUnit, type Role } from '@qingshan/domain';
import {
  Badge,
  Button,
  Card,
  Descriptions,
  Empty,
  Grid,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/dates';
import { agencyKindColors, roleColors, useLabels } from '../../lib/labels';
import { useAccess } from '../auth/session';
import { AgencyCreateDrawer } from './AgencyCreateDrawer';
import { AgencyEditDrawer } from './AgencyEditDrawer';
import { RegionPopover } from './RegionPopover';

function Missing() {
  const { t } = useTranslation();
  return <Typography.Text type="secondary">{t('common.states.notSet')}</Typography.Text>;
}

function AgencyLink({ agency, visibleIds }: { agency: Agency; visibleIds: Set<string> }) {
  const { t } = useTranslation();
  return visibleIds.has(agency.id) ? (
    <Link to={`/agencies/${agency.id}`}>{agency.name}</Link>
  ) : (
    <span>{t('agencies.detail.parentOutOfScope', { name: agency.name })}</span>
  );
}

/** One agency: details, region path, 局队合一 relation, towns, units below and staff by role. */
export function AgencyDetailPanel({ detail, visibleIds }: { detail: AgencyDetail; visibleIds: Set<string> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const access = useAccess();
  const [isEditing, setIsEditing] = useState(false);
  const [isCreating, setIsCreating] = useState(false);
  const canManage = access.can('agencies.manage');
  const canReadUsers = access.can('users.read');
  const canCreateBelow = canAgencyKindHaveNewUnit(detail.kind);
  const isNarrow = Grid.useBreakpoint().sm === false;
  const actions = canManage ? (
    <Space wrap>
      <Button icon={<EditOutlined />} onClick={() => setIsEditing(true)}>
        {t('common.actions.edit')}
      </Button>
      <Tooltip title={canCreateBelow ? undefined : t('agencies.create.notAllowed')}>
        <Button icon={<PlusOutlined />} disabled={!canCreateBelow} onClick={() => setIsCreating(true)}>
          {t('agencies.create.button')}
        </Button>
      </Tooltip>
    </Space>
  ) : null;

  const childColumns: TableColumnsType<Agency> = [
    {
      title: t('agencies.detail.name'),
      dataIndex: 'name',
      render: (_value, agency) => <Link to={`/agencies/${agency.id}`}>{agency.name}</Link>,
    },
    {
      title: t('agencies.detail.kind'),
      dataIndex: 'kind',
      width: 150,
      render: (_value, agency) => (
        <Tag color={agencyKindColors[agency.kind]}>{labels.agencyKind(agency.kind)}</Tag>
      ),
      responsive: ['sm'],
    },
    { title: t('agencies.detail.region'), dataIndex: 'regionName', responsive: ['md'] },
    {
      title: t('agencies.detail.status'),
      dataIndex: 'isActive',
      width: 90,
      render: (isActive: boolean) => (
        <Badge
          status={isActive ? 'success' : 'default'}
          text={isActive ? t('common.states.enabled') : t('common.states.disabled')}
        />
      ),
    },
  ];

  const staffRows = [...detail.usersByRole].sort((left, right) => right.count - left.count);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap size={[8, 4]}>
            <span>{detail.name}</span>
            <Tag color={agencyKindColors[detail.kind]}>{labels.agencyKind(detail.kind)}</Tag>
            {detail.isActive ? null : <Tag>{t('agencies.inactive')}</Tag>}
          </Space>
        }
        extra={isNarrow ? null : actions}
      >
        {isNarrow && actions ? <div style={{ marginBottom: 12 }}>{actions}</div> : null}
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
          items={[
            { key: 'shortName', label: t('agencies.detail.shortName'), children: detail.shortName },
            {
              key: 'code',
              label: t('agencies.detail.code'),
              children: <span className="qs-mono">{detail.code}</span>,
            },
            { key: 'kind', label: t('agencies.detail.kind'), children: labels.agencyKind(detail.kind) },
            { key: 'level', label: t('agencies.detail.level'), children: labels.agencyLevel(detail.level) },
            {
              key: 'region',
              label: t('agencies.detail.region'),
              span: 'filled',
              children: (
                <Space size={4} wrap separator={<Typography.Text type="secondary">/</Typography.Text>}>
                  {detail.regionPath.map((region) => (
                    <RegionPopover key={region.code} code={region.code} name={region.name} />
                  ))}
                </Space>
              ),
            },
            {
              key: 'parent',
              label: t('agencies.detail.parent'),
              children: detail.parent ? (
                <AgencyLink agency={detail.parent} visibleIds={visibleIds} />
              ) : (
                <Missing />
              ),
            },
            {
              key: 'jurisdiction',
              label: t('agencies.detail.jurisdictionAgency'),
              children: detail.jurisdictionAgency ? (
                <span>
                  {t('agencies.detail.jurisdictionBefore')}
                  <AgencyLink agency={detail.jurisdictionAgency} visibleIds={visibleIds} />
                  {t('agencies.detail.jurisdictionAfter')}
                </span>
              ) : (
                <Typography.Text type="secondary">{t('common.states.none')}</Typography.Text>
              ),
            },
            { key: 'head', label: t('agencies.detail.head'), children: detail.headName ?? <Missing /> },
            { key: 'phone', label: t('agencies.detail.phone'), children: detail.phone ?? <Missing /> },
            {
              key: 'address',
              label: t('agencies.detail.address'),
              span: 'filled',
              children: detail.address ?? <Missing />,
            },
            {
              key: 'status',
              label: t('agencies.detail.status'),
              children: (
                <Badge
                  status={detail.isActive ? 'success' : 'default'}
                  text={detail.isActive ? t('common.states.enabled') : t('common.states.disabled')}
                />
              ),
            },
            {
              key: 'updatedAt',
              label: t('agencies.detail.updatedAt'),
              children: formatDateTime(detail.updatedAt),
            },
            {
              key: 'description',
              label: t('agencies.detail.description'),
              span: 'filled',
              children: detail.description ?? <Missing />,
            },
            {
              key: 'covered',
              label: t('agencies.detail.coveredRegions'),
              span: 'filled',
              children:
                detail.coveredRegions.length > 0 ? (
                  <Space size={[4, 4]} wrap>
                    {detail.coveredRegions.map((region) => (
                      <Tag key={region.code} title={region.code}>
                        {region.name}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('agencies.detail.noCoveredRegions')}</Typography.Text>
                ),
            },
          ]}
        />
      </Card>

      <Card
        title={t('agencies.detail.children')}
        extra={<Typography.Text type="secondary">{detail.children.length}</Typography.Text>}
      >
        <Table<Agency>
          rowKey="id"
          size="small"
          columns={childColumns}
          dataSource={detail.children}
          pagination={detail.children.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agencies.detail.noChildren')} />
            ),
          }}
        />
      </Card>

      <Card
        title={t('agencies.detail.staff')}
        extra={
          canReadUsers ? (
            <Link to={`/users?agencyId=${detail.id}&includeSubordinates=true`}>
              <TeamOutlined /> {t('agencies.detail.viewUsers')}
            </Link>
          ) : null
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('agencies.detail.staffTotal', { count: detail.userCount })} · {t('agencies.detail.staffNote')}
        </Typography.Paragraph>
        {staffRows.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agencies.detail.noStaff')} />
        ) : (
          <Space size={[8, 8]} wrap>
            {staffRows.map((row) => {
              const role = row.role as Role;
              const label = (
                <Fragment>
                  <Tag color={roleColors[role] ?? 'default'} style={{ marginInlineEnd: 4 }}>
                    {row.role ? labels.role(row.role) : t('agencies.detail.noRole')}
                  </Tag>
                  <Typography.Text strong>{row.count}</Typography.Text>
                </Fragment>
              );
              return (
                <span key={row.role} className="qs-staff-chip">
                  {canReadUsers && row.role ? (
                    <Link to={`/users?agencyId=${detail.id}&role=${row.role}`}>{label}</Link>
                  ) : (
                    label
                  )}
                </span>
              );
            })}
          </Space>
        )}
      </Card>

      {canManage ? (
        <>
          <AgencyEditDrawer detail={detail} open={isEditing} onClose={() => setIsEditing(false)} />
          {canCreateBelow ? (
            <AgencyCreateDrawer parent={detail} open={isCreating} onClose={() => setIsCreating(false)} />
          ) : null}
        </>
      ) : null}
    </Space>
  );
}
