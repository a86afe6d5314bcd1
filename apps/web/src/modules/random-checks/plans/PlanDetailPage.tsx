import {
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  LinkOutlined,
  LockOutlined,
} from '@ant-design/icons';
import { App, Badge, Button, Popconfirm, Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { downloadFile } from '../../../api/client';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageContainer } from '../../../components/PageContainer';
import { PageLoading } from '../../../components/PageLoading';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { SubjectClocks } from '../../todos/SubjectClocks';
import { DrawPanel } from './DrawPanel';
import { planStatusBadges } from './PlansPage';
import { PlanTab } from './PlanTab';
import { useCommitPlan, useDeletePlan, usePlan } from './random-checks.api';
import { TasksPanel } from './TasksPanel';

const tabKeys = ['plan', 'draw', 'tasks', 'clocks'] as const;
type TabKey = (typeof tabKeys)[number];

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
          ...(data.taskCount > 0
            ? [
                {
                  key: 'clocks',
                  label: t('clocks.title'),
                  children: (
                    <SubjectClocks
                      url={`/api/random-checks/plans/${data.id}/clocks`}
                      title={t('clocks.planTitle')}
                      showSubject
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </PageContainer>
  );
}
