import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  type CatalogueItem,
  type CatalogueKind,
  discretionMethods,
  enforcementPowerTypes,
  inspectionFrequencies,
  inspectionObjectScopes,
  keyPolluterMedia,
  keyPolluterMediumLabels,
  noPenaltyCategories,
  powerListTypes,
  responsibleLevels,
  specialties,
  specialtyLabels,
} from '@qingshan/domain';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Divider,
  Drawer,
  Form,
  type FormInstance,
  Grid,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
} from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { withoutFieldPrefix } from '../../lib/form-errors';
import { useSaveItem } from './catalogues.api';

type Values = { code: string; name: string; data: Record<string, unknown> };

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

/** `data.factors.0.options` → ['data', 'factors', 0, 'options']. */
function toNamePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Text areas that hold a list, one entry a line. */
const linesProps = {
  getValueProps: (value: unknown) => ({ value: Array.isArray(value) ? value.join('\n') : '' }),
  normalize: (value: string) => value.split('\n'),
};

function cleanLines(value: unknown): string[] {
  return Array.isArray(value) ? value.map((line) => String(line).trim()).filter(Boolean) : [];
}

function LegalBasesList({ name }: { name: (string | number)[] }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row gutter={8} key={field.key} align="top">
              <Col xs={24} sm={12}>
                <Form.Item
                  name={[field.name, 'law']}
                  rules={[{ required: true, message: t('catalogues.form.law') }]}
                >
                  <Input placeholder={t('catalogues.form.lawPlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={20} sm={10}>
                <Form.Item
                  name={[field.name, 'article']}
                  rules={[{ required: true, message: t('catalogues.form.article') }]}
                >
                  <Input placeholder={t('catalogues.form.articlePlaceholder')} />
                </Form.Item>
              </Col>
              <Col span={2}>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('catalogues.form.remove')}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() => add({ law: '', article: '' })}
            style={{ marginBottom: 16 }}
          >
            {t('catalogues.form.addBasis')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function ConditionList({ name, addLabel }: { name: string; addLabel: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name={['data', name]}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row gutter={8} key={field.key}>
              <Col xs={24} sm={8}>
                <Form.Item
                  name={[field.name, 'code']}
                  rules={[{ required: true, message: t('catalogues.form.conditionCode') }]}
                >
                  <Input placeholder={t('catalogues.form.conditionCode')} />
                </Form.Item>
              </Col>
              <Col xs={20} sm={14}>
                <Form.Item
                  name={[field.name, 'text']}
                  rules={[{ required: true, message: t('catalogues.form.condition') }]}
                >
                  <Input placeholder={t('catalogues.form.condition')} />
                </Form.Item>
              </Col>
              <Col span={2}>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('catalogues.form.remove')}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() => add({ code: '', text: '' })}
            style={{ marginBottom: 16 }}
          >
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function FactorTableEditor({ form }: { form: FormInstance<Values> }) {
  const { t } = useTranslation();
  const method = Form.useWatch(['data', 'method'], form) as string | undefined;
  return (
    <Form.List name={['data', 'factors']}>
      {(factors, { add, remove }) => (
        <>
          {factors.map((factor) => (
            <Card
              key={factor.key}
              size="small"
              style={{ marginBottom: 12 }}
              title={`${t('catalogues.form.factor')} ${factor.name + 1}`}
              extra={
                <Button type="link" danger onClick={() => remove(factor.name)}>
                  {t('catalogues.form.remove')}
                </Button>
              }
            >
              <Row gutter={8}>
                <Col xs={12} sm={7}>
                  <Form.Item
                    name={[factor.name, 'code']}
                    label={t('catalogues.form.factorCode')}
                    rules={[{ required: true }]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={9}>
                  <Form.Item
                    name={[factor.name, 'name']}
                    label={t('catalogues.form.factorName')}
                    rules={[{ required: true }]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={4}>
                  {method === 'level_weighted' ? (
                    <Form.Item name={[factor.name, 'weight']} label={t('catalogues.form.weight')}>
                      <InputNumber min={0.01} max={1} step={0.05} style={{ width: '100%' }} />
                    </Form.Item>
                  ) : null}
                </Col>
                <Col xs={12} sm={4}>
                  {method === 'base_plus_adjustment' ? (
                    <Form.Item
                      name={[factor.name, 'isBase']}
                      label={t('catalogues.form.isBase')}
                      valuePropName="checked"
                    >
                      <Checkbox />
                    </Form.Item>
                  ) : null}
                </Col>
              </Row>
              <Form.List name={[factor.name, 'options']}>
                {(options, optionActions, { errors }) => (
                  <>
                    {options.map((option) => (
                      <Row gutter={8} key={option.key}>
                        <Col xs={8} sm={6}>
                          <Form.Item
                            name={[option.name, 'code']}
                            rules={[{ required: true, message: t('catalogues.form.optionCode') }]}
                          >
                            <Input placeholder={t('catalogues.form.optionCode')} />
                          </Form.Item>
                        </Col>
                        <Col xs={16} sm={11}>
                          <Form.Item
                            name={[option.name, 'label']}
                            rules={[{ required: true, message: t('catalogues.form.optionLabel') }]}
                          >
                            <Input placeholder={t('catalogues.form.optionLabel')} />
                          </Form.Item>
                        </Col>
                        <Col xs={20} sm={5}>
                          {method === 'level_weighted' ? (
                            <Form.Item name={[option.name, 'level']}>
                              <InputNumber
                                min={1}
                                max={5}
                                placeholder={t('catalogues.form.levelValue')}
                                style={{ width: '100%' }}
                              />
                            </Form.Item>
                          ) : (
                            <Form.Item noStyle shouldUpdate>
                              {() =>
                                form.getFieldValue(['data', 'factors', factor.name, 'isBase']) ? (
                                  <Form.Item name={[option.name, 'baseFraction']}>
                                    <InputNumber
                                      min={0}
                                      max={1}
                                      step={0.05}
                                      placeholder={t('catalogues.form.baseFraction')}
                                      style={{ width: '100%' }}
                                    />
                                  </Form.Item>
                                ) : (
                                  <Form.Item name={[option.name, 'adjustment']}>
                                    <InputNumber
                                      min={-0.5}
                                      max={0.5}
                                      step={0.05}
                                      placeholder={t('catalogues.form.adjustment')}
                                      style={{ width: '100%' }}
                                    />
                                  </Form.Item>
                                )
                              }
                            </Form.Item>
                          )}
                        </Col>
                        <Col span={2}>
                          <Button
                            type="text"
                            icon={<MinusCircleOutlined />}
                            aria-label={t('catalogues.form.remove')}
                            onClick={() => optionActions.remove(option.name)}
                          />
                        </Col>
                      </Row>
                    ))}
                    <Form.ErrorList errors={errors} />
                    <Button
                      type="dashed"
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => optionActions.add({ code: '', label: '' })}
                    >
                      {t('catalogues.form.addOption')}
                    </Button>
                  </>
                )}
              </Form.List>
            </Card>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() =>
              add({
                code: '',
                name: '',
                isBase: false,
                options: [
                  { code: '', label: '' },
                  { code: '', label: '' },
                ],
              })
            }
          >
            {t('catalogues.form.addFactor')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/**
 * Adds or edits an item of a draft with the form of its kind (CAT-1 … CAT-5; the CAT-5 factor table
 * is a nested form list). The server checks the data against the kind's schema and names the field
 * of a problem, which is shown on that field.
 */
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
  const rangeKind = Form.useWatch(['data', 'range', 'kind'], form) as string | undefined;
  const ratioKind = Form.useWatch(['data', 'ratio', 'kind'], form) as string | undefined;
  const scopeKind = Form.useWatch(['data', 'objectScope', 'kind'], form) as string | undefined;

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

  // The label of each value comes from the caller's t(`…${value}`), so every key stays checkable.
  const select = <Value extends string>(values: readonly Value[], label: (value: Value) => string) =>
    values.map((value) => ({ value, label: label(value) }));
  const field = (name: (string | number)[], label: string, input: ReactNode, extra?: string) => (
    <Form.Item name={name} label={label} extra={extra}>
      {input}
    </Form.Item>
  );

  let body: ReactNode = null;
  if (kind === 'enforcement_items') {
    body = (
      <>
        {field(
          ['data', 'powerType'],
          t('catalogues.columns.kind'),
          <Select options={select(enforcementPowerTypes, (value) => t(`catalogues.powerTypes.${value}`))} />,
        )}
        {field(['data', 'violation'], t('catalogues.detail.violation'), <Input.TextArea rows={3} />)}
        <Divider plain titlePlacement="start">
          {t('catalogues.detail.legalBases')}
        </Divider>
        <LegalBasesList name={['data', 'legalBases']} />
        {field(['data', 'implementingBody'], t('catalogues.detail.body'), <Input />)}
        {field(
          ['data', 'firstResponsibleLevel'],
          t('catalogues.detail.level'),
          <Select options={select(responsibleLevels, (value) => t(`catalogues.levels.${value}`))} />,
        )}
        {field(['data', 'penaltySummary'], t('catalogues.detail.penalty'), <Input.TextArea rows={3} />)}
        {field(['data', 'note'], t('catalogues.detail.note'), <Input.TextArea rows={2} />)}
      </>
    );
  } else if (kind === 'random_inspection_items') {
    body = (
      <>
        <Divider plain titlePlacement="start">
          {t('catalogues.detail.legalBases')}
        </Divider>
        <LegalBasesList name={['data', 'basis']} />
        {field(['data', 'inspectingBody'], t('catalogues.detail.body'), <Input />)}
        {field(
          ['data', 'objectScope', 'kind'],
          t('catalogues.detail.objects'),
          <Select options={select(inspectionObjectScopes, (value) => t(`catalogues.scopes.${value}`))} />,
        )}
        {field(['data', 'objectScope', 'description'], t('catalogues.detail.objectsDescription'), <Input />)}
        {scopeKind === 'industries'
          ? field(
              ['data', 'objectScope', 'industryCodes'],
              t('catalogues.form.industryCodes'),
              <Select mode="tags" tokenSeparators={[',', '，', ' ']} />,
            )
          : null}
        {scopeKind === 'key_polluters'
          ? field(
              ['data', 'objectScope', 'keyPolluterMedia'],
              t('catalogues.form.keyPolluterMedia'),
              <Select
                mode="multiple"
                options={keyPolluterMedia.map((value) => ({ value, label: keyPolluterMediumLabels[value] }))}
              />,
            )
          : null}
        {field(['data', 'content'], t('catalogues.detail.content'), <Input.TextArea rows={3} />)}
        <Row gutter={8}>
          <Col xs={24} sm={10}>
            {field(
              ['data', 'ratio', 'kind'],
              t('catalogues.detail.ratio'),
              <Select
                options={select(['officer_ratio', 'percent', 'full_coverage'] as const, (value) =>
                  t(`catalogues.ratioKinds.${value}`),
                )}
              />,
            )}
          </Col>
          {ratioKind === 'officer_ratio' ? (
            <>
              <Col xs={12} sm={7}>
                {field(
                  ['data', 'ratio', 'officers'],
                  t('catalogues.form.officers'),
                  <InputNumber min={1} style={{ width: '100%' }} />,
                )}
              </Col>
              <Col xs={12} sm={7}>
                {field(
                  ['data', 'ratio', 'entities'],
                  t('catalogues.form.entities'),
                  <InputNumber min={1} style={{ width: '100%' }} />,
                )}
              </Col>
            </>
          ) : ratioKind === 'percent' ? (
            <Col xs={24} sm={14}>
              {field(
                ['data', 'ratio', 'percent'],
                t('catalogues.form.percent'),
                <InputNumber min={0} max={100} style={{ width: '100%' }} />,
              )}
            </Col>
          ) : null}
        </Row>
        {field(
          ['data', 'frequency'],
          t('catalogues.detail.frequency'),
          <Select options={select(inspectionFrequencies, (value) => t(`catalogues.frequencies.${value}`))} />,
        )}
        {field(
          ['data', 'requiredSpecialties'],
          t('catalogues.detail.specialties'),
          <Select
            mode="multiple"
            options={specialties.map((value) => ({ value, label: specialtyLabels[value] }))}
          />,
        )}
        {field(['data', 'note'], t('catalogues.detail.note'), <Input.TextArea rows={2} />)}
      </>
    );
  } else if (kind === 'power_list' || kind === 'responsibility_list') {
    body = (
      <>
        {field(
          ['data', 'powerType'],
          t('catalogues.columns.kind'),
          <Select options={select(powerListTypes, (value) => t(`catalogues.powerListTypes.${value}`))} />,
        )}
        <Divider plain titlePlacement="start">
          {t('catalogues.detail.legalBases')}
        </Divider>
        <LegalBasesList name={['data', 'legalBases']} />
        {field(['data', 'implementingBody'], t('catalogues.detail.body'), <Input />)}
        {kind === 'power_list' ? (
          <>
            <Form.Item
              name={['data', 'process']}
              label={t('catalogues.detail.process')}
              extra={t('catalogues.form.linesHint')}
              {...linesProps}
            >
              <Input.TextArea rows={5} />
            </Form.Item>
            {field(['data', 'timeLimit'], t('catalogues.detail.timeLimit'), <Input />)}
          </>
        ) : (
          <>
            <Form.Item
              name={['data', 'responsibilities']}
              label={t('catalogues.detail.responsibilities')}
              extra={t('catalogues.form.linesHint')}
              {...linesProps}
            >
              <Input.TextArea rows={6} />
            </Form.Item>
            <Form.Item
              name={['data', 'accountability']}
              label={t('catalogues.detail.accountability')}
              extra={t('catalogues.form.linesHint')}
              {...linesProps}
            >
              <Input.TextArea rows={6} />
            </Form.Item>
          </>
        )}
        {field(['data', 'supervisionChannel'], t('catalogues.detail.supervision'), <Input />)}
      </>
    );
  } else if (kind === 'no_penalty_list') {
    body = (
      <>
        {field(
          ['data', 'category'],
          t('catalogues.columns.kind'),
          <Select
            options={select(noPenaltyCategories, (value) => t(`catalogues.noPenaltyCategories.${value}`))}
          />,
        )}
        {field(['data', 'violation'], t('catalogues.detail.violation'), <Input.TextArea rows={2} />)}
        {field(
          ['data', 'enforcementItemCodes'],
          t('catalogues.detail.linkedItems'),
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} />,
        )}
        <Divider plain titlePlacement="start">
          {t('catalogues.detail.legalBases')}
        </Divider>
        <LegalBasesList name={['data', 'legalBases']} />
        <Row gutter={8}>
          <Col xs={24} sm={14}>
            {field(['data', 'noPenaltyBasis', 'law'], t('catalogues.detail.noPenaltyBasis'), <Input />)}
          </Col>
          <Col xs={24} sm={10}>
            {field(['data', 'noPenaltyBasis', 'article'], t('catalogues.form.article'), <Input />)}
          </Col>
        </Row>
        <Divider plain titlePlacement="start">
          {t('catalogues.detail.conditions')}
        </Divider>
        <ConditionList name="conditions" addLabel={t('catalogues.form.addCondition')} />
        <Divider plain titlePlacement="start">
          {t('catalogues.detail.exclusions')}
        </Divider>
        <ConditionList name="exclusions" addLabel={t('catalogues.form.addExclusion')} />
      </>
    );
  } else {
    body = (
      <>
        {field(['data', 'violation'], t('catalogues.detail.violation'), <Input.TextArea rows={2} />)}
        {field(
          ['data', 'enforcementItemCodes'],
          t('catalogues.detail.linkedItems'),
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} />,
        )}
        <Divider plain titlePlacement="start">
          {t('catalogues.detail.legalBases')}
        </Divider>
        <LegalBasesList name={['data', 'legalBases']} />
        <Row gutter={8}>
          <Col xs={24} sm={8}>
            {field(
              ['data', 'range', 'kind'],
              t('catalogues.form.rangeKind'),
              <Select
                options={select(['amount', 'multiple'] as const, (value) =>
                  t(`catalogues.rangeKinds.${value}`),
                )}
              />,
            )}
          </Col>
          {rangeKind === 'multiple' ? (
            <>
              <Col xs={24} sm={16}>
                {field(
                  ['data', 'range', 'baseLabel'],
                  t('catalogues.form.baseLabel'),
                  <Input placeholder="建设项目总投资额" />,
                )}
              </Col>
              <Col xs={8}>
                {field(
                  ['data', 'range', 'minMultiple'],
                  t('catalogues.form.minMultiple'),
                  <InputNumber min={0} style={{ width: '100%' }} />,
                )}
              </Col>
              <Col xs={8}>
                {field(
                  ['data', 'range', 'maxMultiple'],
                  t('catalogues.form.maxMultiple'),
                  <InputNumber min={0} style={{ width: '100%' }} />,
                )}
              </Col>
              <Col xs={8}>
                {field(
                  ['data', 'range', 'minimumBaseYuan'],
                  t('catalogues.form.minimumBaseYuan'),
                  <InputNumber min={1} style={{ width: '100%' }} />,
                )}
              </Col>
            </>
          ) : (
            <>
              <Col xs={12} sm={8}>
                {field(
                  ['data', 'range', 'minYuan'],
                  t('catalogues.form.minYuan'),
                  <InputNumber min={0} style={{ width: '100%' }} />,
                )}
              </Col>
              <Col xs={12} sm={8}>
                {field(
                  ['data', 'range', 'maxYuan'],
                  t('catalogues.form.maxYuan'),
                  <InputNumber min={1} style={{ width: '100%' }} />,
                )}
              </Col>
            </>
          )}
        </Row>
        {field(
          ['data', 'rangeText'],
          t('catalogues.detail.range'),
          <Input placeholder="十万元以上一百万元以下" />,
        )}
        <Row gutter={8}>
          <Col xs={24} sm={16}>
            {field(
              ['data', 'method'],
              t('catalogues.detail.method'),
              <Select options={select(discretionMethods, (value) => t(`catalogues.methods.${value}`))} />,
            )}
          </Col>
          <Col xs={24} sm={8}>
            {field(
              ['data', 'roundToYuan'],
              t('catalogues.form.roundToYuan'),
              <InputNumber min={1} style={{ width: '100%' }} />,
            )}
          </Col>
        </Row>
        {field(['data', 'otherMeasures'], t('catalogues.detail.otherMeasures'), <Input.TextArea rows={2} />)}
        <Divider plain titlePlacement="start">
          {t('catalogues.detail.factors')}
        </Divider>
        <FactorTableEditor form={form} />
      </>
    );
  }

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
