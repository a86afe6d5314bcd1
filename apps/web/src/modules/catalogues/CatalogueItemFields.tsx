import {
  enforcementPowerTypes,
  noPenaltyCategories,
  powerListTypes,
  responsibleLevels,
} from '@qingshan/domain';
import { Col, Divider, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConditionList, field, LegalBasesList, linesProps, select } from './CatalogueItemEditors';

/** 执法事项: power type, violation, legal bases, body, level, penalty. */
export function EnforcementItemFields() {
  const { t } = useTranslation();
  return (
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
}

/** 权力清单 / 责任清单: type, bases, body, then the process or the responsibilities. */
export function PowerListItemFields({ kind }: { kind: 'power_list' | 'responsibility_list' }) {
  const { t } = useTranslation();
  return (
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
}

/** 不予处罚清单: category, violation, linked items, bases, conditions and exclusions. */
export function NoPenaltyItemFields() {
  const { t } = useTranslation();
  return (
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
}
