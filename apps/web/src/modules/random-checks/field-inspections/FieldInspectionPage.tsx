import { CheckCircleFilled } from '@ant-design/icons';
import type { InspectionTaskDetail } from '@qingshan/domain';
import { Alert, App, Button, Card, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageContainer } from '../../../components/PageContainer';
import { PageLoading } from '../../../components/PageLoading';
import { formatDateTime } from '../../../lib/dates';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { SubjectClocks } from '../../todos/SubjectClocks';
import { DocumentActions, SignaturesSection } from './FieldSignatures';
import './field-inspections.print.css';
import { FindingsSection } from './FindingsSection';
import { touch } from './field-controls';
import { useConfirmRecord, useInspectionTask } from './field-inspections.api';
import { PhotosSection } from './PhotosSection';
import { RecordSection } from './RecordSection';
import { EntityCard, OfficersCard, TaskSummary } from './TaskOverview';

/** 现场检查笔录 (DR-5), phone first: one column of cards, large controls, no tables. */
export default function FieldInspectionPage() {
  const { t } = useTranslation();
  const { taskId = '' } = useParams();
  const detail = useInspectionTask(taskId);
  // The record form's unsaved changes: the officers confirm only what is saved.
  const [isDirty, setIsDirty] = useState(false);
  if (detail.isLoading) return <PageLoading />;
  if (detail.isError || !detail.data) {
    return (
      <PageContainer
        title={t('layout.menu.fieldInspectionDetail')}
        breadcrumb={[{ title: t('randomChecks.fieldInspections.detail.back'), to: '/field-inspections' }]}
      >
        <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
      </PageContainer>
    );
  }
  const data = detail.data;
  return (
    <PageContainer
      title={data.entity.name}
      breadcrumb={[
        { title: t('randomChecks.fieldInspections.detail.back'), to: '/field-inspections' },
        { title: data.plan.number },
      ]}
    >
      <Flex vertical gap={12} style={{ maxWidth: 820 }} data-testid="field-inspection">
        <TaskSummary data={data} />
        <SubjectClocks url={`/api/field-inspections/tasks/${taskId}/clocks`} />
        <EntityCard data={data} />
        <OfficersCard data={data} />
        <RecordSection data={data} taskId={taskId} isDirty={isDirty} onDirtyChange={setIsDirty} />
        <PhotosSection data={data} taskId={taskId} />
        <FindingsSection data={data} taskId={taskId} />
        <SignaturesSection data={data} taskId={taskId} isDirty={isDirty} />
        <DocumentActions data={data} />
        <ConfirmSection data={data} taskId={taskId} isDirty={isDirty} />
      </Flex>
    </PageContainer>
  );
}

// ---------------------------------------------------------------------------------------------
// Confirmation
// ---------------------------------------------------------------------------------------------

function ConfirmSection({
  data,
  taskId,
  isDirty,
}: {
  data: InspectionTaskDetail;
  taskId: string;
  isDirty: boolean;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const confirm = useConfirmRecord(taskId);
  const { task, viewer } = data;

  if (task.status === 'completed') {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="field-completed"
        title={t('randomChecks.fieldInspections.detail.completed', {
          time: formatDateTime(task.completedAt),
          outcome: task.outcome ? t(`randomChecks.fieldInspections.labels.outcome.${task.outcome}`) : '',
        })}
      />
    );
  }
  if (!viewer.isAssigned) return null;
  const waitingFor = data.officers
    .filter((officer) => officer.hasAccount && !officer.confirmedAt && !officer.isMe)
    .map((officer) => officer.name);

  const onConfirm = () => {
    if (isDirty) {
      void message.warning(t('randomChecks.fieldInspections.confirm.saveFirst'));
      return;
    }
    modal.confirm({
      title: t('randomChecks.fieldInspections.confirm.confirmTitle'),
      content: t('randomChecks.fieldInspections.confirm.confirmBody'),
      okText: t('randomChecks.fieldInspections.confirm.ok'),
      cancelText: t('common.actions.cancel'),
      onOk: async () => {
        try {
          const result = await confirm.mutateAsync(undefined);
          void message.success(
            result.task.status === 'completed'
              ? t('randomChecks.fieldInspections.confirm.completed')
              : t('randomChecks.fieldInspections.confirm.confirmed'),
          );
        } catch (error) {
          handleError(error);
        }
      },
    });
  };

  return (
    <Card size="small" title={t('randomChecks.fieldInspections.confirm.title')} data-testid="field-confirm">
      <Flex vertical gap={10}>
        {data.gaps.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('randomChecks.fieldInspections.confirm.gaps')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {data.gaps.map((gap) => (
                  <li key={gap.field}>{gap.message}</li>
                ))}
              </ul>
            }
            data-testid="field-gaps"
          />
        ) : null}
        {viewer.hasConfirmed ? (
          <Typography.Text type="success">
            <CheckCircleFilled /> {t('randomChecks.fieldInspections.confirm.done')}
            {waitingFor.length > 0
              ? ` · ${t('randomChecks.fieldInspections.confirm.waitingFor', { names: waitingFor.join('、') })}`
              : ''}
          </Typography.Text>
        ) : null}
        {isDirty ? (
          <Typography.Text type="warning">
            {t('randomChecks.fieldInspections.confirm.saveFirst')}
          </Typography.Text>
        ) : null}
        {viewer.readOnlyReason ? (
          <Typography.Text type="secondary">{viewer.readOnlyReason}</Typography.Text>
        ) : null}
        <Button
          type="primary"
          block
          {...touch}
          disabled={!viewer.canConfirm}
          loading={confirm.isPending}
          onClick={onConfirm}
          data-testid="record-confirm"
        >
          {viewer.hasConfirmed
            ? t('randomChecks.fieldInspections.confirm.done')
            : t('randomChecks.fieldInspections.confirm.button')}
        </Button>
        {confirm.isPending ? <Spin size="small" /> : null}
      </Flex>
    </Card>
  );
}
