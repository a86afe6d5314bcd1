import type { UserListItem } from '@qingshan/domain';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordPolicyHints, passwordPolicyRule } from '../../components/PasswordPolicyHints';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useResetPassword } from './users.api';

interface ResetValues {
  newPassword: string;
  confirmPassword: string;
}

/** POST /api/users/:id/password-reset (system administrator); the user must change it at login. */
export function ResetPasswordModal({ user, onClose }: { user: UserListItem; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetValues>();
  const newPassword = Form.useWatch('newPassword', form);
  const reset = useResetPassword(user.id);
  const showError = useApiErrorHandler();

  const submit = async (values: ResetValues) => {
    try {
      await reset.mutateAsync(values.newPassword);
      void message.success(t('users.messages.passwordReset', { name: user.displayName }));
      onClose();
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Modal
      open
      title={t('users.form.resetTitle', { name: `${user.displayName}（${user.username}）` })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('users.actions.resetPassword')}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('users.form.resetNote')} style={{ marginBottom: 16 }} />
      <Form<ResetValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="newPassword"
          label={t('users.form.newPassword')}
          rules={[
            { required: true, message: t('auth.passwordChange.newRequired') },
            passwordPolicyRule(t('common.password.notMet'), () => user.username),
          ]}
          extra={<PasswordPolicyHints password={newPassword} username={user.username} />}
        >
          <Input.Password autoComplete="new-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('common.password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.password.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('common.password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
