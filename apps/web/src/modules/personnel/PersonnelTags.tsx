import type { CertificateState, OfficerStatus, Specialty } from '@qingshan/domain';
import { Badge, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Certificate colours on every personnel screen: orange in the warning period, red when expired. */
export const certificateStateColors: Record<CertificateState, string> = {
  valid: 'green',
  expiring: 'orange',
  expired: 'red',
  missing: 'default',
  not_yet_valid: 'blue',
};

const statusBadges: Record<OfficerStatus, 'success' | 'processing' | 'warning' | 'default'> = {
  on_duty: 'success',
  seconded: 'processing',
  on_leave: 'warning',
  departed: 'default',
};

/** The certificate state with the days left (or past), e.g. 即将到期 · 剩 25 天. */
export function CertificateStateTag({
  state,
  daysLeft,
  validUntil,
}: {
  state: CertificateState;
  daysLeft?: number | null;
  validUntil?: string | null;
}) {
  const { t } = useTranslation();
  const label = t(`personnel.labels.certificateState.${state}`);
  let detail: string | null = null;
  if (daysLeft !== undefined && daysLeft !== null) {
    if (state === 'expiring') {
      detail =
        daysLeft === 0
          ? t('personnel.certificate.expiresToday')
          : t('personnel.certificate.daysLeft', { days: daysLeft });
    } else if (state === 'expired') {
      detail = t('personnel.certificate.expiredDays', { days: -daysLeft });
    }
  }
  const tag = (
    <Tag color={certificateStateColors[state]} data-certificate-state={state} style={{ marginInlineEnd: 0 }}>
      {label}
      {detail ? ` · ${detail}` : ''}
    </Tag>
  );
  return validUntil ? (
    <Tooltip title={`${t('personnel.columns.certificateValidUntil')} ${validUntil}`}>{tag}</Tooltip>
  ) : (
    tag
  );
}

export function OfficerStatusBadge({ status }: { status: OfficerStatus }) {
  const { t } = useTranslation();
  return <Badge status={statusBadges[status]} text={t(`personnel.labels.status.${status}`)} />;
}

export function SpecialtyTags({ values, max }: { values: Specialty[]; max?: number }) {
  const { t } = useTranslation();
  if (values.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const shown = max ? values.slice(0, max) : values;
  const rest = values.length - shown.length;
  return (
    <Space size={[0, 4]} wrap>
      {shown.map((value) => (
        <Tag key={value} bordered={false} color="geekblue">
          {t(`personnel.labels.specialty.${value}`)}
        </Tag>
      ))}
      {rest > 0 ? (
        <Tooltip
          title={values
            .slice(shown.length)
            .map((value) => t(`personnel.labels.specialty.${value}`))
            .join('、')}
        >
          <Tag bordered={false}>+{rest}</Tag>
        </Tooltip>
      ) : null}
    </Space>
  );
}
