import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  type InspectionFindingDisposition,
  type InspectionTaskDetail,
  inspectionFindingDispositions,
  isRectificationDisposition,
} from '@qingshan/domain';
import {
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  List,
  Popconfirm,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { dateProps, touch } from './field-controls';
import { useAddFinding, useRemoveFinding } from './field-inspections.api';

export const dispositionColors: Record<InspectionFindingDisposition, string> = {
  rectification: 'orange',
  case_referral: 'red',
  both: 'volcano',
};

// ---------------------------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------------------------

export interface FindingFormValues {
  catalogueItemId: string;
  description: string;
  disposition: InspectionFindingDisposition;
  rectificationDueOn: string | null;
}

export const noItem = 'none';

export function FindingsSection({ data, taskId }: { data: InspectionTaskDetail; taskId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const removeFinding = useRemoveFinding(taskId);
  const [isAdding, setIsAdding] = useState(false);
  const canEdit = data.viewer.canEdit;
  return (
    <Card
      size="small"
      title={t('randomChecks.fieldInspections.findings.title')}
      data-testid="field-findings"
      extra={
        canEdit ? (
          <Button
            type="primary"
            ghost
            icon={<PlusOutlined />}
            onClick={() => setIsAdding(true)}
            data-testid="finding-add"
          >
            {t('randomChecks.fieldInspections.findings.add')}
          </Button>
        ) : null
      }
    >
      {data.findings.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('randomChecks.fieldInspections.findings.empty')}
        />
      ) : (
        <List
          size="small"
          dataSource={data.findings}
          renderItem={(finding) => (
            <List.Item style={{ paddingInline: 0 }} data-testid="finding-row">
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Space size={[4, 4]} wrap>
                  <Tag color={dispositionColors[finding.disposition]}>
                    {t(`randomChecks.fieldInspections.labels.disposition.${finding.disposition}`)}
                  </Tag>
                  {finding.rectificationDueOn ? (
                    <Typography.Text type="warning" style={{ fontSize: 13 }}>
                      {t('randomChecks.fieldInspections.findings.dueOn', {
                        date: finding.rectificationDueOn,
                      })}
                    </Typography.Text>
                  ) : null}
                </Space>
                <Typography.Text>{finding.description}</Typography.Text>
                {finding.itemName ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {finding.itemName}
                  </Typography.Text>
                ) : null}
                {canEdit ? (
                  <Popconfirm
                    title={t('randomChecks.fieldInspections.findings.removeConfirm')}
                    onConfirm={async () => {
                      try {
                        await removeFinding.mutateAsync(finding.id);
                        void message.success(t('randomChecks.fieldInspections.findings.removed'));
                      } catch (error) {
                        handleError(error);
                      }
                    }}
                  >
                    <Button
                      size="small"
                      danger
                      type="text"
                      icon={<DeleteOutlined />}
                      style={{ alignSelf: 'flex-start' }}
                    >
                      {t('randomChecks.fieldInspections.findings.remove')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Flex>
            </List.Item>
          )}
        />
      )}
      {canEdit ? (
        <FindingDrawer data={data} taskId={taskId} open={isAdding} onClose={() => setIsAdding(false)} />
      ) : null}
    </Card>
  );
}

export function FindingDrawer({
  data,
  taskId,
  open,
  onClose,
}: {
  data: InspectionTaskDetail;
  taskId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const isNarrow = Grid.useBreakpoint().sm === false;
  const [form] = Form.useForm<FindingFormValues>();
  const addFinding = useAddFinding(taskId);
  const disposition = Form.useWatch('disposition', form);
  const needsDueOn = disposition ? isRectificationDisposition(disposition) : false;

  const submit = async (values: FindingFormValues) => {
    try {
      await addFinding.mutateAsync({
        catalogueItemId: values.catalogueItemId === noItem ? null : values.catalogueItemId,
        description: values.description,
        disposition: values.disposition,
        rectificationDueOn: needsDueOn ? values.rectificationDueOn : null,
      });
      void message.success(t('randomChecks.fieldInspections.findings.added'));
      form.resetFields();
      onClose();
    } catch (error) {
      handleError(error, form);
    }
  };

  const nonCompliant = data.record?.itemResults.find((item) => item.result === 'non_compliant')?.itemId;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('randomChecks.fieldInspections.findings.add')}
      placement={isNarrow ? 'bottom' : 'right'}
      size={isNarrow ? '85%' : 480}
      destroyOnHidden
      data-testid="finding-drawer"
    >
      <Form<FindingFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          catalogueItemId: nonCompliant ?? noItem,
          disposition: 'rectification',
          rectificationDueOn: null,
        }}
      >
        <Form.Item name="catalogueItemId" label={t('randomChecks.fieldInspections.findings.item')}>
          <Select
            {...touch}
            options={[
              ...data.items.map((item) => ({ value: item.id, label: item.name })),
              { value: noItem, label: t('randomChecks.fieldInspections.findings.itemNone') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('randomChecks.fieldInspections.findings.description')}
          rules={[
            {
              required: true,
              min: 4,
              message: t('randomChecks.fieldInspections.findings.descriptionPlaceholder'),
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={1000}
            placeholder={t('randomChecks.fieldInspections.findings.descriptionPlaceholder')}
            data-testid="finding-description"
          />
        </Form.Item>
        <Form.Item name="disposition" label={t('randomChecks.fieldInspections.findings.disposition')}>
          <Radio.Group style={{ width: '100%' }}>
            <Flex vertical gap={8}>
              {inspectionFindingDispositions.map((value) => (
                <Radio key={value} value={value} style={{ fontSize: 15, paddingBlock: 4 }}>
                  {t(`randomChecks.fieldInspections.labels.disposition.${value}`)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        {needsDueOn ? (
          <Form.Item
            name="rectificationDueOn"
            label={t('randomChecks.fieldInspections.findings.rectificationDueOn')}
            rules={[
              { required: true, message: t('randomChecks.fieldInspections.findings.rectificationDueOn') },
            ]}
            {...dateProps}
          >
            <DatePicker
              {...touch}
              style={{ width: '100%' }}
              inputReadOnly
              disabledDate={(day) => day.format('YYYY-MM-DD') <= data.today}
              data-testid="finding-due-on"
            />
          </Form.Item>
        ) : null}
        <Button
          type="primary"
          htmlType="submit"
          block
          {...touch}
          loading={addFinding.isPending}
          data-testid="finding-submit"
        >
          {t('randomChecks.fieldInspections.findings.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
