import type { CapacityRow } from '@qingshan/domain';
import { App, Form, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useSetStaffing } from './capacity.api';

/** PUT /api/capacity/staffing/:agencyId: the 执法编制数 of one enforcement agency (personnel.manage). */
export function StaffingModal({ row, onClose }: { row: CapacityRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ authorizedPositions: number }>();
  const setStaffing = useSetStaffing(row.agencyId);
  const showError = useApiErrorHandler();

  const submit = async (values: { authorizedPositions: number }) => {
    try {
      await setStaffing.mutateAsync({ authorizedPositions: values.authorizedPositions });
      void message.success(
        t('capacity.staffing.saved', { name: row.name, count: values.authorizedPositions }),
      );
      onClose();
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Modal
      open
      title={t('capacity.staffing.title', { name: row.name })}
      okButtonProps={{ loading: setStaffing.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ authorizedPositions: row.own.authorizedPositions ?? row.own.enforcementStaff }}
      >
        <Form.Item
          name="authorizedPositions"
          label={t('capacity.staffing.label')}
          extra={t('capacity.staffing.help')}
          rules={[{ required: true, message: t('capacity.staffing.required') }]}
        >
          <InputNumber min={0} max={5000} precision={0} style={{ width: '100%' }} autoFocus />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">
        {t('capacity.staffing.current', { staff: row.own.enforcementStaff })}
      </Typography.Text>
    </Modal>
  );
}
