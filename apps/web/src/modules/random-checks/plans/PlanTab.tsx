import type { RandomCheckPlanDetail, RandomCheckPoolPreview } from '@qingshan/domain';
import { Alert, Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/ErrorResult';
import { formatDateTime } from '../../../lib/dates';
import { usePoolPreview } from './random-checks.api';

export function PoolPreviewCard({ plan }: { plan: RandomCheckPlanDetail }) {
  const { t } = useTranslation();
  // The rehearsal is for before the draw; afterwards the tasks tell the story.
  const isBeforeDraw = plan.status === 'draft' || plan.status === 'committed';
  const preview = usePoolPreview(plan.id, isBeforeDraw);
  if (!isBeforeDraw) return null;
  type Row = RandomCheckPoolPreview['counties'][number];
  const data = preview.data;
  const columns = [
    { title: t('randomChecks.detail.preview.county'), dataIndex: 'countyName', key: 'county' },
    {
      title: t('randomChecks.detail.preview.entities'),
      dataIndex: 'entities',
      key: 'entities',
      align: 'right' as const,
    },
    {
      title: t('randomChecks.detail.preview.keyPolluters'),
      key: 'keyPolluters',
      align: 'right' as const,
      render: (_: unknown, row: Row) =>
        `${row.keyPolluters}（${t('randomChecks.detail.preview.keyPollutersNotYetDrawn')} ${row.keyPollutersNotYetDrawn}）`,
    },
    {
      title: t('randomChecks.detail.preview.specialObjects'),
      dataIndex: 'specialObjects',
      key: 'specialObjects',
      align: 'right' as const,
    },
    {
      title: t('randomChecks.detail.preview.positiveListExcluded'),
      dataIndex: 'positiveListExcluded',
      key: 'positiveListExcluded',
      align: 'right' as const,
    },
    {
      title: t('randomChecks.detail.preview.eligibleOfficers'),
      dataIndex: 'eligibleOfficers',
      key: 'eligibleOfficers',
      align: 'right' as const,
    },
    {
      title: t('randomChecks.detail.preview.expectedTasks'),
      dataIndex: 'expectedTasks',
      key: 'expectedTasks',
      align: 'right' as const,
    },
  ];
  return (
    <Card
      title={t('randomChecks.detail.preview.title')}
      style={{ marginBottom: 16 }}
      data-testid="pool-preview"
    >
      <Typography.Paragraph type="secondary">
        {t('randomChecks.detail.preview.subtitle')}
      </Typography.Paragraph>
      {preview.isError ? <ErrorResult error={preview.error} onRetry={() => void preview.refetch()} /> : null}
      {data ? (
        <>
          {data.shortfalls.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('randomChecks.detail.preview.shortage')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {data.shortfalls.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              }
            />
          ) : (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('randomChecks.detail.preview.ok')}
              description={t('randomChecks.detail.preview.target', { count: data.generalTargetCount })}
            />
          )}
          <Table<Row>
            rowKey="countyCode"
            size="small"
            pagination={false}
            scroll={{ x: 720 }}
            dataSource={data.counties}
            columns={columns}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('randomChecks.detail.preview.total')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {data.totals.entities}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {data.totals.keyPolluters}（{t('randomChecks.detail.preview.keyPollutersNotYetDrawn')}{' '}
                  {data.totals.keyPollutersNotYetDrawn}）
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {data.totals.specialObjects}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {data.totals.positiveListExcluded}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  {data.totals.eligibleOfficers}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  {data.totals.expectedTasks}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          {data.isPositiveListExcluded ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('randomChecks.detail.preview.positiveExcluded')}
            </Typography.Paragraph>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}

export function PlanTab({ plan }: { plan: RandomCheckPlanDetail }) {
  const { t } = useTranslation();
  const filter = plan.poolFilter;
  const none = <Typography.Text type="secondary">{t('common.states.none')}</Typography.Text>;
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('randomChecks.detail.fields.number')}>{plan.number}</Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.agency')}>
            {plan.agencyName}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.kind')}>
            {t(`randomChecks.kinds.${plan.kind}`)}
            {plan.quarter ? ` · ${t('randomChecks.quarterLabel', { quarter: plan.quarter })}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.period')}>
            {plan.periodStart} ~ {plan.periodEnd}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.inspectionStartsOn')}>
            {plan.inspectionStartsOn}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.inspectionDueOn')}>
            {plan.inspectionDueOn}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.publicationDueOn')}>
            {plan.publicationDueOn}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.ratio')}>
            {t('randomChecks.detail.ratioValue', {
              officers: plan.ratioOfficers,
              entities: plan.ratioEntities,
            })}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.keyPolluterPercent')}>
            {t('randomChecks.detail.percentValue', { percent: plan.keyPolluterPercent })}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.specialObjectPercent')}>
            {t('randomChecks.detail.percentValue', { percent: plan.specialObjectPercent })}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.minOfficersPerTask')}>
            {t('randomChecks.detail.officersValue', { count: plan.minOfficersPerTask })}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.isCrossRegion')}>
            {plan.isCrossRegion ? t('common.states.yes') : t('common.states.no')}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.jointDepartments')}>
            {plan.jointDepartments.length > 0
              ? plan.jointDepartments.map((name) => <Tag key={name}>{name}</Tag>)
              : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.strata')}>
            {filter.strata.map((stratum) => (
              <Tag key={stratum}>{t(`randomChecks.strata.${stratum}`)}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('randomChecks.detail.fields.pool')} span={2}>
            {filter.countyCodes.length + filter.industryCodes.length + filter.permitClasses.length === 0
              ? t('randomChecks.detail.poolAll')
              : [
                  filter.countyCodes.length > 0
                    ? `${t('randomChecks.form.fields.counties')}：${filter.countyCodes.join('、')}`
                    : null,
                  filter.industryCodes.length > 0
                    ? `${t('randomChecks.form.fields.industryCodes')}：${filter.industryCodes.join('、')}`
                    : null,
                  filter.permitClasses.length > 0
                    ? `${t('randomChecks.form.fields.permitClasses')}：${filter.permitClasses
                        .map((permitClass) => t(`randomChecks.permitClasses.${permitClass}`))
                        .join('、')}`
                    : null,
                ]
                  .filter(Boolean)
                  .join('；')}
          </Descriptions.Item>
          {plan.note ? (
            <Descriptions.Item label={t('randomChecks.detail.fields.note')} span={3}>
              {plan.note}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('randomChecks.detail.fields.createdAt')}>
            {formatDateTime(plan.createdAt)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('randomChecks.detail.items.title')} style={{ marginBottom: 16 }}>
        <Table
          rowKey="catalogueItemId"
          size="small"
          pagination={false}
          dataSource={plan.items}
          scroll={{ x: 600 }}
          columns={[
            { title: t('randomChecks.detail.items.code'), dataIndex: 'code', key: 'code', width: 150 },
            { title: t('randomChecks.detail.items.name'), dataIndex: 'name', key: 'name' },
            {
              title: t('randomChecks.detail.items.specialty'),
              dataIndex: 'requiredSpecialty',
              key: 'specialty',
              width: 200,
              render: (specialty: RandomCheckPlanDetail['items'][number]['requiredSpecialty']) =>
                specialty ? (
                  <Tag color="blue">{t(`randomChecks.specialties.${specialty}`)}</Tag>
                ) : (
                  t('randomChecks.form.fields.anySpecialty')
                ),
            },
          ]}
        />
      </Card>
      <PoolPreviewCard plan={plan} />
    </>
  );
}
