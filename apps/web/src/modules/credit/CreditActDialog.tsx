import {
  type CardColor,
  type CreditLevel,
  type CreditRules,
  creditDates,
  type EntityList,
} from '@qingshan/domain';
import { App, Button, Drawer, Form, Grid, Modal, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { dayjs, todayInShanghai } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { EntityPicker, type FormValues, IssueCardFields, toDate } from './CreditActFields';
/** An act on one entity's credit record; without `entityId` the dialog asks for the entity first. */
import { CreditActKindFields } from './CreditActKindFields';
import {
  useAddListMembership,
  useAddPoints,
  useEntityCredit,
  useIssueCard,
  useLiftCard,
  useRecordLetter,
  useRecordSignature,
  useRemoveListMembership,
  useSetEvaluation,
} from './credit.api';
export type CreditAct =
  | { kind: 'issueCard'; entityId?: string }
  | {
      kind: 'liftCard';
      entityId: string;
      card: { id: string; color: CardColor; documentNumber: string | null; issuedOn: string };
    }
  | { kind: 'setLevel'; entityId?: string; year?: number; level?: CreditLevel }
  | { kind: 'addList'; entityId?: string; list: EntityList }
  | { kind: 'removeList'; entityId: string; membership: { id: string; list: EntityList; listedOn: string } }
  | { kind: 'letter'; entityId: string; year: number }
  | { kind: 'signature'; entityId: string; year: number; signatory?: string | null }
  | { kind: 'points'; entityId?: string };

/**
 * The forms of every credit act (REG-3, REG-4), each posting to its endpoint and showing the
 * server's refusals on the fields they name. Issuing a card opens a drawer (more to read and
 * write); the other acts open a dialog.
 */
export function CreditActDialog({ act, onClose }: { act: CreditAct | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const isNarrow = Grid.useBreakpoint().sm === false;
  const [form] = Form.useForm<FormValues>();
  const pickedEntityId = Form.useWatch('entityId', form) as string | undefined;
  const entityId = act?.entityId ?? pickedEntityId;
  const credit = useEntityCredit(entityId);
  const rules: CreditRules | undefined = credit.data?.rules;
  const color = Form.useWatch('color', form) as CardColor | undefined;
  const issuedOn = Form.useWatch('issuedOn', form) as Dayjs | undefined;

  const issueCard = useIssueCard(entityId ?? '');
  const liftCard = useLiftCard(entityId ?? '');
  const setLevel = useSetEvaluation(entityId ?? '');
  const addList = useAddListMembership(entityId ?? '');
  const removeList = useRemoveListMembership(entityId ?? '');
  const recordLetter = useRecordLetter(entityId ?? '');
  const recordSignature = useRecordSignature(entityId ?? '');
  const addPoints = useAddPoints(entityId ?? '');
  const isPending = [
    issueCard,
    liftCard,
    setLevel,
    addList,
    removeList,
    recordLetter,
    recordSignature,
    addPoints,
  ].some((mutation) => mutation.isPending);

  useEffect(() => {
    if (!act) return;
    form.resetFields();
    const today = dayjs(todayInShanghai());
    const thisYear = creditDates.yearOf(todayInShanghai());
    switch (act.kind) {
      case 'issueCard':
        form.setFieldsValue({ color: 'yellow', issuedOn: today });
        break;
      case 'liftCard':
        form.setFieldsValue({ liftedOn: today });
        break;
      case 'setLevel':
        form.setFieldsValue({ year: act.year ?? thisYear - 1, level: act.level, evaluatedOn: today });
        break;
      case 'addList':
        form.setFieldsValue({ listedOn: today });
        break;
      case 'removeList':
        form.setFieldsValue({ removedOn: today });
        break;
      case 'letter':
        form.setFieldsValue({ deliveredOn: today, deliveryMethod: 'in_person' });
        break;
      case 'signature':
        form.setFieldsValue({ signedOn: today, signatory: act.signatory ?? undefined });
        break;
      case 'points':
        form.setFieldsValue({ occurredOn: today });
        break;
    }
  }, [act, form]);

  if (!act) return null;
  const listName = (list: EntityList) => t(`credit.labels.entityList.${list}`);

  const titles: Record<CreditAct['kind'], string> = {
    issueCard: t('credit.titles.issueCard'),
    liftCard:
      act.kind === 'liftCard' ? t('credit.titles.liftCard', { document: act.card.documentNumber ?? '' }) : '',
    setLevel: t('credit.titles.setLevel'),
    addList: act.kind === 'addList' ? t('credit.titles.addList', { list: listName(act.list) }) : '',
    removeList:
      act.kind === 'removeList' ? t('credit.titles.removeList', { list: listName(act.membership.list) }) : '',
    letter: t('credit.titles.recordLetter'),
    signature: t('credit.titles.recordSignature'),
    points: t('credit.titles.addPoints'),
  };

  const submit = async (values: FormValues) => {
    const text = (name: string) => {
      const value = values[name];
      return typeof value === 'string' && value.trim() ? value.trim() : null;
    };
    try {
      switch (act.kind) {
        case 'issueCard': {
          await issueCard.mutateAsync({
            color: values.color as CardColor,
            reason: text('reason') ?? '',
            basis: text('basis'),
            documentNumber: text('documentNumber') ?? '',
            issuedOn: toDate(values.issuedOn)!,
          });
          void message.success(
            t('credit.messages.cardIssued', {
              color: t(`credit.labels.cardColor.${values.color as CardColor}`),
            }),
          );
          break;
        }
        case 'liftCard':
          await liftCard.mutateAsync({
            cardId: act.card.id,
            liftedOn: toDate(values.liftedOn)!,
            liftReason: text('liftReason') ?? '',
          });
          void message.success(t('credit.messages.cardLifted'));
          break;
        case 'setLevel':
          await setLevel.mutateAsync({
            year: values.year as number,
            level: values.level as CreditLevel,
            evaluatedOn: toDate(values.evaluatedOn)!,
            note: text('note'),
          });
          void message.success(t('credit.messages.levelSet'));
          break;
        case 'addList':
          await addList.mutateAsync({
            list: act.list,
            listedOn: toDate(values.listedOn)!,
            reason: text('reason') ?? '',
            basis: text('basis'),
          });
          void message.success(t('credit.messages.listed', { list: listName(act.list) }));
          break;
        case 'removeList':
          await removeList.mutateAsync({
            membershipId: act.membership.id,
            removedOn: toDate(values.removedOn)!,
            removalReason: text('removalReason') ?? '',
          });
          void message.success(t('credit.messages.removed', { list: listName(act.membership.list) }));
          break;
        case 'letter':
          await recordLetter.mutateAsync({
            year: act.year,
            deliveredOn: toDate(values.deliveredOn)!,
            deliveryMethod: values.deliveryMethod as never,
            note: text('note'),
          });
          void message.success(t('credit.messages.letterRecorded'));
          break;
        case 'signature':
          await recordSignature.mutateAsync({
            year: act.year,
            signedOn: toDate(values.signedOn)!,
            signatory: text('signatory') ?? '',
            documentSha256: text('documentSha256'),
            note: text('note'),
          });
          void message.success(t('credit.messages.signatureRecorded'));
          break;
        case 'points':
          await addPoints.mutateAsync({
            occurredOn: toDate(values.occurredOn)!,
            points: values.points as number,
            reason: text('reason') ?? '',
          });
          void message.success(t('credit.messages.pointsAdded'));
          break;
      }
      onClose();
    } catch (error) {
      showError(error, form);
    }
  };

  const entityField =
    act.entityId === undefined ? (
      <Form.Item
        name="entityId"
        label={t('credit.form.entity')}
        rules={[{ required: true, message: t('credit.form.entityRequired') }]}
      >
        <EntityPicker />
      </Form.Item>
    ) : credit.data ? (
      <Form.Item label={t('credit.form.entity')} required>
        <Typography.Text strong>{credit.data.entity.name}</Typography.Text>{' '}
        <Typography.Text type="secondary">{credit.data.entity.creditCode}</Typography.Text>
      </Form.Item>
    ) : null;

  const body = (
    <Form<FormValues> form={form} layout="vertical" onFinish={submit} requiredMark="optional">
      {entityField}
      {act.kind === 'issueCard' ? (
        <IssueCardFields rules={rules} color={color} issuedOn={issuedOn} credit={credit.data} form={form} />
      ) : null}
      <CreditActKindFields act={act} rules={rules} credit={credit.data} />
    </Form>
  );

  const footer = (
    <Space>
      <Button onClick={onClose}>{t('common.actions.cancel')}</Button>
      <Button
        type="primary"
        loading={isPending}
        onClick={() => form.submit()}
        data-testid="credit-act-submit"
      >
        {t('common.actions.submit')}
      </Button>
    </Space>
  );

  if (act.kind === 'issueCard') {
    return (
      <Drawer
        title={titles[act.kind]}
        open
        onClose={onClose}
        size={isNarrow ? '100%' : 560}
        destroyOnHidden
        extra={footer}
      >
        {body}
      </Drawer>
    );
  }
  return (
    <Modal
      title={titles[act.kind]}
      open
      onCancel={onClose}
      footer={footer}
      width={isNarrow ? '100%' : 560}
      destroyOnHidden
    >
      {body}
    </Modal>
  );
}
