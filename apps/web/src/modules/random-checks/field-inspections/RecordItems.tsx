import { type InspectionTaskItem, inspectionItemResults } from '@qingshan/domain';
import { Card, Collapse, Flex, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function LegalBases({ item }: { item: InspectionTaskItem }) {
  const { t } = useTranslation();
  if (item.legalBases.length === 0 && !item.content) return null;
  return (
    <Collapse
      ghost
      size="small"
      items={[
        {
          key: 'basis',
          label: (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('randomChecks.fieldInspections.record.itemContent')} ·{' '}
              {t('randomChecks.fieldInspections.record.legalBasis')}
            </Typography.Text>
          ),
          children: (
            <Flex vertical gap={6}>
              {item.content ? (
                <Typography.Paragraph style={{ margin: 0 }}>{item.content}</Typography.Paragraph>
              ) : null}
              {item.legalBases.map((basis) => (
                <div key={`${basis.law}${basis.article}`}>
                  <Typography.Text strong style={{ fontSize: 13 }}>
                    {basis.law}
                    {basis.article}
                  </Typography.Text>
                  {basis.text ? (
                    <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: 0 }}>
                      {basis.text}
                    </Typography.Paragraph>
                  ) : null}
                </div>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}

export function ItemCard({
  item,
  index,
  isOptional,
}: {
  item: InspectionTaskItem;
  index: number;
  isOptional: boolean;
}) {
  const { t } = useTranslation();
  const result = Form.useWatch(['items', item.id, 'result']);
  return (
    <Card
      size="small"
      type="inner"
      data-testid={`record-item-${index}`}
      styles={{ body: { padding: 12 } }}
      style={result === 'non_compliant' ? { borderColor: '#ff7875' } : undefined}
    >
      <Typography.Text strong>
        {index + 1}. {item.name}
      </Typography.Text>
      <LegalBases item={item} />
      <Form.Item name={['items', item.id, 'result']} style={{ marginBottom: 8 }} required={!isOptional}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          style={{ display: 'flex', width: '100%' }}
          options={inspectionItemResults.map((value) => ({
            value,
            label: t(`randomChecks.fieldInspections.labels.result.${value}`),
            style: { flex: 1, textAlign: 'center', paddingInline: 4 },
          }))}
        />
      </Form.Item>
      <Form.Item name={['items', item.id, 'note']} style={{ marginBottom: 0 }}>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={500}
          placeholder={
            result === 'non_compliant'
              ? t('randomChecks.fieldInspections.record.notePlaceholder')
              : t('randomChecks.fieldInspections.record.note')
          }
        />
      </Form.Item>
    </Card>
  );
}
