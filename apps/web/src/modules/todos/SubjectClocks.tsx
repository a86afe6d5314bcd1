import type { SubjectClock } from '@qingshan/domain';
import { Card, Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/ErrorResult';
import { useSubjectClocks } from './todos.api';

const statusColors: Record<SubjectClock['status'], string> = {
  running: 'blue',
  paused: 'default',
  due_today: 'orange',
  overdue: 'red',
  met: 'green',
  met_late: 'gold',
  cancelled: 'default',
};

function DaysLeft({ clock }: { clock: SubjectClock }) {
  const { t } = useTranslation();
  if (clock.daysLeft === null) return <>—</>;
  if (clock.daysLeft < 0) return <>{t('clocks.overdueBy', { days: -clock.daysLeft })}</>;
  return <>{t('clocks.daysLeftValue', { days: clock.daysLeft })}</>;
}

/** The domain model's explanation of a clock's run: each day and whether it counts, and why not. */
function ClockDays({ clock }: { clock: SubjectClock }) {
  const { t } = useTranslation();
  if (clock.days.length === 0)
    return <Typography.Text type="secondary">{t('clocks.noDays')}</Typography.Text>;
  return (
    <ol className="clock-days" data-testid="clock-days" style={{ margin: 0, paddingInlineStart: 20 }}>
      {clock.days.map((day) => (
        <li key={day.date}>
          <Typography.Text strong={day.kind === 'due'}>{day.date}</Typography.Text>{' '}
          {t(`clocks.dayKinds.${day.kind}`, { n: day.count ?? 0 })}
          {day.note ? `（${day.note}）` : ''}
        </li>
      ))}
    </ol>
  );
}

/**
 * A subject's statutory clocks (SYS-3) on its page: rule, basis with its article, started, due,
 * days left and state — expand a row for the per-day explanation. `showSubject` for a list of
 * several subjects (a plan's tasks).
 */
export function SubjectClocks({
  url,
  title,
  showSubject = false,
}: {
  url: string;
  title?: string;
  showSubject?: boolean;
}) {
  const { t } = useTranslation();
  const clocks = useSubjectClocks(url);
  const columns: TableColumnsType<SubjectClock> = [
    ...(showSubject ? [{ title: t('clocks.columns.subject'), dataIndex: 'subject', key: 'subject' }] : []),
    {
      title: t('clocks.columns.rule'),
      key: 'rule',
      render: (_, clock) => (
        <>
          <div>{clock.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {clock.basis}
          </Typography.Text>
        </>
      ),
    },
    { title: t('clocks.columns.startedOn'), dataIndex: 'startedOn', key: 'startedOn', width: 110 },
    {
      title: t('clocks.columns.dueOn'),
      key: 'dueOn',
      width: 110,
      render: (_, clock) => clock.dueOn ?? t('clocks.pausedNoDue'),
    },
    {
      title: t('clocks.columns.daysLeft'),
      key: 'daysLeft',
      width: 110,
      render: (_, clock) => <DaysLeft clock={clock} />,
    },
    {
      title: t('clocks.columns.status'),
      key: 'status',
      width: 150,
      render: (_, clock) => (
        <>
          <Tag color={statusColors[clock.status]}>{t(`clocks.statuses.${clock.status}`)}</Tag>
          {clock.metOn ? (
            <div style={{ fontSize: 12 }}>{t('clocks.stoppedOn', { date: clock.metOn })}</div>
          ) : null}
          {clock.pauses.length > 0 ? (
            <div style={{ fontSize: 12 }}>{t('clocks.paused', { n: clock.pauses.length })}</div>
          ) : null}
          {clock.extensions.length > 0 ? (
            <div style={{ fontSize: 12 }}>{t('clocks.extended', { n: clock.extensions.length })}</div>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <Card size="small" title={title ?? t('clocks.title')} data-testid="subject-clocks">
      {clocks.isError ? (
        <ErrorResult error={clocks.error} onRetry={() => void clocks.refetch()} />
      ) : (
        <Table<SubjectClock>
          size="small"
          rowKey="id"
          loading={clocks.isLoading}
          dataSource={clocks.data?.items ?? []}
          columns={columns}
          pagination={(clocks.data?.items.length ?? 0) > 20 ? { pageSize: 20 } : false}
          expandable={{ expandedRowRender: (clock) => <ClockDays clock={clock} /> }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clocks.empty')} />,
          }}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}
