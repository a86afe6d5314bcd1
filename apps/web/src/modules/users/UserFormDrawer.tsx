import { type UserListItem, userStatuses } from '@qingshan/domain';
import { App, Button, Drawer, Form, Grid, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordPolicyHints, passwordPolicyRule } from '../../components/PasswordPolicyHints';
import { useLabels } from '../../lib/labels';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { useCreateUser, useUpdateUser } from './users.api';

interface UserFormValues {
  username: string;
  displayName: string;
  agencyId: string;
  phone: string;
  status: UserListItem['status'];
  initialPassword: string;
}

/**
 * New account (POST /api/users) or an account's details (PATCH /api/users/:id), system
 * administrator. Roles are not set here: the security administrator assigns them (三员分立).
 */
export function UserFormDrawer({
  user,
  open,
  onClose,
}: {
  /** Absent: a new account. */
  user?: UserListItem;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const isNew = !user;
  const create = useCreateUser();
  const update = useUpdateUser(user?.id ?? '');
  const showError = useApiErrorHandler();
  const isNarrow = Grid.useBreakpoint().sm === false;
  const username = Form.useWatch('username', form);
  const initialPassword = Form.useWatch('initialPassword', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        displayName: user.displayName,
        agencyId: user.agencyId,
        phone: user.phone ?? '',
        status: user.status,
      });
    }
  }, [open, user, form]);

  const submit = async (values: UserFormValues) => {
    const phone = values.phone?.trim() ? values.phone.trim() : null;
    try {
      if (isNew) {
        const created = await create.mutateAsync({
          username: values.username.trim().toLowerCase(),
          displayName: values.displayName.trim(),
          agencyId: values.agencyId,
          phone,
          initialPassword: values.initialPassword,
        });
        void message.success(t('users.messages.created', { username: created.username }), 6);
      } else {
        await update.mutateAsync({
          displayName: values.displayName.trim(),
          agencyId: values.agencyId,
          phone,
          status: values.status,
        });
        void message.success(t('users.messages.updated'));
      }
      onClose();
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Drawer
      title={isNew ? t('users.form.createTitle') : t('users.form.editTitle', { name: user.displayName })}
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
      <Form<UserFormValues> form={form} layout="vertical" onFinish={submit}>
        {isNew ? (
          <Form.Item
            name="username"
            label={t('users.form.username')}
            extra={t('users.form.usernameHelp')}
            rules={[{ required: true, whitespace: true, message: t('users.form.usernameRequired') }]}
          >
            <Input autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={32} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="displayName"
          label={t('users.form.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users.form.displayNameRequired') }]}
        >
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item
          name="agencyId"
          label={t('users.form.agency')}
          rules={[{ required: true, message: t('users.form.agencyRequired') }]}
        >
          <AgencyTreeSelect disableInactive={isNew} />
        </Form.Item>
        <Form.Item name="phone" label={t('users.form.phone')} extra={t('users.form.phoneHelp')}>
          <Input inputMode="tel" maxLength={20} />
        </Form.Item>
        {isNew ? (
          <Form.Item
            name="initialPassword"
            label={t('users.form.initialPassword')}
            rules={[
              { required: true, message: t('auth.passwordChange.newRequired') },
              passwordPolicyRule(t('common.password.notMet'), () => username),
            ]}
            extra={
              <>
                <PasswordPolicyHints password={initialPassword} username={username} />
                <div>{t('users.form.initialPasswordHelp')}</div>
              </>
            }
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        ) : (
          <Form.Item name="status" label={t('users.form.status')}>
            <Select
              options={userStatuses.map((status) => ({ value: status, label: labels.userStatus(status) }))}
            />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
