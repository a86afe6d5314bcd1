import type { CatalogueItem, CatalogueKind } from '@qingshan/domain';
import { App, Button, Col, Drawer, Form, Grid, Input, Row, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { withoutFieldPrefix } from '../../lib/form-errors';
import { cleanLines, toNamePath, type Values } from './CatalogueItemEditors';
import { EnforcementItemFields, NoPenaltyItemFields, PowerListItemFields } from './CatalogueItemFields';
import { DiscretionItemFields, RandomInspectionItemFields } from './CatalogueItemRuleFields';
import { useSaveItem } from './catalogues.api';

/** What a new item of each kind starts with. */
function emptyData(kind: CatalogueKind): Record<string, unknown> {
  const bases = [{ law: '', article: '' }];
  switch (kind) {
    case 'enforcement_items':
      return {
        powerType: 'penalty',
        legalBases: bases,
        firstResponsibleLevel: 'county',
        implementingBody: '县级以上生态环境主管部门',
      };
    case 'random_inspection_items':
      return {
        basis: bases,
        objectScope: { kind: 'all', industryCodes: [], keyPolluterMedia: [] },
        ratio: { kind: 'officer_ratio', officers: 1, entities: 5 },
        frequency: 'yearly',
        requiredSpecialties: [],
      };
    case 'power_list':
      return { powerType: 'penalty', legalBases: bases, process: [] };
    case 'responsibility_list':
      return { powerType: 'penalty', legalBases: bases, responsibilities: [], accountability: [] };
    case 'no_penalty_list':
      return {
        category: 'minor',
        legalBases: bases,
        noPenaltyBasis: { law: '《中华人民共和国行政处罚法》', article: '第三十三条第一款' },
        enforcementItemCodes: [],
        conditions: [
          { code: 'corrected_in_time', text: '在责令改正期限内改正' },
          { code: 'no_harmful_consequences', text: '未造成危害后果' },
        ],
        exclusions: [],
      };
    default:
      return {
        legalBases: bases,
        enforcementItemCodes: [],
        range: { kind: 'amount' },
        method: 'level_weighted',
        roundToYuan: 100,
        factors: [
          {
            code: '',
            name: '',
            weight: 1,
            isBase: false,
            options: [
              { code: '', label: '', level: 1 },
              { code: '', label: '', level: 5 },
            ],
          },
        ],
      };
  }
}

export function CatalogueItemDrawer({
  catalogueId,
  kind,
  item,
  open,
  onClose,
}: {
  catalogueId: string;
  kind: CatalogueKind;
  /** Absent: a new item. */
  item?: CatalogueItem;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveItem(catalogueId);
  const isNarrow = Grid.useBreakpoint().md === false;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      item
        ? { code: item.code, name: item.name, data: item.data }
        : { code: '', name: '', data: emptyData(kind) },
    );
  }, [open, item, kind, form]);

  const submit = async () => {
    const values = form.getFieldsValue(true) as Values;
    const data = { ...values.data };
    for (const key of ['process', 'responsibilities', 'accountability']) {
      if (key in data) data[key] = cleanLines(data[key]);
    }
    try {
      await save.mutateAsync({
        itemId: item?.id,
        input: { code: values.code?.trim(), name: values.name?.trim(), data },
      });
      void message.success(t('catalogues.messages.itemSaved'));
      onClose();
    } catch (error) {
      if (isApiError(error)) {
        const issues = error.issues ?? (error.field ? [{ field: error.field, message: error.message }] : []);
        form.setFields(
          issues.map((issue) => ({
            name: toNamePath(issue.field),
            errors: [withoutFieldPrefix(issue.message, issue.field)],
          })),
        );
        void message.error(withoutFieldPrefix(error.message, error.field));
      } else {
        void message.error(String(error));
      }
    }
  };

  const body =
    kind === 'enforcement_items' ? (
      <EnforcementItemFields />
    ) : kind === 'random_inspection_items' ? (
      <RandomInspectionItemFields form={form} />
    ) : kind === 'power_list' || kind === 'responsibility_list' ? (
      <PowerListItemFields kind={kind} />
    ) : kind === 'no_penalty_list' ? (
      <NoPenaltyItemFields />
    ) : (
      <DiscretionItemFields form={form} />
    );

  return (
    <Drawer
      title={item ? t('catalogues.form.itemEdit', { code: item.code }) : t('catalogues.form.itemCreate')}
      open={open}
      onClose={onClose}
      size={isNarrow ? '100%' : 760}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.actions.cancel')}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => void submit()}
            data-testid="item-form-submit"
          >
            {t('common.actions.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values> form={form} layout="vertical" preserve>
        <Row gutter={8}>
          <Col xs={24} sm={8}>
            <Form.Item name="code" label={t('catalogues.form.code')}>
              <Input maxLength={40} data-testid="item-form-code" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="name" label={t('catalogues.form.name')}>
              <Input maxLength={200} data-testid="item-form-name" />
            </Form.Item>
          </Col>
        </Row>
        {body}
      </Form>
    </Drawer>
  );
}
