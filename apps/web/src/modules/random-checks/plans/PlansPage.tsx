import { PlusOutlined } from '@ant-design/icons';
import {
  type RandomCheckPlanListItem,
  type RandomCheckPlanStatus,
  randomCheckPlanKinds,
  randomCheckPlanListQuerySchema,
  randomCheckPlanStatuses,
} from '@qingshan/domain';
import { Badge, Button, Col, InputNumber, Select, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportButton, FilterBar, ListPage, SearchFilter, useListQuery } from '../../../components/list';
import { AgencyTreeSelect } from '../../agencies/AgencyTreeSelect';
import { useSession } from '../../auth/session';
import { usePlanPage } from './random-checks.api';

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
  const navigate = useNavigate();
  const { access } = useSession();
  const list = useListQuery(randomCheckPlanListQuerySchema);
  const { query: filters, update } = list;
  const page = usePlanPage(list.apiQuery);
  const canManage = access.can('random_checks.manage');

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
    <ListPage<RandomCheckPlanListItem>
      title={t('randomChecks.plans.title')}
      subTitle={t('randomChecks.plans.subtitle')}
      extra={
        <Space wrap>
          <ExportButton path="/api/random-checks/plans/export.xlsx" query={list.exportQuery} />
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
      filters={
        <FilterBar onReset={list.reset} actionsCol={{ xs: 12, sm: 6, lg: 2 }}>
          <Col xs={24} sm={12} lg={6}>
            <SearchFilter
              value={filters.q}
              placeholder={t('randomChecks.plans.filters.search')}
              onSearch={(q) => update({ q })}
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
        </FilterBar>
      }
      list={list}
      result={page}
      testId="plans-table"
      columns={columns}
      scroll={{ x: 900 }}
    />
  );
}
