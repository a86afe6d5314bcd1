import type { InspectionTaskDetail } from '@qingshan/domain';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DirtyProps } from './field-controls';
import { RecordForm } from './RecordForm';
import { RecordView } from './RecordView';

/** The record: the form while the viewer may edit it, else the read-only record. */
export function RecordSection({
  data,
  taskId,
  ...dirty
}: { data: InspectionTaskDetail; taskId: string } & DirtyProps) {
  const { t } = useTranslation();
  if (!data.viewer.canEdit) return <RecordView data={data} />;
  return (
    <Card size="small" title={t('randomChecks.fieldInspections.record.title')} data-testid="field-record">
      <RecordForm data={data} taskId={taskId} {...dirty} />
    </Card>
  );
}
