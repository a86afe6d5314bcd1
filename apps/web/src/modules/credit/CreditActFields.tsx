import {
  type CardColor,
  type CreditRules,
  cardColors,
  earliestLiftingOn,
  rectificationDueOn,
  whyCannotIssueCard,
} from '@qingshan/domain';
import { Alert, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInShanghai } from '../../lib/dates';
import { type useEntityCredit, useEntitySearch } from './credit.api';

export type FormValues = Record<string, unknown>;

export const toDate = (value: unknown) => (value ? (value as Dayjs).format('YYYY-MM-DD') : undefined);

export const isFuture = (current: Dayjs) => current.format('YYYY-MM-DD') > todayInShanghai();

/** Searches the registry by name or credit code (GET /api/entities). */
export function EntityPicker({ value, onChange }: { value?: string; onChange?: (id: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useEntitySearch(text);
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      onSearch={setText}
      filterOption={false}
      loading={search.isFetching}
      placeholder={t('credit.form.entityPlaceholder')}
      aria-label={t('credit.form.entity')}
      notFoundContent={search.isFetching ? t('common.states.loading') : t('common.states.empty')}
      options={(search.data?.items ?? []).map((entity) => ({
        value: entity.id,
        label: (
          <span>
            {entity.name}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {entity.creditCode} · {entity.regionName}
            </Typography.Text>
          </span>
        ),
      }))}
      style={{ width: '100%' }}
    />
  );
}

export function DateField({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('credit.form.dateRequired') }]}>
      <DatePicker style={{ width: '100%' }} disabledDate={isFuture} />
    </Form.Item>
  );
}

export function TextField({
  name,
  label,
  required,
  help,
  rows = 2,
  maxLength,
}: {
  name: string;
  label: string;
  required?: string;
  help?: ReactNode;
  rows?: number;
  maxLength: number;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={help}
      rules={required ? [{ required: true, whitespace: true, message: required }] : []}
    >
      {rows > 1 ? (
        <Input.TextArea rows={rows} maxLength={maxLength} showCount={!help} />
      ) : (
        <Input maxLength={maxLength} />
      )}
    </Form.Item>
  );
}

export function IssueCardFields({
  rules,
  color,
  issuedOn,
  credit,
  form,
}: {
  rules: CreditRules | undefined;
  color: CardColor | undefined;
  issuedOn: Dayjs | undefined;
  credit: ReturnType<typeof useEntityCredit>['data'];
  form: ReturnType<typeof Form.useForm<FormValues>>[0];
}) {
  const { t } = useTranslation();
  const grounds = rules
    ? color === 'red'
      ? rules.redYellowCards.redGrounds
      : rules.redYellowCards.yellowGrounds
    : [];
  const activeCards = credit?.cards.filter((card) => card.status !== 'lifted') ?? [];
  const hasActiveYellow = activeCards.some((card) => card.color === 'yellow');
  const issued = issuedOn?.format('YYYY-MM-DD');
  // The server's own rule, asked before submitting: a second card of a colour waits for lifting.
  const refusal =
    color && issued && credit
      ? whyCannotIssueCard({ color, issuedOn: issued }, activeCards, credit.today)
      : null;
  return (
    <>
      <Form.Item name="color" label={t('credit.form.color')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" buttonStyle="solid">
          {cardColors.map((value) => (
            <Radio.Button key={value} value={value} data-testid={`card-color-${value}`}>
              <Typography.Text style={{ color: value === 'red' ? '#cf1322' : '#d48806' }}>■</Typography.Text>{' '}
              {t(`credit.labels.cardColor.${value}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {refusal ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={refusal.message} />
      ) : color === 'red' && hasActiveYellow ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('credit.form.escalation')} />
      ) : null}
      {grounds.length > 0 ? (
        <Form.Item label={t('credit.form.ground')}>
          <Select
            allowClear
            placeholder={t('credit.form.groundPlaceholder')}
            options={grounds.map((ground) => ({ value: ground, label: ground }))}
            onChange={(ground?: string) => {
              if (ground && rules) form.setFieldsValue({ basis: `${ground}；${rules.redYellowCards.basis}` });
            }}
          />
        </Form.Item>
      ) : null}
      <TextField
        name="reason"
        label={t('credit.form.reason')}
        required={t('credit.form.reasonRequired')}
        help={t('credit.form.reasonHelp')}
        rows={3}
        maxLength={300}
      />
      <TextField name="basis" label={t('credit.form.basis')} rows={2} maxLength={300} />
      <Form.Item
        name="documentNumber"
        label={t('credit.form.documentNumber')}
        rules={[{ required: true, whitespace: true, message: t('credit.form.documentNumberRequired') }]}
      >
        <Input maxLength={60} placeholder="洪环警〔2026〕12号" />
      </Form.Item>
      <DateField name="issuedOn" label={t('credit.form.issuedOn')} />
      {rules && color && issued ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('credit.form.cardNote', {
            due: rectificationDueOn({ color, issuedOn: issued }, rules),
            earliest: earliestLiftingOn({ color, issuedOn: issued }, rules),
          })}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}
