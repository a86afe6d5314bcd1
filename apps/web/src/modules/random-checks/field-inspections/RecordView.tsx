import type { InspectionTaskDetail } from '@qingshan/domain';
import { Card, Descriptions, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';

/** What a reader who may not edit sees: the record as text. */
export function RecordView({ data }: { data: InspectionTaskDetail }) {
  const { t } = useTranslation();
  const record = data.record;
  if (!record) {
    return (
      <Card size="small" title={t('randomChecks.fieldInspections.record.title')}>
        <Empty description={t('randomChecks.fieldInspections.record.notFilled')} />
      </Card>
    );
  }
  const results = new Map(record.itemResults.map((item) => [item.itemId, item]));
  const time = (moment: string | null) => (moment ? formatDateTime(moment).slice(11) : '—');
  return (
    <Card
      size="small"
      title={t('randomChecks.fieldInspections.record.title')}
      data-testid="field-record-view"
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'date',
            label: t('randomChecks.fieldInspections.record.inspectedOn'),
            children: record.inspectedOn,
          },
          {
            key: 'time',
            label: t('randomChecks.fieldInspections.record.time'),
            children: t('randomChecks.fieldInspections.record.timeRange', {
              start: time(record.startedAt),
              end: time(record.endedAt),
            }),
          },
          {
            key: 'location',
            label: t('randomChecks.fieldInspections.record.location'),
            children: record.location ?? '—',
          },
          {
            key: 'person',
            label: t('randomChecks.fieldInspections.record.personPresent'),
            children: [record.personPresent, record.personPresentPosition].filter(Boolean).join('，') || '—',
          },
          ...(record.isEntityClosed
            ? [
                {
                  key: 'closed',
                  label: t('randomChecks.fieldInspections.record.isEntityClosed'),
                  children: '✓',
                },
              ]
            : []),
          {
            key: 'observations',
            label: t('randomChecks.fieldInspections.record.observations'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{record.observations ?? '—'}</span>,
          },
        ]}
      />
      <List
        size="small"
        header={<Typography.Text strong>{t('randomChecks.fieldInspections.record.items')}</Typography.Text>}
        dataSource={data.items}
        renderItem={(item, index) => {
          const result = results.get(item.id);
          return (
            <List.Item style={{ paddingInline: 0 }}>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8}>
                  <Typography.Text>
                    {index + 1}. {item.name}
                  </Typography.Text>
                  {result ? (
                    <Tag
                      color={
                        result.result === 'non_compliant'
                          ? 'red'
                          : result.result === 'compliant'
                            ? 'green'
                            : 'default'
                      }
                    >
                      {t(`randomChecks.fieldInspections.labels.result.${result.result}`)}
                    </Tag>
                  ) : (
                    <Tag>—</Tag>
                  )}
                </Flex>
                {result?.note ? (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {result.note}
                  </Typography.Text>
                ) : null}
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
