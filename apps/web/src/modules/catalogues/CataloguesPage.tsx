import { PlusOutlined } from '@ant-design/icons';
import {
  type CatalogueKind,
  type CatalogueSummary,
  catalogueKindFeatures,
  catalogueKinds,
  catalogueStatuses,
} from '@qingshan/domain';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Col,
  Input,
  InputNumber,
  Row,
  Select,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useSession } from '../auth/session';
import { type CatalogueDrawerMode, CatalogueFormDrawer } from './CatalogueFormDrawer';
import { catalogueKindColors, catalogueStatusBadges } from './catalogue-colors';
import { useCataloguePage } from './catalogues.api';
import {
  type CatalogueFilters,
  parseCatalogueFilters,
  serializeCatalogueFilters,
  toCatalogueQuery,
} from './catalogues.query';

/**
 * /catalogues (CAT-1 … CAT-5): the published lists that apply to the user's jurisdiction — its own
 * (drafts included) and those of the agencies above it — by kind, with server-side filters and
 * paging; legal reviewers and agency heads start new lists and versions here.
 */
export default function CataloguesPage() {
  const { t } = useTranslation();
  const { access } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseCatalogueFilters(searchParams);
  const page = useCataloguePage(toCatalogueQuery(filters));
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [drawer, setDrawer] = useState<CatalogueDrawerMode | null>(null);
  const canManage = access.can('catalogues.manage');

  const update = (changes: Partial<CatalogueFilters>, options: { keepPage?: boolean } = {}) => {
    setSearchParams(
      serializeCatalogueFilters({ ...filters, ...changes, ...(options.keepPage ? {} : { page: 1 }) }),
    );
  };

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
    <PageContainer
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
    >
      <Card styles={{ body: { paddingBottom: 0 } }} style={{ marginBottom: 16 }}>
        <Tabs
          activeKey={filters.kind ?? 'all'}
          onChange={(key) => update({ kind: key === 'all' ? undefined : (key as CatalogueKind) })}
          items={[
            { key: 'all', label: t('catalogues.allKinds') },
            ...catalogueKinds.map((kind) => ({ key: kind, label: t(`catalogues.kinds.${kind}`) })),
          ]}
        />
        <Row gutter={[12, 12]} align="middle" style={{ paddingBottom: 16 }}>
          <Col xs={24} sm={12} lg={8}>
            <Input.Search
              allowClear
              value={searchText}
              placeholder={t('catalogues.filters.search')}
              aria-label={t('catalogues.filters.search')}
              onChange={(event) => setSearchText(event.target.value)}
              onSearch={(value) => update({ q: value.trim() || undefined })}
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
              checked={filters.history}
              onChange={(event) => update({ history: event.target.checked })}
            >
              {t('catalogues.filters.history')}
            </Checkbox>
          </Col>
          <Col xs={12} sm={4} lg={4}>
            <Button
              block
              onClick={() => {
                setSearchText('');
                setSearchParams(new URLSearchParams());
              }}
            >
              {t('common.actions.reset')}
            </Button>
          </Col>
        </Row>
      </Card>
      <Card styles={{ body: { padding: 0 } }}>
        {page.isError && !page.data ? (
          <ErrorResult error={page.error} onRetry={() => void page.refetch()} />
        ) : (
          <div data-testid="catalogues-table">
            <Table<CatalogueSummary>
              rowKey="id"
              columns={columns}
              dataSource={page.data?.items}
              loading={page.isFetching}
              onChange={(pagination) =>
                update(
                  {
                    page: pagination.pageSize !== filters.pageSize ? 1 : (pagination.current ?? 1),
                    pageSize: pagination.pageSize ?? filters.pageSize,
                  },
                  { keepPage: true },
                )
              }
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
      {canManage ? <CatalogueFormDrawer mode={drawer} onClose={() => setDrawer(null)} /> : null}
    </PageContainer>
  );
}
