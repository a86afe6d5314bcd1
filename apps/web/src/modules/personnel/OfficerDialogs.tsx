import { backbonePools, directOfficerStatuses, type OfficerDetail } from '@qingshan/domain';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../lib/dates';
import { roleColors, useLabels } from '../../lib/labels';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useAccountCandidates, useLinkAccount, useSetBackbone, useSetOfficerStatus } from './personnel.api';

export const noFuture = (day: Dayjs) => day.isAfter(dayjs(), 'day');
export const iso = (day: Dayjs | null | undefined) => (day ? day.format('YYYY-MM-DD') : undefined);

export interface DialogProps {
  officer: OfficerDetail;
  onClose: () => void;
}

/** POST /api/officers/:id/status: 在岗 ↔ 休假 ↔ 离岗 (借调 goes through a secondment). */
export function StatusModal({ officer, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ status: (typeof directOfficerStatuses)[number]; note?: string }>();
  const setStatus = useSetOfficerStatus(officer.id);
  const showError = useApiErrorHandler();
  const chosen = Form.useWatch('status', form);

  const submit = async (values: { status: (typeof directOfficerStatuses)[number]; note?: string }) => {
    try {
      await setStatus.mutateAsync({ status: values.status, note: values.note?.trim() || null });
      void message.success(t('personnel.messages.statusSet'));
      onClose();
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Modal
      open
      title={t('personnel.status.title', { name: officer.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={setStatus.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ status: undefined }}>
        <Form.Item name="status" label={t('personnel.status.status')} rules={[{ required: true }]}>
          <Radio.Group
            options={directOfficerStatuses.map((status) => ({
              value: status,
              label: t(`personnel.labels.status.${status}`),
              disabled: status === officer.status,
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('personnel.status.note')}>
          <Input maxLength={200} placeholder={t('personnel.status.notePlaceholder')} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('personnel.status.secondedHint')}
        </Typography.Paragraph>
        {chosen === 'departed' ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={t('personnel.status.departedHint')}
          />
        ) : null}
      </Form>
    </Modal>
  );
}

/** PUT /api/officers/:id/account: accounts of the officer's agency; taken ones shown, not choosable. */
export function AccountModal({ officer, onClose }: DialogProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ userId: string }>();
  const candidates = useAccountCandidates(officer.id, true);
  const link = useLinkAccount(officer.id);
  const showError = useApiErrorHandler();

  useEffect(() => {
    if (officer.account) form.setFieldsValue({ userId: officer.account.id });
  }, [officer.account, form]);

  const submit = async (values: { userId: string }) => {
    try {
      const result = await link.mutateAsync(values.userId);
      void message.success(t('personnel.messages.linked', { username: result.account?.username ?? '' }));
      onClose();
    } catch (error) {
      showError(error, form);
    }
  };

  const options = (candidates.data ?? []).map((account) => ({
    value: account.id,
    disabled: account.linkedOfficerName !== null && account.id !== officer.account?.id,
    label: (
      <Space size={4} wrap>
        <span>
          {account.displayName}（{account.username}）
        </span>
        {account.roles.map((role) => (
          <Tag key={role} color={roleColors[role]} bordered={false}>
            {labels.role(role)}
          </Tag>
        ))}
        {account.status === 'disabled' ? <Tag>{t('personnel.account.disabled')}</Tag> : null}
        {account.linkedOfficerName ? (
          <Typography.Text type="secondary">
            {t('personnel.account.linkedTo', { name: account.linkedOfficerName })}
          </Typography.Text>
        ) : null}
      </Space>
    ),
  }));

  return (
    <Modal
      open
      width={600}
      title={t('personnel.account.title', { name: officer.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={link.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('personnel.account.help')} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="userId" label={t('personnel.account.choose')} rules={[{ required: true }]}>
          <Select
            loading={candidates.isPending}
            options={options}
            notFoundContent={t('personnel.account.none')}
            optionLabelProp="label"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** PUT /api/officers/:id/backbone. */
export function BackboneModal({ officer, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ pool: (typeof backbonePools)[number]; since: Dayjs }>();
  const setBackbone = useSetBackbone(officer.id);
  const showError = useApiErrorHandler();

  const submit = async (values: { pool: (typeof backbonePools)[number]; since: Dayjs }) => {
    try {
      await setBackbone.mutateAsync({ pool: values.pool, since: iso(values.since) });
      void message.success(
        t('personnel.messages.backboneSet', { pool: t(`personnel.labels.backbonePool.${values.pool}`) }),
      );
      onClose();
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Modal
      open
      title={t('personnel.backbone.title', { name: officer.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={setBackbone.isPending}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('personnel.backbone.rule', { managedBy: officer.rules.backboneManagedBy })}
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          pool: officer.backbonePool ?? 'city',
          since: officer.backboneSince ? dayjs(officer.backboneSince) : dayjs(),
        }}
      >
        <Form.Item name="pool" label={t('personnel.backbone.pool')} rules={[{ required: true }]}>
          <Radio.Group
            options={backbonePools.map((pool) => ({
              value: pool,
              label: t(`personnel.labels.backbonePool.${pool}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="since" label={t('personnel.backbone.since')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={noFuture} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
