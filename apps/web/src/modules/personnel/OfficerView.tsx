import {
  CheckCircleFilled,
  EditOutlined,
  LinkOutlined,
  MoreOutlined,
  StarOutlined,
  StopFilled,
} from '@ant-design/icons';
import type { OfficerDetail, Secondment } from '@qingshan/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Dropdown,
  type MenuProps,
  Row,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageContainer } from '../../components/PageContainer';
import { roleColors, useLabels } from '../../lib/labels';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useSession } from '../auth/session';
import { CertificateCard } from './OfficerCertificateCard';
import { AwardsTab, SupervisedTab, TrainingsTab } from './OfficerRecordTabs';
import { SecondmentsTab } from './OfficerSecondmentsTab';
import { OfficerStatusBadge, SpecialtyTags } from './PersonnelTags';
import { useRemoveBackbone, useUnlinkAccount } from './personnel.api';

export type Dialog =
  | { kind: 'edit' }
  | { kind: 'status' }
  | { kind: 'secondment' }
  | { kind: 'secondmentAction'; secondment: Secondment; action: 'approval' | 'filing' | 'return' }
  | { kind: 'training' }
  | { kind: 'award' }
  | { kind: 'account' }
  | { kind: 'backbone' };

export function OfficerView({
  officer,
  onOpen,
}: {
  officer: OfficerDetail;
  onOpen: (dialog: Dialog) => void;
}) {
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
