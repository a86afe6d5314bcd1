import {
  CheckCircleFilled,
  ClockCircleOutlined,
  EnvironmentOutlined,
  PhoneOutlined,
} from '@ant-design/icons';
import type { InspectionTaskDetail, RandomCheckTaskStatus } from '@qingshan/domain';
import { Card, Descriptions, Flex, List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';

export const statusColors: Record<RandomCheckTaskStatus, string> = {
  pending: 'blue',
  recorded: 'gold',
  completed: 'green',
};

export function TaskSummary({ data }: { data: InspectionTaskDetail }) {
  const { t } = useTranslation();
  const { task, plan } = data;
  return (
    <Card size="small" data-testid="field-task-summary">
      <Flex vertical gap={6}>
        <Space size={[4, 4]} wrap>
          <Tag color={statusColors[task.status]} data-testid="field-task-status">
            {t(`randomChecks.fieldInspections.labels.status.${task.status}`)}
          </Tag>
          {task.outcome ? (
            <Tag color={task.outcome === 'problem_found' ? 'red' : 'default'}>
              {t(`randomChecks.fieldInspections.labels.outcome.${task.outcome}`)}
            </Tag>
          ) : null}
          {task.isOverdue ? <Tag color="red">{t('randomChecks.fieldInspections.list.overdue')}</Tag> : null}
          <Tag>{t(`randomChecks.fieldInspections.labels.stratum.${task.stratum}`)}</Tag>
          {data.viewer.canEdit ? null : <Tag>{t('randomChecks.fieldInspections.detail.readOnly')}</Tag>}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('randomChecks.fieldInspections.detail.plan')}：{plan.title}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('randomChecks.fieldInspections.detail.planLine', {
            number: plan.number,
            agency: plan.agencyName,
          })}
        </Typography.Text>
        <Typography.Text type={task.isOverdue ? 'danger' : undefined} strong={task.isOverdue}>
          <ClockCircleOutlined /> {t('randomChecks.fieldInspections.detail.dueOn')}：{task.resultsDueOn}
          {task.resultsDueOn !== plan.inspectionDueOn
            ? t('randomChecks.fieldInspections.detail.dueOnMoved', { date: plan.inspectionDueOn })
            : ''}
          {task.isOverdue ? ` · ${t('randomChecks.fieldInspections.detail.overdue')}` : ''}
        </Typography.Text>
        {plan.jointDepartments.length > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('randomChecks.fieldInspections.detail.jointDepartments', {
              names: plan.jointDepartments.join('、'),
            })}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}

export function EntityCard({ data }: { data: InspectionTaskDetail }) {
  const { t } = useTranslation();
  const { entity } = data;
  const items: { key: string; label: string; children: ReactNode }[] = [
    {
      key: 'creditCode',
      label: t('randomChecks.fieldInspections.entity.creditCode'),
      children: <Typography.Text copyable>{entity.creditCode}</Typography.Text>,
    },
    {
      key: 'address',
      label: t('randomChecks.fieldInspections.entity.address'),
      children: entity.address ?? '—',
    },
    { key: 'region', label: t('randomChecks.fieldInspections.entity.region'), children: entity.regionName },
  ];
  if (entity.longitude !== null && entity.latitude !== null) {
    items.push({
      key: 'coordinates',
      label: t('randomChecks.fieldInspections.entity.coordinates'),
      children: (
        <a
          href={`geo:${entity.latitude},${entity.longitude}`}
          title={t('randomChecks.fieldInspections.entity.openMap')}
        >
          <EnvironmentOutlined /> {entity.longitude.toFixed(5)}, {entity.latitude.toFixed(5)}
        </a>
      ),
    });
  }
  items.push(
    {
      key: 'legalRepresentative',
      label: t('randomChecks.fieldInspections.entity.legalRepresentative'),
      children: entity.legalRepresentative ?? '—',
    },
    {
      key: 'contact',
      label: t('randomChecks.fieldInspections.entity.contact'),
      children: entity.contactPerson ? (
        <Space size={8} wrap>
          <span>{entity.contactPerson}</span>
          {entity.contactPhone ? (
            <a href={`tel:${entity.contactPhone}`}>
              <PhoneOutlined /> {entity.contactPhone}
            </a>
          ) : null}
        </Space>
      ) : (
        '—'
      ),
    },
    {
      key: 'industry',
      label: t('randomChecks.fieldInspections.entity.industry'),
      children: `${entity.industryName}（${entity.industryCode}）`,
    },
    {
      key: 'permit',
      label: t('randomChecks.fieldInspections.entity.permit'),
      children: entity.permitNumber ? (
        <Flex vertical>
          <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
            {entity.permitNumber}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {entity.permitClass
              ? t(`randomChecks.fieldInspections.labels.permitClass.${entity.permitClass}`)
              : ''}
            {entity.permitValidUntil
              ? ` · ${t('randomChecks.fieldInspections.entity.permitValidUntil', { date: entity.permitValidUntil })}`
              : ''}
          </Typography.Text>
        </Flex>
      ) : (
        t('randomChecks.fieldInspections.entity.permitNone')
      ),
    },
    {
      key: 'operatingStatus',
      label: t('randomChecks.fieldInspections.entity.operatingStatus'),
      children: t(`randomChecks.fieldInspections.labels.operatingStatus.${entity.operatingStatus}`),
    },
  );
  if (entity.keyPolluterMedia.length > 0 || entity.isSpecialSupervision) {
    items.push({
      key: 'lists',
      label: t('randomChecks.fieldInspections.entity.keyPolluter'),
      children: (
        <Space size={[4, 4]} wrap>
          {entity.keyPolluterMedia.map((medium) => (
            <Tag key={medium} color="volcano">
              {t(`randomChecks.fieldInspections.labels.keyPolluterMedium.${medium}`)}
            </Tag>
          ))}
          {entity.isSpecialSupervision ? (
            <Tag color="purple">{t('randomChecks.fieldInspections.entity.specialSupervision')}</Tag>
          ) : null}
        </Space>
      ),
    });
  }
  return (
    <Card size="small" title={t('randomChecks.fieldInspections.entity.title')} data-testid="field-entity">
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}

export function OfficersCard({ data }: { data: InspectionTaskDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('randomChecks.fieldInspections.officers.title')}>
      <List
        size="small"
        dataSource={data.officers}
        data-testid="field-officers"
        renderItem={(officer) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Flex vertical gap={2} style={{ width: '100%' }}>
              <Space size={6} wrap>
                <Typography.Text strong>{officer.name}</Typography.Text>
                <Tag>{t(`randomChecks.fieldInspections.labels.role.${officer.role}`)}</Tag>
                {officer.isMe ? (
                  <Tag color="blue">{t('randomChecks.fieldInspections.officers.me')}</Tag>
                ) : null}
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {officer.agencyName} ·{' '}
                {officer.certificateNumber
                  ? t('randomChecks.fieldInspections.officers.certificate', {
                      number: officer.certificateNumber,
                    })
                  : t('randomChecks.fieldInspections.officers.noCertificate')}
              </Typography.Text>
              <Typography.Text
                style={{ fontSize: 13 }}
                type={officer.confirmedAt ? 'success' : 'secondary'}
                data-testid="field-officer-confirmation"
              >
                {officer.confirmedAt ? (
                  <>
                    <CheckCircleFilled />{' '}
                    {t('randomChecks.fieldInspections.officers.confirmedAt', {
                      time: formatDateTime(officer.confirmedAt),
                    })}
                  </>
                ) : officer.hasAccount ? (
                  t('randomChecks.fieldInspections.officers.waiting')
                ) : (
                  t('randomChecks.fieldInspections.officers.noAccount')
                )}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
