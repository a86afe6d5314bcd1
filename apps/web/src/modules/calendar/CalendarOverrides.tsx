import { DeleteOutlined } from '@ant-design/icons';
import type { CalendarYear } from '@qingshan/domain';
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Radio, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useConfirmYear, useRemoveOverride, useSetOverride } from './calendar.api';

export interface OverrideForm {
  date: Dayjs;
  kind: 'holiday' | 'workday';
  name: string;
}

export function OverridePanel({ data, canManage }: { data: CalendarYear; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OverrideForm>();
  const setOverride = useSetOverride();
  const removeOverride = useRemoveOverride();
  const showError = useApiErrorHandler();

  const add = async (values: OverrideForm) => {
    const date = values.date.format('YYYY-MM-DD');
    try {
      await setOverride.mutateAsync({ date, kind: values.kind, name: values.name.trim() });
      void message.success(t('calendar.overrides.added', { date }));
      form.resetFields(['date', 'name']);
    } catch (error) {
      showError(error, form);
    }
  };

  const remove = async (date: string) => {
    try {
      await removeOverride.mutateAsync(date);
      void message.success(t('calendar.overrides.deleted', { date }));
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Card title={t('calendar.overrides.title')}>
      <Table
        rowKey="date"
        size="small"
        dataSource={data.overrides}
        pagination={data.overrides.length > 8 ? { pageSize: 8, showSizeChanger: false } : false}
        locale={{ emptyText: t('calendar.overrides.empty') }}
        columns={[
          { title: t('calendar.overrides.date'), dataIndex: 'date', width: 110 },
          {
            title: t('calendar.overrides.kind'),
            dataIndex: 'kind',
            width: 100,
            render: (kind: 'holiday' | 'workday') =>
              kind === 'holiday' ? (
                <Tag color="red">{t('calendar.overrides.holiday')}</Tag>
              ) : (
                <Tag color="orange">{t('calendar.overrides.workday')}</Tag>
              ),
          },
          { title: t('calendar.overrides.name'), dataIndex: 'name' },
          ...(canManage
            ? [
                {
                  title: t('common.table.actions'),
                  key: 'actions',
                  width: 70,
                  render: (_value: unknown, row: CalendarYear['overrides'][number]) => (
                    <Popconfirm
                      title={t('calendar.overrides.deleteConfirm', { date: row.date })}
                      onConfirm={() => remove(row.date)}
                    >
                      <Button
                        type="text"
                        danger
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={`${t('common.actions.delete')} ${row.date}`}
                      />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canManage ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('calendar.overrides.addTitle')}
          </Typography.Title>
          <Form<OverrideForm>
            form={form}
            layout="vertical"
            onFinish={add}
            initialValues={{ kind: 'holiday' }}
          >
            <Form.Item
              name="date"
              label={t('calendar.overrides.date')}
              rules={[{ required: true, message: t('calendar.overrides.dateRequired') }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                defaultPickerValue={dayjs(`${data.year}-01-01`)}
                disabledDate={(date) => date.year() !== data.year}
              />
            </Form.Item>
            <Form.Item name="kind" label={t('calendar.overrides.kind')}>
              <Radio.Group optionType="button">
                <Radio.Button value="holiday">{t('calendar.overrides.holiday')}</Radio.Button>
                <Radio.Button value="workday">{t('calendar.overrides.workday')}</Radio.Button>
              </Radio.Group>
            </Form.Item>
            <Form.Item
              name="name"
              label={t('calendar.overrides.name')}
              rules={[{ required: true, whitespace: true, message: t('calendar.overrides.nameRequired') }]}
            >
              <Input maxLength={30} placeholder={t('calendar.overrides.namePlaceholder')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={setOverride.isPending}>
              {t('calendar.overrides.add')}
            </Button>
          </Form>
        </>
      ) : null}
    </Card>
  );
}

export function ConfirmYearCard({ data }: { data: CalendarYear }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ notice: string }>();
  const confirmYear = useConfirmYear();
  const showError = useApiErrorHandler();

  const submit = async ({ notice }: { notice: string }) => {
    try {
      await confirmYear.mutateAsync({ year: data.year, notice: notice.trim() });
      void message.success(t('calendar.confirm.success', { year: data.year }));
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Card title={t('calendar.confirm.title')}>
      <Typography.Paragraph type="secondary">{t('calendar.confirm.help')}</Typography.Paragraph>
      <Form<{ notice: string }> form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="notice"
          label={t('calendar.confirm.notice')}
          rules={[{ required: true, whitespace: true, message: t('calendar.confirm.noticeRequired') }]}
        >
          <Input maxLength={60} placeholder={t('calendar.confirm.noticePlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={confirmYear.isPending}>
          {t('calendar.confirm.button', { year: data.year })}
        </Button>
      </Form>
    </Card>
  );
}
