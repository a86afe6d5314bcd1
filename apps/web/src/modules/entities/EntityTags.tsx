import type { EntityListItem, KeyPolluterMedium, OperatingStatus, PermitClass } from '@qingshan/domain';
import { Badge, Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { mediumColors, operatingStatusBadges, permitClassColors } from './entity-colors';

const placeholder = <span className="qs-entity-muted">—</span>;

export function PermitClassTag({ value, hideEmpty }: { value: PermitClass | null; hideEmpty?: boolean }) {
  const { t } = useTranslation();
  if (!value) return hideEmpty ? null : placeholder;
  return <Tag color={permitClassColors[value]}>{t(`entities.labels.permitClass.${value}`)}</Tag>;
}

export function OperatingStatusBadge({ value }: { value: OperatingStatus }) {
  const { t } = useTranslation();
  return <Badge status={operatingStatusBadges[value]} text={t(`entities.labels.operatingStatus.${value}`)} />;
}

/** The media an entity is a key polluter for (水/气/土/声/风险). */
export function KeyPolluterTags({
  media,
  short,
  hideEmpty,
}: {
  media: readonly KeyPolluterMedium[];
  /** One-character labels (水/气/土/声/风险) for the table, the full name on hover. */
  short?: boolean;
  hideEmpty?: boolean;
}) {
  const { t } = useTranslation();
  if (media.length === 0) return hideEmpty ? null : placeholder;
  return (
    <Space size={[0, 4]} wrap>
      {media.map((medium) => {
        const label = t(`entities.labels.medium.${medium}`);
        return (
          <Tooltip key={medium} title={short ? label : undefined}>
            <Tag color={mediumColors[medium]}>
              {short ? t(`entities.labels.mediumShort.${medium}`) : label}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}

type FlagSource = Pick<
  EntityListItem,
  | 'isSpecialSupervision'
  | 'hasAutomaticMonitoring'
  | 'isMonitoringNetworked'
  | 'isOnPositiveList'
  | 'isBlacklisted'
  | 'activeCard'
>;

/** 特殊监管 / 自动监控 (联网 or not) / 正面清单 / 黑名单 / 红黄牌. */
export function EntityFlagTags({ entity, hideEmpty }: { entity: FlagSource; hideEmpty?: boolean }) {
  const { t } = useTranslation();
  const tags = [
    entity.activeCard === 'red' ? (
      <Tag key="card" color="#cf1322">
        {t('entities.tags.redCard')}
      </Tag>
    ) : entity.activeCard === 'yellow' ? (
      <Tag key="card" color="#d48806">
        {t('entities.tags.yellowCard')}
      </Tag>
    ) : null,
    entity.isBlacklisted ? (
      <Tag key="blacklist" color="#262626">
        {t('entities.tags.blacklist')}
      </Tag>
    ) : null,
    entity.isOnPositiveList ? (
      <Tag key="positive" color="green">
        {t('entities.tags.positive')}
      </Tag>
    ) : null,
    entity.isSpecialSupervision ? (
      <Tag key="special" color="orange">
        {t('entities.tags.special')}
      </Tag>
    ) : null,
    entity.hasAutomaticMonitoring ? (
      entity.isMonitoringNetworked ? (
        <Tag key="monitoring" color="geekblue">
          {t('entities.tags.monitoring')}
        </Tag>
      ) : (
        <Tag key="monitoring" color="warning">
          {t('entities.tags.monitoringOffline')}
        </Tag>
      )
    ) : null,
  ].filter(Boolean);
  if (tags.length === 0) return hideEmpty ? null : placeholder;
  return (
    <Space size={[0, 4]} wrap>
      {tags}
    </Space>
  );
}
