import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  BranchesOutlined,
  CheckCircleOutlined,
  DeleteOutlined,
  DiffOutlined,
  DownloadOutlined,
  EditOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import {
  type CatalogueItem,
  type CatalogueSummary,
  catalogueKindFeatures,
  enforcementPowerTypes,
  noPenaltyCategories,
  powerListTypes,
  responsibleLevels,
} from '@qingshan/domain';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Col,
  Descriptions,
  Drawer,
  Grid,
  Input,
  Row,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { downloadFile } from '../../api/client';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { PageLoading } from '../../components/PageLoading';
import { formatDateTime } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { CatalogueCompareModal } from './CatalogueCompareModal';
import { type CatalogueDrawerMode, CatalogueFormDrawer } from './CatalogueFormDrawer';
import { CatalogueItemDrawer } from './CatalogueItemDrawer';
import { CatalogueItemView, itemSummary } from './CatalogueItemView';
import { catalogueKindColors, catalogueStatusBadges } from './catalogue-colors';
import {
  useCatalogue,
  useCatalogueItems,
  useDeleteCatalogue,
  useDeleteItem,
  useMoveItem,
  usePublishCatalogue,
} from './catalogues.api';

interface ItemFilters {
  page: number;
  pageSize: number;
  q?: string;
  powerType?: string;
  level?: string;
  category?: string;
  law?: string;
}

/**
 * /catalogues/:id: one version of a list — its details, its items (server-side search and paging),
 * its history with comparison; for drafts the items are edited, reordered and the draft published.
 */
export default function CatalogueDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const showError = useApiErrorHandler();
  const isNarrow = Grid.useBreakpoint().md === false;
  const detail = useCatalogue(id);
  const [filters, setFilters] = useState<ItemFilters>({ page: 1, pageSize: 20 });
  const [searchText, setSearchText] = useState('');
  const items = useCatalogueItems(id, { ...filters });
  const publish = usePublishCatalogue(id);
  const deleteDraft = useDeleteCatalogue(id);
  const deleteItem = useDeleteItem(id);
  const moveItem = useMoveItem(id);
  const [viewing, setViewing] = useState<CatalogueItem | null>(null);
  const [editing, setEditing] = useState<{ item?: CatalogueItem } | null>(null);
  const [drawer, setDrawer] = useState<CatalogueDrawerMode | null>(null);
  const [compareWith, setCompareWith] = useState<string | null>(null);
  const [isExporting, setIsExporting] = useState(false);

  if (detail.isPending) return <PageLoading />;
  if (detail.isError) {
    return (
      <PageContainer
        title={t('layout.menu.catalogueDetail')}
        breadcrumb={[{ title: t('catalogues.title'), to: '/catalogues' }]}
      >
        <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
      </PageContainer>
    );
  }
  const catalogue = detail.data;
  const kind = catalogue.kind;
  const previousPublished = catalogue.versions.find(
    (version) => version.status === 'published' && version.id !== catalogue.id,
  );
  const previousVersion = catalogue.versions.find((version) => version.version < catalogue.version);

  const confirmPublish = () =>
    modal.confirm({
      title: t('catalogues.confirm.publishTitle', { title: `《${catalogue.title}》` }),
      content: t('catalogues.confirm.publish', {
        previous: previousPublished
          ? t('catalogues.confirm.publishPrevious', { version: previousPublished.version })
          : '',
      }),
      okText: t('catalogues.actions.publish'),
      okButtonProps: { 'data-testid': 'publish-confirm' } as Record<string, string>,
      onOk: async () => {
        try {
          const published = await publish.mutateAsync(undefined);
          void message.success(t('catalogues.messages.published', { version: published.version }));
        } catch (error) {
          showError(error);
        }
      },
    });

  const confirmDelete = () =>
    modal.confirm({
      title: t('catalogues.actions.deleteDraft'),
      content: t('catalogues.confirm.deleteDraft', { count: catalogue.itemCount }),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await deleteDraft.mutateAsync(undefined);
          void message.success(t('catalogues.messages.deleted'));
          navigate('/catalogues');
        } catch (error) {
          showError(error);
        }
      },
    });

  const confirmDeleteItem = (item: CatalogueItem) =>
    modal.confirm({
      title: t('catalogues.confirm.deleteItem', { code: item.code, name: item.name }),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await deleteItem.mutateAsync(item.id);
          void message.success(t('catalogues.messages.itemDeleted'));
        } catch (error) {
          showError(error);
        }
      },
    });

  const move = async (item: CatalogueItem, offset: -1 | 1) => {
    try {
      await moveItem.mutateAsync({ itemId: item.id, offset });
      void message.success(t('catalogues.messages.reordered'));
    } catch (error) {
      showError(error);
    }
  };

  const exportExcel = async () => {
    setIsExporting(true);
    const hide = message.loading(t('common.messages.exporting'), 0);
    try {
      const name = await downloadFile(`/api/catalogues/${catalogue.id}/export.xlsx`);
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      showError(error);
    } finally {
      hide();
      setIsExporting(false);
    }
  };

  const updateFilters = (changes: Partial<ItemFilters>) =>
    setFilters((current) => ({ ...current, page: 1, ...changes }));
  const total = items.data?.total ?? 0;

  const columns: TableColumnsType<CatalogueItem> = [
    { title: '#', dataIndex: 'position', key: 'position', width: 56 },
    { title: t('catalogues.form.code'), dataIndex: 'code', key: 'code', width: 140, responsive: ['sm'] },
    {
      title: t('catalogues.form.name'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, item) => {
        const summary = itemSummary(kind, item, t as unknown as (key: string) => string);
        return (
          <Space direction="vertical" size={2}>
            <Typography.Link onClick={() => setViewing(item)} data-testid="item-link">
              {name}
            </Typography.Link>
            {isNarrow ? summary.tag : null}
          </Space>
        );
      },
    },
    {
      title: t('catalogues.columns.kind'),
      key: 'tag',
      width: 150,
      responsive: ['md'],
      render: (_value, item) => itemSummary(kind, item, t as unknown as (key: string) => string).tag,
    },
    {
      title: t('catalogues.detail.legalBases'),
      key: 'basis',
      width: 280,
      responsive: ['lg'],
      ellipsis: true,
      render: (_value, item) => itemSummary(kind, item, t as unknown as (key: string) => string).basis,
    },
    {
      title: kind === 'enforcement_items' ? t('catalogues.detail.penalty') : t('catalogues.detail.summary'),
      key: 'detail',
      responsive: ['xl'],
      ellipsis: true,
      render: (_value, item) => itemSummary(kind, item, t as unknown as (key: string) => string).detail,
    },
    ...(catalogue.canEdit
      ? [
          {
            title: t('common.table.actions'),
            key: 'actions',
            width: 168,
            fixed: 'right' as const,
            render: (_value: unknown, item: CatalogueItem) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={`${t('common.actions.edit')} ${item.code}`}
                  onClick={() => setEditing({ item })}
                />
                <Button
                  type="link"
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={t('catalogues.actions.moveUp')}
                  disabled={item.position === 1 || moveItem.isPending}
                  onClick={() => void move(item, -1)}
                />
                <Button
                  type="link"
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={t('catalogues.actions.moveDown')}
                  disabled={item.position === catalogue.itemCount || moveItem.isPending}
                  onClick={() => void move(item, 1)}
                />
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`${t('common.actions.delete')} ${item.code}`}
                  onClick={() => confirmDeleteItem(item)}
                />
              </Space>
            ),
          },
        ]
      : []),
  ];

  const kindFilter =
    kind === 'enforcement_items' ? (
      <>
        <Select
          allowClear
          placeholder={t('catalogues.columns.kind')}
          style={{ width: 140 }}
          value={filters.powerType}
          onChange={(powerType) => updateFilters({ powerType })}
          options={enforcementPowerTypes.map((value) => ({
            value,
            label: t(`catalogues.powerTypes.${value}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('catalogues.detail.level')}
          style={{ width: 150 }}
          value={filters.level}
          onChange={(level) => updateFilters({ level })}
          options={responsibleLevels.map((value) => ({ value, label: t(`catalogues.levels.${value}`) }))}
        />
      </>
    ) : kind === 'power_list' || kind === 'responsibility_list' ? (
      <Select
        allowClear
        placeholder={t('catalogues.columns.kind')}
        style={{ width: 140 }}
        value={filters.powerType}
        onChange={(powerType) => updateFilters({ powerType })}
        options={powerListTypes.map((value) => ({ value, label: t(`catalogues.powerListTypes.${value}`) }))}
      />
    ) : kind === 'no_penalty_list' ? (
      <Select
        allowClear
        placeholder={t('catalogues.columns.kind')}
        style={{ width: 180 }}
        value={filters.category}
        onChange={(category) => updateFilters({ category })}
        options={noPenaltyCategories.map((value) => ({
          value,
          label: t(`catalogues.noPenaltyCategories.${value}`),
        }))}
      />
    ) : null;

  const itemsTab = (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          value={searchText}
          placeholder={t('catalogues.detail.itemsSearch')}
          aria-label={t('catalogues.detail.itemsSearch')}
          style={{ width: 260 }}
          onChange={(event) => setSearchText(event.target.value)}
          onSearch={(value) => updateFilters({ q: value.trim() || undefined })}
          data-testid="items-search"
        />
        <Input.Search
          allowClear
          placeholder={t('catalogues.detail.lawFilter')}
          aria-label={t('catalogues.detail.lawFilter')}
          style={{ width: 200 }}
          onSearch={(value) => updateFilters({ law: value.trim() || undefined })}
        />
        {kindFilter}
        {catalogue.canEdit ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({})}
            data-testid="item-add"
          >
            {t('catalogues.actions.addItem')}
          </Button>
        ) : null}
      </Space>
      <div data-testid="items-table">
        <Table<CatalogueItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items.data?.items}
          loading={items.isFetching}
          scroll={{ x: catalogue.canEdit ? 900 : undefined }}
          onChange={(pagination) =>
            setFilters((current) => ({
              ...current,
              page: pagination.pageSize !== current.pageSize ? 1 : (pagination.current ?? 1),
              pageSize: pagination.pageSize ?? current.pageSize,
            }))
          }
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (count) => t('common.table.total', { total: count }),
          }}
        />
      </div>
    </>
  );

  const historyTab = (
    <Timeline
      data-testid="version-history"
      items={catalogue.versions.map((version: CatalogueSummary, index) => ({
        color: version.status === 'published' ? 'green' : version.status === 'draft' ? 'blue' : 'gray',
        children: (
          <Space direction="vertical" size={2}>
            <Space wrap>
              {version.id === catalogue.id ? (
                <Typography.Text strong>
                  {t('catalogues.versionLabel', { version: version.version })}
                </Typography.Text>
              ) : (
                <Link to={`/catalogues/${version.id}`}>
                  {t('catalogues.versionLabel', { version: version.version })}
                </Link>
              )}
              <Badge
                status={catalogueStatusBadges[version.status]}
                text={t(`catalogues.statuses.${version.status}`)}
              />
              {version.id === catalogue.id ? <Tag>{t('catalogues.detail.current')}</Tag> : null}
              <Typography.Text type="secondary">
                {version.itemCount} 项 · {version.effectiveFrom ?? t('catalogues.detail.notSet')}
              </Typography.Text>
            </Space>
            <Typography.Text type="secondary">
              {version.title}
              {version.publishedAt
                ? ` · ${formatDateTime(version.publishedAt)} ${version.publishedByName ?? ''}`
                : ''}
            </Typography.Text>
            {index < catalogue.versions.length - 1 ? (
              <Button
                size="small"
                icon={<DiffOutlined />}
                onClick={() => {
                  if (version.id !== catalogue.id) navigate(`/catalogues/${version.id}`);
                  setCompareWith(catalogue.versions[index + 1]!.id);
                }}
              >
                {t('catalogues.actions.compareWithPrevious')}
              </Button>
            ) : null}
          </Space>
        ),
      }))}
    />
  );

  return (
    <PageContainer
      title={
        <Space wrap>
          <span>{catalogue.title}</span>
          <Badge
            status={catalogueStatusBadges[catalogue.status]}
            text={t(`catalogues.statuses.${catalogue.status}`)}
            data-testid="catalogue-status"
          />
        </Space>
      }
      documentTitle={catalogue.title}
      subTitle={`${catalogue.ownerAgencyName} · ${t('catalogues.versionLabel', { version: catalogue.version })}`}
      breadcrumb={[
        { title: t('catalogues.title'), to: '/catalogues' },
        { title: t(`catalogues.kinds.${kind}`) },
      ]}
      extra={
        <>
          <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportExcel()}>
            {t('common.actions.export')}
          </Button>
          {previousVersion ? (
            <Button icon={<DiffOutlined />} onClick={() => setCompareWith(previousVersion.id)}>
              {t('catalogues.actions.compare')}
            </Button>
          ) : null}
          {catalogue.canCreateVersion ? (
            <Button
              icon={<BranchesOutlined />}
              onClick={() => setDrawer({ kind: 'newVersion', from: catalogue })}
              data-testid="catalogue-new-version"
            >
              {t('catalogues.actions.newVersion')}
            </Button>
          ) : null}
          {catalogue.canEdit ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => setDrawer({ kind: 'edit', catalogue })}>
                {t('catalogues.actions.editInfo')}
              </Button>
              <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                {t('catalogues.actions.deleteDraft')}
              </Button>
            </>
          ) : null}
          {catalogue.canPublish ? (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              onClick={confirmPublish}
              data-testid="catalogue-publish"
            >
              {t('catalogues.actions.publish')}
            </Button>
          ) : null}
        </>
      }
    >
      {catalogue.status === 'draft' ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('catalogues.detail.draftHint')} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card title={t('catalogues.detail.info')} size="small">
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 3 }}
              items={[
                {
                  key: 'kind',
                  label: t('catalogues.columns.kind'),
                  children: (
                    <Tag color={catalogueKindColors[kind]}>
                      {catalogueKindFeatures[kind]} {t(`catalogues.kinds.${kind}`)}
                    </Tag>
                  ),
                },
                { key: 'owner', label: t('catalogues.columns.owner'), children: catalogue.ownerAgencyName },
                {
                  key: 'version',
                  label: t('catalogues.columns.version'),
                  children: t('catalogues.versionLabel', { version: catalogue.version }),
                },
                {
                  key: 'effective',
                  label: t('catalogues.columns.effectiveFrom'),
                  children: catalogue.effectiveFrom ?? t('catalogues.detail.notSet'),
                },
                { key: 'count', label: t('catalogues.columns.itemCount'), children: catalogue.itemCount },
                {
                  key: 'basedOn',
                  label: t('catalogues.detail.basedOn'),
                  children: catalogue.basedOnId ? (
                    <Link to={`/catalogues/${catalogue.basedOnId}`}>
                      {t('catalogues.versionLabel', { version: catalogue.basedOnVersion })}
                    </Link>
                  ) : (
                    t('common.states.none')
                  ),
                },
                {
                  key: 'published',
                  label: t('catalogues.detail.publishedBy'),
                  children: catalogue.publishedAt
                    ? `${formatDateTime(catalogue.publishedAt)} ${catalogue.publishedByName ?? ''}`
                    : '—',
                },
                {
                  key: 'createdBy',
                  label: t('catalogues.detail.createdBy'),
                  children: catalogue.createdByName ?? '—',
                },
                {
                  key: 'access',
                  label: t('catalogues.detail.access'),
                  children: catalogue.canEdit ? (
                    <Tag color="blue">{t('common.actions.edit')}</Tag>
                  ) : (
                    <Typography.Text type="secondary">
                      {t('catalogues.detail.readOnly')}
                      {catalogue.editBlockedReason ? `：${catalogue.editBlockedReason}` : ''}
                    </Typography.Text>
                  ),
                },
                ...(catalogue.note
                  ? [{ key: 'note', label: t('catalogues.detail.note'), span: 3, children: catalogue.note }]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              items={[
                {
                  key: 'items',
                  label: `${t('catalogues.detail.items')}（${catalogue.itemCount}）`,
                  children: itemsTab,
                },
                {
                  key: 'history',
                  label: `${t('catalogues.detail.history')}（${catalogue.versions.length}）`,
                  children: historyTab,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>

      <Drawer
        title={viewing ? `${viewing.code}　${viewing.name}` : ''}
        open={viewing !== null}
        onClose={() => setViewing(null)}
        size={isNarrow ? '100%' : 720}
        destroyOnHidden
      >
        {viewing ? <CatalogueItemView kind={kind} item={viewing} /> : null}
      </Drawer>
      {catalogue.canEdit ? (
        <CatalogueItemDrawer
          catalogueId={catalogue.id}
          kind={kind}
          item={editing?.item}
          open={editing !== null}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <CatalogueFormDrawer mode={drawer} onClose={() => setDrawer(null)} />
      <CatalogueCompareModal
        catalogue={catalogue}
        versions={catalogue.versions}
        initialWithId={compareWith ?? undefined}
        open={compareWith !== null}
        onClose={() => setCompareWith(null)}
      />
    </PageContainer>
  );
}
