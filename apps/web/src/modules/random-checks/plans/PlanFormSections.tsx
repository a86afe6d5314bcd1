import { permitClasses, type RandomCheckPlanDefaults, randomCheckStrata } from '@qingshan/domain';
import { Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PeriodTarget } from './PlanFormParts';

function useRequired() {
  const { t } = useTranslation();
  return (field: string) => [{ required: true, message: t('randomChecks.form.required', { field }) }];
}

/** The pool the draw takes from: counties, strata and the entities left out. */
export function PlanPoolSection({ defaults: planDefaults }: { defaults: RandomCheckPlanDefaults }) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
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
  );
}

/** The shares to draw, with the province's defaults and the period's target beside them. */
export function PlanRatiosSection({ defaults: planDefaults }: { defaults: RandomCheckPlanDefaults }) {
  const { t } = useTranslation();
  const _required = useRequired();
  return (
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
  );
}

/** Cross-region and joint draws with other departments, and a note. */
export function PlanJointSection({ defaults: planDefaults }: { defaults: RandomCheckPlanDefaults }) {
  const { t } = useTranslation();
  const _required = useRequired();
  return (
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
  );
}
