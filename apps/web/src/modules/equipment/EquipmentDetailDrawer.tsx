import { type EquipmentStatus, equipmentCategoryInfo } from '@qingshan/domain';
import { Badge, Descriptions, Drawer, Grid, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/ErrorResult';
import { formatDateTime } from '../../lib/dates';
import { useEquipmentDetail } from './equipment.api';
import { equipmentCategoryColors, equipmentStatusBadges } from './equipment.labels';

const timelineColors: Record<EquipmentStatus, string> = {
  in_use: 'green',
  maintenance: 'orange',
  scrapped: 'gray',
  replaced: 'blue',
};

/** GET /api/equipment/items/:id: the item, what it replaced or was replaced by, and its history. */
export function EquipmentDetailDrawer({
  itemId,
  onOpen,
  onClose,
}: {
  itemId: string | undefined;
  /** Follows a replacement link. */
  onOpen: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const detail = useEquipmentDetail(itemId);
  const isNarrow = Grid.useBreakpoint().sm === false;
  const item = detail.data;
  const status = (value: EquipmentStatus) => (
    <Badge status={equipmentStatusBadges[value]} text={t(`equipment.status.${value}`)} />
  );

  return (
    <Drawer
      title={item ? `${item.name}（${item.assetNumber ?? ''}）` : t('equipment.detail.title')}
      open={Boolean(itemId)}
      onClose={onClose}
      size={isNarrow ? '100%' : 600}
    >
      {detail.isPending ? (
        <Skeleton active />
      ) : detail.isError ? (
        <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
      ) : item ? (
        <>
          <Descriptions
            column={1}
            bordered
            size="small"
            styles={{ label: { width: 130 } }}
            items={[
              {
                key: 'category',
                label: t('equipment.columns.category'),
                children: (
                  <Tag color={equipmentCategoryColors[item.category]}>
                    {t(`equipment.category.${item.category}`)}
                  </Tag>
                ),
              },
              { key: 'name', label: t('equipment.form.name'), children: item.name },
              { key: 'model', label: t('equipment.form.model'), children: item.model ?? '—' },
              {
                key: 'assetNumber',
                label: t('equipment.columns.assetNumber'),
                children: <span className="qs-mono">{item.assetNumber ?? '—'}</span>,
              },
              {
                key: 'serialNumber',
                label: t('equipment.columns.serialNumber'),
                children: <span className="qs-mono">{item.serialNumber ?? '—'}</span>,
              },
              { key: 'agency', label: t('equipment.columns.agency'), children: item.agencyName },
              {
                key: 'acquiredOn',
                label: t('equipment.columns.acquiredOn'),
                children: item.acquiredOn ?? '—',
              },
              {
                key: 'status',
                label: t('equipment.columns.status'),
                children: (
                  <>
                    {status(item.status)}
                    {item.statusChangedOn ? (
                      <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                        {item.statusChangedOn}
                      </Typography.Text>
                    ) : null}
                  </>
                ),
              },
              ...(item.replaces
                ? [
                    {
                      key: 'replaces',
                      label: t('equipment.detail.replaces'),
                      children: (
                        <Typography.Link onClick={() => onOpen(item.replaces!.id)}>
                          {item.replaces.name}（{item.replaces.assetNumber}）
                        </Typography.Link>
                      ),
                    },
                  ]
                : []),
              ...(item.replacedBy
                ? [
                    {
                      key: 'replacedBy',
                      label: t('equipment.detail.replacedBy'),
                      children: (
                        <Typography.Link onClick={() => onOpen(item.replacedBy!.id)}>
                          {item.replacedBy.name}（{item.replacedBy.assetNumber}）
                        </Typography.Link>
                      ),
                    },
                  ]
                : []),
              { key: 'note', label: t('equipment.columns.note'), children: item.note ?? '—' },
              {
                key: 'purpose',
                label: t('equipment.gaps.columns.purpose'),
                children: (
                  <Typography.Text type="secondary">
                    {equipmentCategoryInfo[item.category].purpose}
                  </Typography.Text>
                ),
              },
              {
                key: 'createdAt',
                label: t('equipment.columns.createdAt'),
                children: formatDateTime(item.createdAt),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('equipment.detail.history')}
          </Typography.Title>
          <Timeline
            items={item.events.map((event) => ({
              key: event.id,
              color: timelineColors[event.toStatus],
              content: (
                <>
                  <div>
                    <Typography.Text strong>{event.occurredOn}</Typography.Text>{' '}
                    {event.fromStatus ? `${t(`equipment.status.${event.fromStatus}`)} → ` : ''}
                    {t(`equipment.status.${event.toStatus}`)}
                  </div>
                  {event.note ? <div>{event.note}</div> : null}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {event.createdByName ?? t('equipment.detail.systemUser')} ·{' '}
                    {formatDateTime(event.createdAt)}
                  </Typography.Text>
                </>
              ),
            }))}
          />
        </>
      ) : null}
    </Drawer>
  );
}
