import {
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  LinkOutlined,
  LockOutlined,
} from '@ant-design/icons';
import type { RandomCheckPlanDetail, RandomCheckPoolPreview } from '@qingshan/domain';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { downloadFile } from '../../../api/client';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageContainer } from '../../../components/PageContainer';
import { PageLoading } from '../../../components/PageLoading';
import { formatDateTime } from '../../../lib/dates';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { DrawPanel } from './DrawPanel';
import { planStatusBadges } from './PlansPage';
import { useCommitPlan, useDeletePlan, usePlan, usePoolPreview } from './random-checks.api';
import { TasksPanel } from './TasksPanel';

const tabKeys = ['plan', 'draw', 'tasks'] as const;
type TabKey = (typeof tabKeys)[number];

function PoolPreviewCard({ plan }: { plan: RandomCheckPlanDetail }) {
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

function PlanTab({ plan }: { plan: RandomCheckPlanDetail }) {
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

/** /random-checks/plans/:id (DR-1 … DR-4): the plan, its commitment and draw, and its tasks. */
export default function PlanDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const plan = usePlan(id);
  const commit = useCommitPlan(id);
  const remove = useDeletePlan(id);
  const requestedTab = searchParams.get('tab');
  const tab: TabKey = (tabKeys as readonly string[]).includes(requestedTab ?? '')
    ? (requestedTab as TabKey)
    : 'plan';

  if (plan.isError) {
    return (
      <PageContainer title={t('layout.menu.randomCheckPlanDetail')}>
        <ErrorResult error={plan.error} onRetry={() => void plan.refetch()} />
      </PageContainer>
    );
  }
  if (!plan.data) return <PageLoading />;
  const data = plan.data;
  const isRecordAvailable = data.secret !== null;

  const downloadRecord = async () => {
    try {
      await downloadFile(`/api/random-checks/plans/${data.id}/draw-record`);
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <PageContainer
      title={data.title}
      documentTitle={data.number}
      subTitle={
        <Space size={8} wrap>
          <span data-testid="plan-number">{data.number}</span>
          <Badge
            status={planStatusBadges[data.status]}
            text={<span data-testid="plan-status">{t(`randomChecks.statuses.${data.status}`)}</span>}
          />
        </Space>
      }
      breadcrumb={[
        { title: t('layout.menu.randomCheckPlans'), to: '/random-checks/plans' },
        { title: data.number },
      ]}
      extra={
        <Space wrap>
          {data.canEdit ? (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/random-checks/plans/${data.id}/edit`)}>
              {t('randomChecks.detail.actions.edit')}
            </Button>
          ) : null}
          {data.canEdit ? (
            <Popconfirm
              title={t('randomChecks.detail.actions.deleteConfirm', { number: data.number })}
              onConfirm={() =>
                remove.mutate(undefined, {
                  onSuccess: () => {
                    void message.success(t('randomChecks.detail.actions.deleted'));
                    navigate('/random-checks/plans');
                  },
                  onError: (error) => handleError(error),
                })
              }
            >
              <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                {t('randomChecks.detail.actions.delete')}
              </Button>
            </Popconfirm>
          ) : null}
          {data.canCommit ? (
            <Popconfirm
              title={t('randomChecks.detail.actions.commitConfirmTitle')}
              description={
                <div style={{ maxWidth: 320 }}>{t('randomChecks.detail.actions.commitConfirm')}</div>
              }
              onConfirm={() =>
                commit.mutate(undefined, {
                  onSuccess: () => {
                    void message.success(t('randomChecks.detail.actions.committed'));
                    setSearchParams({ tab: 'draw' });
                  },
                  onError: (error) => handleError(error),
                })
              }
            >
              <Button
                type="primary"
                icon={<LockOutlined />}
                loading={commit.isPending}
                data-testid="plan-commit"
              >
                {t('randomChecks.detail.actions.commit')}
              </Button>
            </Popconfirm>
          ) : null}
          {isRecordAvailable ? (
            <Button
              icon={<DownloadOutlined />}
              onClick={() => void downloadRecord()}
              data-testid="plan-download-record"
            >
              {t('randomChecks.detail.actions.download')}
            </Button>
          ) : null}
          {data.status !== 'draft' ? (
            <Button
              icon={<LinkOutlined />}
              href={`/public/draws/${data.id}`}
              target="_blank"
              rel="noreferrer"
            >
              {t('randomChecks.detail.actions.publicPage')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearchParams(key === 'plan' ? {} : { tab: key })}
        items={[
          { key: 'plan', label: t('randomChecks.detail.tabs.plan'), children: <PlanTab plan={data} /> },
          { key: 'draw', label: t('randomChecks.detail.tabs.draw'), children: <DrawPanel plan={data} /> },
          {
            key: 'tasks',
            label: `${t('randomChecks.detail.tabs.tasks')}${data.taskCount > 0 ? ` (${data.taskCount})` : ''}`,
            children: <TasksPanel plan={data} />,
          },
        ]}
      />
    </PageContainer>
  );
}
