import { type permitClasses, randomCheckStrata } from '@qingshan/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageContainer } from '../../../components/PageContainer';
import { PageLoading } from '../../../components/PageLoading';
import { dayjs, todayInShanghai } from '../../../lib/dates';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { ItemPicker, periodRatioOf, type SelectedItem } from './PlanFormParts';
import { PlanJointSection, PlanPoolSection, PlanRatiosSection } from './PlanFormSections';
import { dateFormat, type FormValues, valuesOfPlan } from './plan-form';
import { useCreatePlan, useItemOptions, usePlan, usePlanDefaults, useUpdatePlan } from './random-checks.api';
import { quarterBounds, quarterOfDate } from './random-checks.query';

/** /random-checks/plans/new and /random-checks/plans/:id/edit (DR-1): a draft plan of the user's agency. */
export default function PlanFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const navigate = useNavigate();
  const { id } = useParams();
  const isEdit = Boolean(id);
  const [form] = Form.useForm<FormValues>();
  const defaults = usePlanDefaults();
  const itemOptions = useItemOptions();
  const existing = usePlan(id);
  const create = useCreatePlan();
  const update = useUpdatePlan(id ?? '');
  const isReady = defaults.data && itemOptions.data && (!isEdit || existing.data);

  const initialValues = useMemo((): Partial<FormValues> | undefined => {
    if (!defaults.data) return undefined;
    if (existing.data) return valuesOfPlan(existing.data);
    const today = todayInShanghai();
    const year = Number(today.slice(0, 4));
    const quarter = quarterOfDate(today);
    const bounds = quarterBounds(year, quarter);
    const starts = dayjs(today).add(3, 'day');
    const period: [Dayjs, Dayjs] = [dayjs(bounds.start), dayjs(bounds.end)];
    const ratio = periodRatioOf(defaults.data, period);
    return {
      title: t('randomChecks.form.defaultTitle', { agency: defaults.data.agencyName, year, quarter }),
      kind: 'yearly',
      year,
      quarter,
      period,
      inspectionStartsOn: starts.isAfter(dayjs(bounds.end)) ? dayjs(bounds.end) : starts,
      inspectionDueOn: dayjs(bounds.end),
      publicationDueOn: null,
      items: [],
      countyCodes: [],
      industryCodes: [],
      permitClasses: [],
      strata: [...randomCheckStrata],
      ratioOfficers: ratio.officers,
      ratioEntities: ratio.entities,
      specialObjectPercent: defaults.data.specialObjectPercent,
      isCrossRegion: false,
      jointDepartments: [],
      note: '',
    };
  }, [defaults.data, existing.data, t]);

  useEffect(() => {
    if (initialValues) form.setFieldsValue(initialValues);
  }, [form, initialValues]);

  const error = defaults.error ?? itemOptions.error ?? existing.error;
  if (error) {
    return (
      <PageContainer title={t('layout.menu.randomCheckPlanNew')}>
        <ErrorResult error={error} />
      </PageContainer>
    );
  }
  if (!isReady || !defaults.data) return <PageLoading />;
  const planDefaults = defaults.data;
  // The ratio defaults follow the period: a quarter draws its quarter of the yearly ratio.
  const followPeriod = (period: [Dayjs, Dayjs] | null) => {
    if (!period || !planDefaults.isRatioAdjustable) return;
    const ratio = periodRatioOf(planDefaults, period);
    form.setFieldsValue({ ratioOfficers: ratio.officers, ratioEntities: ratio.entities });
  };

  const submit = async (values: FormValues) => {
    const body = {
      title: values.title,
      kind: values.kind,
      year: values.year,
      quarter: values.quarter ?? null,
      periodStart: values.period[0].format(dateFormat),
      periodEnd: values.period[1].format(dateFormat),
      inspectionStartsOn: values.inspectionStartsOn.format(dateFormat),
      inspectionDueOn: values.inspectionDueOn.format(dateFormat),
      ...(values.publicationDueOn ? { publicationDueOn: values.publicationDueOn.format(dateFormat) } : {}),
      items: values.items,
      poolFilter: {
        countyCodes: values.countyCodes,
        industryCodes: values.industryCodes,
        permitClasses: values.permitClasses as (typeof permitClasses)[number][],
        strata: values.strata,
      },
      ...(planDefaults.isRatioAdjustable
        ? { ratioOfficers: values.ratioOfficers, ratioEntities: values.ratioEntities }
        : {}),
      specialObjectPercent: values.specialObjectPercent,
      isCrossRegion: values.isCrossRegion,
      jointDepartments: values.jointDepartments.map((name) => name.trim()).filter(Boolean),
      note: values.note ?? '',
    };
    const aliases = {
      periodStart: 'period',
      periodEnd: 'period',
      poolFilter: 'countyCodes',
    };
    try {
      const plan = isEdit ? await update.mutateAsync(body) : await create.mutateAsync(body);
      void message.success(t('randomChecks.form.created', { number: plan.number }));
      navigate(`/random-checks/plans/${plan.id}`);
    } catch (failure) {
      handleError(failure, form, aliases);
    }
  };

  const required = (field: string) => [
    { required: true, message: t('randomChecks.form.required', { field }) },
  ];
  const title = isEdit
    ? t('randomChecks.form.editTitle', { number: existing.data?.number ?? '' })
    : t('randomChecks.form.createTitle');

  return (
    <PageContainer
      title={title}
      subTitle={planDefaults.agencyName}
      breadcrumb={[
        { title: t('layout.menu.randomCheckPlans'), to: '/random-checks/plans' },
        ...(existing.data
          ? [{ title: existing.data.number, to: `/random-checks/plans/${existing.data.id}` }]
          : []),
        { title },
      ]}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
        data-testid="plan-form"
      >
        <Card title={t('randomChecks.form.sections.basics')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} lg={10}>
              <Form.Item
                name="title"
                label={t('randomChecks.form.fields.title')}
                rules={required(t('randomChecks.form.fields.title'))}
              >
                <Input maxLength={120} data-testid="plan-title" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item name="kind" label={t('randomChecks.form.fields.kind')}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'yearly', label: t('randomChecks.kinds.yearly') },
                    { value: 'special', label: t('randomChecks.kinds.special') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={4}>
              <Form.Item
                name="year"
                label={t('randomChecks.form.fields.year')}
                rules={required(t('randomChecks.form.fields.year'))}
              >
                <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={4}>
              <Form.Item
                name="quarter"
                label={t('randomChecks.form.fields.quarter')}
                tooltip={t('randomChecks.form.fields.quarterHelp')}
              >
                <Select
                  allowClear
                  options={[1, 2, 3, 4].map((quarter) => ({
                    value: quarter,
                    label: t('randomChecks.quarterLabel', { quarter }),
                  }))}
                  onChange={(quarter: number | undefined) => {
                    if (!quarter) return;
                    const bounds = quarterBounds(form.getFieldValue('year') as number, quarter);
                    const period: [Dayjs, Dayjs] = [dayjs(bounds.start), dayjs(bounds.end)];
                    form.setFieldValue('period', period);
                    followPeriod(period);
                  }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('randomChecks.form.sections.dates')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12} lg={6}>
              <Form.Item
                name="period"
                label={t('randomChecks.form.fields.period')}
                rules={required(t('randomChecks.form.fields.period'))}
              >
                <DatePicker.RangePicker
                  style={{ width: '100%' }}
                  onChange={(period) => followPeriod(period as [Dayjs, Dayjs] | null)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={6}>
              <Form.Item
                name="inspectionStartsOn"
                label={t('randomChecks.form.fields.inspectionStartsOn')}
                extra={t('randomChecks.form.fields.inspectionStartsOnHelp')}
                rules={required(t('randomChecks.form.fields.inspectionStartsOn'))}
              >
                <DatePicker style={{ width: '100%' }} data-testid="plan-inspection-starts" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={6}>
              <Form.Item
                name="inspectionDueOn"
                label={t('randomChecks.form.fields.inspectionDueOn')}
                rules={required(t('randomChecks.form.fields.inspectionDueOn'))}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={6}>
              <Form.Item
                name="publicationDueOn"
                label={t('randomChecks.form.fields.publicationDueOn')}
                extra={t('randomChecks.form.fields.publicationDueOnHelp')}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('randomChecks.form.sections.items')} style={{ marginBottom: 16 }}>
          {itemOptions.data!.items.length === 0 ? (
            <Alert type="warning" showIcon message={t('randomChecks.form.noItems')} />
          ) : (
            <Form.Item
              name="items"
              extra={t('randomChecks.form.fields.itemsHelp')}
              rules={[
                {
                  validator: (_, value: SelectedItem[] | undefined) =>
                    value && value.length > 0
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('randomChecks.form.itemsRequired'))),
                },
              ]}
            >
              <ItemPicker options={itemOptions.data!.items} />
            </Form.Item>
          )}
        </Card>

        <PlanPoolSection defaults={planDefaults} />

        <PlanRatiosSection defaults={planDefaults} />

        <PlanJointSection defaults={planDefaults} />

        <Space>
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending || update.isPending}
            data-testid="plan-submit"
          >
            {isEdit ? t('randomChecks.form.submitEdit') : t('randomChecks.form.submitCreate')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('common.actions.cancel')}</Button>
        </Space>
      </Form>
    </PageContainer>
  );
}
