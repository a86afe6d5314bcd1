import {
  type EntityDetail,
  keyPolluterMedia,
  operatingStatuses,
  permitClasses,
  validateCreditCode,
} from '@qingshan/domain';
import {
  App,
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
  Row,
  Select,
  Space,
  Switch,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useCreateEntity, useUpdateEntity } from './entities.api';
import { CreditCodeHint, changedFields, type EntityFormValues, fromDetail, toInput } from './entity-form';
import { IndustryTreeSelect } from './IndustryTreeSelect';
import { RegionCascader } from './RegionCascader';

/**
 * 新增 (POST /api/entities) or 编辑 (PATCH /api/entities/:id) a regulated entity: every field of
 * REG-1. The credit code is checked as it is typed (GB 32100, naming the wrong position); the
 * region decides the owning agency, which the server checks against the user's jurisdiction.
 */
export function EntityFormDrawer({
  entity,
  open,
  onClose,
}: {
  /** Absent: a new entity. */
  entity?: EntityDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<EntityFormValues>();
  const isNew = !entity;
  const create = useCreateEntity();
  const update = useUpdateEntity(entity?.id ?? '');
  const showError = useApiErrorHandler();
  const isNarrow = Grid.useBreakpoint().md === false;
  const year = dayjs().year();
  const creditCode = Form.useWatch('creditCode', form);
  const isSpecial = Form.useWatch('isSpecialSupervision', form);
  const hasMonitoring = Form.useWatch('hasAutomaticMonitoring', form);
  const checkedCode = validateCreditCode(creditCode ?? '');
  const permitExample = `${checkedCode.isValid ? checkedCode.code : '91360121MA35XXXXXX'}001P`;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (entity) form.setFieldsValue(fromDetail(entity, year));
  }, [open, entity, form, year]);

  const submit = async (values: EntityFormValues) => {
    const input = toInput(values);
    try {
      if (isNew) {
        const created = await create.mutateAsync(input);
        void message.success(t('entities.form.created', { name: created.name }));
        onClose();
        navigate(`/entities/${created.id}`);
        return;
      }
      const patch = changedFields(toInput(fromDetail(entity, year)), input);
      if (Object.keys(patch).length === 0) {
        void message.info(t('entities.form.noChanges'));
        onClose();
        return;
      }
      await update.mutateAsync(patch);
      void message.success(t('entities.form.updated'));
      onClose();
    } catch (error) {
      showError(error, form, { coordinates: 'longitude' });
    }
  };

  const half = isNarrow ? 24 : 12;

  return (
    <Drawer
      title={isNew ? t('entities.form.createTitle') : t('entities.form.editTitle', { name: entity.name })}
      open={open}
      onClose={onClose}
      size={isNarrow ? '100%' : 760}
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
      <Form<EntityFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          keyPolluterMedia: [],
          operatingStatus: 'operating',
          isSpecialSupervision: false,
          hasAutomaticMonitoring: false,
          isMonitoringNetworked: false,
        }}
      >
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          {t('entities.form.sections.basic')}
        </Divider>
        <Row gutter={16}>
          <Col span={half}>
            <Form.Item
              name="creditCode"
              label={t('entities.form.creditCode')}
              validateFirst
              rules={[
                { required: true, whitespace: true, message: t('entities.form.creditCodeRequired') },
                {
                  validator: async (_rule, value: string) => {
                    const result = validateCreditCode(value ?? '');
                    if (!result.isValid) throw new Error(result.problems[0]?.message);
                  },
                },
              ]}
              extra={<CreditCodeHint value={creditCode} />}
            >
              <Input
                className="qs-mono"
                maxLength={24}
                autoComplete="off"
                spellCheck={false}
                placeholder="91360121MA35…"
              />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item
              name="name"
              label={t('entities.form.name')}
              rules={[{ required: true, whitespace: true, message: t('entities.form.nameRequired') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item
              name="regionCode"
              label={t('entities.form.region')}
              extra={t('entities.form.regionHelp')}
              rules={[
                { required: true, message: t('entities.form.regionRequired') },
                {
                  validator: async (_rule, value?: string) => {
                    if (value && value.length === 6 && value.endsWith('00')) {
                      throw new Error(t('entities.form.regionTooCoarse'));
                    }
                  },
                },
              ]}
            >
              <RegionCascader minLevel="county" allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item
              name="industryCode"
              label={t('entities.form.industry')}
              extra={t('entities.form.industryHelp')}
              rules={[{ required: true, message: t('entities.form.industryRequired') }]}
            >
              <IndustryTreeSelect style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item name="legalRepresentative" label={t('entities.form.legalRepresentative')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item name="operatingStatus" label={t('entities.form.operatingStatus')}>
              <Select
                options={operatingStatuses.map((status) => ({
                  value: status,
                  label: t(`entities.labels.operatingStatus.${status}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t('entities.form.address')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" plain>
          {t('entities.form.sections.permit')}
        </Divider>
        <Row gutter={16}>
          <Col span={half}>
            <Form.Item
              name="permitNumber"
              label={t('entities.form.permitNumber')}
              extra={t('entities.form.permitNumberHelp', { example: permitExample })}
            >
              <Input className="qs-mono" maxLength={24} spellCheck={false} />
            </Form.Item>
          </Col>
          <Col span={isNarrow ? 24 : 6}>
            <Form.Item name="permitClass" label={t('entities.form.permitClass')}>
              <Select
                allowClear
                options={permitClasses.map((value) => ({
                  value,
                  label: t(`entities.labels.permitClass.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={isNarrow ? 24 : 6}>
            <Form.Item name="permitValidUntil" label={t('entities.form.permitValidUntil')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="keyPolluterMedia"
              label={`${t('entities.form.keyPolluterMedia')}（${year}）`}
              extra={t('entities.form.keyPolluterMediaHelp')}
            >
              <Checkbox.Group
                options={keyPolluterMedia.map((medium) => ({
                  value: medium,
                  label: t(`entities.labels.medium.${medium}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" plain>
          {t('entities.form.sections.supervision')}
        </Divider>
        <Row gutter={16}>
          <Col span={isNarrow ? 24 : 8}>
            <Form.Item
              name="isSpecialSupervision"
              label={t('entities.form.isSpecialSupervision')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Col>
          <Col span={isNarrow ? 12 : 8}>
            <Form.Item
              name="hasAutomaticMonitoring"
              label={t('entities.form.hasAutomaticMonitoring')}
              valuePropName="checked"
            >
              <Switch
                onChange={(checked) => {
                  if (!checked) form.setFieldValue('isMonitoringNetworked', false);
                }}
              />
            </Form.Item>
          </Col>
          <Col span={isNarrow ? 12 : 8}>
            <Form.Item
              name="isMonitoringNetworked"
              label={t('entities.form.isMonitoringNetworked')}
              valuePropName="checked"
            >
              <Switch disabled={!hasMonitoring} />
            </Form.Item>
          </Col>
          {isSpecial ? (
            <Col span={24}>
              <Form.Item
                name="specialSupervisionReason"
                label={t('entities.form.specialSupervisionReason')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('entities.form.specialSupervisionReasonRequired'),
                  },
                ]}
              >
                <Input.TextArea rows={2} maxLength={200} showCount />
              </Form.Item>
            </Col>
          ) : null}
        </Row>

        <Divider titlePlacement="start" plain>
          {t('entities.form.sections.location')}
        </Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="longitude"
              label={t('entities.form.longitude')}
              dependencies={['latitude']}
              rules={[
                {
                  validator: async (_rule, value: number | null | undefined) => {
                    const latitude = form.getFieldValue('latitude') as number | null | undefined;
                    if ((value == null) !== (latitude == null))
                      throw new Error(t('entities.form.coordinatesPair'));
                  },
                },
              ]}
            >
              <InputNumber min={73} max={136} step={0.000001} precision={6} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="latitude"
              label={t('entities.form.latitude')}
              extra={isNarrow ? undefined : t('entities.form.coordinatesHelp')}
            >
              <InputNumber min={3} max={54} step={0.000001} precision={6} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" plain>
          {t('entities.form.sections.contact')}
        </Divider>
        <Row gutter={16}>
          <Col span={half}>
            <Form.Item name="contactPerson" label={t('entities.form.contactPerson')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item name="contactPhone" label={t('entities.form.contactPhone')}>
              <Input inputMode="tel" maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
