import { securityPolicy } from '@qingshan/domain';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { UserLayout } from '../../layouts/UserLayout';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ChangePasswordForm } from './ChangePasswordForm';
import type { LoginPageState } from './navigation';
import { useLogout, useSession } from './session';

/**
 * /password: the only page a user with a first, reset or expired password may open (the server
 * refuses everything else with PASSWORD_CHANGE_REQUIRED until it is changed).
 */
export default function PasswordChangePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('layout.menu.passwordChange'));
  const { me } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const logout = useLogout();
  const isExpired = Date.parse(me.user.passwordExpiresAt) <= Date.now();

  return (
    <UserLayout>
      <Card className="qs-login-card qs-password-card" variant="borderless">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('auth.passwordChange.title')}
        </Typography.Title>
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            isExpired
              ? t('auth.passwordChange.expiredReason', { days: securityPolicy.passwordMaxAgeDays })
              : t('auth.passwordChange.initialReason')
          }
        />
        <Typography.Paragraph type="secondary">
          {t('auth.passwordChange.signedInAs', { name: me.user.displayName, username: me.user.username })}
        </Typography.Paragraph>
        <ChangePasswordForm
          username={me.user.username}
          onChanged={() => {
            void message.success(t('auth.passwordChange.success'));
            navigate('/', { replace: true });
          }}
        />
        <Space style={{ marginTop: 16 }}>
          <Button
            type="link"
            style={{ paddingInline: 0 }}
            onClick={async () => {
              await logout();
              const state: LoginPageState = { notice: t('auth.loggedOut'), noticeType: 'info' };
              navigate('/login', { replace: true, state });
            }}
          >
            {t('common.actions.logout')}
          </Button>
        </Space>
      </Card>
    </UserLayout>
  );
}
