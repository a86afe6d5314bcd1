import { type EquipmentCategory, type EquipmentItem, equipmentCategories } from '@qingshan/domain';
import { App, Button, DatePicker, Drawer, Form, Grid, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { dayjs, todayInShanghai } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { useCreateEquipment, useUpdateEquipment } from './equipment.api';

interface EquipmentFormValues {
  agencyId: string;
  category: EquipmentCategory;
  name: string;
  model?: string;
  serialNumber?: string;
  assetNumber: string;
  acquiredOn?: Dayjs | null;
  note?: string;
}

/** Registers an item (POST /api/equipment/items) or edits one (PATCH), equipment.manage. */
export function EquipmentFormDrawer({
  item,
  open,
  onClose,
}: {
  /** Absent: a new item. */
  item?: EquipmentItem;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EquipmentFormValues>();
  const create = useCreateEquipment();
  const update = useUpdateEquipment(item?.id ?? '');
  const showError = useApiErrorHandler();
  const isNarrow = Grid.useBreakpoint().sm === false;
  const isNew = !item;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (item) {
      form.setFieldsValue({
        agencyId: item.agencyId,
        category: item.category,
        name: item.name,
        model: item.model ?? '',
        serialNumber: item.serialNumber ?? '',
        assetNumber: item.assetNumber ?? '',
        acquiredOn: item.acquiredOn ? dayjs(item.acquiredOn) : null,
        note: item.note ?? '',
      });
    }
  }, [open, item, form]);

  const submit = async (values: EquipmentFormValues) => {
    const body = {
      agencyId: values.agencyId,
      category: values.category,
      name: values.name.trim(),
      model: values.model?.trim() || null,
      serialNumber: values.serialNumber?.trim() || null,
      assetNumber: values.assetNumber.trim(),
      acquiredOn: values.acquiredOn ? values.acquiredOn.format('YYYY-MM-DD') : null,
      note: values.note?.trim() || null,
    };
    try {
      if (isNew) {
        const created = await create.mutateAsync(body);
        void message.success(t('equipment.messages.created', { assetNumber: created.assetNumber }));
      } else {
        await update.mutateAsync(body);
        void message.success(t('equipment.messages.updated'));
      }
      onClose();
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Drawer
      title={isNew ? t('equipment.form.createTitle') : t('equipment.form.editTitle', { name: item.name })}
      open={open}
      onClose={onClose}
      size={isNarrow ? '100%' : 520}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.actions.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            {isNew ? t('common.actions.create') : t('common.actions.save')}
          </Button>
        </Space>
      }
    >
      <Form<EquipmentFormValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="agencyId"
          label={t('equipment.form.agency')}
          rules={[{ required: true, message: t('equipment.form.agencyRequired') }]}
        >
          <AgencyTreeSelect disableInactive={isNew} />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('equipment.form.category')}
          rules={[{ required: true, message: t('equipment.form.categoryRequired') }]}
        >
          <Select
            options={equipmentCategories.map((category) => ({
              value: category,
              label: t(`equipment.category.${category}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('equipment.form.name')}
          rules={[{ required: true, whitespace: true, message: t('equipment.form.nameRequired') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="model" label={t('equipment.form.model')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="assetNumber"
          label={t('equipment.form.assetNumber')}
          extra={t('equipment.form.assetNumberHelp')}
          rules={[{ required: true, whitespace: true, message: t('equipment.form.assetNumberRequired') }]}
        >
          <Input maxLength={40} autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item name="serialNumber" label={t('equipment.form.serialNumber')}>
          <Input maxLength={60} autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item name="acquiredOn" label={t('equipment.form.acquiredOn')}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(date) => date.format('YYYY-MM-DD') > todayInShanghai()}
          />
        </Form.Item>
        <Form.Item name="note" label={t('equipment.form.note')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
