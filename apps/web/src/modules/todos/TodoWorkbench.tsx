import { type TodoItem, type TodoKind, todoKinds } from '@qingshan/domain';
import {
  Alert,
  Card,
  Empty,
  Segmented,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTodos } from './todos.api';

const kindColors: Record<TodoKind, string> = {
  inspection_record: 'blue',
  results_publication: 'green',
  report_submission: 'purple',
  certificate_expiry: 'gold',
  secondment_approval: 'cyan',
  card_rectification: 'magenta',
};

function DaysLeftTag({ item }: { item: TodoItem }) {
  const { t } = useTranslation();
  if (item.isOverdue)
    return <Tag color="red">{t('todos.todos.overdue', { days: Math.max(1, -item.daysLeft) })}</Tag>;
  if (item.daysLeft === 0) return <Tag color="orange">{t('todos.todos.dueToday')}</Tag>;
  return (
    <Tag color={item.daysLeft <= 3 ? 'orange' : 'default'}>
      {t('todos.todos.daysLeft', { days: item.daysLeft })}
    </Tag>
  );
}

/**
 * The home page's workbench (SYS-3): what the signed-in user has to do, from GET /api/todos —
 * an inspector's field records due, a head's results to publish and tables to submit — overdue
 * first, each linked to the page where it is done, with the rule its due day comes from.
 */
export function TodoWorkbench() {
  const { t } = useTranslation();
  const todos = useTodos();
  const [kind, setKind] = useState<TodoKind | 'all'>('all');
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const items = todos.data?.items ?? [];
  const shown = useMemo(
    () => items.filter((item) => (kind === 'all' || item.kind === kind) && (!onlyOverdue || item.isOverdue)),
    [items, kind, onlyOverdue],
  );
  const presentKinds = todoKinds.filter((candidate) => items.some((item) => item.kind === candidate));

  const columns: TableColumnsType<TodoItem> = [
    {
      title: t('todos.todos.columns.kind'),
      dataIndex: 'kind',
      width: 130,
      render: (value: TodoKind) => <Tag color={kindColors[value]}>{t(`todos.todos.kinds.${value}`)}</Tag>,
    },
    {
      title: t('todos.todos.columns.subject'),
      dataIndex: 'subject',
      render: (_, item) => (
        <Space direction="vertical" size={0}>
          <Link to={item.path} data-testid="todo-link">
            {item.subject}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.context}
          </Typography.Text>
          {item.escalatedFrom ? (
            <Tag color="volcano" data-testid="todo-escalated">
              {t('todos.todos.escalated', { agency: item.escalatedFrom })}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('todos.todos.columns.dueOn'),
      dataIndex: 'dueOn',
      width: 120,
      render: (value: string, item) => (
        <Tooltip title={`${t('todos.todos.columns.basis')}：${item.basis}`}>
          <span data-testid="todo-due">{value}</span>
        </Tooltip>
      ),
    },
    {
      title: t('todos.todos.columns.daysLeft'),
      key: 'daysLeft',
      width: 120,
      render: (_, item) => <DaysLeftTag item={item} />,
    },
  ];

  const counts = todos.data?.counts;
  return (
    <Card
      title={t('todos.todos.title')}
      style={{ marginTop: 16 }}
      data-testid="todo-workbench"
      extra={
        counts ? (
          <Typography.Text type={counts.overdue > 0 ? 'danger' : 'secondary'} data-testid="todo-summary">
            {t('todos.todos.summary', {
              total: counts.total,
              overdue: counts.overdue,
              week: counts.dueWithinWeek,
            })}
          </Typography.Text>
        ) : null
      }
    >
      {todos.isError ? (
        <Alert type="error" showIcon title={t('todos.todos.loadFailed')} />
      ) : items.length === 0 && !todos.isLoading ? (
        <Empty description={t('todos.todos.empty')} />
      ) : (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Segmented<TodoKind | 'all'>
              value={kind}
              onChange={setKind}
              options={[
                { value: 'all', label: t('todos.todos.kindAll') },
                ...presentKinds.map((value) => ({ value, label: t(`todos.todos.kinds.${value}`) })),
              ]}
            />
            <Space size={6}>
              <Switch
                size="small"
                checked={onlyOverdue}
                onChange={setOnlyOverdue}
                data-testid="todo-only-overdue"
              />
              {t('todos.todos.onlyOverdue')}
            </Space>
          </Space>
          <Table<TodoItem>
            rowKey="key"
            size="small"
            loading={todos.isLoading}
            columns={columns}
            dataSource={shown}
            pagination={shown.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            rowClassName={(item) => (item.isOverdue ? 'qs-row-overdue' : '')}
            scroll={{ x: 'max-content' }}
            data-testid="todo-table"
          />
        </>
      )}
    </Card>
  );
}
