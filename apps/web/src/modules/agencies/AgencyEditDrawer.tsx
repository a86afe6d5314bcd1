import type { AgencyDetail, UpdateAgencyRequest } from '@qingshan/domain';
import { App, Button, Drawer, Form, Grid, Input, Space, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useUpdateAgency } from './agencies.api';

interface AgencyEditValues {
  name: string;
  shortName: string;
  address: string;
  phone: string;
  headName: string;
  description: string;
  isActive: boolean;
}

const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** PATCH /api/agencies/:id (system administrator): the agency's own details. */
export function AgencyEditDrawer({
  detail,
  open,
  onClose,
}: {
  detail: AgencyDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AgencyEditValues>();
  const update = useUpdateAgency(detail.id);
  const showError = useApiErrorHandler();
  const isNarrow = Grid.useBreakpoint().sm === false;

  useEffect(() => {
    if (open) {
      form.setFieldsValue({
        name: detail.name,
        shortName: detail.shortName,
        address: detail.address ?? '',
        phone: detail.phone ?? '',
        headName: detail.headName ?? '',
        description: detail.description ?? '',
        isActive: detail.isActive,
      });
    }
  }, [open, detail, form]);

  const submit = async (values: AgencyEditValues) => {
    const input: UpdateAgencyRequest = {
      name: values.name.trim(),
      shortName: values.shortName.trim(),
      address: blankToNull(values.address),
      phone: blankToNull(values.phone),
      headName: blankToNull(values.headName),
      description: blankToNull(values.description),
      isActive: values.isActive,
    };
    try {
      await update.mutateAsync(input);
      void message.success(t('agencies.edit.success'));
      onClose();
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Drawer
      title={t('agencies.edit.title')}
      open={open}
      onClose={onClose}
      size={isNarrow ? '100%' : 520}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.actions.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()}>
            {t('common.actions.save')}
          </Button>
        </Space>
      }
    >
      <Form<AgencyEditValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="name"
          label={t('agencies.detail.name')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={60} showCount />
        </Form.Item>
        <Form.Item
          name="shortName"
          label={t('agencies.detail.shortName')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="headName" label={t('agencies.detail.head')}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="phone" label={t('agencies.detail.phone')}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
        <Form.Item name="address" label={t('agencies.detail.address')}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="description" label={t('agencies.detail.description')}>
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
        <Form.Item
          name="isActive"
          label={t('agencies.edit.isActive')}
          valuePropName="checked"
          extra={t('agencies.edit.isActiveHelp')}
        >
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
