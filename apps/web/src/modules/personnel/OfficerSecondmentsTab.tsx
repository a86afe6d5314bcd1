import type { OfficerDetail, Secondment } from '@qingshan/domain';
import { Alert, Button, Empty, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dialog } from './OfficerView';

export function SecondmentsTab({
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
