import { awardKinds, type Secondment, trainingKinds } from '@qingshan/domain';
import {
  Alert,
  App,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { type DialogProps, iso, noFuture } from './OfficerDialogs';
import {
  type SecondmentAction,
  useAddAward,
  useAddTraining,
  useCreateSecondment,
  useSecondmentAction,
} from './personnel.api';

export interface SecondmentFormValues {
  hostOrganisation: string;
  reason?: string;
  period: [Dayjs, Dayjs];
  leavesCity: boolean;
}

/** POST /api/officers/:id/secondments, with the province's approval and filing rule shown as it applies. */
export function SecondmentModal({ officer, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SecondmentFormValues>();
  const create = useCreateSecondment(officer.id);
  const showError = useApiErrorHandler();
  const period = Form.useWatch('period', form);
  const leavesCity = Form.useWatch('leavesCity', form);
  const { rules } = officer;
  const thresholdYears = Number.parseInt(rules.secondmentThreshold, 10) || 1;
  const isLong = Boolean(period?.[0] && period?.[1]?.isAfter(period[0].add(thresholdYears, 'year')));

  const submit = async (values: SecondmentFormValues) => {
    try {
      await create.mutateAsync({
        hostOrganisation: values.hostOrganisation.trim(),
        reason: values.reason?.trim() || null,
        startsOn: iso(values.period[0])!,
        plannedEndsOn: iso(values.period[1])!,
        leavesCity: values.leavesCity ?? false,
      });
      void message.success(t('personnel.messages.secondmentCreated'));
      onClose();
    } catch (error) {
      showError(error, form, { startsOn: 'period', plannedEndsOn: 'period' });
    }
  };

  return (
    <Modal
      open
      width={560}
      title={t('personnel.secondments.createTitle', { name: officer.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('personnel.secondments.rule', {
          threshold: rules.secondmentThreshold,
          approver: rules.secondmentApprover,
          filedWith: rules.secondmentFiledWith,
          basis: rules.secondmentBasis,
        })}
      />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ leavesCity: false }}>
        <Form.Item
          name="hostOrganisation"
          label={t('personnel.secondments.host')}
          rules={[{ required: true, whitespace: true, message: t('personnel.secondments.hostRequired') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="reason" label={t('personnel.secondments.reason')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('personnel.secondments.period')}
          rules={[{ required: true, message: t('personnel.secondments.periodRequired') }]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="leavesCity" valuePropName="checked">
          <Checkbox>{t('personnel.secondments.leavesCity')}</Checkbox>
        </Form.Item>
        {isLong || (leavesCity && rules.isLeavingCityFiled) ? (
          <Alert
            type="warning"
            showIcon
            title={
              <Space orientation="vertical" size={0}>
                {isLong ? (
                  <span>
                    {t('personnel.secondments.needsApprovalHint', {
                      threshold: rules.secondmentThreshold,
                      approver: rules.secondmentApprover,
                    })}
                  </span>
                ) : null}
                {leavesCity && rules.isLeavingCityFiled ? (
                  <span>
                    {t('personnel.secondments.needsFilingHint', { filedWith: rules.secondmentFiledWith })}
                  </span>
                ) : null}
              </Space>
            }
          />
        ) : null}
      </Form>
    </Modal>
  );
}

/** Approval (provincial bureau), filing, or return of one secondment. */
export function SecondmentActionModal({
  officer,
  secondment,
  kind,
  onClose,
}: DialogProps & { secondment: Secondment; kind: SecondmentAction['kind'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ approvalDocument?: string; date: Dayjs }>();
  const action = useSecondmentAction(officer.id, secondment.id);
  const showError = useApiErrorHandler();
  const { rules } = officer;
  const titles = {
    approval: t('personnel.secondments.approveTitle', { approver: rules.secondmentApprover }),
    filing: t('personnel.secondments.fileTitle', { filedWith: rules.secondmentFiledWith }),
    return: t('personnel.secondments.returnTitle'),
  };
  const dateLabels = {
    approval: t('personnel.secondments.approvedOn'),
    filing: t('personnel.secondments.filedOn'),
    return: t('personnel.secondments.returnedOn'),
  };
  const dateFields = { approval: 'approvedOn', filing: 'filedOn', return: 'returnedOn' } as const;

  const submit = async (values: { approvalDocument?: string; date: Dayjs }) => {
    const day = iso(values.date)!;
    const request: SecondmentAction =
      kind === 'approval'
        ? { kind, body: { approvalDocument: values.approvalDocument?.trim() ?? '', approvedOn: day } }
        : kind === 'filing'
          ? { kind, body: { filedOn: day } }
          : { kind, body: { returnedOn: day } };
    try {
      await action.mutateAsync(request);
      void message.success(
        t(
          kind === 'approval'
            ? 'personnel.messages.approved'
            : kind === 'filing'
              ? 'personnel.messages.filed'
              : 'personnel.messages.returned',
        ),
      );
      onClose();
    } catch (error) {
      showError(error, form, { [dateFields[kind]]: 'date' });
    }
  };

  return (
    <Modal
      open
      title={titles[kind]}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={action.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {officer.name} · {secondment.hostOrganisation} · {secondment.startsOn} ~ {secondment.plannedEndsOn}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ date: dayjs() }}>
        {kind === 'approval' ? (
          <Form.Item
            name="approvalDocument"
            label={t('personnel.secondments.approvalDocument')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={60} placeholder={t('personnel.secondments.approvalDocumentPlaceholder')} />
          </Form.Item>
        ) : null}
        <Form.Item name="date" label={dateLabels[kind]} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={noFuture} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export interface TrainingFormValues {
  title: string;
  kind: (typeof trainingKinds)[number];
  organiser: string;
  period: [Dayjs, Dayjs];
  hours: number;
  isPassed: boolean;
}

export function TrainingModal({ officer, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TrainingFormValues>();
  const add = useAddTraining(officer.id);
  const showError = useApiErrorHandler();

  const submit = async (values: TrainingFormValues) => {
    try {
      await add.mutateAsync({
        title: values.title.trim(),
        kind: values.kind,
        organiser: values.organiser.trim(),
        startsOn: iso(values.period[0])!,
        endsOn: iso(values.period[1])!,
        hours: values.hours,
        isPassed: values.isPassed,
      });
      void message.success(t('personnel.messages.trainingAdded'));
      onClose();
    } catch (error) {
      showError(error, form, { startsOn: 'period', endsOn: 'period' });
    }
  };

  return (
    <Modal
      open
      width={560}
      title={t('personnel.trainings.createTitle', { name: officer.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ isPassed: true, kind: 'professional' }}
      >
        <Form.Item
          name="title"
          label={t('personnel.trainings.title')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="kind" label={t('personnel.trainings.kind')} rules={[{ required: true }]}>
          <Select
            options={trainingKinds.map((kind) => ({
              value: kind,
              label: t(`personnel.labels.trainingKind.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="organiser"
          label={t('personnel.trainings.organiser')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="period" label={t('personnel.trainings.period')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="hours" label={t('personnel.trainings.hours')} rules={[{ required: true }]}>
          <InputNumber min={1} max={400} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="isPassed" valuePropName="checked">
          <Checkbox>{t('personnel.trainings.isPassed')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

export interface AwardFormValues {
  title: string;
  kind: (typeof awardKinds)[number];
  awardedOn: Dayjs;
  awardedBy: string;
  reason?: string;
}

export function AwardModal({ officer, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AwardFormValues>();
  const add = useAddAward(officer.id);
  const showError = useApiErrorHandler();

  const submit = async (values: AwardFormValues) => {
    try {
      await add.mutateAsync({
        title: values.title.trim(),
        kind: values.kind,
        awardedOn: iso(values.awardedOn)!,
        awardedBy: values.awardedBy.trim(),
        reason: values.reason?.trim() || null,
      });
      void message.success(t('personnel.messages.awardAdded'));
      onClose();
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Modal
      open
      title={t('personnel.awards.createTitle', { name: officer.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'praise' }}>
        <Form.Item name="kind" label={t('personnel.awards.kind')} rules={[{ required: true }]}>
          <Radio.Group
            options={awardKinds.map((kind) => ({
              value: kind,
              label: t(`personnel.labels.awardKind.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('personnel.awards.title')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="awardedBy"
          label={t('personnel.awards.awardedBy')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="awardedOn" label={t('personnel.awards.awardedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={noFuture} />
        </Form.Item>
        <Form.Item name="reason" label={t('personnel.awards.reason')}>
          <Input.TextArea maxLength={200} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
