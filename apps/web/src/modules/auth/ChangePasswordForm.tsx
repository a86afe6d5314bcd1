import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordPolicyHints, passwordPolicyRule } from '../../components/PasswordPolicyHints';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useChangeOwnPassword } from './account.api';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Current, new and confirmed password, with the policy checked live as the user types. */
export function ChangePasswordForm({ username, onChanged }: { username: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ChangePasswordValues>();
  const newPassword = Form.useWatch('newPassword', form);
  const changePassword = useChangeOwnPassword();
  const showError = useApiErrorHandler();

  const submit = async (values: ChangePasswordValues) => {
    try {
      await changePassword.mutateAsync({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      form.resetFields();
      onChanged();
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Form<ChangePasswordValues> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 440 }}>
      <Form.Item
        name="currentPassword"
        label={t('auth.passwordChange.currentPassword')}
        rules={[{ required: true, message: t('auth.passwordChange.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.passwordChange.newPassword')}
        rules={[
          { required: true, message: t('auth.passwordChange.newRequired') },
          passwordPolicyRule(t('common.password.notMet'), () => username),
        ]}
        extra={<PasswordPolicyHints password={newPassword} username={username} />}
      >
        <Input.Password autoComplete="new-password" />
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
      <Button type="primary" htmlType="submit" loading={changePassword.isPending}>
        {t('auth.passwordChange.submit')}
      </Button>
    </Form>
  );
}
