import {
  generalObjectRatioForPeriod,
  generalObjectTargetOf,
  permitClasses,
  quartersOfPeriod,
  type RandomCheckItemOption,
  type RandomCheckPlanDefaults,
  type RandomCheckPlanDetail,
  type RandomCheckPlanKind,
  type RandomCheckStratum,
  randomCheckStrata,
  type Specialty,
  specialties,
} from '@qingshan/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Typography,
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
import { useCreatePlan, useItemOptions, usePlan, usePlanDefaults, useUpdatePlan } from './random-checks.api';
import { quarterBounds, quarterOfDate } from './random-checks.query';

interface SelectedItem {
  catalogueItemId: string;
  requiredSpecialty: Specialty | null;
}

interface FormValues {
  title: string;
  kind: RandomCheckPlanKind;
  year: number;
  quarter: number | null;
  period: [Dayjs, Dayjs];
  inspectionStartsOn: Dayjs;
  inspectionDueOn: Dayjs;
  publicationDueOn: Dayjs | null;
  items: SelectedItem[];
  countyCodes: string[];
  industryCodes: string[];
  permitClasses: string[];
  strata: RandomCheckStratum[];
  ratioOfficers: number;
  ratioEntities: number;
  specialObjectPercent: number;
  isCrossRegion: boolean;
  jointDepartments: string[];
  note: string;
}

const dateFormat = 'YYYY-MM-DD';

/**
 * Picks the plan's items from the published CAT-2 lists, each with the specialty an officer of the
 * task must have (defaulting to the list's first one).
 */
function ItemPicker({
  options,
  value = [],
  onChange,
}: {
  options: RandomCheckItemOption[];
  value?: SelectedItem[];
  onChange?: (value: SelectedItem[]) => void;
}) {
  const { t } = useTranslation();
  const selected = new Map(value.map((item) => [item.catalogueItemId, item]));
  const setSpecialty = (id: string, requiredSpecialty: Specialty | null) =>
    onChange?.(value.map((item) => (item.catalogueItemId === id ? { ...item, requiredSpecialty } : item)));
  return (
    <Table<RandomCheckItemOption>
      rowKey="catalogueItemId"
      size="small"
      pagination={false}
      dataSource={options}
      scroll={{ x: 700 }}
      data-testid="plan-items"
      rowSelection={{
        selectedRowKeys: value.map((item) => item.catalogueItemId),
        onChange: (keys) => {
          const ids = keys.map(String);
          onChange?.(
            ids.map(
              (id) =>
                selected.get(id) ?? {
                  catalogueItemId: id,
                  requiredSpecialty:
                    (options.find((option) => option.catalogueItemId === id)?.requiredSpecialties[0] as
                      | Specialty
                      | undefined) ?? null,
                },
            ),
          );
        },
      }}
      columns={[
        { title: t('randomChecks.detail.items.code'), dataIndex: 'code', key: 'code', width: 140 },
        {
          title: t('randomChecks.detail.items.name'),
          dataIndex: 'name',
          key: 'name',
          render: (name: string, row) => (
            <Space direction="vertical" size={0}>
              <span>{name}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.catalogueTitle}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('randomChecks.form.fields.requiredSpecialty'),
          key: 'specialty',
          width: 220,
          render: (_, row) => {
            const item = selected.get(row.catalogueItemId);
            return (
              <Select<Specialty | 'any'>
                size="small"
                style={{ width: '100%' }}
                disabled={!item}
                value={item ? (item.requiredSpecialty ?? 'any') : undefined}
                aria-label={`${t('randomChecks.form.fields.requiredSpecialty')} ${row.code}`}
                onChange={(specialty) =>
                  setSpecialty(row.catalogueItemId, specialty === 'any' ? null : specialty)
                }
                options={[
                  { value: 'any', label: t('randomChecks.form.fields.anySpecialty') },
                  ...specialties.map((specialty) => ({
                    value: specialty,
                    label: t(`randomChecks.specialties.${specialty}`),
                  })),
                ]}
              />
            );
          },
        },
      ]}
    />
  );
}

/** The yearly profile ratio scaled to the chosen period, where this agency may set its ratio. */
function periodRatioOf(defaults: RandomCheckPlanDefaults, period: [Dayjs, Dayjs] | undefined) {
  const yearly = { officers: defaults.ratioOfficers, entities: defaults.ratioEntities };
  if (!defaults.isRatioAdjustable || !period?.[0] || !period[1]) return yearly;
  return generalObjectRatioForPeriod(
    yearly,
    quartersOfPeriod(period[0].format(dateFormat), period[1].format(dateFormat)),
  );
}

/**
 * What the plan will draw, shown before saving: the ratio for the chosen period (a quarter of the
 * yearly 1:10 is 2:5) and the resulting target per kind of object.
 */
function PeriodTarget({ defaults }: { defaults: RandomCheckPlanDefaults }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  const period = Form.useWatch('period', form);
  const officers = Form.useWatch('ratioOfficers', form) ?? defaults.ratioOfficers;
  const entities = Form.useWatch('ratioEntities', form) ?? defaults.ratioEntities;
  const strata = Form.useWatch('strata', form) ?? [];
  const kind = Form.useWatch('kind', form);
  const specialPercent = Form.useWatch('specialObjectPercent', form) ?? defaults.specialObjectPercent;
  const quarters =
    period?.[0] && period[1]
      ? quartersOfPeriod(period[0].format(dateFormat), period[1].format(dateFormat))
      : 4;
  const ratioLine = defaults.isRatioAdjustable
    ? t('randomChecks.form.fields.periodRatioAdjusted', {
        yearOfficers: defaults.ratioOfficers,
        yearEntities: defaults.ratioEntities,
        quarters,
        officers,
        entities,
        periods: Math.round(4 / quarters),
      })
    : t('randomChecks.form.fields.periodRatioFixed', { officers, entities, quarters });
  const target = generalObjectTargetOf(defaults.eligibleOfficerCount, { officers, entities });
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="plan-period-target"
      message={t('randomChecks.form.fields.periodTarget')}
      description={
        <Space direction="vertical" size={2}>
          <span data-testid="plan-period-ratio">{ratioLine}</span>
          {strata.includes('general') ? (
            <span data-testid="plan-target-general">
              {t('randomChecks.form.fields.targetGeneral', {
                eligible: defaults.eligibleOfficerCount,
                target,
              })}
            </span>
          ) : null}
          {strata.includes('key_polluter') && kind === 'yearly' ? (
            <span>
              {t('randomChecks.form.fields.targetKeyPolluter', { percent: defaults.keyPolluterPercent })}
            </span>
          ) : null}
          {strata.includes('special') ? (
            <span>{t('randomChecks.form.fields.targetSpecial', { percent: specialPercent })}</span>
          ) : null}
          <Typography.Text type="secondary">{t('randomChecks.form.fields.targetEstimate')}</Typography.Text>
        </Space>
      }
    />
  );
}

function valuesOfPlan(plan: RandomCheckPlanDetail): Partial<FormValues> {
  return {
    title: plan.title,
    kind: plan.kind,
    year: plan.year,
    quarter: plan.quarter,
    period: [dayjs(plan.periodStart), dayjs(plan.periodEnd)],
    inspectionStartsOn: dayjs(plan.inspectionStartsOn),
    inspectionDueOn: dayjs(plan.inspectionDueOn),
    publicationDueOn: dayjs(plan.publicationDueOn),
    items: plan.items.map((item) => ({
      catalogueItemId: item.catalogueItemId,
      requiredSpecialty: item.requiredSpecialty,
    })),
    countyCodes: plan.poolFilter.countyCodes,
    industryCodes: plan.poolFilter.industryCodes,
    permitClasses: plan.poolFilter.permitClasses,
    strata: plan.poolFilter.strata,
    ratioOfficers: plan.ratioOfficers,
    ratioEntities: plan.ratioEntities,
    specialObjectPercent: plan.specialObjectPercent,
    isCrossRegion: plan.isCrossRegion,
    jointDepartments: plan.jointDepartments,
    note: plan.note ?? '',
  };
}

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

        <Card title={t('randomChecks.form.sections.pool')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item
                name="countyCodes"
                label={t('randomChecks.form.fields.counties')}
                extra={t('randomChecks.form.fields.countiesHelp')}
              >
                <Select
                  mode="multiple"
                  allowClear
                  placeholder={t('randomChecks.form.fields.allCounties')}
                  options={planDefaults.counties.map((county) => ({
                    value: county.code,
                    label: county.name,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name="industryCodes"
                label={t('randomChecks.form.fields.industryCodes')}
                extra={t('randomChecks.form.fields.industryCodesHelp')}
              >
                <Select
                  mode="tags"
                  tokenSeparators={[',', '，', ' ']}
                  placeholder={t('randomChecks.form.placeholders.industryCodes')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name="strata"
                label={t('randomChecks.form.fields.strata')}
                rules={required(t('randomChecks.form.fields.strata'))}
              >
                <Checkbox.Group
                  options={randomCheckStrata.map((stratum) => ({
                    value: stratum,
                    label: t(`randomChecks.strata.${stratum}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name="permitClasses"
                label={t('randomChecks.form.fields.permitClasses')}
                extra={t('randomChecks.form.fields.permitClassesHelp')}
              >
                <Checkbox.Group
                  options={permitClasses.map((permitClass) => ({
                    value: permitClass,
                    label: t(`randomChecks.permitClasses.${permitClass}`),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('randomChecks.form.sections.ratios')} style={{ marginBottom: 16 }}>
          <PeriodTarget defaults={planDefaults} />
          <Row gutter={16}>
            <Col xs={24} md={12} lg={8}>
              <Form.Item
                label={t('randomChecks.form.fields.ratio')}
                extra={t(
                  planDefaults.isRatioAdjustable
                    ? 'randomChecks.form.fields.ratioHelpAdjustable'
                    : 'randomChecks.form.fields.ratioHelpFixed',
                  { officers: planDefaults.ratioOfficers, entities: planDefaults.ratioEntities },
                )}
              >
                <Space.Compact>
                  <Form.Item name="ratioOfficers" noStyle>
                    <InputNumber
                      min={1}
                      max={100}
                      disabled={!planDefaults.isRatioAdjustable}
                      aria-label="ratio officers"
                    />
                  </Form.Item>
                  <Input
                    style={{ width: 32, textAlign: 'center', pointerEvents: 'none' }}
                    value=":"
                    readOnly
                    tabIndex={-1}
                  />
                  <Form.Item name="ratioEntities" noStyle>
                    <InputNumber
                      min={1}
                      max={10000}
                      disabled={!planDefaults.isRatioAdjustable}
                      aria-label="ratio entities"
                    />
                  </Form.Item>
                </Space.Compact>
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={6}>
              <Form.Item
                name="specialObjectPercent"
                label={t('randomChecks.form.fields.specialObjectPercent')}
                extra={t('randomChecks.form.fields.specialObjectPercentHelp')}
              >
                <InputNumber min={0} max={100} addonAfter="%" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} lg={5}>
              <Form.Item label={t('randomChecks.form.fields.keyPolluterPercent')}>
                <Typography.Text strong>{planDefaults.keyPolluterPercent}%</Typography.Text>
              </Form.Item>
            </Col>
            <Col xs={12} md={6} lg={5}>
              <Form.Item label={t('randomChecks.form.fields.minOfficersPerTask')}>
                <Typography.Text strong>
                  {t('randomChecks.detail.officersValue', { count: planDefaults.minOfficersPerTask })}
                </Typography.Text>
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('randomChecks.form.sections.joint')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="isCrossRegion"
                label={t('randomChecks.form.fields.isCrossRegion')}
                extra={t('randomChecks.form.fields.isCrossRegionHelp')}
                valuePropName="checked"
              >
                <Switch />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="jointDepartments"
                label={t('randomChecks.form.fields.jointDepartments')}
                extra={
                  planDefaults.isJointDrawEnabled
                    ? t('randomChecks.form.fields.jointDepartmentsHelp')
                    : t('randomChecks.form.fields.jointDisabled')
                }
              >
                <Select
                  mode="tags"
                  disabled={!planDefaults.isJointDrawEnabled}
                  tokenSeparators={[',', '，', '、']}
                  placeholder={t('randomChecks.form.placeholders.jointDepartments')}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="note" label={t('randomChecks.form.fields.note')}>
                <Input.TextArea rows={2} maxLength={500} showCount />
              </Form.Item>
            </Col>
          </Row>
        </Card>

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
