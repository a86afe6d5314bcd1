import {
  type CreditRules,
  creditDates,
  creditLevels,
  earliestLiftingOn,
  letterDeliveryMethods,
  rectificationDueOn,
} from '@qingshan/domain';
import { Alert, Form, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInShanghai } from '../../lib/dates';
/** An act on one entity's credit record; without `entityId` the dialog asks for the entity first. */
import type { CreditAct } from './CreditActDialog';
import { DateField, TextField } from './CreditActFields';
import type { useEntityCredit } from './credit.api';

/** The fields of each act but issuing a card (IssueCardFields): lifting, level, lists, letter, signature, points. */
export function CreditActKindFields({
  act,
  rules,
  credit,
}: {
  act: CreditAct;
  rules: CreditRules | undefined;
  credit: ReturnType<typeof useEntityCredit>['data'];
}) {
  const { t } = useTranslation();
  return (
    <>
      {act.kind === 'liftCard' ? (
        <>
          {rules ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('credit.form.earliestLifting', {
                date: earliestLiftingOn(act.card, rules),
                due: rectificationDueOn(act.card, rules),
              })}
            />
          ) : null}
          <DateField name="liftedOn" label={t('credit.form.liftedOn')} />
          <TextField
            name="liftReason"
            label={t('credit.form.liftReason')}
            required={t('credit.form.liftReasonRequired')}
            help={t('credit.form.liftReasonHelp')}
            rows={3}
            maxLength={300}
          />
        </>
      ) : null}
      {act.kind === 'setLevel' ? (
        <>
          <Form.Item name="year" label={t('credit.form.year')} rules={[{ required: true }]}>
            <Select
              options={Array.from(
                { length: 4 },
                (_, index) => creditDates.yearOf(todayInShanghai()) - index,
              ).map((year) => ({ value: year, label: String(year) }))}
            />
          </Form.Item>
          <Form.Item name="level" label={t('credit.form.level')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid">
              {creditLevels.map((level) => (
                <Radio.Button key={level} value={level}>
                  {t(`credit.labels.creditLevel.${level}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <DateField name="evaluatedOn" label={t('credit.form.evaluatedOn')} />
          <TextField name="note" label={t('credit.form.note')} maxLength={200} />
        </>
      ) : null}
      {act.kind === 'addList' ? (
        <>
          {act.list === 'positive' && credit ? (
            credit.positiveListObstacles.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title={t('credit.form.notEligible')}
                description={credit.positiveListObstacles.join('；')}
              />
            ) : (
              <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('credit.form.eligible')} />
            )
          ) : null}
          <DateField name="listedOn" label={t('credit.form.listedOn')} />
          <TextField
            name="reason"
            label={t('credit.form.listReason')}
            required={t('credit.form.listReasonRequired')}
            rows={3}
            maxLength={300}
          />
          <TextField name="basis" label={t('credit.form.basis')} rows={1} maxLength={300} />
        </>
      ) : null}
      {act.kind === 'removeList' ? (
        <>
          <DateField name="removedOn" label={t('credit.form.removedOn')} />
          <TextField
            name="removalReason"
            label={t('credit.form.removalReason')}
            required={t('credit.form.removalReasonRequired')}
            rows={3}
            maxLength={300}
          />
        </>
      ) : null}
      {act.kind === 'letter' ? (
        <>
          <Form.Item label={t('credit.form.year')} required>
            {act.year}
          </Form.Item>
          <DateField name="deliveredOn" label={t('credit.form.deliveredOn')} />
          <Form.Item
            name="deliveryMethod"
            label={t('credit.form.deliveryMethod')}
            rules={[{ required: true }]}
          >
            <Radio.Group>
              {letterDeliveryMethods.map((method) => (
                <Radio key={method} value={method}>
                  {t(`credit.labels.deliveryMethod.${method}`)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <TextField name="note" label={t('credit.form.note')} maxLength={200} />
        </>
      ) : null}
      {act.kind === 'signature' ? (
        <>
          <Form.Item label={t('credit.form.year')} required>
            {act.year}
          </Form.Item>
          <DateField name="signedOn" label={t('credit.form.signedOn')} />
          <TextField
            name="signatory"
            label={t('credit.form.signatory')}
            required={t('credit.form.signatoryRequired')}
            rows={1}
            maxLength={30}
          />
          <TextField name="documentSha256" label={t('credit.form.documentSha256')} rows={1} maxLength={64} />
          <TextField name="note" label={t('credit.form.note')} maxLength={200} />
        </>
      ) : null}
      {act.kind === 'points' ? (
        <>
          <DateField name="occurredOn" label={t('credit.form.occurredOn')} />
          <Form.Item
            name="points"
            label={t('credit.form.points')}
            extra={t('credit.form.pointsHelp')}
            rules={[{ required: true, message: t('credit.form.pointsRequired') }]}
          >
            <InputNumber min={-100} max={100} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <TextField
            name="reason"
            label={t('credit.form.pointsReason')}
            required={t('credit.form.pointsReasonRequired')}
            maxLength={200}
          />
        </>
      ) : null}
    </>
  );
}
