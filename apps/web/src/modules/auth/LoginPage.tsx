import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { securityPolicy } from '@qingshan/domain';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { UserLayout } from '../../layouts/UserLayout';
import { mapIssuesToFields } from '../../lib/form-errors';
import { useDocumentTitle } from '../../lib/use-document-title';
import { type LoginPageState, safeReturnPath } from './navigation';
import { useLogin, useMeQuery } from './session';

interface LoginForm {
  username: string;
  password: string;
}

/**
 * /login. Shows the server's answer as it is: wrong password with the attempts left, locked until
 * HH:mm, disabled. Returns to the page the user came from, or to the password page when the
 * password must be changed first.
 */
export default function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('layout.menu.login'));
  const location = useLocation();
  const navigate = useNavigate();
  const state = (location.state ?? {}) as LoginPageState;
  const [form] = Form.useForm<LoginForm>();
  const login = useLogin();
  const me = useMeQuery();
  const [error, setError] = useState<string | null>(null);

  if (me.isSuccess && !login.isPending && !login.isSuccess) {
    return (
      <Navigate to={me.data.user.mustChangePassword ? '/password' : safeReturnPath(state.from)} replace />
    );
  }

  const submit = async (values: LoginForm) => {
    setError(null);
    try {
      const result = await login.mutateAsync(values);
      navigate(result.user.mustChangePassword ? '/password' : safeReturnPath(state.from), { replace: true });
    } catch (cause) {
      if (isApiError(cause)) {
        const fieldErrors = mapIssuesToFields(cause.issues, cause.field, cause.message, [
          'username',
          'password',
        ]);
        if (fieldErrors.length > 0) form.setFields(fieldErrors as Parameters<typeof form.setFields>[0]);
        else setError(cause.message);
      } else {
        setError(String(cause));
      }
      form.setFieldValue('password', '');
    }
  };

  return (
    <UserLayout>
      {/* Plain elements styled like antd's Card and Typography: those two bring Tabs, Dropdown,
          Menu, Skeleton and the text editor along, a third of the first page (issue 8). */}
      <section className="qs-login-card">
        <h2 className="qs-login-title">{t('auth.login.title')}</h2>
        <p className="qs-login-subtitle">{t('auth.login.subtitle')}</p>
        {state.notice && !error ? (
          <Alert
            type={state.noticeType ?? 'info'}
            showIcon
            title={state.notice}
            style={{ marginBottom: 16 }}
            data-testid="login-notice"
          />
        ) : null}
        {error ? (
          <Alert
            type="error"
            showIcon
            title={error}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            role="alert"
          />
        ) : null}
        <Form<LoginForm> form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('auth.login.username')}
            rules={[{ required: true, whitespace: true, message: t('auth.login.usernameRequired') }]}
          >
            <Input
              prefix={<UserOutlined />}
              placeholder={t('auth.login.usernamePlaceholder')}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.login.password')}
            rules={[{ required: true, message: t('auth.login.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              placeholder={t('auth.login.passwordPlaceholder')}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('auth.login.submit')}
          </Button>
        </Form>
        <p className="qs-login-note">
          {t('auth.login.securityNote', {
            count: securityPolicy.maxFailedLogins,
            minutes: securityPolicy.lockoutMinutes,
            idle: securityPolicy.idleTimeoutMinutes,
          })}
          <br />
          {t('auth.login.forgot')}
        </p>
      </section>
    </UserLayout>
  );
}
