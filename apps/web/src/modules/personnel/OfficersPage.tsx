import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  backbonePools,
  certificateStates,
  type OfficerListItem,
  officerStatuses,
  secondmentFilterValues,
  specialties,
} from '@qingshan/domain';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Grid,
  Input,
  Row,
  Select,
  Space,
  Table,
  type TableColumnsType,
  type TablePaginationConfig,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { downloadFile } from '../../api/client';
import { useSession } from '../../auth/session';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { OfficerFormDrawer } from './OfficerFormDrawer';
import { CertificateStateTag, OfficerStatusBadge, SpecialtyTags } from './PersonnelTags';
import { useOfficerPage } from './personnel.api';
import {
  defaultOfficerFilters,
  type OfficerFilters,
  parseOfficerFilters,
  serializeOfficerFilters,
  sortFromTable,
  tableSortOrder,
  toOfficerQuery,
} from './personnel.query';

/** Row tints that repeat the certificate tag's colour across the row. */
const rowTints: Partial<Record<OfficerListItem['certificateState'], string>> = {
  expiring: '#fff7e6',
  expired: '#fff1f0',
};

function booleanOptions(yes: string, no: string) {
  return [
    { value: 'true', label: yes },
    { value: 'false', label: no },
  ];
}

const toBoolean = (value?: string) => (value === undefined ? undefined : value === 'true');
const fromBoolean = (value?: boolean) => (value === undefined ? undefined : String(value));

/**
 * /officers (ORG-3): the officer registry of the jurisdiction, paged, filtered and sorted by the
 * server, filters in the URL. Certificates in the warning period are orange, expired ones red.
 */
export default function OfficersPage() {
  const { t } = useTranslation();
  const { me, access } = useSession();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseOfficerFilters(searchParams);
  const page = useOfficerPage(filters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [isCreating, setIsCreating] = useState(false);
  const [isExporting, setIsExporting] = useState(false);
  const canManage = access.can('personnel.manage');
  const canReadAgencies = access.can('agencies.read');
  const warningDays = page.data?.warningDays ?? 60;
  const isNarrow = Grid.useBreakpoint().md === false;

  // Counts for the certificate shortcuts, under the other filters.
  const withoutCertificate = { ...filters, certificateState: undefined, page: 1, pageSize: 10 };
  const expiringCount = useOfficerPage({ ...withoutCertificate, certificateState: 'expiring' });
  const expiredCount = useOfficerPage({ ...withoutCertificate, certificateState: 'expired' });
  const missingCount = useOfficerPage({ ...withoutCertificate, certificateState: 'missing' });

  const update = (changes: Partial<OfficerFilters>, options: { keepPage?: boolean } = {}) => {
    const next = { ...filters, ...changes, ...(options.keepPage ? {} : { page: 1 }) };
    setSearchParams(serializeOfficerFilters(next));
  };

  const reset = () => {
    setSearchText('');
    setSearchParams(new URLSearchParams());
  };

  const exportExcel = async () => {
    setIsExporting(true);
    const hide = message.loading(t('common.messages.exporting'), 0);
    try {
      const name = await downloadFile(
        '/api/officers/export.xlsx',
        toOfficerQuery(filters, { forExport: true }),
      );
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      showError(error);
    } finally {
      hide();
      setIsExporting(false);
    }
  };

  const columns: TableColumnsType<OfficerListItem> = [
    {
      title: t('personnel.columns.realNameNumber'),
      dataIndex: 'realNameNumber',
      key: 'realNameNumber',
      sorter: true,
      sortOrder: tableSortOrder(filters.sort, 'realNameNumber'),
      width: 160,
      render: (number: string, officer) => <Link to={`/officers/${officer.id}`}>{number}</Link>,
    },
    {
      title: t('personnel.columns.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: tableSortOrder(filters.sort, 'name'),
      width: 110,
      render: (name: string, officer) => (
        <Space size={4}>
          <Link to={`/officers/${officer.id}`}>{name}</Link>
          {officer.isBackbone ? (
            <Tooltip
              title={officer.backbonePool ? t(`personnel.labels.backbonePool.${officer.backbonePool}`) : ''}
            >
              <Tag color={officer.backbonePool === 'province' ? 'gold' : 'cyan'} bordered={false}>
                {t('personnel.columns.backboneTag')}
              </Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('personnel.columns.agency'),
      dataIndex: 'agencyName',
      key: 'agency',
      sorter: true,
      sortOrder: tableSortOrder(filters.sort, 'agency'),
      width: 230,
      ellipsis: true,
      render: (name: string, officer) =>
        canReadAgencies ? (
          <Link to={`/agencies/${officer.agencyId}`} title={name}>
            {name}
          </Link>
        ) : (
          name
        ),
    },
    { title: t('personnel.columns.post'), dataIndex: 'post', key: 'post', width: 100 },
    {
      title: t('personnel.columns.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (status: OfficerListItem['status']) => <OfficerStatusBadge status={status} />,
    },
    {
      title: t('personnel.columns.certificate'),
      key: 'certificateValidUntil',
      dataIndex: 'certificateValidUntil',
      sorter: true,
      sortOrder: tableSortOrder(filters.sort, 'certificateValidUntil'),
      width: 190,
      render: (_value, officer) => (
        <Space orientation="vertical" size={0}>
          <CertificateStateTag state={officer.certificateState} daysLeft={officer.certificateDaysLeft} />
          {officer.certificateValidUntil ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('personnel.columns.certificateValidUntil')} {officer.certificateValidUntil}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('personnel.columns.qualifications'),
      key: 'qualifications',
      width: 150,
      render: (_value, officer) =>
        officer.hasLegalQualification || officer.hasMonitoringCertificate ? (
          <Space size={[0, 4]} wrap>
            {officer.hasLegalQualification ? (
              <Tag color="purple">{t('personnel.certificate.legal')}</Tag>
            ) : null}
            {officer.hasMonitoringCertificate ? (
              <Tag color="blue">{t('personnel.certificate.monitoring')}</Tag>
            ) : null}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('personnel.columns.specialties'),
      dataIndex: 'specialties',
      key: 'specialties',
      width: 220,
      responsive: ['lg'],
      render: (values: OfficerListItem['specialties']) => <SpecialtyTags values={values} max={2} />,
    },
    {
      title: t('personnel.columns.account'),
      dataIndex: 'username',
      key: 'account',
      width: 120,
      responsive: ['xl'],
      render: (username: string | null) => username ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  // On a phone: who, and the certificate — the rest is on the detail page.
  const narrowColumns: TableColumnsType<OfficerListItem> = [
    {
      title: t('personnel.columns.name'),
      key: 'name',
      render: (_value, officer) => (
        <Space orientation="vertical" size={0}>
          <Space size={6}>
            <Link to={`/officers/${officer.id}`}>{officer.name}</Link>
            <OfficerStatusBadge status={officer.status} />
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {officer.realNameNumber} · {officer.post}
          </Typography.Text>
        </Space>
      ),
    },
    columns.find((column) => column.key === 'certificateValidUntil')!,
  ];
  // The tint goes on each cell: a sorted column paints its own cell background.
  const tinted = (isNarrow ? narrowColumns : columns).map((column) => ({
    ...column,
    onCell: (officer: OfficerListItem) => ({
      style: rowTints[officer.certificateState]
        ? { background: rowTints[officer.certificateState] }
        : undefined,
    }),
  }));

  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: { field?: unknown; order?: 'ascend' | 'descend' | null } | unknown[],
  ) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const { field, order } = (single ?? {}) as { field?: unknown; order?: 'ascend' | 'descend' | null };
    const key = field === 'agencyName' ? 'agency' : field;
    const sort = sortFromTable(key, order);
    const pageSize = pagination.pageSize ?? filters.pageSize;
    const changedSort = sort !== filters.sort || pageSize !== filters.pageSize;
    update({ sort, pageSize, page: changedSort ? 1 : (pagination.current ?? 1) }, { keepPage: true });
  };

  const shortcut = (
    state: 'expiring' | 'expired' | 'missing',
    color: string,
    label: string,
    count: number | undefined,
  ) => {
    const isActive = filters.certificateState === state;
    return (
      <Tag.CheckableTag
        key={state}
        checked={isActive}
        onChange={(checked) => update({ certificateState: checked ? state : undefined })}
        data-testid={`certificate-shortcut-${state}`}
        style={{ border: `1px solid ${color}`, padding: '2px 10px' }}
      >
        <span style={{ color: isActive ? undefined : color }}>
          {label} {count ?? '…'}
        </span>
      </Tag.CheckableTag>
    );
  };

  return (
    <PageContainer
      title={t('personnel.title')}
      subTitle={me.jurisdiction.description}
      extra={
        <>
          <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportExcel()}>
            {t('common.actions.export')}
          </Button>
          {canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              {t('personnel.actions.create')}
            </Button>
          ) : null}
        </>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} sm={12} lg={8} xl={6}>
            <Input.Search
              allowClear
              value={searchText}
              placeholder={t('personnel.filters.search')}
              aria-label={t('personnel.filters.search')}
              onChange={(event) => setSearchText(event.target.value)}
              onSearch={(value) => update({ q: value.trim() || undefined })}
            />
          </Col>
          <Col xs={24} sm={12} lg={8} xl={6}>
            <AgencyTreeSelect
              value={filters.agencyId}
              onChange={(agencyId) => update({ agencyId })}
              placeholder={t('personnel.filters.agencyPlaceholder')}
              aria-label={t('personnel.filters.agency')}
              allowClear
              style={{ width: '100%', minWidth: 0 }}
            />
          </Col>
          <Col xs={12} sm={6} lg={4} xl={2}>
            <Checkbox
              checked={filters.includeSubordinates}
              disabled={!filters.agencyId}
              onChange={(event) => update({ includeSubordinates: event.target.checked })}
            >
              {t('personnel.filters.includeSubordinates')}
            </Checkbox>
          </Col>
          <Col xs={12} sm={6} lg={4} xl={3}>
            <Select
              allowClear
              value={filters.status}
              placeholder={t('personnel.filters.status')}
              aria-label={t('personnel.filters.status')}
              onChange={(status) => update({ status })}
              options={officerStatuses.map((status) => ({
                value: status,
                label: t(`personnel.labels.status.${status}`),
              }))}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={12} sm={8} lg={6} xl={4}>
            <Select
              allowClear
              value={filters.certificateState}
              placeholder={t('personnel.filters.certificateState')}
              aria-label={t('personnel.filters.certificateState')}
              onChange={(certificateState) => update({ certificateState })}
              options={certificateStates.map((state) => ({
                value: state,
                label:
                  state === 'expiring'
                    ? t('personnel.filters.expiringOption', { days: warningDays })
                    : t(`personnel.labels.certificateState.${state}`),
              }))}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={12} sm={8} lg={6} xl={3}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={filters.specialty}
              placeholder={t('personnel.filters.specialty')}
              aria-label={t('personnel.filters.specialty')}
              onChange={(specialty) => update({ specialty })}
              options={specialties.map((value) => ({
                value,
                label: t(`personnel.labels.specialty.${value}`),
              }))}
              style={{ width: '100%' }}
              popupMatchSelectWidth={false}
            />
          </Col>
          <Col xs={12} sm={8} lg={6} xl={4}>
            <Select
              allowClear
              value={filters.backbone}
              placeholder={t('personnel.filters.backbone')}
              aria-label={t('personnel.filters.backbone')}
              onChange={(backbone) => update({ backbone })}
              options={[
                { value: 'any', label: t('personnel.filters.backboneAny') },
                ...backbonePools.map((pool) => ({
                  value: pool,
                  label: t(`personnel.labels.backbonePool.${pool}`),
                })),
              ]}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={12} sm={8} lg={6} xl={4}>
            <Select
              allowClear
              value={fromBoolean(filters.hasLegalQualification)}
              placeholder={t('personnel.filters.legal')}
              aria-label={t('personnel.filters.legal')}
              onChange={(value?: string) => update({ hasLegalQualification: toBoolean(value) })}
              options={booleanOptions(t('personnel.filters.has'), t('personnel.filters.hasNot'))}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={12} sm={8} lg={6} xl={4}>
            <Select
              allowClear
              value={fromBoolean(filters.hasMonitoringCertificate)}
              placeholder={t('personnel.filters.monitoring')}
              aria-label={t('personnel.filters.monitoring')}
              onChange={(value?: string) => update({ hasMonitoringCertificate: toBoolean(value) })}
              options={booleanOptions(t('personnel.filters.has'), t('personnel.filters.hasNot'))}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={12} sm={8} lg={6} xl={3}>
            <Select
              allowClear
              value={fromBoolean(filters.hasAccount)}
              placeholder={t('personnel.filters.account')}
              aria-label={t('personnel.filters.account')}
              onChange={(value?: string) => update({ hasAccount: toBoolean(value) })}
              options={booleanOptions(t('personnel.filters.linked'), t('personnel.filters.notLinked'))}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={12} sm={8} lg={6} xl={4}>
            <Select
              allowClear
              value={filters.secondment}
              placeholder={t('personnel.filters.secondment')}
              aria-label={t('personnel.filters.secondment')}
              onChange={(secondment) => update({ secondment })}
              options={secondmentFilterValues.map((value) => ({
                value,
                label:
                  value === 'any_open'
                    ? t('personnel.filters.secondmentAnyOpen')
                    : t(`personnel.labels.secondmentProblem.${value}`),
              }))}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={12} sm={8} lg={6} xl={2}>
            <Button
              onClick={reset}
              block
              disabled={
                serializeOfficerFilters(filters).toString() ===
                serializeOfficerFilters(defaultOfficerFilters).toString()
              }
            >
              {t('common.actions.reset')}
            </Button>
          </Col>
        </Row>
        <Space size={[8, 8]} wrap style={{ marginTop: 12 }}>
          {shortcut(
            'expiring',
            '#fa8c16',
            t('personnel.filters.expiringShortcut', { days: warningDays }),
            expiringCount.data?.total,
          )}
          {shortcut('expired', '#f5222d', t('personnel.filters.expiredShortcut'), expiredCount.data?.total)}
          {shortcut('missing', '#8c8c8c', t('personnel.filters.missingShortcut'), missingCount.data?.total)}
        </Space>
      </Card>

      <Card styles={{ body: { padding: 0 } }}>
        {page.isError && !page.data ? (
          <ErrorResult error={page.error} onRetry={() => void page.refetch()} />
        ) : (
          <div data-testid="officers-table">
            <Table<OfficerListItem>
              rowKey="id"
              columns={tinted}
              dataSource={page.data?.items}
              loading={page.isFetching}
              scroll={isNarrow ? undefined : { x: 1370 }}
              onChange={onTableChange}
              onRow={(officer) =>
                ({ 'data-certificate-state': officer.certificateState }) as HTMLAttributes<HTMLElement>
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

      {canManage ? <OfficerFormDrawer open={isCreating} onClose={() => setIsCreating(false)} /> : null}
    </PageContainer>
  );
}
