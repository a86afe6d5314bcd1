import {
  AlertOutlined,
  AuditOutlined,
  CheckCircleOutlined,
  ClockCircleOutlined,
  EditOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  MessageOutlined,
  SafetyCertificateOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { EntityEvent, Paged } from '@qingshan/domain';
import { Button, Empty, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useEntityEvents } from './entities.api';
import { complianceColors } from './entity-colors';

const kindIcons: Record<string, ReactNode> = {
  registry_created: <FileAddOutlined />,
  registry_updated: <EditOutlined />,
  registry_imported: <FileAddOutlined />,
  inspection: <FileSearchOutlined />,
  random_check: <FileSearchOutlined />,
  violation: <WarningOutlined />,
  case: <AlertOutlined />,
  penalty: <AuditOutlined />,
  rectification: <CheckCircleOutlined />,
  complaint: <MessageOutlined />,
  interview: <MessageOutlined />,
};

function iconOf(kind: string): ReactNode {
  if (kindIcons[kind]) return kindIcons[kind];
  if (/card|credit|blacklist|positive|commitment|letter|points/.test(kind))
    return <SafetyCertificateOutlined />;
  return <ClockCircleOutlined />;
}

/**
 * The entity's history, newest first (REG-2): the first page comes with the entity, "load more"
 * fetches the next pages. Each event shows its kind, what happened, who recorded it, and its
 * compliance colour when it says something about compliance.
 */
export function EntityTimeline({ entityId, first }: { entityId: string; first: Paged<EntityEvent> }) {
  const { t } = useTranslation();
  const showError = useApiErrorHandler();
  const hasMoreThanFirst = first.total > first.items.length;
  const more = useEntityEvents(entityId, false);
  const loaded = more.data?.pages.flatMap((page) => page.items) ?? [];
  const events = [...first.items, ...loaded];
  const canLoadMore = hasMoreThanFirst && (more.data ? more.hasNextPage : true);

  const loadMore = async () => {
    try {
      if (more.data) await more.fetchNextPage();
      else await more.refetch();
    } catch (error) {
      showError(error);
    }
  };

  if (events.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('entities.detail.timeline.empty')} />;
  }
  return (
    <div data-testid="entity-timeline" className="qs-entity-timeline">
      <Timeline
        items={events.map((event) => ({
          key: event.id,
          icon: (
            <span
              style={{
                color: event.compliance ? complianceColors[event.compliance] : '#1677ff',
                fontSize: 16,
              }}
            >
              {iconOf(event.kind)}
            </span>
          ),
          color: event.compliance ? complianceColors[event.compliance] : 'blue',
          content: (
            <div>
              <div>
                <Typography.Text type="secondary" className="qs-mono" style={{ marginRight: 8 }}>
                  {event.occurredOn}
                </Typography.Text>
                <Tag bordered={false}>
                  {t(`entities.labels.eventKind.${event.kind}`, { defaultValue: event.kind })}
                </Tag>
                {event.compliance ? (
                  <Tag color={complianceColors[event.compliance]} bordered={false}>
                    {t(`entities.labels.compliance.${event.compliance}`)}
                  </Tag>
                ) : null}
              </div>
              <div className="qs-entity-event-title">{event.title}</div>
              {event.detail ? <div className="qs-entity-event-detail">{event.detail}</div> : null}
              {event.agencyName ? <div className="qs-entity-event-meta">{event.agencyName}</div> : null}
            </div>
          ),
        }))}
      />
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Text type="secondary">
          {t('entities.detail.timeline.shown', { shown: events.length, total: first.total })}
        </Typography.Text>
        {canLoadMore ? (
          <Button size="small" loading={more.isFetching} onClick={() => void loadMore()}>
            {t('entities.detail.timeline.loadMore')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
