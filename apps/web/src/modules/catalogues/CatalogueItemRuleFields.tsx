import {
  discretionMethods,
  inspectionFrequencies,
  inspectionObjectScopes,
  keyPolluterMedia,
  keyPolluterMediumLabels,
  specialties,
  specialtyLabels,
} from '@qingshan/domain';
import { Col, Divider, Form, type FormInstance, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FactorTableEditor, field, LegalBasesList, select, type Values } from './CatalogueItemEditors';

/** 随机抽查事项: bases, body, object scope, content, ratio, frequency, specialties. */
export function RandomInspectionItemFields({ form }: { form: FormInstance<Values> }) {
  const { t } = useTranslation();
  const ratioKind = Form.useWatch(['data', 'ratio', 'kind'], form) as string | undefined;
  const scopeKind = Form.useWatch(['data', 'objectScope', 'kind'], form) as string | undefined;
  return (
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
}

/** 裁量基准: violation, bases, the range, the method and the factor table. */
export function DiscretionItemFields({ form }: { form: FormInstance<Values> }) {
  const { t } = useTranslation();
  const rangeKind = Form.useWatch(['data', 'range', 'kind'], form) as string | undefined;
  return (
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
