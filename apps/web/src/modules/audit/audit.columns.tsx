import type { AuditEntry } from '@qingshan/domain';
import { type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTimeSeconds } from '../../lib/dates';
import { useLabels } from '../../lib/labels';
import { shortenHash } from './audit.query';

/** The audit table's columns; a click on an agency filters the list by it. */
export function useAuditColumns(
  onFilterAgency: (agencyId: string | undefined, agencyName: string | undefined) => void,
): TableColumnsType<AuditEntry> {
  const { t } = useTranslation();
  const labels = useLabels();
  return [
    { title: t('audit.columns.id'), dataIndex: 'id', key: 'id', width: 80 },
    {
      title: t('audit.columns.occurredAt'),
      dataIndex: 'occurredAt',
      key: 'occurredAt',
      width: 170,
      render: (value: string) => formatDateTimeSeconds(value),
    },
    {
      title: t('audit.columns.actor'),
      key: 'actor',
      width: 130,
      render: (_value, entry) =>
        entry.actorDisplayName ? (
          <span>
            {entry.actorDisplayName}
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {entry.actorUsername}
            </Typography.Text>
          </span>
        ) : entry.actorUsername ? (
          <span>
            <Typography.Text type="secondary">{t('audit.anonymous')}</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {entry.actorUsername}
            </Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    {
      title: t('audit.columns.agency'),
      key: 'agency',
      width: 170,
      ellipsis: true,
      render: (_value, entry) =>
        entry.actorAgencyId && entry.actorAgencyName ? (
          <Typography.Link
            title={t('audit.filterByAgency')}
            onClick={() =>
              onFilterAgency(entry.actorAgencyId ?? undefined, entry.actorAgencyName ?? undefined)
            }
          >
            {entry.actorAgencyName}
          </Typography.Link>
        ) : (
          '—'
        ),
    },
    {
      title: t('audit.columns.action'),
      dataIndex: 'action',
      key: 'action',
      width: 150,
      render: (action: string, entry) => (
        <Tag
          color={
            action.includes('failed') || action.includes('locked') || action.includes('refused')
              ? 'red'
              : 'blue'
          }
        >
          {labels.auditAction(action, entry.actionLabel)}
        </Tag>
      ),
    },
    {
      title: t('audit.columns.summary'),
      dataIndex: 'summary',
      key: 'summary',
      ellipsis: { showTitle: true },
    },
    {
      title: t('audit.columns.target'),
      key: 'target',
      width: 150,
      render: (_value, entry) => (
        <span>
          {labels.auditTargetType(entry.targetType)}
          {entry.targetId ? (
            <>
              <br />
              <Typography.Text
                className="qs-mono"
                type="secondary"
                copyable={{ text: entry.targetId }}
                title={entry.targetId}
              >
                {shortenHash(entry.targetId, 8, 4)}
              </Typography.Text>
            </>
          ) : null}
        </span>
      ),
    },
    {
      title: t('audit.columns.clientAddress'),
      dataIndex: 'clientAddress',
      key: 'clientAddress',
      width: 130,
      render: (value: string | null) => value ?? '—',
    },
  ];
}
