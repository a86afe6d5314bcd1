import type { DeadlineCalculation } from '@qingshan/domain';
import { Alert, Button, Card, Col, DatePicker, Form, InputNumber, Radio, Row, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dayjs, todayInShanghai } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useDeadline } from './calendar.api';

export interface DeadlineForm {
  start: Dayjs;
  amount: number;
  unit: 'calendar_day' | 'working_day';
}

/** Why the due date is what it is: each rule the server applied, with its legal basis. */
export function AppliedRules({ rules }: { rules: DeadlineCalculation['appliedRules'] }) {
  const { t } = useTranslation();
  if (rules.length === 0) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">{t('calendar.deadline.rulesTitle')}</Typography.Text>
      <ul data-testid="deadline-rules" style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {rules.map((rule) => (
          <li key={rule.code} data-rule={rule.code}>
            {t(`calendar.deadline.rules.${rule.code}`, { restDay: rule.restDay })}
            <Typography.Text type="secondary">（{rule.basis}）</Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** GET /api/calendar/deadline: the same counting the platform's deadlines use. */
export function DeadlineCalculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<DeadlineForm>();
  const deadline = useDeadline();
  const showError = useApiErrorHandler();
  const result = deadline.data;

  const submit = async (values: DeadlineForm) => {
    try {
      await deadline.mutateAsync({
        start: values.start.format('YYYY-MM-DD'),
        amount: values.amount,
        unit: values.unit,
      });
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Card title={t('calendar.deadline.title')}>
      <Form<DeadlineForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ start: dayjs(todayInShanghai()), amount: 15, unit: 'calendar_day' }}
      >
        <Form.Item
          name="start"
          label={t('calendar.deadline.start')}
          rules={[{ required: true, message: t('calendar.deadline.startRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item
              name="amount"
              label={t('calendar.deadline.amount')}
              rules={[{ required: true, message: t('calendar.deadline.amountRequired') }]}
            >
              <InputNumber min={0} max={3660} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="unit" label={t('calendar.deadline.unit')}>
              <Radio.Group optionType="button">
                <Radio.Button value="calendar_day">{t('calendar.deadline.calendarDay')}</Radio.Button>
                <Radio.Button value="working_day">{t('calendar.deadline.workingDay')}</Radio.Button>
              </Radio.Group>
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={deadline.isPending} block>
          {t('calendar.deadline.compute')}
        </Button>
      </Form>
      {result ? (
        <div style={{ marginTop: 16 }} data-testid="deadline-result" aria-live="polite">
          <Typography.Text type="secondary">{t('calendar.deadline.dueDate')}</Typography.Text>
          <div>
            <Typography.Title level={3} style={{ margin: '4px 0' }}>
              {result.dueDate
                ? `${result.dueDate}（${dayjs(result.dueDate).format('dddd')}）`
                : t('calendar.deadline.openEnded')}
            </Typography.Title>
          </div>
          {result.isProvisional ? (
            <Alert type="warning" showIcon title={t('calendar.deadline.provisional')} />
          ) : (
            <Tag color="green">{t('calendar.deadline.final')}</Tag>
          )}
          <AppliedRules rules={result.appliedRules} />
        </div>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
        {t('calendar.deadline.note')}
      </Typography.Paragraph>
    </Card>
  );
}
