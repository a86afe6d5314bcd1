import { SwapOutlined, UserOutlined } from '@ant-design/icons';
import {
  daysBetween,
  type EntitySupervisor,
  maximumSupervisorsPerEntity,
  type SupervisorCandidate,
} from '@qingshan/domain';
import {
  Alert,
  App,
  Avatar,
  Button,
  Card,
  Empty,
  Grid,
  Input,
  List,
  Modal,
  Skeleton,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorResult } from '../../components/ErrorResult';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useSession } from '../auth/session';
import { CertificateStateTag, OfficerStatusBadge } from './PersonnelTags';
import { useEntitySupervisors, useSetEntitySupervisors, useSupervisorCandidates } from './personnel.api';

/**
 * 监管责任人 on the entity page: the officers responsible for the entity with their certificate
 * state; 调整 opens a picker of the owner agency's officers, those who cannot be assigned today
 * (expired or missing certificate, not on duty) disabled with the reason.
 */
export function EntitySupervisorsPanel({
  entityId,
  ownerAgencyId,
}: {
  entityId: string;
  ownerAgencyId: string;
}) {
  const { t } = useTranslation();
  const { access } = useSession();
  const supervisors = useEntitySupervisors(entityId);
  const [isPicking, setIsPicking] = useState(false);
  const canManage = access.can('entities.manage');
  const canOpenOfficers = access.can('personnel.read');
  const data = supervisors.data;
  const blocked = (data?.supervisors ?? []).filter((supervisor) => supervisor.blocker !== null);

  return (
    <Card
      title={t('personnel.supervisors.title')}
      data-testid="entity-supervisors"
      data-owner-agency={ownerAgencyId}
      extra={
        canManage ? (
          <Button size="small" icon={<SwapOutlined />} onClick={() => setIsPicking(true)} disabled={!data}>
            {t('personnel.supervisors.adjust')}
          </Button>
        ) : null
      }
    >
      {supervisors.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : supervisors.isError ? (
        <ErrorResult error={supervisors.error} onRetry={() => void supervisors.refetch()} />
      ) : data && data.supervisors.length > 0 ? (
        <>
          {blocked.length > 0 ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('personnel.supervisors.blockedNote')}
              description={blocked
                .map((supervisor) => `${supervisor.name}：${supervisor.blocker}`)
                .join('；')}
            />
          ) : null}
          <List<EntitySupervisor>
            dataSource={data.supervisors}
            renderItem={(supervisor) => (
              <List.Item key={supervisor.officerId} data-testid="entity-supervisor">
                <List.Item.Meta
                  avatar={
                    <Avatar
                      icon={<UserOutlined />}
                      style={{ background: supervisor.blocker ? '#ff7875' : '#1677ff' }}
                    />
                  }
                  title={
                    <Space size={8} wrap>
                      {canOpenOfficers ? (
                        <Link to={`/officers/${supervisor.officerId}`}>{supervisor.name}</Link>
                      ) : (
                        <span>{supervisor.name}</span>
                      )}
                      <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
                        {supervisor.post}
                      </Typography.Text>
                      <CertificateStateTag
                        state={supervisor.certificateState}
                        validUntil={supervisor.certificateValidUntil}
                      />
                      {supervisor.status !== 'on_duty' ? (
                        <OfficerStatusBadge status={supervisor.status} />
                      ) : null}
                    </Space>
                  }
                  description={
                    <Space size={[12, 0]} wrap>
                      <span>{supervisor.agencyName}</span>
                      {supervisor.realNameNumber ? <span>{supervisor.realNameNumber}</span> : null}
                      {supervisor.phone ? <span>{supervisor.phone}</span> : null}
                      <span>
                        {supervisor.assignedByName
                          ? t('personnel.supervisors.assignedBy', {
                              date: supervisor.assignedOn,
                              name: supervisor.assignedByName,
                            })
                          : t('personnel.supervisors.assignedOn', { date: supervisor.assignedOn })}
                      </span>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('personnel.supervisors.none')} />
      )}
      {isPicking && data ? (
        <SupervisorPicker
          entityId={entityId}
          ownerAgencyName={data.ownerAgencyName}
          warningDays={data.warningDays}
          current={data.supervisors.map((supervisor) => supervisor.officerId)}
          onClose={() => setIsPicking(false)}
        />
      ) : null}
    </Card>
  );
}

function SupervisorPicker({
  entityId,
  ownerAgencyName,
  warningDays,
  current,
  onClose,
}: {
  entityId: string;
  ownerAgencyName: string;
  warningDays: number;
  current: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [searchText, setSearchText] = useState('');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>(current);
  const [problem, setProblem] = useState<string | null>(null);
  const candidates = useSupervisorCandidates(entityId, query, true);
  const save = useSetEntitySupervisors(entityId);
  const items = candidates.data?.items ?? [];
  const onDate = candidates.data?.onDate;
  const isNarrow = Grid.useBreakpoint().md === false;

  const submit = async () => {
    setProblem(null);
    try {
      await save.mutateAsync(selected);
      void message.success(t('personnel.supervisors.saved'));
      onClose();
    } catch (error) {
      if (isApiError(error) && error.field?.startsWith('officerIds')) {
        setProblem((error.issues ?? [{ message: error.message }]).map((issue) => issue.message).join('；'));
      } else {
        showError(error);
      }
    }
  };

  const certificateColumn = {
    title: t('personnel.columns.certificate'),
    key: 'certificate',
    width: isNarrow ? 120 : 170,
    render: (_value: unknown, candidate: SupervisorCandidate) => (
      <CertificateStateTag
        state={candidate.certificateState}
        validUntil={candidate.certificateValidUntil}
        daysLeft={
          onDate && candidate.certificateValidUntil
            ? daysBetween(onDate, candidate.certificateValidUntil)
            : null
        }
      />
    ),
  };
  const nameCell = (candidate: SupervisorCandidate, withDetails: boolean) => (
    <Space orientation="vertical" size={0}>
      <Space size={4}>
        <span>{candidate.name}</span>
        {candidate.isCurrent ? (
          <Tag color="blue" bordered={false}>
            {t('personnel.supervisors.current')}
          </Tag>
        ) : null}
      </Space>
      {withDetails ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {candidate.post}
        </Typography.Text>
      ) : null}
      {withDetails && candidate.blocker ? (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {candidate.blocker}
        </Typography.Text>
      ) : null}
    </Space>
  );
  const columns: TableColumnsType<SupervisorCandidate> = isNarrow
    ? [
        {
          title: t('personnel.columns.name'),
          key: 'name',
          render: (_value, candidate) => nameCell(candidate, true),
        },
        certificateColumn,
      ]
    : [
        {
          title: t('personnel.columns.name'),
          dataIndex: 'name',
          key: 'name',
          width: 130,
          render: (_value: string, candidate) => nameCell(candidate, false),
        },
        { title: t('personnel.columns.post'), dataIndex: 'post', key: 'post', width: 100 },
        { title: t('personnel.columns.agency'), dataIndex: 'agencyName', key: 'agency', ellipsis: true },
        certificateColumn,
        {
          title: t('personnel.supervisors.reason'),
          dataIndex: 'blocker',
          key: 'blocker',
          width: 240,
          render: (blocker: string | null) =>
            blocker ? (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {blocker}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
      ];

  return (
    <Modal
      open
      width={880}
      title={t('personnel.supervisors.pickerTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.actions.save')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('personnel.supervisors.pickerHelp', { agency: ownerAgencyName, days: warningDays })}
      </Typography.Paragraph>
      {problem ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={problem}
          data-testid="supervisor-problem"
        />
      ) : null}
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Input.Search
          allowClear
          value={searchText}
          placeholder={t('personnel.supervisors.search')}
          aria-label={t('personnel.supervisors.search')}
          onChange={(event) => setSearchText(event.target.value)}
          onSearch={(value) => setQuery(value.trim())}
          style={{ width: isNarrow ? '100%' : 260 }}
        />
        <Typography.Text>
          {t('personnel.supervisors.selected', { count: selected.length })}
          {selected.length >= maximumSupervisorsPerEntity
            ? `（${t('personnel.supervisors.maxReached', { count: maximumSupervisorsPerEntity })}）`
            : ''}
        </Typography.Text>
      </Space>
      {candidates.data?.isTruncated ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('personnel.supervisors.truncated')}
        />
      ) : null}
      {candidates.isError ? (
        <ErrorResult error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : (
        <div data-testid="supervisor-candidates">
          <Table<SupervisorCandidate>
            rowKey="officerId"
            size="small"
            loading={candidates.isFetching}
            columns={columns}
            dataSource={items}
            pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            scroll={{ y: 420 }}
            onRow={(candidate) =>
              ({
                'data-officer-name': candidate.name,
                style:
                  candidate.certificateState === 'expiring' && !candidate.blocker
                    ? { background: '#fff7e6' }
                    : undefined,
              }) as HTMLAttributes<HTMLElement>
            }
            rowSelection={{
              selectedRowKeys: selected,
              preserveSelectedRowKeys: true,
              hideSelectAll: true,
              onChange: (keys) => {
                setProblem(null);
                setSelected(keys.map(String));
              },
              getCheckboxProps: (candidate) => ({
                // Those who cannot be assigned stay visible, greyed out; one already serving may be removed.
                disabled:
                  (candidate.blocker !== null && !selected.includes(candidate.officerId)) ||
                  (!selected.includes(candidate.officerId) && selected.length >= maximumSupervisorsPerEntity),
                'aria-label': candidate.name,
                title: candidate.blocker ?? undefined,
              }),
              renderCell: (_checked, candidate, _index, node) =>
                candidate.blocker && !selected.includes(candidate.officerId) ? (
                  <Tooltip title={candidate.blocker}>{node}</Tooltip>
                ) : (
                  node
                ),
            }}
          />
        </div>
      )}
    </Modal>
  );
}
