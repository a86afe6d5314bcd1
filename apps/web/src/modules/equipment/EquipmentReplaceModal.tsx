import type { EquipmentItem } from '@qingshan/domain';
import { Alert, App, DatePicker, Divider, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dayjs, todayInShanghai } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useReplaceEquipment } from './equipment.api';

interface ReplaceValues {
  occurredOn: Dayjs;
  note?: string;
  name: string;
  model?: string;
  serialNumber?: string;
  assetNumber: string;
}

/** POST /api/equipment/items/:id/replacement: 以新换旧. */
export function EquipmentReplaceModal({ item, onClose }: { item: EquipmentItem; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReplaceValues>();
  const replace = useReplaceEquipment(item.id);
  const showError = useApiErrorHandler();
  const earliest = item.statusChangedOn ?? item.acquiredOn ?? '1900-01-01';

  const submit = async (values: ReplaceValues) => {
    try {
      const created = await replace.mutateAsync({
        occurredOn: values.occurredOn.format('YYYY-MM-DD'),
        note: values.note?.trim() || null,
        newItem: {
          name: values.name.trim(),
          model: values.model?.trim() || null,
          serialNumber: values.serialNumber?.trim() || null,
          assetNumber: values.assetNumber.trim(),
        },
      });
      void message.success(t('equipment.messages.replaced', { assetNumber: created.assetNumber }));
      onClose();
    } catch (error) {
      showError(error, form, { newItem: 'assetNumber' });
    }
  };

  return (
    <Modal
      open
      title={t('equipment.replace.title', { name: `${item.name}（${item.assetNumber ?? ''}）` })}
      okText={t('equipment.actions.replace')}
      okButtonProps={{ loading: replace.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('equipment.replace.description')} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ occurredOn: dayjs(todayInShanghai()), name: item.name }}
      >
        <Form.Item
          name="occurredOn"
          label={t('equipment.transition.occurredOn')}
          rules={[{ required: true, message: t('equipment.transition.occurredOnRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(date) => {
              const day = date.format('YYYY-MM-DD');
              return day > todayInShanghai() || day < earliest;
            }}
          />
        </Form.Item>
        <Form.Item name="note" label={t('equipment.transition.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('equipment.replace.newItem')}
        </Divider>
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
      </Form>
    </Modal>
  );
}
