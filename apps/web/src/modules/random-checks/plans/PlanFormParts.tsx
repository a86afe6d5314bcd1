import {
  generalObjectRatioForPeriod,
  generalObjectTargetOf,
  quartersOfPeriod,
  type RandomCheckItemOption,
  type RandomCheckPlanDefaults,
  type Specialty,
  specialties,
} from '@qingshan/domain';
import { Alert, Form, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dateFormat, type FormValues } from './plan-form';

export interface SelectedItem {
  catalogueItemId: string;
  requiredSpecialty: Specialty | null;
}

/**
 * Picks the plan's items from the published CAT-2 lists, each with the specialty an officer of the
 * task must have (defaulting to the list's first one).
 */
export function ItemPicker({
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
export function periodRatioOf(defaults: RandomCheckPlanDefaults, period: [Dayjs, Dayjs] | undefined) {
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
export function PeriodTarget({ defaults }: { defaults: RandomCheckPlanDefaults }) {
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
