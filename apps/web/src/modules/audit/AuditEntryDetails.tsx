import type { AuditEntry } from '@qingshan/domain';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { shortenHash } from './audit.query';

function HashText({ value }: { value: string | null }) {
  const { t } = useTranslation();
  if (!value) return <Typography.Text type="secondary">{t('audit.expanded.noDigest')}</Typography.Text>;
  return (
    <Typography.Text className="qs-mono" copyable={{ text: value }} title={value}>
      {shortenHash(value, 16, 12)}
    </Typography.Text>
  );
}

/** An entry's hash chain, shown when its row is expanded. */
export function AuditEntryDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <div>
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 120 } }}
        items={[
          {
            key: 'hash',
            label: t('audit.expanded.hash'),
            children: <HashText value={entry.hash} />,
          },
          {
            key: 'previousHash',
            label: t('audit.expanded.previousHash'),
            children: <HashText value={entry.previousHash} />,
          },
          {
            key: 'before',
            label: t('audit.expanded.beforeDigest'),
            children: <HashText value={entry.beforeDigest} />,
          },
          {
            key: 'after',
            label: t('audit.expanded.afterDigest'),
            children: <HashText value={entry.afterDigest} />,
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('audit.expanded.chainNote')}
      </Typography.Text>
    </div>
  );
}
