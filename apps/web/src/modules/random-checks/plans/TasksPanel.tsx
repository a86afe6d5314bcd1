import { EyeInvisibleOutlined } from '@ant-design/icons';
import type {
  RandomCheckPlanDetail,
  RandomCheckStratum,
  RandomCheckTask,
  RandomCheckTaskStatus,
} from '@qingshan/domain';
import {
  Alert,
  Card,
  Col,
  Empty,
  Input,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/ErrorResult';
import { usePlanTasks } from './random-checks.api';
import { type TaskFilters, taskFilterOptions, toTaskQuery } from './random-checks.query';

const stratumColors: Record<RandomCheckStratum, string> = {
  key_polluter: 'red',
  special: 'orange',
  general: 'default',
};
const statusColors: Record<RandomCheckTaskStatus, string> = {
  pending: 'blue',
  recorded: 'gold',
  completed: 'green',
};

/**
 * The 任务 tab (DR-2, DR-4): what the viewer may see of the tasks — everything for the plan's
 * owner; counts only before the inspection day for everyone else; from then on the tasks, with
 * officer names only on the viewer's own tasks.
 */
export function TasksPanel({ plan }: { plan: RandomCheckPlanDetail }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<TaskFilters>({ page: 1, pageSize: 20 });
  const [searchText, setSearchText] = useState('');
  const isDrawn = plan.status === 'drawn' || plan.status === 'closed';
  const tasks = usePlanTasks(plan.id, toTaskQuery(filters), isDrawn);
  if (!isDrawn) return <Empty description={t('randomChecks.tasks.empty')} />;
  if (tasks.isError && !tasks.data)
    return <ErrorResult error={tasks.error} onRetry={() => void tasks.refetch()} />;
  const data = tasks.data;
  const update = (changes: Partial<TaskFilters>) => setFilters({ ...filters, page: 1, ...changes });

  const columns: TableColumnsType<RandomCheckTask> = [
    { title: t('randomChecks.tasks.columns.position'), dataIndex: 'position', key: 'position', width: 64 },
    {
      title: t('randomChecks.tasks.columns.entity'),
      key: 'entity',
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <span>{row.entity.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.entity.creditCode}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('randomChecks.tasks.columns.county'),
      key: 'county',
      width: 100,
      responsive: ['md'],
      render: (_, row) => row.entity.countyName,
    },
    {
      title: t('randomChecks.tasks.columns.stratum'),
      dataIndex: 'stratum',
      key: 'stratum',
      width: 130,
      render: (stratum: RandomCheckStratum) => (
        <Tag color={stratumColors[stratum]}>{t(`randomChecks.strata.${stratum}`)}</Tag>
      ),
    },
    {
      title: t('randomChecks.tasks.columns.items'),
      key: 'items',
      responsive: ['lg'],
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          {row.items.map((item) => (
            <Typography.Text key={item.id} style={{ fontSize: 12 }}>
              {item.name}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
    {
      title: t('randomChecks.tasks.columns.officers'),
      key: 'officers',
      width: 170,
      render: (_, row) =>
        row.officers === null ? (
          <Typography.Text type="secondary">
            <EyeInvisibleOutlined /> {t('randomChecks.tasks.hidden')}
          </Typography.Text>
        ) : (
          <Space size={[4, 4]} wrap data-testid="task-officers">
            {row.officers.map((officer) => (
              <Tag
                key={officer.officerId}
                color={officer.role === 'lead' ? 'green' : undefined}
                title={officer.agencyName}
              >
                {officer.name}
                {officer.role === 'lead' ? `（${t('randomChecks.roles.lead')}）` : ''}
              </Tag>
            ))}
          </Space>
        ),
    },
    {
      title: t('randomChecks.tasks.columns.status'),
      key: 'status',
      width: 120,
      render: (_, row) => (
        <Space size={4} wrap>
          <Tag color={statusColors[row.status]}>{t(`randomChecks.taskStatuses.${row.status}`)}</Tag>
          {row.isOverdue ? <Tag color="error">{t('randomChecks.tasks.overdue')}</Tag> : null}
          {row.outcome ? <Tag>{t(`randomChecks.outcomes.${row.outcome}`)}</Tag> : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      {data?.notice ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={data.notice}
          data-testid="tasks-notice"
        />
      ) : null}
      {data ? (
        <Card style={{ marginBottom: 16 }} title={t('randomChecks.tasks.counts')}>
          <Row gutter={[16, 16]}>
            <Col xs={12} sm={6}>
              <Statistic title={t('randomChecks.tasks.total')} value={data.counts.total} />
            </Col>
            {taskFilterOptions.strata.map((stratum) => (
              <Col xs={12} sm={6} key={stratum}>
                <Statistic
                  title={t(`randomChecks.strata.${stratum}`)}
                  value={data.counts.byStratum[stratum]}
                />
              </Col>
            ))}
          </Row>
          {data.counts.byCounty.length > 1 ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('randomChecks.tasks.byCounty')}：
              {data.counts.byCounty.map((county) => `${county.countyName} ${county.tasks}`).join('，')}
            </Typography.Paragraph>
          ) : null}
        </Card>
      ) : null}
      {data && data.visibility !== 'counts' ? (
        <Card styles={{ body: { padding: 0 } }}>
          <Row gutter={[12, 12]} style={{ padding: 16 }}>
            <Col xs={24} sm={12} lg={8}>
              <Input.Search
                allowClear
                value={searchText}
                placeholder={t('randomChecks.tasks.filters.search')}
                aria-label={t('randomChecks.tasks.filters.search')}
                onChange={(event) => setSearchText(event.target.value)}
                onSearch={(value) => update({ q: value.trim() || undefined })}
              />
            </Col>
            {data.counts.byCounty.length > 1 ? (
              <Col xs={12} sm={6} lg={4}>
                <Select
                  allowClear
                  style={{ width: '100%' }}
                  placeholder={t('randomChecks.tasks.filters.county')}
                  aria-label={t('randomChecks.tasks.filters.county')}
                  value={filters.countyCode}
                  onChange={(countyCode) => update({ countyCode })}
                  options={data.counts.byCounty.map((county) => ({
                    value: county.countyCode,
                    label: county.countyName,
                  }))}
                />
              </Col>
            ) : null}
            <Col xs={12} sm={6} lg={4}>
              <Select
                allowClear
                style={{ width: '100%' }}
                placeholder={t('randomChecks.tasks.filters.stratum')}
                aria-label={t('randomChecks.tasks.filters.stratum')}
                value={filters.stratum}
                onChange={(stratum) => update({ stratum })}
                options={taskFilterOptions.strata.map((stratum) => ({
                  value: stratum,
                  label: t(`randomChecks.strata.${stratum}`),
                }))}
              />
            </Col>
            <Col xs={12} sm={6} lg={4}>
              <Select
                allowClear
                style={{ width: '100%' }}
                placeholder={t('randomChecks.tasks.filters.status')}
                aria-label={t('randomChecks.tasks.filters.status')}
                value={filters.status}
                onChange={(status) => update({ status })}
                options={taskFilterOptions.statuses.map((status) => ({
                  value: status,
                  label: t(`randomChecks.taskStatuses.${status}`),
                }))}
              />
            </Col>
          </Row>
          <div data-testid="tasks-table">
            <Table<RandomCheckTask>
              rowKey="id"
              columns={columns}
              dataSource={data.tasks.items}
              loading={tasks.isFetching}
              scroll={{ x: 860 }}
              onChange={(pagination) =>
                setFilters({
                  ...filters,
                  page: pagination.pageSize !== filters.pageSize ? 1 : (pagination.current ?? 1),
                  pageSize: pagination.pageSize ?? filters.pageSize,
                })
              }
              pagination={{
                current: filters.page,
                pageSize: filters.pageSize,
                total: data.tasks.total,
                showSizeChanger: true,
                pageSizeOptions: [10, 20, 50, 100],
                showTotal: (total) => t('common.table.total', { total }),
                style: { paddingInline: 16 },
              }}
            />
          </div>
        </Card>
      ) : null}
    </>
  );
}
