import { BookOutlined } from '@ant-design/icons';
import type { PeriodUnit } from '@qingshan/domain';
import { Card, Col, Descriptions, Row, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Messages } from '../../locales/zh-CN';
import { ruleValueEntries } from './profile.format';

export type RuleKey = keyof Messages['profile']['rules'];

export type EnumLabels = Messages['profile']['enums'];

export interface SourcedRule {
  basis: string;
  isConfigurable?: boolean;
  note?: string;
  [field: string]: unknown;
}

export function useProfileText() {
  const { t } = useTranslation();
  const rules = t('profile.rules', { returnObjects: true }) as Messages['profile']['rules'];
  const enums = t('profile.enums', { returnObjects: true }) as EnumLabels;
  const period = (amount: number, unit: PeriodUnit) => `${amount}${t(`profile.units.${unit}`)}`;
  return { t, rules, enums, period };
}

/** Which enum map names a string field's values. */
export const enumOfField: Record<string, keyof EnumLabels> = {
  level: 'requirement',
  model: 'model',
  countyActsInNameOf: 'countyActsInNameOf',
  compensationInvestigation: 'compensationInvestigation',
  supervisor: 'supervisor',
  rule: 'leadRule',
  crossCity: 'level',
  crossCounty: 'level',
  approver: 'approver',
  keptBy: 'keptBy',
  frequency: 'frequency',
  managedBy: 'managedBy',
  organisedBy: 'level',
  levels: 'level',
  proposerLevels: 'level',
  excludedCreditLevels: 'creditLevel',
};

export function BasisFooter({ rule }: { rule: { basis: string; isConfigurable?: boolean; note?: string } }) {
  const { t } = useTranslation();
  return (
    <div className="qs-rule-basis qs-rule-footer">
      <div>
        <BookOutlined /> {t('profile.basis')}：{rule.basis}
      </div>
      {rule.isConfigurable ? (
        <div style={{ marginTop: 4 }}>
          <Tooltip title={t('profile.configurableHelp')}>
            <Tag color="orange">{t('profile.configurable')}</Tag>
          </Tooltip>
        </div>
      ) : null}
      {rule.note ? (
        <div style={{ marginTop: 4 }}>
          <NameTemplate template={rule.note} />
        </div>
      ) : null}
    </div>
  );
}

export function YesNo({ value }: { value: boolean }) {
  const { t } = useTranslation();
  return value ? <Tag color="green">{t('common.states.yes')}</Tag> : <Tag>{t('common.states.no')}</Tag>;
}

/** Renders one value of a profile rule by its field name (amounts, ratios, enums, lists …). */
export function RuleValue({
  field,
  value,
  rule,
}: {
  field: string;
  value: unknown;
  rule: SourcedRule;
}): ReactNode {
  const { t, rules, enums } = useProfileText();
  if (typeof value === 'boolean') return <YesNo value={value} />;
  if (typeof value === 'number') {
    if (field.endsWith('Yuan')) return t('profile.values.yuan', { amount: value.toLocaleString('zh-CN') });
    if (field === 'ratePercentPerDay') return t('profile.values.perDay', { value });
    if (field === 'capMultipleOfFine') return t('profile.values.multiple', { value });
    if (field.endsWith('Percent') || field === 'percent') return t('profile.values.percent', { value });
    if (field === 'day' && typeof rule.month === 'number') {
      return t('profile.values.monthDay', { month: rule.month, day: value });
    }
    if (field === 'month' && typeof rule.day === 'number') {
      return t('profile.values.monthDay', { month: value, day: rule.day });
    }
    if (field === 'day') return t('profile.values.dayOfMonth', { day: value });
    return String(value);
  }
  if (typeof value === 'string' && namePlaceholder.test(value)) return <NameTemplate template={value} />;
  if (typeof value === 'string') {
    const enumName = enumOfField[field];
    const names = enumName ? (enums[enumName] as Record<string, string>) : undefined;
    return names?.[value] ?? value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0)
      return <Typography.Text type="secondary">{t('common.states.none')}</Typography.Text>;
    if (value.every((item) => typeof item === 'string')) {
      const enumName = enumOfField[field];
      const names = enumName ? (enums[enumName] as Record<string, string>) : undefined;
      const items = value as string[];
      const isLong = items.some((item) => item.length > 12);
      return isLong ? (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.map((item) => (
            <li key={item}>{names?.[item] ?? <NameTemplate template={item} />}</li>
          ))}
        </ul>
      ) : (
        <Space size={[4, 4]} wrap>
          {items.map((item) => (
            <Tag key={item}>{names?.[item] ?? <NameTemplate template={item} />}</Tag>
          ))}
        </Space>
      );
    }
    if (field === 'items') {
      return (
        <Space size={[4, 4]} wrap>
          {(value as { key: string; name: string }[]).map((item) => (
            <Tag key={item.key}>{item.name}</Tag>
          ))}
        </Space>
      );
    }
    if (field === 'rules') return <DoublePenaltyRules rules={value as DoublePenaltyRule[]} />;
    return <span className="qs-mono">{JSON.stringify(value)}</span>;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.officers === 'number' && typeof object.entities === 'number') {
      return t('profile.values.ratio', { officers: object.officers, entities: object.entities });
    }
    const labelsOfOrganisation = rules.organisation.fields as Record<string, string>;
    const labelsOfTraining = rules.training.fields as Record<string, string>;
    return (
      <Descriptions
        size="small"
        column={1}
        items={Object.entries(object).map(([key, nested]) => ({
          key,
          label: labelsOfOrganisation[key] ?? labelsOfTraining[key] ?? key,
          children:
            typeof nested === 'number' && field === 'perCityYearly' ? (
              t('profile.values.times', { count: nested })
            ) : (
              <RuleValue field={key} value={nested} rule={object as SourcedRule} />
            ),
        }))}
      />
    );
  }
  return '—';
}

/** `{county}生态环境保护综合执法大队`: how the profile names an agency for every county. */
export const namePlaceholder = /\{(province|city|county|ordinal|area)\}/;

/** A naming template, its placeholders shown as what they stand for (〔县名〕…), not as code. */
export function NameTemplate({ template }: { template: string }) {
  const { t } = useTranslation();
  const parts = template.split(/(\{(?:province|city|county|ordinal|area)\})/);
  return (
    <span>
      {parts.map((part, index) => {
        const placeholder = /^\{(province|city|county|ordinal|area)\}$/.exec(part)?.[1] as
          | keyof Messages['profile']['placeholders']
          | undefined;
        return placeholder ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
          <Typography.Text key={index} type="secondary">
            〔{t(`profile.placeholders.${placeholder}`)}〕
          </Typography.Text>
        ) : (
          part
        );
      })}
    </span>
  );
}

export interface DoublePenaltyRule {
  violation: string;
  sanctionOnPersons: string;
  kind: 'fine' | 'administrative_sanction';
  maxShareOfIncomePercent?: number;
  basis: string;
}

export function DoublePenaltyRules({ rules }: { rules: DoublePenaltyRule[] }) {
  const { t, enums } = useProfileText();
  return (
    <ul className="qs-plain-list">
      {rules.map((rule) => (
        <li key={rule.violation}>
          <div>
            <Typography.Text strong>{rule.violation}</Typography.Text>
            <div>
              <Tag color={rule.kind === 'fine' ? 'volcano' : 'purple'}>{enums.sanctionKind[rule.kind]}</Tag>
              {rule.sanctionOnPersons}
              {rule.maxShareOfIncomePercent !== undefined
                ? `（${t('profile.values.maxShareOfIncome', { value: rule.maxShareOfIncomePercent })}）`
                : null}
            </div>
            <div className="qs-rule-basis">{rule.basis}</div>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** One sourced rule: its values, then where they come from. */
export function RuleCard({ ruleKey, rule }: { ruleKey: RuleKey; rule: SourcedRule }) {
  const { rules } = useProfileText();
  const text = rules[ruleKey] as { title: string; fields: Record<string, string> };
  const entries = ruleValueEntries(rule).filter(
    // The yearly due date shows month and day together.
    ([field]) => !(field === 'day' && typeof rule.month === 'number'),
  );
  return (
    <Card size="small" title={text.title} style={{ height: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: '42%' } }}
        items={entries
          .filter(([field]) => field !== 'towns')
          .map(([field, value]) => ({
            key: field,
            label: text.fields[field] ?? field,
            children: <RuleValue field={field} value={value} rule={rule} />,
          }))}
      />
      <BasisFooter rule={rule} />
    </Card>
  );
}

export function RuleGrid({ section }: { section: Record<string, SourcedRule> }) {
  const { rules } = useProfileText();
  return (
    <Row gutter={[16, 16]}>
      {Object.entries(section)
        .filter(([key]) => key in rules)
        .map(([key, rule]) => (
          <Col key={key} xs={24} lg={12} xxl={8}>
            <RuleCard ruleKey={key as RuleKey} rule={rule} />
          </Col>
        ))}
    </Row>
  );
}
