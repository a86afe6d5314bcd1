import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  type RandomCheckPlanListItem,
  type RandomCheckPlanStatus,
  randomCheckPlanKinds,
  randomCheckPlanStatuses,
} from '@qingshan/domain';
import {
  App,
  Badge,
  Button,
  Card,
  Col,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { downloadFile } from '../../api/client';
import { useSession } from '../../auth/session';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { usePlanPage } from './random-checks.api';
import { type PlanFilters, parsePlanFilters, serializePlanFilters, toPlanQuery } from './random-checks.query';

export const planStatusBadges: Record<
  RandomCheckPlanStatus,
  'default' | 'processing' | 'success' | 'warning'
> = {
  draft: 'default',
  committed: 'processing',
  drawn: 'success',
  closed: 'warning',
};

/**
 * /random-checks/plans (DR-1): the plans of the user's agency and the agencies below it, with
 * server-side filters and paging; the agency head starts a new plan here.
 */
export default function PlansPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const navigate = useNavigate();
  const { access } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parsePlanFilters(searchParams);
  const page = usePlanPage(toPlanQuery(filters));
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [isExporting, setExporting] = useState(false);
  const canManage = access.can('random_checks.manage');

  const update = (changes: Partial<PlanFilters>, options: { keepPage?: boolean } = {}) => {
    setSearchParams(
      serializePlanFilters({ ...filters, ...changes, ...(options.keepPage ? {} : { page: 1 }) }),
    );
  };

  const exportPlans = async () => {
    setExporting(true);
    try {
      const { page: _page, pageSize: _pageSize, ...query } = toPlanQuery(filters);
      const name = await downloadFile('/api/random-checks/plans/export.xlsx', query);
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      handleError(error);
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<RandomCheckPlanListItem> = [
    {
      title: t('randomChecks.plans.columns.number'),
      dataIndex: 'number',
      key: 'number',
      width: 190,
      render: (number: string, row) => (
        <Link to={`/random-checks/plans/${row.id}`} data-testid="plan-link" style={{ whiteSpace: 'nowrap' }}>
          {number}
        </Link>
      ),
    },
    {
      title: t('randomChecks.plans.columns.title'),
      dataIndex: 'title',
      key: 'title',
      minWidth: 260,
      render: (title: string, row) => (
        <Space direction="vertical" size={0}>
          <Link to={`/random-checks/plans/${row.id}`}>{title}</Link>
          {row.jointDepartments.length > 0 ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('randomChecks.form.fields.jointDepartments')}：{row.jointDepartments.join('、')}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('randomChecks.plans.columns.agency'),
      dataIndex: 'agencyName',
      key: 'agency',
      width: 200,
      responsive: ['lg'],
    },
    {
      title: t('randomChecks.plans.columns.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 130,
      responsive: ['md'],
      render: (kind: RandomCheckPlanListItem['kind'], row) => (
        <Space size={4}>
          <Tag color={kind === 'yearly' ? 'green' : 'purple'}>{t(`randomChecks.kinds.${kind}`)}</Tag>
          {row.quarter ? <Tag>{t('randomChecks.quarterLabel', { quarter: row.quarter })}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('randomChecks.plans.columns.status'),
      dataIndex: 'status',
      key: 'status',
      width: 120,
      render: (status: RandomCheckPlanStatus) => (
        <Badge status={planStatusBadges[status]} text={t(`randomChecks.statuses.${status}`)} />
      ),
    },
    {
      title: t('randomChecks.plans.columns.inspectionStartsOn'),
      dataIndex: 'inspectionStartsOn',
      key: 'inspectionStartsOn',
      width: 120,
      render: (date: string) => <span style={{ whiteSpace: 'nowrap' }}>{date}</span>,
    },
    {
      title: t('randomChecks.plans.columns.inspectionDueOn'),
      dataIndex: 'inspectionDueOn',
      key: 'inspectionDueOn',
      width: 120,
      render: (date: string) => <span style={{ whiteSpace: 'nowrap' }}>{date}</span>,
      responsive: ['sm'],
    },
    {
      title: t('randomChecks.plans.columns.items'),
      dataIndex: 'itemCount',
      key: 'itemCount',
      width: 70,
      align: 'right',
      responsive: ['xl'],
    },
    {
      title: t('randomChecks.plans.columns.tasks'),
      dataIndex: 'taskCount',
      key: 'taskCount',
      width: 70,
      align: 'right',
    },
  ];

  return (
    <PageContainer
      title={t('randomChecks.plans.title')}
      subTitle={t('randomChecks.plans.subtitle')}
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportPlans()}>
            {t('common.actions.export')}
          </Button>
          {canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="plan-create"
              onClick={() => navigate('/random-checks/plans/new')}
            >
              {t('randomChecks.plans.create')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} sm={12} lg={6}>
            <Input.Search
              allowClear
              value={searchText}
              placeholder={t('randomChecks.plans.filters.search')}
              aria-label={t('randomChecks.plans.filters.search')}
              onChange={(event) => setSearchText(event.target.value)}
              onSearch={(value) => update({ q: value.trim() || undefined })}
            />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <InputNumber
              value={filters.year}
              min={2000}
              max={2100}
              placeholder={t('randomChecks.plans.filters.year')}
              aria-label={t('randomChecks.plans.filters.year')}
              style={{ width: '100%' }}
              onChange={(year) => update({ year: year ?? undefined })}
            />
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <Select
              allowClear
              value={filters.kind}
              placeholder={t('randomChecks.plans.filters.kind')}
              aria-label={t('randomChecks.plans.filters.kind')}
              style={{ width: '100%' }}
              onChange={(kind) => update({ kind })}
              options={randomCheckPlanKinds.map((kind) => ({
                value: kind,
                label: t(`randomChecks.kinds.${kind}`),
              }))}
            />
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <Select
              allowClear
              value={filters.status}
              placeholder={t('randomChecks.plans.filters.status')}
              aria-label={t('randomChecks.plans.filters.status')}
              style={{ width: '100%' }}
              onChange={(status) => update({ status })}
              options={randomCheckPlanStatuses.map((status) => ({
                value: status,
                label: t(`randomChecks.statuses.${status}`),
              }))}
            />
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <AgencyTreeSelect
              value={filters.agencyId}
              onChange={(agencyId) => update({ agencyId })}
              placeholder={t('randomChecks.plans.filters.agency')}
              aria-label={t('randomChecks.plans.filters.agency')}
              allowClear
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={12} sm={6} lg={2}>
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
          <div data-testid="plans-table">
            <Table<RandomCheckPlanListItem>
              rowKey="id"
              columns={columns}
              dataSource={page.data?.items}
              loading={page.isFetching}
              scroll={{ x: 900 }}
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
    </PageContainer>
  );
}
