import type { AuditChainBreak, AuditVerification } from '@qingshan/domain';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTimeSeconds } from '../../lib/dates';

/** Enough to act on; the rest are named by `npm run audit:verify`. */
const shownBreaks = 20;

/** The outcome of POST /api/audit/verify: intact, or the broken entries with a way to each. */
export function VerificationResult({
  result,
  onShowBroken,
  isLocating,
}: {
  result: AuditVerification;
  onShowBroken: (entry: AuditChainBreak) => void;
  isLocating: boolean;
}) {
  const { t } = useTranslation();
  const verifiedAt = t('audit.verify.verifiedAt', { time: formatDateTimeSeconds(result.verifiedAt) });
  if (result.isIntact || !result.firstBrokenEntry) {
    return (
      <Alert
        data-testid="audit-verify-result"
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('audit.verify.intactTitle')}
        description={
          <>
            {t('audit.verify.intact', { count: result.checkedCount })}
            <br />
            <Typography.Text type="secondary">{verifiedAt}</Typography.Text>
          </>
        }
      />
    );
  }
  const shown = result.brokenEntries.slice(0, shownBreaks);
  const notShown = result.brokenCount - shown.length;
  return (
    <Alert
      data-testid="audit-verify-result"
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('audit.verify.brokenTitle')}
      description={
        <>
          {t('audit.verify.brokenSummary', { checked: result.checkedCount, broken: result.brokenCount })}
          <ul style={{ margin: '8px 0', paddingInlineStart: 20 }} data-testid="audit-verify-breaks">
            {shown.map((broken) => (
              <li key={`${broken.id}-${broken.reason}`}>
                {t('audit.verify.broken', { id: broken.id, reason: broken.reason })}
                {broken.occurredAt ? (
                  <Typography.Text type="secondary">
                    {' '}
                    {t('audit.verify.brokenAt', { time: formatDateTimeSeconds(broken.occurredAt) })}
                  </Typography.Text>
                ) : null}{' '}
                <Button
                  size="small"
                  type="link"
                  danger
                  loading={isLocating}
                  onClick={() => onShowBroken(broken)}
                >
                  {t('audit.verify.showBroken')}
                </Button>
              </li>
            ))}
          </ul>
          {notShown > 0 ? (
            <>
              {t('audit.verify.notShown', { count: notShown })}
              <br />
            </>
          ) : null}
          <Typography.Text type="secondary">{verifiedAt}</Typography.Text>
        </>
      }
    />
  );
}
