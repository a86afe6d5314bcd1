import {
  type CreateOfficerRequest,
  genders,
  type OfficerDetail,
  officerPostSuggestions,
  realNameNumberExample,
  type Specialty,
  specialties,
} from '@qingshan/domain';
import {
  App,
  AutoComplete,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { dayjs } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { useSession } from '../auth/session';
import { useCreateOfficer, useUpdateOfficer } from './personnel.api';

interface OfficerFormValues {
  agencyId: string;
  realNameNumber?: string;
  name: string;
  gender: 'male' | 'female';
  birthYear?: number | null;
  phone?: string;
  post: string;
  joinedOn?: Dayjs | null;
  certificateNumber?: string;
  certificateIssuer?: string;
  certificateValidity?: [Dayjs, Dayjs] | null;
  monitoringCertificateNumber?: string;
  monitoringCertificateValidUntil?: Dayjs | null;
  hasLegalQualification: boolean;
  legalQualificationNumber?: string;
  specialties: Specialty[];
}

/** Certificates are issued by the provincial government (行政执法证件). */
const issuerByProvince: Record<string, string> = {
  '36': '江西省人民政府',
  '22': '吉林省人民政府',
  '32': '江苏省人民政府',
};

const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
const date = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** The server names certificateValidFrom/Until; the form holds them in one range field. */
const fieldAliases = {
  certificateValidFrom: 'certificateValidity',
  certificateValidUntil: 'certificateValidity',
};

/**
 * POST /api/officers (new) or PATCH /api/officers/:id: every field of the registry. Certificate
 * coherence is the server's (the domain's) rule; its field errors land on the matching inputs.
 */
export function OfficerFormDrawer({
  officer,
  open,
  onClose,
}: {
  officer?: OfficerDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<OfficerFormValues>();
  const isNew = !officer;
  const create = useCreateOfficer();
  const update = useUpdateOfficer(officer?.id ?? '');
  const showError = useApiErrorHandler();
  const isNarrow = Grid.useBreakpoint().md === false;
  const hasLegal = Form.useWatch('hasLegalQualification', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (officer) {
      form.setFieldsValue({
        agencyId: officer.agencyId,
        name: officer.name,
        gender: officer.gender,
        birthYear: officer.birthYear,
        phone: officer.phone ?? '',
        post: officer.post,
        joinedOn: officer.joinedOn ? dayjs(officer.joinedOn) : null,
        certificateNumber: officer.certificateNumber ?? '',
        certificateIssuer: officer.certificateIssuer ?? '',
        certificateValidity:
          officer.certificateValidFrom && officer.certificateValidUntil
            ? [dayjs(officer.certificateValidFrom), dayjs(officer.certificateValidUntil)]
            : null,
        monitoringCertificateNumber: officer.monitoringCertificateNumber ?? '',
        monitoringCertificateValidUntil: officer.monitoringCertificateValidUntil
          ? dayjs(officer.monitoringCertificateValidUntil)
          : null,
        hasLegalQualification: officer.hasLegalQualification,
        legalQualificationNumber: officer.legalQualificationNumber ?? '',
        specialties: officer.specialties,
      });
    } else {
      form.setFieldsValue({
        gender: 'male',
        post: '执法人员',
        hasLegalQualification: false,
        specialties: [],
        certificateIssuer: issuerByProvince[me.user.agency.regionCode.slice(0, 2)] ?? '',
      });
    }
  }, [open, officer, form, me.user.agency.regionCode]);

  const submit = async (values: OfficerFormValues) => {
    const body = {
      agencyId: values.agencyId,
      name: values.name.trim(),
      gender: values.gender,
      birthYear: values.birthYear ?? null,
      phone: text(values.phone),
      post: values.post.trim(),
      joinedOn: date(values.joinedOn),
      certificateNumber: text(values.certificateNumber),
      // An issuer alone (the default) is not a certificate.
      certificateIssuer:
        text(values.certificateNumber) || values.certificateValidity ? text(values.certificateIssuer) : null,
      certificateValidFrom: date(values.certificateValidity?.[0]),
      certificateValidUntil: date(values.certificateValidity?.[1]),
      monitoringCertificateNumber: text(values.monitoringCertificateNumber),
      monitoringCertificateValidUntil: date(values.monitoringCertificateValidUntil),
      hasLegalQualification: values.hasLegalQualification,
      legalQualificationNumber: values.hasLegalQualification ? text(values.legalQualificationNumber) : null,
      specialties: values.specialties,
    };
    try {
      if (isNew) {
        const realNameNumber = text(values.realNameNumber);
        const created = await create.mutateAsync({
          ...body,
          ...(realNameNumber ? { realNameNumber } : {}),
        } as CreateOfficerRequest);
        void message.success(
          t('personnel.messages.created', { name: created.name, number: created.realNameNumber }),
          6,
        );
        onClose();
        navigate(`/officers/${created.id}`);
      } else {
        await update.mutateAsync(body);
        void message.success(t('personnel.messages.saved'));
        onClose();
      }
    } catch (error) {
      showError(error, form, fieldAliases);
    }
  };

  const half = isNarrow ? 24 : 12;

  return (
    <Drawer
      title={isNew ? t('personnel.form.createTitle') : t('personnel.form.editTitle', { name: officer.name })}
      open={open}
      onClose={onClose}
      size={isNarrow ? '100%' : 720}
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
      <Form<OfficerFormValues> form={form} layout="vertical" onFinish={submit} scrollToFirstError>
        <Divider titlePlacement="start" style={{ marginTop: 0 }}>
          {t('personnel.form.basics')}
        </Divider>
        <Row gutter={16}>
          <Col span={half}>
            <Form.Item
              name="name"
              label={t('personnel.form.name')}
              rules={[{ required: true, whitespace: true, message: t('personnel.form.nameRequired') }]}
            >
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item name="gender" label={t('personnel.form.gender')}>
              <Radio.Group
                options={genders.map((gender) => ({
                  value: gender,
                  label: t(`personnel.labels.gender.${gender}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="agencyId"
              label={t('personnel.form.agency')}
              rules={[{ required: true, message: t('personnel.form.agencyRequired') }]}
            >
              <AgencyTreeSelect disableInactive />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item
              name="post"
              label={t('personnel.form.post')}
              rules={[{ required: true, whitespace: true, message: t('personnel.form.postRequired') }]}
            >
              <AutoComplete
                options={officerPostSuggestions.map((post) => ({ value: post }))}
                filterOption={(input, option) => String(option?.value ?? '').includes(input)}
                maxLength={30}
              />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item name="joinedOn" label={t('personnel.form.joinedOn')}>
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs())} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item name="birthYear" label={t('personnel.form.birthYear')}>
              <InputNumber min={1950} max={2010} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item name="phone" label={t('personnel.form.phone')}>
              <Input inputMode="tel" maxLength={20} />
            </Form.Item>
          </Col>
          {isNew ? (
            <Col span={24}>
              <Form.Item
                name="realNameNumber"
                label={t('personnel.form.realNameNumber')}
                extra={t('personnel.form.realNameNumberHelp')}
              >
                <Input placeholder={realNameNumberExample} maxLength={24} />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={24}>
            <Form.Item
              name="specialties"
              label={t('personnel.form.specialties')}
              extra={t('personnel.form.specialtiesHelp')}
            >
              <Select
                mode="multiple"
                allowClear
                options={specialties.map((value) => ({
                  value,
                  label: t(`personnel.labels.specialty.${value}`),
                }))}
                optionFilterProp="label"
              />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('personnel.form.certificates')}</Divider>
        <Row gutter={16}>
          <Col span={half}>
            <Form.Item name="certificateNumber" label={t('personnel.form.certificateNumber')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item name="certificateIssuer" label={t('personnel.form.certificateIssuer')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="certificateValidity"
              label={t('personnel.form.certificateValidity')}
              extra={t('personnel.form.certificateHelp')}
            >
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item
              name="monitoringCertificateNumber"
              label={t('personnel.form.monitoringCertificateNumber')}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item
              name="monitoringCertificateValidUntil"
              label={t('personnel.form.monitoringCertificateValidUntil')}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item name="hasLegalQualification" valuePropName="checked" label=" ">
              <Checkbox>{t('personnel.form.hasLegalQualification')}</Checkbox>
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item name="legalQualificationNumber" label={t('personnel.form.legalQualificationNumber')}>
              <Input maxLength={40} disabled={!hasLegal} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
