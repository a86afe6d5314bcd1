import { PlusOutlined } from '@ant-design/icons';
import { type EntityListItem, entityListQuerySchema } from '@qingshan/domain';
import { Button, type TableColumnsType, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton, ListPage, useListQuery } from '../../components/list';
import { formatDateTime } from '../../lib/dates';
import { useSession } from '../auth/session';
import { EntityFormDrawer } from './EntityFormDrawer';
import { EntityListFilters } from './EntityListFilters';
import { EntityFlagTags, KeyPolluterTags, OperatingStatusBadge, PermitClassTag } from './EntityTags';
import { useEntityPage } from './entities.api';
import './entities.css';

/**
 * /entities (REG-1): the regulated entities of the jurisdiction, searched, filtered, sorted and
 * paged by the server; filters in the URL; exports in the import's columns; 新增 for
 * entities.manage.
 */
export default function EntitiesPage() {
  const { t } = useTranslation();
  const { me, access } = useSession();
  const list = useListQuery(entityListQuerySchema);
  const page = useEntityPage(list.apiQuery);
  const [isCreating, setIsCreating] = useState(false);
  const canManage = access.can('entities.manage');

  const columns: TableColumnsType<EntityListItem> = [
    {
      title: t('entities.columns.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: list.sortOrder('name'),
      fixed: 'left',
      width: 220,
      render: (name: string, entity) => (
        <Link to={`/entities/${entity.id}`} title={name}>
          {name}
        </Link>
      ),
    },
    {
      title: t('entities.columns.creditCode'),
      dataIndex: 'creditCode',
      key: 'creditCode',
      sorter: true,
      sortOrder: list.sortOrder('creditCode'),
      width: 170,
      render: (code: string) => <span className="qs-mono">{code}</span>,
    },
    {
      title: t('entities.columns.region'),
      dataIndex: 'regionName',
      key: 'region',
      sorter: true,
      sortOrder: list.sortOrder('region'),
      width: 160,
      ellipsis: { showTitle: true },
    },
    {
      title: t('entities.columns.industry'),
      dataIndex: 'industryName',
      key: 'industry',
      width: 140,
      ellipsis: true,
      render: (name: string, entity) => (
        <Tooltip title={`${entity.industryCode} ${name}`}>
          <span>{name}</span>
        </Tooltip>
      ),
    },
    {
      title: t('entities.columns.permitClass'),
      dataIndex: 'permitClass',
      key: 'permitClass',
      width: 92,
      render: (value: EntityListItem['permitClass']) => <PermitClassTag value={value} />,
    },
    {
      title: t('entities.columns.keyPolluter'),
      dataIndex: 'keyPolluterMedia',
      key: 'keyPolluter',
      width: 150,
      render: (media: EntityListItem['keyPolluterMedia']) => <KeyPolluterTags media={media} short />,
    },
    {
      title: t('entities.columns.status'),
      dataIndex: 'operatingStatus',
      key: 'status',
      width: 80,
      render: (value: EntityListItem['operatingStatus']) => <OperatingStatusBadge value={value} />,
    },
    {
      title: t('entities.columns.flags'),
      key: 'flags',
      width: 210,
      render: (_value, entity) => <EntityFlagTags entity={entity} />,
    },
    {
      title: t('entities.columns.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: list.sortOrder('updatedAt'),
      width: 140,
      responsive: ['xxl'],
      render: (value: string) => formatDateTime(value),
    },
  ];

  return (
    <ListPage<EntityListItem>
      title={t('entities.title')}
      subTitle={me.jurisdiction.description}
      extra={
        <>
          <ExportButton
            label={t('entities.actions.export')}
            progress={t('entities.actions.exporting')}
            query={list.exportQuery}
            formats={[
              { key: 'xlsx', label: t('entities.actions.exportExcel'), path: '/api/entities/export.xlsx' },
              { key: 'csv', label: t('entities.actions.exportCsv'), path: '/api/entities/export.csv' },
            ]}
          />
          {canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              {t('entities.actions.create')}
            </Button>
          ) : null}
        </>
      }
      filters={<EntityListFilters list={list} />}
      list={list}
      result={page}
      testId="entities-table"
      size="middle"
      columns={columns}
      scroll={{ x: 1230 }}
    >
      {canManage ? <EntityFormDrawer open={isCreating} onClose={() => setIsCreating(false)} /> : null}
    </ListPage>
  );
}
