import type { EquipmentItem, EquipmentTransitionTarget } from '@qingshan/domain';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dayjs, todayInShanghai } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useTransitionEquipment } from './equipment.api';

const actionKeys = {
  maintenance: 'maintenance',
  in_use: 'restore',
  scrapped: 'scrap',
} as const satisfies Record<EquipmentTransitionTarget, string>;

/** POST /api/equipment/items/:id/status: send for repair, back in use, scrap. */
export function EquipmentStatusModal({
  item,
  target,
  onClose,
}: {
  item: EquipmentItem;
  target: EquipmentTransitionTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ occurredOn: Dayjs; note?: string }>();
  const transition = useTransitionEquipment(item.id);
  const showError = useApiErrorHandler();
  const action = t(`equipment.actions.${actionKeys[target]}`);
  const earliest = item.statusChangedOn ?? item.acquiredOn ?? '1900-01-01';

  const submit = async (values: { occurredOn: Dayjs; note?: string }) => {
    try {
      await transition.mutateAsync({
        status: target,
        occurredOn: values.occurredOn.format('YYYY-MM-DD'),
        note: values.note?.trim() || null,
      });
      void message.success(
        t('equipment.messages.transitioned', {
          name: item.assetNumber ?? item.name,
          status: t(`equipment.status.${target}`),
        }),
      );
      onClose();
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Modal
      open
      title={t('equipment.transition.title', { action, name: `${item.name}（${item.assetNumber ?? ''}）` })}
      okText={action}
      okButtonProps={{ danger: target === 'scrapped', loading: transition.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {target === 'scrapped' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('equipment.transition.scrapWarning')}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ occurredOn: dayjs(todayInShanghai()) }}
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
          <Input.TextArea rows={3} maxLength={500} placeholder={t('equipment.transition.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
