import type { ReportSubmission, ReportTablePeriod, SubordinateReportStatus } from '@qingshan/domain';
import { App, Button, Descriptions, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useSession } from '../../auth/session';
import { useSubmissionActions, useSubmissionOverview } from './reports.api';

function StatusTag({ submission }: { submission: ReportSubmission }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      <Tag color={submission.status === 'accepted' ? 'green' : 'blue'}>
        {t(`randomChecks.reports.submission.status.${submission.status}`)}
      </Tag>
      {submission.isLate ? <Tag color="orange">{t('randomChecks.reports.submission.late')}</Tag> : null}
    </Space>
  );
}

/**
 * 上报 (DR-7) under a monthly table or yearly summary: the own table's submission (submit,
 * withdraw with a reason before it is accepted) and, for a superior, which units below it have
 * submitted, with the overdue ones in red.
 */
export function SubmissionPanel({ period }: { period: ReportTablePeriod }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const { access } = useSession();
  const overview = useSubmissionOverview(period);
  const actions = useSubmissionActions();
  const [withdrawing, setWithdrawing] = useState<ReportSubmission | null>(null);
  const [reason, setReason] = useState('');
  const data = overview.data;
  if (!data) return null;
  const canSubmit = access.can('random_checks.submit_report');
  const canAccept = access.can('random_checks.accept_report');
  const own = data.current;

  const submit = () =>
    actions.submit.mutate(period, {
      onSuccess: () => void message.success(t('randomChecks.reports.submission.submitted')),
      onError: (error) => onError(error),
    });
  const withdraw = () => {
    if (!withdrawing) return;
    actions.withdraw.mutate(
      { id: withdrawing.id, reason },
      {
        onSuccess: () => {
          setWithdrawing(null);
          setReason('');
          void message.success(t('randomChecks.reports.submission.withdrawn'));
        },
        onError: (error) => onError(error),
      },
    );
  };

  return (
    <div className="qs-report-submission" data-testid="report-submission">
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('randomChecks.reports.submission.title')}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'due',
            label: t('randomChecks.reports.submission.dueOn'),
            children: (
              <Space size={4}>
                <span>{data.dueOn}</span>
                {!own && data.isPastDue ? (
                  <Tag color="red" data-testid="own-overdue">
                    {t('randomChecks.reports.submission.overdue')}
                  </Tag>
                ) : null}
              </Space>
            ),
          },
          {
            key: 'status',
            label: t('randomChecks.reports.submission.ownStatus', { name: data.agency.name }),
            children: own ? (
              <Space size={8} wrap data-testid="own-submission">
                <StatusTag submission={own} />
                <span>
                  {t('randomChecks.reports.submission.by', {
                    name: own.submittedByName,
                    time: formatDateTime(own.submittedAt),
                  })}
                </span>
                <Typography.Text type="secondary" copyable={{ text: own.figuresHash }}>
                  {t('randomChecks.reports.submission.hash', { hash: own.figuresHash.slice(0, 12) })}
                </Typography.Text>
              </Space>
            ) : (
              <Tag data-testid="own-submission">
                {t('randomChecks.reports.submission.state.not_submitted')}
              </Tag>
            ),
          },
          {
            key: 'actions',
            label: t('common.table.actions'),
            children:
              canSubmit && !own ? (
                <Button
                  type="primary"
                  size="small"
                  loading={actions.submit.isPending}
                  onClick={submit}
                  data-testid="report-submit"
                >
                  {t('randomChecks.reports.submission.submit')}
                </Button>
              ) : canSubmit && own?.status === 'submitted' ? (
                <Button size="small" onClick={() => setWithdrawing(own)} data-testid="report-withdraw">
                  {t('randomChecks.reports.submission.withdraw')}
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {data.dueBasis}
      </Typography.Paragraph>
      {data.subordinates.length > 0 ? (
        <Table<SubordinateReportStatus>
          size="small"
          rowKey="agencyId"
          pagination={false}
          dataSource={data.subordinates}
          data-testid="subordinate-submissions"
          columns={[
            { key: 'agency', title: t('randomChecks.reports.submission.unit'), dataIndex: 'agencyName' },
            {
              key: 'state',
              title: t('randomChecks.reports.submission.stateTitle'),
              render: (_, row) =>
                row.submission ? (
                  <StatusTag submission={row.submission} />
                ) : (
                  <Space size={4}>
                    <Tag>{t('randomChecks.reports.submission.state.not_submitted')}</Tag>
                    {row.isOverdue ? (
                      <Tag color="red">{t('randomChecks.reports.submission.overdue')}</Tag>
                    ) : null}
                  </Space>
                ),
            },
            {
              key: 'submitted',
              title: t('randomChecks.reports.submission.submittedAt'),
              render: (_, row) =>
                row.submission
                  ? t('randomChecks.reports.submission.by', {
                      name: row.submission.submittedByName,
                      time: formatDateTime(row.submission.submittedAt),
                    })
                  : '—',
            },
            {
              key: 'actions',
              title: t('common.table.actions'),
              render: (_, row) =>
                canAccept && row.submission?.status === 'submitted' ? (
                  <Button
                    size="small"
                    onClick={() =>
                      actions.accept.mutate(row.submission!.id, { onError: (error) => onError(error) })
                    }
                    loading={actions.accept.isPending}
                  >
                    {t('randomChecks.reports.submission.accept')}
                  </Button>
                ) : null,
            },
          ]}
        />
      ) : null}
      <Modal
        open={withdrawing !== null}
        title={t('randomChecks.reports.submission.withdrawTitle')}
        okText={t('randomChecks.reports.submission.withdraw')}
        onOk={withdraw}
        confirmLoading={actions.withdraw.isPending}
        onCancel={() => setWithdrawing(null)}
      >
        <Input.TextArea
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={500}
          rows={3}
          placeholder={t('randomChecks.reports.submission.reasonPlaceholder')}
          aria-label={t('randomChecks.reports.submission.reasonPlaceholder')}
        />
      </Modal>
    </div>
  );
}
