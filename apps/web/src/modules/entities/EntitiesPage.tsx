import {
  DownloadOutlined,
  DownOutlined,
  FileExcelOutlined,
  FileTextOutlined,
  PlusOutlined,
  UpOutlined,
} from '@ant-design/icons';
import { type EntityListItem, keyPolluterMedia, operatingStatuses, permitClasses } from '@qingshan/domain';
import {
  App,
  Button,
  Card,
  Col,
  Dropdown,
  Input,
  Row,
  Select,
  Table,
  type TableColumnsType,
  type TablePaginationConfig,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { downloadFile } from '../../api/client';
import { useSession } from '../../auth/session';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { formatDateTime } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { EntityFormDrawer } from './EntityFormDrawer';
import { EntityFlagTags, KeyPolluterTags, OperatingStatusBadge, PermitClassTag } from './EntityTags';
import { useEntityPage } from './entities.api';
import {
  cardValues,
  countAdvancedFilters,
  creditLevelValues,
  type EntityFilters,
  entityFlagKeys,
  parseEntityFilters,
  serializeEntityFilters,
  sortFromTable,
  tableSortOrder,
  toEntityQuery,
} from './entities.query';
import { IndustryTreeSelect } from './IndustryTreeSelect';
import { RegionCascader } from './RegionCascader';
import './entities.css';

const booleanOptionValue = (value: boolean | undefined) => (value === undefined ? undefined : String(value));
const readBooleanOption = (value: string | undefined) => (value === undefined ? undefined : value === 'true');

/**
 * /entities (REG-1): the regulated entities of the jurisdiction, searched, filtered, sorted and
 * paged by the server; filters in the URL; exports in the import's columns; 新增 for
 * entities.manage.
 */
export default function EntitiesPage() {
  const { t } = useTranslation();
  const { me, access } = useSession();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseEntityFilters(searchParams);
  const page = useEntityPage(filters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [isCreating, setIsCreating] = useState(false);
  const [isExporting, setIsExporting] = useState(false);
  const advancedCount = countAdvancedFilters(filters);
  const [showAdvanced, setShowAdvanced] = useState(advancedCount > 0);
  const canManage = access.can('entities.manage');
  const thisYear = dayjs().year();

  const update = (changes: Partial<EntityFilters>, options: { keepPage?: boolean } = {}) => {
    const next = { ...filters, ...changes, ...(options.keepPage ? {} : { page: 1 }) };
    setSearchParams(serializeEntityFilters(next));
  };

  const reset = () => {
    setSearchText('');
    setSearchParams(new URLSearchParams());
  };

  const exportFile = async (format: 'xlsx' | 'csv') => {
    setIsExporting(true);
    const hide = message.loading(t('entities.actions.exporting'), 0);
    try {
      const name = await downloadFile(
        `/api/entities/export.${format}`,
        toEntityQuery(filters, { forExport: true }),
      );
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      showError(error);
    } finally {
      hide();
      setIsExporting(false);
    }
  };

  const columns: TableColumnsType<EntityListItem> = [
    {
      title: t('entities.columns.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: tableSortOrder(filters.sort, 'name'),
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
      sortOrder: tableSortOrder(filters.sort, 'creditCode'),
      width: 170,
      render: (code: string) => <span className="qs-mono">{code}</span>,
    },
    {
      title: t('entities.columns.region'),
      dataIndex: 'regionName',
      key: 'region',
      sorter: true,
      sortOrder: tableSortOrder(filters.sort, 'region'),
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
      sortOrder: tableSortOrder(filters.sort, 'updatedAt'),
      width: 140,
      responsive: ['xxl'],
      render: (value: string) => formatDateTime(value),
    },
  ];

  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: { field?: unknown; columnKey?: unknown; order?: 'ascend' | 'descend' | null } | unknown[],
  ) => {
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as
      | { columnKey?: unknown; order?: 'ascend' | 'descend' | null }
      | undefined;
    const sort = sortFromTable(single?.columnKey, single?.order);
    const pageSize = pagination.pageSize ?? filters.pageSize;
    const changedSort = sort !== filters.sort || pageSize !== filters.pageSize;
    update({ sort, pageSize, page: changedSort ? 1 : (pagination.current ?? 1) }, { keepPage: true });
  };

  const yesNo = [
    { value: 'true', label: t('entities.filters.yes') },
    { value: 'false', label: t('entities.filters.no') },
  ];

  return (
    <PageContainer
      title={t('entities.title')}
      subTitle={me.jurisdiction.description}
      extra={
        <>
          <Dropdown
            menu={{
              items: [
                { key: 'xlsx', icon: <FileExcelOutlined />, label: t('entities.actions.exportExcel') },
                { key: 'csv', icon: <FileTextOutlined />, label: t('entities.actions.exportCsv') },
              ],
              onClick: ({ key }) => void exportFile(key as 'xlsx' | 'csv'),
            }}
          >
            <Button icon={<DownloadOutlined />} loading={isExporting}>
              {t('entities.actions.export')}
            </Button>
          </Dropdown>
          {canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              {t('entities.actions.create')}
            </Button>
          ) : null}
        </>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={12} xl={7}>
            <Input.Search
              allowClear
              data-testid="entities-search"
              value={searchText}
              placeholder={t('entities.filters.search')}
              aria-label={t('entities.filters.search')}
              onChange={(event) => setSearchText(event.target.value)}
              onSearch={(value) => update({ q: value.trim() || undefined })}
              maxLength={50}
            />
          </Col>
          <Col xs={24} md={12} xl={5}>
            <RegionCascader
              value={filters.regionCode}
              onChange={(regionCode) => update({ regionCode })}
              placeholder={t('entities.filters.regionPlaceholder')}
              aria-label={t('entities.filters.region')}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} md={12} xl={5}>
            <IndustryTreeSelect
              value={filters.industryCode}
              onChange={(industryCode) => update({ industryCode })}
              placeholder={t('entities.filters.industryPlaceholder')}
              aria-label={t('entities.filters.industry')}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={12} md={6} xl={3}>
            <Select
              allowClear
              value={booleanOptionValue(filters.isKeyPolluter)}
              placeholder={t('entities.filters.keyPolluter')}
              aria-label={t('entities.filters.keyPolluter')}
              onChange={(value?: string) => update({ isKeyPolluter: readBooleanOption(value) })}
              options={[
                { value: 'true', label: t('entities.filters.keyPolluterYes') },
                { value: 'false', label: t('entities.filters.keyPolluterNo') },
              ]}
              style={{ width: '100%' }}
              popupMatchSelectWidth={false}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <div style={{ display: 'flex', gap: 8 }}>
              <Button
                type="link"
                onClick={() => setShowAdvanced((shown) => !shown)}
                icon={showAdvanced ? <UpOutlined /> : <DownOutlined />}
                iconPlacement="end"
                style={{ paddingInline: 4 }}
              >
                {showAdvanced
                  ? t('entities.filters.less')
                  : advancedCount > 0
                    ? t('entities.filters.moreCount', { count: advancedCount })
                    : t('entities.filters.more')}
              </Button>
              <Button onClick={reset}>{t('common.actions.reset')}</Button>
            </div>
          </Col>
        </Row>
        {showAdvanced ? (
          <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
            <Col xs={12} md={6} xl={3}>
              <Select
                allowClear
                value={filters.keyPolluterMedium}
                placeholder={t('entities.filters.medium')}
                aria-label={t('entities.filters.medium')}
                onChange={(keyPolluterMedium) => update({ keyPolluterMedium })}
                options={keyPolluterMedia.map((medium) => ({
                  value: medium,
                  label: t(`entities.labels.medium.${medium}`),
                }))}
                style={{ width: '100%' }}
                popupMatchSelectWidth={false}
              />
            </Col>
            <Col xs={12} md={6} xl={3}>
              <Select
                allowClear
                value={filters.keyPolluterYear}
                placeholder={t('entities.filters.year')}
                aria-label={t('entities.filters.year')}
                onChange={(keyPolluterYear) => update({ keyPolluterYear })}
                options={[0, 1, 2].map((back) => ({
                  value: thisYear - back,
                  label: t('entities.filters.yearOption', { year: thisYear - back }),
                }))}
                style={{ width: '100%' }}
              />
            </Col>
            <Col xs={12} md={6} xl={3}>
              <Select
                allowClear
                value={filters.permitClass}
                placeholder={t('entities.filters.permitClass')}
                aria-label={t('entities.filters.permitClass')}
                onChange={(permitClass) => update({ permitClass })}
                options={permitClasses.map((value) => ({
                  value,
                  label: t(`entities.labels.permitClass.${value}`),
                }))}
                style={{ width: '100%' }}
              />
            </Col>
            <Col xs={12} md={6} xl={3}>
              <Select
                allowClear
                value={filters.operatingStatus}
                placeholder={t('entities.filters.operatingStatus')}
                aria-label={t('entities.filters.operatingStatus')}
                onChange={(operatingStatus) => update({ operatingStatus })}
                options={operatingStatuses.map((value) => ({
                  value,
                  label: t(`entities.labels.operatingStatus.${value}`),
                }))}
                style={{ width: '100%' }}
              />
            </Col>
            {entityFlagKeys.map((key) => (
              <Col key={key} xs={12} md={8} xl={4}>
                <Select
                  allowClear
                  value={booleanOptionValue(filters[key])}
                  placeholder={t(`entities.filters.flag.${key}`)}
                  aria-label={t(`entities.filters.flag.${key}`)}
                  onChange={(value?: string) => update({ [key]: readBooleanOption(value) })}
                  options={yesNo.map((option) => ({
                    ...option,
                    label: `${t(`entities.filters.flag.${key}`)}：${option.label}`,
                  }))}
                  style={{ width: '100%' }}
                  popupMatchSelectWidth={false}
                />
              </Col>
            ))}
            <Col xs={12} md={6} xl={3}>
              <Select
                allowClear
                value={filters.card}
                placeholder={t('entities.filters.card')}
                aria-label={t('entities.filters.card')}
                onChange={(card) => update({ card })}
                options={cardValues.map((value) => ({
                  value,
                  label: t(
                    value === 'red'
                      ? 'entities.filters.cardRed'
                      : value === 'yellow'
                        ? 'entities.filters.cardYellow'
                        : 'entities.filters.cardAny',
                  ),
                }))}
                style={{ width: '100%' }}
              />
            </Col>
            <Col xs={12} md={6} xl={3}>
              <Select
                allowClear
                value={filters.creditLevel}
                placeholder={t('entities.filters.creditLevel')}
                aria-label={t('entities.filters.creditLevel')}
                onChange={(creditLevel) => update({ creditLevel })}
                options={creditLevelValues.map((value) => ({
                  value,
                  label: t(`entities.labels.creditLevel.${value}`),
                }))}
                style={{ width: '100%' }}
              />
            </Col>
          </Row>
        ) : null}
      </Card>

      <Card styles={{ body: { padding: 0 } }}>
        {page.isError && !page.data ? (
          <ErrorResult error={page.error} onRetry={() => void page.refetch()} />
        ) : (
          <div data-testid="entities-table">
            <Table<EntityListItem>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={page.data?.items}
              loading={page.isFetching}
              scroll={{ x: 1230 }}
              onChange={onTableChange}
              pagination={{
                current: filters.page,
                pageSize: filters.pageSize,
                total: page.data?.total ?? 0,
                showSizeChanger: true,
                pageSizeOptions: [10, 20, 50, 100],
                showTotal: (total) =>
                  t(page.data?.totalIsEstimate ? 'common.table.totalEstimate' : 'common.table.total', {
                    total,
                  }),
                style: { paddingInline: 16 },
              }}
              locale={{
                emptyText: <Typography.Text type="secondary">{t('common.states.empty')}</Typography.Text>,
              }}
            />
          </div>
        )}
      </Card>
      {canManage ? <EntityFormDrawer open={isCreating} onClose={() => setIsCreating(false)} /> : null}
    </PageContainer>
  );
}
