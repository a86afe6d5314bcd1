import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Form, type FormInstance, Input, InputNumber, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Values = { code: string; name: string; data: Record<string, unknown> };

/** `data.factors.0.options` → ['data', 'factors', 0, 'options']. */
export function toNamePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Text areas that hold a list, one entry a line. */
export const linesProps = {
  getValueProps: (value: unknown) => ({ value: Array.isArray(value) ? value.join('\n') : '' }),
  normalize: (value: string) => value.split('\n'),
};

export function cleanLines(value: unknown): string[] {
  return Array.isArray(value) ? value.map((line) => String(line).trim()).filter(Boolean) : [];
}

export function LegalBasesList({ name }: { name: (string | number)[] }) {
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

export function ConditionList({ name, addLabel }: { name: string; addLabel: string }) {
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

export function FactorTableEditor({ form }: { form: FormInstance<Values> }) {
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

/** Options of a select; each label comes from the caller's t(`…${value}`), so every key stays checkable. */
export function select<Value extends string>(values: readonly Value[], label: (value: Value) => string) {
  return values.map((value) => ({ value, label: label(value) }));
}

/** One form field of the item's data. */
export function field(name: (string | number)[], label: string, input: ReactNode, extra?: string) {
  return (
    <Form.Item name={name} label={label} extra={extra}>
      {input}
    </Form.Item>
  );
}
