import { EnvironmentOutlined, RightOutlined } from '@ant-design/icons';
import type { MyRandomCheckTask, RandomCheckTaskStatus } from '@qingshan/domain';
import { Card, Empty, Flex, List, Segmented, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageContainer } from '../../../components/PageContainer';
import { useMyTasks } from './field-inspections.api';

const statusColors: Record<RandomCheckTaskStatus, string> = {
  pending: 'blue',
  recorded: 'gold',
  completed: 'green',
};
const statusFilters = ['all', 'pending', 'recorded', 'completed'] as const;
type StatusFilter = (typeof statusFilters)[number];
const pageSize = 20;

/** The officer's own tasks (DR-5) as cards: one tap opens the record. Phone first, no table. */
export default function FieldTasksPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const status: StatusFilter = (statusFilters as readonly string[]).includes(statusParam ?? '')
    ? (statusParam as StatusFilter)
    : 'all';
  const page = Math.max(1, Number.parseInt(searchParams.get('page') ?? '1', 10) || 1);
  const tasks = useMyTasks({ status: status === 'all' ? undefined : status, page, pageSize });

  const setFilter = (next: { status?: StatusFilter; page?: number }) => {
    const params = new URLSearchParams(searchParams);
    const nextStatus = next.status ?? status;
    if (nextStatus === 'all') params.delete('status');
    else params.set('status', nextStatus);
    if ((next.page ?? 1) > 1) params.set('page', String(next.page));
    else params.delete('page');
    setSearchParams(params, { replace: true });
  };

  return (
    <PageContainer
      title={t('randomChecks.fieldInspections.title')}
      subTitle={t('randomChecks.fieldInspections.subTitle')}
    >
      <Flex vertical gap={12} style={{ maxWidth: 820 }}>
        <Segmented<StatusFilter>
          block
          size="large"
          value={status}
          onChange={(value) => setFilter({ status: value })}
          options={statusFilters.map((value) => ({
            value,
            label:
              value === 'all'
                ? t('randomChecks.fieldInspections.list.all')
                : t(`randomChecks.fieldInspections.labels.status.${value}`),
          }))}
          data-testid="field-tasks-filter"
        />
        {tasks.isError ? (
          <ErrorResult error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : (
          <List<MyRandomCheckTask>
            data-testid="field-tasks"
            loading={tasks.isLoading}
            dataSource={tasks.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('randomChecks.fieldInspections.list.empty')} /> }}
            pagination={
              tasks.data && tasks.data.total > pageSize
                ? {
                    current: page,
                    pageSize,
                    total: tasks.data.total,
                    simple: true,
                    align: 'center',
                    onChange: (next) => setFilter({ page: next }),
                  }
                : false
            }
            footer={
              tasks.data && tasks.data.total > 0 ? (
                <Typography.Text type="secondary">
                  {t('randomChecks.fieldInspections.list.total', { count: tasks.data.total })}
                </Typography.Text>
              ) : null
            }
            renderItem={(task) => <TaskCard task={task} />}
          />
        )}
      </Flex>
    </PageContainer>
  );
}

function TaskCard({ task }: { task: MyRandomCheckTask }) {
  const { t } = useTranslation();
  const others = task.officers.filter((officer) => !officer.isMe).map((officer) => officer.name);
  return (
    <List.Item style={{ padding: '6px 0', borderBlockEnd: 'none' }}>
      <Link
        to={`/field-inspections/${task.id}`}
        style={{ display: 'block', width: '100%', color: 'inherit' }}
        data-testid="field-task-card"
        aria-label={`${task.entity.name} ${t('randomChecks.fieldInspections.list.open')}`}
      >
        <Card size="small" hoverable styles={{ body: { padding: 14 } }}>
          <Flex justify="space-between" align="center" gap={8}>
            <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {task.entity.name}
              </Typography.Text>
              {task.entity.address ? (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  <EnvironmentOutlined /> {task.entity.address}
                </Typography.Text>
              ) : null}
              <Space size={[4, 4]} wrap>
                <Tag color={statusColors[task.status]}>
                  {t(`randomChecks.fieldInspections.labels.status.${task.status}`)}
                </Tag>
                {task.outcome ? (
                  <Tag color={task.outcome === 'problem_found' ? 'red' : 'default'}>
                    {t(`randomChecks.fieldInspections.labels.outcome.${task.outcome}`)}
                  </Tag>
                ) : null}
                {task.isOverdue ? (
                  <Tag color="red" data-testid="field-task-overdue">
                    {t('randomChecks.fieldInspections.list.overdue')}
                  </Tag>
                ) : null}
                <Tag>{t(`randomChecks.fieldInspections.labels.stratum.${task.stratum}`)}</Tag>
              </Space>
              <Typography.Text
                style={{ fontSize: 13 }}
                type={task.isOverdue ? 'danger' : 'secondary'}
                strong={task.isOverdue}
              >
                {task.inspectedOn
                  ? t('randomChecks.fieldInspections.list.inspectedOn', { date: task.inspectedOn })
                  : t('randomChecks.fieldInspections.list.dueOn', { date: task.plan.inspectionDueOn })}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                {task.plan.number} · {task.plan.title}
              </Typography.Text>
              {others.length > 0 ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('randomChecks.fieldInspections.list.officers', { names: others.join('、') })}
                </Typography.Text>
              ) : null}
            </Flex>
            <RightOutlined style={{ color: '#bfbfbf' }} />
          </Flex>
        </Card>
      </Link>
    </List.Item>
  );
}
