import { PlusOutlined } from '@ant-design/icons';
import type { Award, OfficerDetail, Training } from '@qingshan/domain';
import { Button, Empty, Result, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { useSession } from '../auth/session';
import { useOfficerAwards, useOfficerTrainings } from './personnel.api';

export function TrainingsTab({
  officer,
  canManage,
  onAdd,
}: {
  officer: OfficerDetail;
  canManage: boolean;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const trainings = useOfficerTrainings(officer.id);
  const rows = trainings.data ?? [];
  const hours = rows.reduce((sum, row) => sum + row.hours, 0);
  const columns: TableColumnsType<Training> = [
    { title: t('personnel.trainings.title'), dataIndex: 'title', key: 'title' },
    {
      title: t('personnel.trainings.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 150,
      render: (kind: Training['kind']) => (
        <Tag bordered={false}>{t(`personnel.labels.trainingKind.${kind}`)}</Tag>
      ),
    },
    {
      title: t('personnel.trainings.organiser'),
      dataIndex: 'organiser',
      key: 'organiser',
      width: 200,
      responsive: ['md'],
    },
    {
      title: t('personnel.trainings.period'),
      key: 'period',
      width: 200,
      render: (_value, row) =>
        row.startsOn === row.endsOn ? row.startsOn : `${row.startsOn} ~ ${row.endsOn}`,
    },
    { title: t('personnel.trainings.hours'), dataIndex: 'hours', key: 'hours', width: 70 },
    {
      title: t('personnel.trainings.result'),
      dataIndex: 'isPassed',
      key: 'isPassed',
      width: 80,
      render: (isPassed: boolean) =>
        isPassed ? (
          <Tag color="green">{t('personnel.trainings.passed')}</Tag>
        ) : (
          <Tag color="red">{t('personnel.trainings.failed')}</Tag>
        ),
    },
  ];
  if (trainings.isError)
    return <ErrorResult error={trainings.error} onRetry={() => void trainings.refetch()} />;
  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Text type="secondary">
          {t('personnel.trainings.total', { count: rows.length, hours })}
        </Typography.Text>
        {canManage ? (
          <Button size="small" icon={<PlusOutlined />} onClick={onAdd}>
            {t('personnel.actions.addTraining')}
          </Button>
        ) : null}
      </Space>
      <Table<Training>
        rowKey="id"
        size="small"
        loading={trainings.isPending}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('personnel.trainings.empty')} />
          ),
        }}
      />
    </>
  );
}

export function AwardsTab({
  officer,
  canManage,
  onAdd,
}: {
  officer: OfficerDetail;
  canManage: boolean;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const awards = useOfficerAwards(officer.id);
  const columns: TableColumnsType<Award> = [
    { title: t('personnel.awards.title'), dataIndex: 'title', key: 'title' },
    {
      title: t('personnel.awards.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 110,
      render: (kind: Award['kind']) => (
        <Tag color={kind === 'merit' ? 'red' : kind === 'commendation' ? 'gold' : 'blue'}>
          {t(`personnel.labels.awardKind.${kind}`)}
        </Tag>
      ),
    },
    { title: t('personnel.awards.awardedBy'), dataIndex: 'awardedBy', key: 'awardedBy', responsive: ['md'] },
    { title: t('personnel.awards.awardedOn'), dataIndex: 'awardedOn', key: 'awardedOn', width: 120 },
    { title: t('personnel.awards.reason'), dataIndex: 'reason', key: 'reason', responsive: ['lg'] },
  ];
  if (awards.isError) return <ErrorResult error={awards.error} onRetry={() => void awards.refetch()} />;
  return (
    <>
      {canManage ? (
        <div style={{ marginBottom: 12, textAlign: 'right' }}>
          <Button size="small" icon={<PlusOutlined />} onClick={onAdd}>
            {t('personnel.actions.addAward')}
          </Button>
        </div>
      ) : null}
      <Table<Award>
        rowKey="id"
        size="small"
        loading={awards.isPending}
        columns={columns}
        dataSource={awards.data ?? []}
        pagination={false}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('personnel.awards.empty')} />,
        }}
      />
    </>
  );
}

export function SupervisedTab({ officer }: { officer: OfficerDetail }) {
  const { t } = useTranslation();
  const { access } = useSession();
  if (officer.supervisedEntityCount === 0) {
    return <Result status="info" title={t('personnel.detail.supervisedNone')} style={{ padding: 24 }} />;
  }
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('personnel.detail.supervisedCount', { count: officer.supervisedEntityCount })}
      </Typography.Paragraph>
      <Space orientation="vertical" size={6}>
        {officer.supervisedEntities.map((entity) => (
          <Space key={entity.id} size={12}>
            {access.can('entities.read') ? (
              <Link to={`/entities/${entity.id}`}>{entity.name}</Link>
            ) : (
              entity.name
            )}
            <Typography.Text type="secondary">
              {t('personnel.supervisors.assignedOn', { date: entity.assignedOn })}
            </Typography.Text>
          </Space>
        ))}
      </Space>
    </>
  );
}
