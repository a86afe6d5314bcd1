import { PlusOutlined } from '@ant-design/icons';
import {
  type CatalogueKind,
  type CatalogueSummary,
  catalogueKindFeatures,
  catalogueKinds,
  catalogueListQuerySchema,
  catalogueStatuses,
} from '@qingshan/domain';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Col,
  InputNumber,
  Select,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterBar, ListPage, SearchFilter, useListQuery } from '../../components/list';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useSession } from '../auth/session';
import { type CatalogueDrawerMode, CatalogueFormDrawer } from './CatalogueFormDrawer';
import { catalogueKindColors, catalogueStatusBadges } from './catalogue-colors';
import { useCataloguePage } from './catalogues.api';
import { catalogueApiQuery, catalogueUrlExtras } from './catalogues.query';

/**
 * /catalogues (CAT-1 … CAT-5): the published lists that apply to the user's jurisdiction — its own
 * (drafts included) and those of the agencies above it — by kind, with server-side filters and
 * paging; legal reviewers and agency heads start new lists and versions here.
 */
export default function CataloguesPage() {
  const { t } = useTranslation();
  const { access } = useSession();
  const list = useListQuery(catalogueListQuerySchema, { extra: catalogueUrlExtras });
  const { query: filters, update } = list;
  const page = useCataloguePage(catalogueApiQuery(list.apiQuery, filters));
  const [drawer, setDrawer] = useState<CatalogueDrawerMode | null>(null);
  const canManage = access.can('catalogues.manage');

  const columns: TableColumnsType<CatalogueSummary> = [
    {
      title: t('catalogues.columns.title'),
      dataIndex: 'title',
      key: 'title',
      render: (title: string, row) => (
        <Link to={`/catalogues/${row.id}`} data-testid="catalogue-link">
          {title}
        </Link>
      ),
    },
    {
      title: t('catalogues.columns.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 170,
      responsive: ['md'],
      render: (kind: CatalogueKind) => (
        <Tag color={catalogueKindColors[kind]}>
          {catalogueKindFeatures[kind]} {t(`catalogues.kinds.${kind}`)}
        </Tag>
      ),
    },
    {
      title: t('catalogues.columns.owner'),
      dataIndex: 'ownerAgencyName',
      key: 'owner',
      width: 200,
      responsive: ['lg'],
    },
    {
      title: t('catalogues.columns.version'),
      dataIndex: 'version',
      key: 'version',
      width: 90,
      render: (version: number) => t('catalogues.versionLabel', { version }),
    },
    {
      title: t('catalogues.columns.status'),
      dataIndex: 'status',
      key: 'status',
      width: 110,
      render: (status: CatalogueSummary['status']) => (
        <Badge status={catalogueStatusBadges[status]} text={t(`catalogues.statuses.${status}`)} />
      ),
    },
    {
      title: t('catalogues.columns.effectiveFrom'),
      dataIndex: 'effectiveFrom',
      key: 'effectiveFrom',
      width: 120,
      responsive: ['sm'],
      render: (value: string | null) =>
        value ?? <Typography.Text type="secondary">{t('catalogues.detail.notSet')}</Typography.Text>,
    },
    {
      title: t('catalogues.columns.itemCount'),
      dataIndex: 'itemCount',
      key: 'itemCount',
      width: 90,
      align: 'right',
    },
    {
      title: t('catalogues.columns.publishedAt'),
      dataIndex: 'publishedAt',
      key: 'publishedAt',
      width: 150,
      responsive: ['xl'],
      render: (value: string | null, row) => (value ? formatDateTime(value) : formatDate(row.updatedAt)),
    },
  ];

  return (
    <ListPage<CatalogueSummary>
      title={t('catalogues.title')}
      subTitle={t('catalogues.subtitle')}
      extra={
        canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="catalogue-create"
            onClick={() => setDrawer({ kind: 'create', defaultKind: filters.kind })}
          >
            {t('catalogues.actions.create')}
          </Button>
        ) : null
      }
      filters={
        <>
          <Card styles={{ body: { paddingBlock: 0 } }} style={{ marginBottom: 16 }}>
            <Tabs
              activeKey={filters.kind ?? 'all'}
              onChange={(key) => update({ kind: key === 'all' ? undefined : (key as CatalogueKind) })}
              items={[
                { key: 'all', label: t('catalogues.allKinds') },
                ...catalogueKinds.map((kind) => ({ key: kind, label: t(`catalogues.kinds.${kind}`) })),
              ]}
            />
          </Card>
          <FilterBar onReset={() => list.replace({})} actionsCol={{ xs: 12, sm: 4, lg: 4 }}>
            <Col xs={24} sm={12} lg={8}>
              <SearchFilter
                value={filters.q}
                placeholder={t('catalogues.filters.search')}
                onSearch={(q) => update({ q })}
              />
            </Col>
            <Col xs={12} sm={6} lg={4}>
              <Select
                allowClear
                value={filters.status}
                placeholder={t('catalogues.filters.status')}
                aria-label={t('catalogues.filters.status')}
                style={{ width: '100%' }}
                onChange={(status) => update({ status })}
                options={catalogueStatuses.map((status) => ({
                  value: status,
                  label: t(`catalogues.statuses.${status}`),
                }))}
              />
            </Col>
            <Col xs={12} sm={6} lg={4}>
              <InputNumber
                value={filters.year}
                min={2000}
                max={2100}
                placeholder={t('catalogues.filters.year')}
                aria-label={t('catalogues.filters.year')}
                style={{ width: '100%' }}
                onChange={(year) => update({ year: year ?? undefined })}
              />
            </Col>
            <Col xs={12} sm={8} lg={4}>
              <Checkbox
                checked={filters.history ?? false}
                onChange={(event) => update({ history: event.target.checked || undefined })}
              >
                {t('catalogues.filters.history')}
              </Checkbox>
            </Col>
          </FilterBar>
        </>
      }
      testId="catalogues-table"
      result={page}
      list={list}
      columns={columns}
    >
      {canManage ? <CatalogueFormDrawer mode={drawer} onClose={() => setDrawer(null)} /> : null}
    </ListPage>
  );
}
