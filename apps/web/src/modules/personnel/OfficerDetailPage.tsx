import {
  CheckCircleFilled,
  EditOutlined,
  LinkOutlined,
  MoreOutlined,
  PlusOutlined,
  StarOutlined,
  StopFilled,
} from '@ant-design/icons';
import type { Award, OfficerDetail, Secondment, Training } from '@qingshan/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Dropdown,
  Empty,
  type MenuProps,
  Result,
  Row,
  Skeleton,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { todayInShanghai } from '../../lib/dates';
import { roleColors, useLabels } from '../../lib/labels';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useSession } from '../auth/session';
import {
  AccountModal,
  AwardModal,
  BackboneModal,
  SecondmentActionModal,
  SecondmentModal,
  StatusModal,
  TrainingModal,
} from './OfficerDialogs';
import { OfficerFormDrawer } from './OfficerFormDrawer';
import {
  CertificateStateTag,
  certificateStateColors,
  OfficerStatusBadge,
  SpecialtyTags,
} from './PersonnelTags';
import {
  useOfficerAwards,
  useOfficerDetail,
  useOfficerTrainings,
  useRemoveBackbone,
  useUnlinkAccount,
} from './personnel.api';

type Dialog =
  | { kind: 'edit' }
  | { kind: 'status' }
  | { kind: 'secondment' }
  | { kind: 'secondmentAction'; secondment: Secondment; action: 'approval' | 'filing' | 'return' }
  | { kind: 'training' }
  | { kind: 'award' }
  | { kind: 'account' }
  | { kind: 'backbone' };

/**
 * /officers/:id (ORG-3): everything the registry holds about one officer — certificates on a
 * timeline, secondments with their approval and filing, trainings, awards, the linked account,
 * the backbone pool and the entities they supervise — and whether they may act today.
 */
export default function OfficerDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const detail = useOfficerDetail(id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const officer = detail.data;

  if (detail.isPending) {
    return (
      <PageContainer title={t('layout.menu.officerDetail')}>
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </PageContainer>
    );
  }
  if (detail.isError || !officer) {
    return (
      <PageContainer
        title={t('layout.menu.officerDetail')}
        breadcrumb={[
          { title: t('personnel.title'), to: '/officers' },
          { title: t('layout.menu.officerDetail') },
        ]}
      >
        <Card>
          <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
        </Card>
      </PageContainer>
    );
  }
  return (
    <>
      <OfficerView officer={officer} onOpen={setDialog} />
      <OfficerFormDrawer officer={officer} open={dialog?.kind === 'edit'} onClose={() => setDialog(null)} />
      {dialog?.kind === 'status' ? <StatusModal officer={officer} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'secondment' ? (
        <SecondmentModal officer={officer} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'secondmentAction' ? (
        <SecondmentActionModal
          officer={officer}
          secondment={dialog.secondment}
          kind={dialog.action}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'training' ? (
        <TrainingModal officer={officer} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'award' ? <AwardModal officer={officer} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'account' ? <AccountModal officer={officer} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'backbone' ? (
        <BackboneModal officer={officer} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}

function OfficerView({ officer, onOpen }: { officer: OfficerDetail; onOpen: (dialog: Dialog) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { me, access } = useSession();
  const { message, modal } = App.useApp();
  const showError = useApiErrorHandler();
  const unlink = useUnlinkAccount(officer.id);
  const removeBackbone = useRemoveBackbone(officer.id);
  const canManage = access.can('personnel.manage');
  const isProvincialBureau = me.user.agency.kind === 'provincial_enforcement_bureau';
  const canAct = officer.assignmentBlockers.length === 0;

  const confirmUnlink = () =>
    modal.confirm({
      title: t('personnel.actions.unlinkConfirm', {
        name: officer.name,
        username: officer.account?.username,
      }),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await unlink.mutateAsync(undefined);
          void message.success(t('personnel.messages.unlinked'));
        } catch (error) {
          showError(error);
        }
      },
    });

  const confirmRemoveBackbone = () =>
    modal.confirm({
      title: t('personnel.actions.removeBackboneConfirm', {
        name: officer.name,
        pool: officer.backbonePool ? t(`personnel.labels.backbonePool.${officer.backbonePool}`) : '',
      }),
      onOk: async () => {
        try {
          await removeBackbone.mutateAsync(undefined);
          void message.success(t('personnel.messages.backboneRemoved'));
        } catch (error) {
          showError(error);
        }
      },
    });

  const moreActions: MenuProps['items'] = [
    { key: 'status', label: t('personnel.actions.setStatus'), onClick: () => onOpen({ kind: 'status' }) },
    {
      key: 'secondment',
      label: t('personnel.actions.addSecondment'),
      disabled:
        officer.status === 'departed' || officer.secondments.some((item) => item.state !== 'returned'),
      onClick: () => onOpen({ kind: 'secondment' }),
    },
    {
      key: 'training',
      label: t('personnel.actions.addTraining'),
      onClick: () => onOpen({ kind: 'training' }),
    },
    { key: 'award', label: t('personnel.actions.addAward'), onClick: () => onOpen({ kind: 'award' }) },
  ];

  return (
    <PageContainer
      documentTitle={`${officer.name} · ${t('layout.menu.officerDetail')}`}
      title={
        <Space size={12} wrap>
          <span>{officer.name}</span>
          <Typography.Text type="secondary" copyable style={{ fontSize: 14, fontWeight: 400 }}>
            {officer.realNameNumber}
          </Typography.Text>
          <OfficerStatusBadge status={officer.status} />
        </Space>
      }
      subTitle={`${officer.agencyName} · ${officer.post}`}
      breadcrumb={[{ title: t('personnel.title'), to: '/officers' }, { title: officer.name }]}
      extra={
        canManage ? (
          <>
            <Button icon={<EditOutlined />} onClick={() => onOpen({ kind: 'edit' })}>
              {t('personnel.actions.edit')}
            </Button>
            <Dropdown menu={{ items: moreActions }} trigger={['click']}>
              <Button icon={<MoreOutlined />}>{t('common.actions.more')}</Button>
            </Dropdown>
          </>
        ) : null
      }
    >
      <Alert
        data-testid="officer-assignability"
        type={canAct ? 'success' : 'error'}
        showIcon
        icon={canAct ? <CheckCircleFilled /> : <StopFilled />}
        style={{ marginBottom: 16 }}
        title={canAct ? t('personnel.detail.assignable') : t('personnel.detail.notAssignable')}
        description={
          canAct ? undefined : officer.assignmentBlockers.map((blocker) => blocker.message).join('；')
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('personnel.detail.basics')} style={{ height: '100%' }}>
            <Descriptions
              column={{ xs: 1, sm: 2 }}
              size="small"
              items={[
                {
                  key: 'gender',
                  label: t('personnel.detail.gender'),
                  children: t(`personnel.labels.gender.${officer.gender}`),
                },
                {
                  key: 'birthYear',
                  label: t('personnel.detail.birthYear'),
                  children: officer.birthYear ?? '—',
                },
                {
                  key: 'agency',
                  label: t('personnel.detail.agency'),
                  span: 2,
                  children: access.can('agencies.read') ? (
                    <Link to={`/agencies/${officer.agencyId}`}>{officer.agencyName}</Link>
                  ) : (
                    officer.agencyName
                  ),
                },
                { key: 'post', label: t('personnel.detail.post'), children: officer.post },
                { key: 'joinedOn', label: t('personnel.detail.joinedOn'), children: officer.joinedOn ?? '—' },
                { key: 'phone', label: t('personnel.detail.phone'), children: officer.phone ?? '—' },
                {
                  key: 'status',
                  label: t('personnel.columns.status'),
                  children: <OfficerStatusBadge status={officer.status} />,
                },
                {
                  key: 'specialties',
                  label: t('personnel.detail.specialties'),
                  span: 2,
                  children: <SpecialtyTags values={officer.specialties} />,
                },
                {
                  key: 'account',
                  label: t('personnel.detail.account'),
                  span: 2,
                  children: (
                    <Space wrap size={[8, 4]} data-testid="officer-account">
                      {officer.account ? (
                        <>
                          <span>
                            {officer.account.displayName}（{officer.account.username}）
                          </span>
                          {officer.account.roles.map((role) => (
                            <Tag key={role} color={roleColors[role]} bordered={false}>
                              {labels.role(role)}
                            </Tag>
                          ))}
                        </>
                      ) : (
                        <Typography.Text type="secondary">
                          {t('personnel.detail.accountNone')}
                        </Typography.Text>
                      )}
                      {canManage ? (
                        <>
                          <Button
                            size="small"
                            icon={<LinkOutlined />}
                            onClick={() => onOpen({ kind: 'account' })}
                          >
                            {officer.account
                              ? t('personnel.actions.changeAccount')
                              : t('personnel.actions.linkAccount')}
                          </Button>
                          {officer.account ? (
                            <Button size="small" danger onClick={confirmUnlink}>
                              {t('personnel.actions.unlinkAccount')}
                            </Button>
                          ) : null}
                        </>
                      ) : null}
                    </Space>
                  ),
                },
                {
                  key: 'backbone',
                  label: t('personnel.detail.backbone'),
                  span: 2,
                  children: (
                    <Space wrap size={[8, 4]}>
                      {officer.isBackbone && officer.backbonePool ? (
                        <Tag
                          icon={<StarOutlined />}
                          color={officer.backbonePool === 'province' ? 'gold' : 'cyan'}
                        >
                          {t('personnel.detail.backboneSince', {
                            pool: t(`personnel.labels.backbonePool.${officer.backbonePool}`),
                            since: officer.backboneSince,
                          })}
                        </Tag>
                      ) : (
                        <Typography.Text type="secondary">
                          {t('personnel.detail.backboneNone')}
                        </Typography.Text>
                      )}
                      {canManage && me.user.agency.level !== 'county' && me.user.agency.level !== 'field' ? (
                        <>
                          <Button size="small" onClick={() => onOpen({ kind: 'backbone' })}>
                            {officer.isBackbone
                              ? t('personnel.actions.changeBackbone')
                              : t('personnel.actions.setBackbone')}
                          </Button>
                          {officer.isBackbone && (officer.backbonePool === 'city' || isProvincialBureau) ? (
                            <Button size="small" onClick={confirmRemoveBackbone}>
                              {t('personnel.actions.removeBackbone')}
                            </Button>
                          ) : null}
                        </>
                      ) : null}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <CertificateCard officer={officer} />
        </Col>
        <Col span={24}>
          <Card styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              items={[
                {
                  key: 'secondments',
                  label: `${t('personnel.detail.tabs.secondments')} (${officer.secondments.length})`,
                  children: (
                    <SecondmentsTab
                      officer={officer}
                      canManage={canManage}
                      canApprove={canManage && isProvincialBureau}
                      onOpen={onOpen}
                    />
                  ),
                },
                {
                  key: 'trainings',
                  label: t('personnel.detail.tabs.trainings'),
                  children: (
                    <TrainingsTab
                      officer={officer}
                      canManage={canManage}
                      onAdd={() => onOpen({ kind: 'training' })}
                    />
                  ),
                },
                {
                  key: 'awards',
                  label: t('personnel.detail.tabs.awards'),
                  children: (
                    <AwardsTab
                      officer={officer}
                      canManage={canManage}
                      onAdd={() => onOpen({ kind: 'award' })}
                    />
                  ),
                },
                {
                  key: 'supervised',
                  label: `${t('personnel.detail.tabs.supervised')} (${officer.supervisedEntityCount})`,
                  children: <SupervisedTab officer={officer} />,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}

/** The certificates on one line of time: issue, start of the warning period, expiry, today. */
function CertificateCard({ officer }: { officer: OfficerDetail }) {
  const { t } = useTranslation();
  const today = todayInShanghai();
  type Entry = { date: string; color: string; label: string; isToday?: boolean };
  const entries: Entry[] = [];
  if (officer.joinedOn)
    entries.push({ date: officer.joinedOn, color: 'gray', label: t('personnel.detail.timelineJoined') });
  if (officer.certificateValidFrom && officer.certificateValidUntil) {
    entries.push(
      {
        date: officer.certificateValidFrom,
        color: 'green',
        label: t('personnel.detail.timelineIssued', { issuer: officer.certificateIssuer ?? '' }),
      },
      {
        date: officer.certificateWarningFrom ?? officer.certificateValidUntil,
        color: 'orange',
        label: t('personnel.detail.timelineWarning', { days: officer.rules.warningDays }),
      },
      { date: officer.certificateValidUntil, color: 'red', label: t('personnel.detail.timelineExpires') },
    );
  }
  if (officer.monitoringCertificateValidUntil) {
    entries.push({
      date: officer.monitoringCertificateValidUntil,
      color: 'blue',
      label: t('personnel.detail.timelineMonitoring'),
    });
  }
  entries.push({ date: today, color: 'blue', label: t('personnel.detail.timelineToday'), isToday: true });
  entries.sort(
    (a, b) => a.date.localeCompare(b.date) || Number(Boolean(a.isToday)) - Number(Boolean(b.isToday)),
  );

  return (
    <Card
      title={t('personnel.detail.certificates')}
      style={{ height: '100%' }}
      data-testid="officer-certificates"
    >
      <Descriptions
        column={{ xs: 1, sm: 2 }}
        size="small"
        items={[
          {
            key: 'state',
            label: t('personnel.columns.certificate'),
            span: 2,
            children: (
              <CertificateStateTag
                state={officer.certificateState}
                daysLeft={officer.certificateDaysLeft}
                validUntil={officer.certificateValidUntil}
              />
            ),
          },
          {
            key: 'number',
            label: t('personnel.detail.certificateNumber'),
            children: officer.certificateNumber ?? '—',
          },
          {
            key: 'issuer',
            label: t('personnel.detail.certificateIssuer'),
            children: officer.certificateIssuer ?? '—',
          },
          {
            key: 'validity',
            label: t('personnel.detail.certificateValidity'),
            span: 2,
            children: officer.certificateValidFrom
              ? `${officer.certificateValidFrom} ~ ${officer.certificateValidUntil}`
              : '—',
          },
          {
            key: 'monitoring',
            label: t('personnel.detail.monitoringCertificate'),
            span: 2,
            children: officer.monitoringCertificateNumber ? (
              <Space size={8} wrap>
                <span>{officer.monitoringCertificateNumber}</span>
                <Tag color={certificateStateColors[officer.monitoringCertificateState]}>
                  {t(`personnel.labels.certificateState.${officer.monitoringCertificateState}`)} ·{' '}
                  {officer.monitoringCertificateValidUntil}
                </Tag>
              </Space>
            ) : (
              t('personnel.detail.none')
            ),
          },
          {
            key: 'legal',
            label: t('personnel.detail.legalQualification'),
            span: 2,
            children: officer.hasLegalQualification ? (
              <Tag color="purple">{officer.legalQualificationNumber}</Tag>
            ) : (
              t('personnel.detail.none')
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('personnel.detail.timeline')}
      </Typography.Title>
      {officer.certificateNumber ? null : (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('personnel.detail.noCertificate')}
        />
      )}
      <Timeline
        items={entries.map((entry) => ({
          color: entry.color,
          content: (
            <Space size={8}>
              <Typography.Text strong={entry.isToday} type={entry.isToday ? undefined : 'secondary'}>
                {entry.date}
              </Typography.Text>
              <Typography.Text strong={entry.isToday}>{entry.label}</Typography.Text>
            </Space>
          ),
        }))}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('personnel.detail.warningBasis', { basis: officer.rules.warningBasis })}
      </Typography.Text>
    </Card>
  );
}

function SecondmentsTab({
  officer,
  canManage,
  canApprove,
  onOpen,
}: {
  officer: OfficerDetail;
  canManage: boolean;
  canApprove: boolean;
  onOpen: (dialog: Dialog) => void;
}) {
  const { t } = useTranslation();
  const { rules } = officer;
  const columns: TableColumnsType<Secondment> = [
    {
      title: t('personnel.secondments.host'),
      dataIndex: 'hostOrganisation',
      key: 'host',
      width: 220,
      render: (host: string, secondment) => (
        <Space orientation="vertical" size={0}>
          <span>{host}</span>
          {secondment.reason ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {secondment.reason}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('personnel.secondments.period'),
      key: 'period',
      width: 210,
      render: (_value, secondment) => (
        <Space orientation="vertical" size={0}>
          <span>
            {secondment.startsOn} ~ {secondment.plannedEndsOn}
          </span>
          {secondment.returnedOn ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('personnel.secondments.returnedOn')} {secondment.returnedOn}
            </Typography.Text>
          ) : null}
          {secondment.leavesCity ? <Tag bordered={false}>{t('personnel.secondments.leavesCity')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('personnel.secondments.state'),
      key: 'state',
      width: 150,
      render: (_value, secondment) => (
        <Space size={[0, 4]} wrap>
          <Tag
            color={
              secondment.state === 'returned' ? 'default' : secondment.state === 'overdue' ? 'red' : 'blue'
            }
          >
            {t(`personnel.labels.secondmentState.${secondment.state}`)}
          </Tag>
          {secondment.problems
            .filter((problem) => problem.code !== 'approval_missing' && problem.code !== 'filing_missing')
            .map((problem) => (
              <Tag key={problem.code} color="red" title={problem.message}>
                {t(`personnel.labels.secondmentProblem.${problem.code}`)}
              </Tag>
            ))}
        </Space>
      ),
    },
    {
      title: `${t('personnel.secondments.approval')}（${rules.secondmentApprover}）`,
      key: 'approval',
      width: 260,
      render: (_value, secondment) => {
        if (secondment.approvedOn) {
          return (
            <Typography.Text type="success">
              {t('personnel.secondments.approvedBy', {
                date: secondment.approvedOn,
                document: secondment.approvalDocument,
                name: secondment.approvedByName ?? '—',
              })}
            </Typography.Text>
          );
        }
        const isNeeded = secondment.problems.some(
          (problem) => problem.code === 'approval_missing' || problem.code === 'exceeded_without_approval',
        );
        if (!isNeeded && !secondment.needsApproval) {
          return <Typography.Text type="secondary">{t('personnel.secondments.notNeeded')}</Typography.Text>;
        }
        return (
          <Space wrap>
            <Tag color="red">{t('personnel.labels.secondmentProblem.approval_missing')}</Tag>
            {canApprove && secondment.state !== 'returned' ? (
              <Button
                size="small"
                onClick={() => onOpen({ kind: 'secondmentAction', secondment, action: 'approval' })}
              >
                {t('personnel.actions.approve')}
              </Button>
            ) : null}
          </Space>
        );
      },
    },
    {
      title: `${t('personnel.secondments.filing')}（${rules.secondmentFiledWith}）`,
      key: 'filing',
      width: 210,
      render: (_value, secondment) => {
        if (!secondment.needsFiling) {
          return <Typography.Text type="secondary">{t('personnel.secondments.notNeeded')}</Typography.Text>;
        }
        if (secondment.filedOn) {
          return (
            <Typography.Text type="success">
              {t('personnel.secondments.filedBy', {
                date: secondment.filedOn,
                name: secondment.filedByName ?? '—',
              })}
            </Typography.Text>
          );
        }
        return (
          <Space wrap>
            <Tag color="red">{t('personnel.labels.secondmentProblem.filing_missing')}</Tag>
            {canManage ? (
              <Button
                size="small"
                onClick={() => onOpen({ kind: 'secondmentAction', secondment, action: 'filing' })}
              >
                {t('personnel.actions.file')}
              </Button>
            ) : null}
          </Space>
        );
      },
    },
    ...(canManage
      ? [
          {
            title: t('common.table.actions'),
            key: 'actions',
            width: 110,
            render: (_value: unknown, secondment: Secondment) =>
              secondment.state === 'returned' ? null : (
                <Button
                  size="small"
                  onClick={() => onOpen({ kind: 'secondmentAction', secondment, action: 'return' })}
                >
                  {t('personnel.actions.return')}
                </Button>
              ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('personnel.secondments.rule', {
          threshold: rules.secondmentThreshold,
          approver: rules.secondmentApprover,
          filedWith: rules.secondmentFiledWith,
          basis: rules.secondmentBasis,
        })}
      />
      <Table<Secondment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={officer.secondments}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('personnel.secondments.empty')} />
          ),
        }}
      />
    </>
  );
}

function TrainingsTab({
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

function AwardsTab({
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

function SupervisedTab({ officer }: { officer: OfficerDetail }) {
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
