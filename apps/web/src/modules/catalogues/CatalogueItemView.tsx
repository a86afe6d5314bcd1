import {
  type CatalogueItem,
  type CatalogueKind,
  type DiscretionBenchmarkData,
  type EnforcementItemData,
  formatLegalBasis,
  formatSamplingRatio,
  type LegalBasis,
  type NoPenaltyItemData,
  type PowerListItemData,
  type RandomInspectionItemData,
  type ResponsibilityListItemData,
  specialtyLabels,
} from '@qingshan/domain';
import { Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DiscretionCalculator } from './DiscretionCalculator';

export function LegalBasesText({ bases }: { bases: readonly LegalBasis[] }) {
  return (
    <Space direction="vertical" size={2}>
      {bases.map((basis) => (
        <Typography.Text key={`${basis.law}${basis.article}`}>{formatLegalBasis(basis)}</Typography.Text>
      ))}
    </Space>
  );
}

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ol>
  );
}

/** One item of a catalogue, laid out for its kind; CAT-5 items carry the 试算 panel. */
export function CatalogueItemView({ kind, item }: { kind: CatalogueKind; item: CatalogueItem }) {
  const { t } = useTranslation();
  const rows: { label: string; value: ReactNode }[] = [];
  const add = (label: string, value: ReactNode) => rows.push({ label, value });
  let extra: ReactNode = null;

  if (kind === 'enforcement_items') {
    const data = item.data as EnforcementItemData;
    add(t('catalogues.columns.kind'), <Tag color="blue">{t(`catalogues.powerTypes.${data.powerType}`)}</Tag>);
    add(t('catalogues.detail.violation'), data.violation);
    add(t('catalogues.detail.legalBases'), <LegalBasesText bases={data.legalBases} />);
    add(t('catalogues.detail.body'), data.implementingBody);
    add(t('catalogues.detail.level'), t(`catalogues.levels.${data.firstResponsibleLevel}`));
    add(t('catalogues.detail.penalty'), data.penaltySummary);
    if (data.note) add(t('catalogues.detail.note'), data.note);
  } else if (kind === 'random_inspection_items') {
    const data = item.data as RandomInspectionItemData;
    add(t('catalogues.detail.legalBases'), <LegalBasesText bases={data.basis} />);
    add(t('catalogues.detail.body'), data.inspectingBody);
    add(
      t('catalogues.detail.objects'),
      <Space wrap>
        <Tag>{t(`catalogues.scopes.${data.objectScope.kind}`)}</Tag>
        {data.objectScope.description}
        {data.objectScope.industryCodes.length > 0 ? (
          <Typography.Text type="secondary">
            GB/T 4754：{data.objectScope.industryCodes.join('、')}
          </Typography.Text>
        ) : null}
      </Space>,
    );
    add(t('catalogues.detail.content'), data.content);
    add(t('catalogues.detail.ratio'), formatSamplingRatio(data.ratio));
    add(t('catalogues.detail.frequency'), t(`catalogues.frequencies.${data.frequency}`));
    add(
      t('catalogues.detail.specialties'),
      data.requiredSpecialties.length > 0 ? (
        <Space wrap>
          {data.requiredSpecialties.map((code) => (
            <Tag key={code} color="cyan">
              {specialtyLabels[code]}
            </Tag>
          ))}
        </Space>
      ) : (
        t('common.states.none')
      ),
    );
    if (data.note) add(t('catalogues.detail.note'), data.note);
  } else if (kind === 'power_list') {
    const data = item.data as PowerListItemData;
    add(
      t('catalogues.columns.kind'),
      <Tag color="purple">{t(`catalogues.powerListTypes.${data.powerType}`)}</Tag>,
    );
    add(t('catalogues.detail.legalBases'), <LegalBasesText bases={data.legalBases} />);
    add(t('catalogues.detail.body'), data.implementingBody);
    add(t('catalogues.detail.process'), data.process.join(' → '));
    if (data.timeLimit) add(t('catalogues.detail.timeLimit'), data.timeLimit);
    add(t('catalogues.detail.supervision'), data.supervisionChannel);
  } else if (kind === 'responsibility_list') {
    const data = item.data as ResponsibilityListItemData;
    add(
      t('catalogues.columns.kind'),
      <Tag color="magenta">{t(`catalogues.powerListTypes.${data.powerType}`)}</Tag>,
    );
    add(t('catalogues.detail.legalBases'), <LegalBasesText bases={data.legalBases} />);
    add(t('catalogues.detail.body'), data.implementingBody);
    add(t('catalogues.detail.responsibilities'), <Lines lines={data.responsibilities} />);
    add(t('catalogues.detail.accountability'), <Lines lines={data.accountability} />);
    add(t('catalogues.detail.supervision'), data.supervisionChannel);
  } else if (kind === 'no_penalty_list') {
    const data = item.data as NoPenaltyItemData;
    add(
      t('catalogues.columns.kind'),
      <Tag color={data.category === 'minor' ? 'green' : 'gold'}>
        {t(`catalogues.noPenaltyCategories.${data.category}`)}
      </Tag>,
    );
    add(t('catalogues.detail.violation'), data.violation);
    add(t('catalogues.detail.legalBases'), <LegalBasesText bases={data.legalBases} />);
    add(t('catalogues.detail.noPenaltyBasis'), formatLegalBasis(data.noPenaltyBasis));
    add(
      t('catalogues.detail.conditions'),
      <Lines lines={data.conditions.map((condition) => condition.text)} />,
    );
    add(
      t('catalogues.detail.exclusions'),
      <Lines lines={data.exclusions.map((exclusion) => exclusion.text)} />,
    );
    if (data.enforcementItemCodes.length > 0)
      add(t('catalogues.detail.linkedItems'), data.enforcementItemCodes.join('、'));
  } else {
    const data = item.data as DiscretionBenchmarkData;
    add(t('catalogues.detail.violation'), data.violation);
    add(t('catalogues.detail.legalBases'), <LegalBasesText bases={data.legalBases} />);
    add(t('catalogues.detail.range'), data.rangeText);
    add(t('catalogues.detail.method'), t(`catalogues.methods.${data.method}`));
    if (data.otherMeasures) add(t('catalogues.detail.otherMeasures'), data.otherMeasures);
    extra = (
      <>
        <div style={{ marginTop: 16 }}>
          <DiscretionCalculator benchmark={data} />
        </div>
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('catalogues.detail.factors')}
        </Typography.Title>
        <List
          size="small"
          bordered
          dataSource={data.factors}
          style={{ marginBottom: 16 }}
          renderItem={(factor) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Typography.Text strong>
                  {factor.name}
                  {factor.isBase ? '（基准因素）' : ''}
                  {factor.weight !== undefined ? `　权重 ${Math.round(factor.weight * 100)}%` : ''}
                </Typography.Text>
                <Table
                  size="small"
                  rowKey="code"
                  pagination={false}
                  style={{ marginTop: 6 }}
                  dataSource={factor.options}
                  columns={[
                    { title: t('catalogues.form.optionLabel'), dataIndex: 'label' },
                    {
                      title:
                        data.method === 'level_weighted'
                          ? t('catalogues.form.levelValue')
                          : factor.isBase
                            ? t('catalogues.form.baseFraction')
                            : t('catalogues.form.adjustment'),
                      width: 120,
                      render: (_value, option) =>
                        data.method === 'level_weighted'
                          ? option.level
                          : factor.isBase
                            ? `${Math.round((option.baseFraction ?? 0) * 100)}%`
                            : `${(option.adjustment ?? 0) > 0 ? '+' : ''}${Math.round((option.adjustment ?? 0) * 100)}%`,
                    },
                  ]}
                />
              </div>
            </List.Item>
          )}
        />
      </>
    );
  }

  return (
    <>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={rows.map((row, index) => ({ key: index, label: row.label, children: row.value }))}
      />
      {extra}
    </>
  );
}

/** The short summary columns of the items table, per kind. */
export function itemSummary(
  kind: CatalogueKind,
  item: CatalogueItem,
  t: (key: string) => string,
): { tag: ReactNode; basis: string; detail: string } {
  const data = item.data as Record<string, unknown>;
  const bases = (data.legalBases ?? data.basis ?? []) as LegalBasis[];
  // In the table the article matters more than the full title of the law.
  const basis = bases.map((entry) => formatLegalBasis(entry).replace('中华人民共和国', '')).join('；');
  switch (kind) {
    case 'enforcement_items': {
      const entry = item.data as EnforcementItemData;
      return {
        tag: <Tag color="blue">{t(`catalogues.powerTypes.${entry.powerType}`)}</Tag>,
        basis,
        detail: `${t(`catalogues.levels.${entry.firstResponsibleLevel}`)} · ${entry.penaltySummary}`,
      };
    }
    case 'random_inspection_items': {
      const entry = item.data as RandomInspectionItemData;
      return {
        tag: <Tag color="cyan">{t(`catalogues.frequencies.${entry.frequency}`)}</Tag>,
        basis,
        detail: `${entry.objectScope.description} · ${formatSamplingRatio(entry.ratio)}`,
      };
    }
    case 'power_list':
    case 'responsibility_list': {
      const entry = item.data as PowerListItemData;
      return {
        tag: <Tag color="purple">{t(`catalogues.powerListTypes.${entry.powerType}`)}</Tag>,
        basis,
        detail: entry.implementingBody,
      };
    }
    case 'no_penalty_list': {
      const entry = item.data as NoPenaltyItemData;
      return {
        tag: (
          <Tag color={entry.category === 'minor' ? 'green' : 'gold'}>
            {t(`catalogues.noPenaltyCategories.${entry.category}`)}
          </Tag>
        ),
        basis,
        detail: entry.conditions.map((condition) => condition.text).join('；'),
      };
    }
    default: {
      const entry = item.data as DiscretionBenchmarkData;
      return {
        tag: <Tag color="orange">{t(`catalogues.methods.${entry.method}`)}</Tag>,
        basis,
        detail: `${entry.rangeText} · ${entry.factors.map((factor) => factor.name).join('、')}`,
      };
    }
  }
}
