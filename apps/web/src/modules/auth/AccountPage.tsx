import { securityPolicy } from '@qingshan/domain';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../components/PageContainer';
import { formatDate } from '../../lib/dates';
import { roleColors, useLabels } from '../../lib/labels';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useUpdateOwnProfile } from './account.api';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSession } from './session';

interface ProfileValues {
  displayName: string;
  phone: string;
}

/** /account: the user's own name and phone (PATCH /api/auth/profile) and password. */
export default function AccountPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { me } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const updateProfile = useUpdateOwnProfile();
  const showError = useApiErrorHandler();

  useEffect(() => {
    form.setFieldsValue({ displayName: me.user.displayName, phone: me.user.phone ?? '' });
  }, [form, me.user.displayName, me.user.phone]);

  const saveProfile = async (values: ProfileValues) => {
    try {
      await updateProfile.mutateAsync({
        displayName: values.displayName.trim(),
        phone: values.phone?.trim() ? values.phone.trim() : null,
      });
      void message.success(t('auth.account.profileSaved'));
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <PageContainer title={t('auth.account.title')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('auth.account.profileCard')} style={{ height: '100%' }}>
            <Descriptions
              size="small"
              column={1}
              style={{ marginBottom: 16 }}
              items={[
                { key: 'username', label: t('auth.account.username'), children: me.user.username },
                { key: 'agency', label: t('auth.account.agency'), children: me.user.agency.name },
                {
                  key: 'roles',
                  label: t('auth.account.roles'),
                  children: (
                    <Space size={[4, 4]} wrap>
                      {me.user.roles.map((role) => (
                        <Tag key={role} color={roleColors[role]}>
                          {labels.role(role)}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
            <Form<ProfileValues>
              form={form}
              layout="vertical"
              onFinish={saveProfile}
              style={{ maxWidth: 440 }}
            >
              <Form.Item
                name="displayName"
                label={t('auth.account.displayName')}
                rules={[{ required: true, whitespace: true, message: t('auth.account.displayNameRequired') }]}
              >
                <Input maxLength={20} />
              </Form.Item>
              <Form.Item name="phone" label={t('auth.account.phone')} extra={t('auth.account.phoneHelp')}>
                <Input inputMode="tel" maxLength={20} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={updateProfile.isPending}>
                {t('auth.account.saveProfile')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('auth.account.passwordCard')} style={{ height: '100%' }}>
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('auth.account.passwordNote')} />
            <Typography.Paragraph type="secondary">
              {t('auth.account.passwordExpiresAt', {
                date: formatDate(me.user.passwordExpiresAt),
                days: securityPolicy.passwordMaxAgeDays,
              })}
            </Typography.Paragraph>
            <ChangePasswordForm
              username={me.user.username}
              onChanged={() => void message.success(t('auth.account.passwordChanged'), 5)}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
