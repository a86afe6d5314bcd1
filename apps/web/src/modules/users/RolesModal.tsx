import {
  administratorRoles,
  findRoleCombinationProblem,
  isAdministratorRole,
  type Role,
  roles,
  type UserListItem,
} from '@qingshan/domain';
import { Alert, App, Checkbox, Divider, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useLabels } from '../../lib/labels';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useSetRoles } from './users.api';

const businessRoles = roles.filter((role) => !isAdministratorRole(role));

/**
 * PUT /api/users/:id/roles (security administrator). 三员分立 is checked as the boxes change with
 * the domain's own rule; the server adds the police-agency rule and has the last word.
 */
export function RolesModal({ user, onClose }: { user: UserListItem; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<Role[]>(user.roles);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const setRoles = useSetRoles(user.id);
  const showError = useApiErrorHandler();
  // Keep the domain's order so the request and the audit summary read the same way every time.
  const ordered = roles.filter((role) => selected.includes(role));
  const problem = findRoleCombinationProblem(ordered);

  const toggle = (role: Role, checked: boolean) => {
    setServerProblem(null);
    setSelected((list) => (checked ? [...list, role] : list.filter((item) => item !== role)));
  };

  const submit = async () => {
    try {
      await setRoles.mutateAsync(ordered);
      void message.success(t('users.messages.rolesSet', { name: user.displayName }));
      onClose();
    } catch (error) {
      if (isApiError(error) && error.field?.startsWith('roles')) setServerProblem(error.message);
      else showError(error);
    }
  };

  const renderGroup = (group: readonly Role[]) => (
    <Space orientation="vertical" size={6}>
      {group.map((role) => (
        <Checkbox
          key={role}
          checked={selected.includes(role)}
          onChange={(event) => toggle(role, event.target.checked)}
        >
          {labels.role(role)}
        </Checkbox>
      ))}
    </Space>
  );

  return (
    <Modal
      open
      title={t('users.roles.title', { name: `${user.displayName}（${user.username}）` })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.actions.save')}
      okButtonProps={{ disabled: problem !== null }}
      confirmLoading={setRoles.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {user.agencyName}
      </Typography.Paragraph>
      <Typography.Text strong>{t('users.roles.business')}</Typography.Text>
      <div style={{ marginTop: 8 }}>{renderGroup(businessRoles)}</div>
      <Divider style={{ margin: '16px 0 12px' }} />
      <Typography.Text strong>{t('users.roles.admin')}</Typography.Text>
      <div style={{ marginTop: 8 }}>{renderGroup(administratorRoles)}</div>
      <Alert
        style={{ marginTop: 16 }}
        type={problem || serverProblem ? 'error' : 'info'}
        showIcon
        title={problem ?? serverProblem ?? t('users.roles.separationTitle')}
        description={
          <>
            <div>{t('users.roles.separation')}</div>
            <div>{t('users.roles.policeNote')}</div>
            <div>{t('users.roles.sessionNote')}</div>
          </>
        }
      />
    </Modal>
  );
}
