import type { OfficerDetail } from '@qingshan/domain';
import { Alert, Card, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInShanghai } from '../../lib/dates';
import { CertificateStateTag, certificateStateColors } from './PersonnelTags';

/** The certificates on one line of time: issue, start of the warning period, expiry, today. */
export function CertificateCard({ officer }: { officer: OfficerDetail }) {
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
