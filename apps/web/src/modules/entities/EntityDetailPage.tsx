import { EditOutlined, EnvironmentOutlined } from '@ant-design/icons';
import type { EntityDetail } from '@qingshan/domain';
import { Button, Card, Col, Descriptions, Empty, Result, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { PageLoading } from '../../components/PageLoading';
import { formatDateTime, todayInShanghai } from '../../lib/dates';
import { useSession } from '../auth/session';
import { EntityCreditPanel } from '../credit/EntityCreditPanel';
import { EntitySupervisorsPanel } from '../personnel/EntitySupervisorsPanel';
import { ComplianceStrip } from './ComplianceStrip';
import { EntityFormDrawer } from './EntityFormDrawer';
import { EntityFlagTags, KeyPolluterTags, OperatingStatusBadge, PermitClassTag } from './EntityTags';
import { EntityTimeline } from './EntityTimeline';
import { useEntityDetail } from './entities.api';
import { creditLevelColors } from './entity-colors';
import './entities.css';

/**
 * /entities/:id (REG-2): everything known about one entity — its record, the compliance strip of
 * the last 12 quarters, key-polluter lists, credit, supervising officers and the timeline every
 * module adds to. Out of the user's jurisdiction it is simply not found (D6).
 */
export default function EntityDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const detail = useEntityDetail(id);
  const breadcrumb = [{ title: t('entities.title'), to: '/entities' }];

  if (detail.isPending) return <PageLoading />;
  if (detail.isError) {
    return (
      <PageContainer title={t('layout.menu.entityDetail')} breadcrumb={breadcrumb}>
        <Card>
          {isApiError(detail.error) && detail.error.status === 404 ? (
            <Result
              status="404"
              title={t('common.errors.notFoundTitle')}
              subTitle={detail.error.message}
              extra={
                <Link to="/entities">
                  <Button type="primary">{t('entities.detail.back')}</Button>
                </Link>
              }
            />
          ) : (
            <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
          )}
        </Card>
      </PageContainer>
    );
  }
  return <EntityDetailView entity={detail.data} breadcrumb={breadcrumb} />;
}

function EntityDetailView({
  entity,
  breadcrumb,
}: {
  entity: EntityDetail;
  breadcrumb: { title: string; to?: string }[];
}) {
  const { t } = useTranslation();
  const { access } = useSession();
  const [isEditing, setIsEditing] = useState(false);
  const canManage = access.can('entities.manage');
  const notSet = <Typography.Text type="secondary">{t('entities.detail.notSet')}</Typography.Text>;
  const isPermitExpired = entity.permitValidUntil !== null && entity.permitValidUntil < todayInShanghai();
  const currentMedia = entity.keyPolluterMedia;

  const monitoring = entity.hasAutomaticMonitoring
    ? entity.isMonitoringNetworked
      ? t('entities.detail.monitoringNetworked')
      : t('entities.detail.monitoringOffline')
    : t('entities.detail.monitoringNone');

  return (
    <PageContainer
      title={entity.name}
      breadcrumb={[...breadcrumb, { title: entity.name }]}
      subTitle={
        <div>
          <Space size={8} wrap>
            <span className="qs-mono">{entity.creditCode}</span>
            <span>{entity.regionName}</span>
            <span>{entity.ownerAgency.name}</span>
          </Space>
          <div className="qs-entity-header-tags">
            <Space size={[4, 4]} wrap>
              {currentMedia.length > 0 ? <Tag color="red">{t('entities.tags.keyPolluter')}</Tag> : null}
              <KeyPolluterTags media={currentMedia} hideEmpty />
              <PermitClassTag value={entity.permitClass} hideEmpty />
              <OperatingStatusBadge value={entity.operatingStatus} />
              <EntityFlagTags entity={entity} hideEmpty />
              {entity.credit.latestEvaluation ? (
                <Tag color={creditLevelColors[entity.credit.latestEvaluation.level]}>
                  {t('entities.tags.creditLevel', {
                    level: t(`entities.labels.creditLevel.${entity.credit.latestEvaluation.level}`),
                  })}
                </Tag>
              ) : null}
              {entity.credit.compliancePoints !== 0 ? (
                <Tag>{t('entities.tags.points', { points: entity.credit.compliancePoints })}</Tag>
              ) : null}
            </Space>
          </div>
        </div>
      }
      extra={
        canManage ? (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setIsEditing(true)}>
            {t('entities.actions.edit')}
          </Button>
        ) : null
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('entities.detail.strip.title')}>
              <ComplianceStrip quarters={entity.complianceStrip} />
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
                {t('entities.detail.strip.hint')}
              </Typography.Paragraph>
            </Card>

            <Card title={t('entities.detail.basic')}>
              <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" bordered>
                <Descriptions.Item label={t('entities.detail.creditCode')}>
                  <Typography.Text className="qs-mono" copyable>
                    {entity.creditCode}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.legalRepresentative')}>
                  {entity.legalRepresentative ?? notSet}
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.regionPath')}>
                  {entity.regionPath.map((region) => region.name).join(' / ')}
                  <Typography.Text type="secondary" className="qs-mono" style={{ marginLeft: 8 }}>
                    {entity.regionCode}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.owner')}>
                  {entity.ownerAgency.name}
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.address')} span={2}>
                  {entity.address ?? notSet}
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.industry')} span={2}>
                  {entity.industryPath.map((entry) => `${entry.code} ${entry.name}`).join(' › ')}
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.permitNumber')}>
                  {entity.permitNumber ? <span className="qs-mono">{entity.permitNumber}</span> : notSet}
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.permitClass')}>
                  <PermitClassTag value={entity.permitClass} />
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.permitValidUntil')}>
                  {entity.permitValidUntil ? (
                    <Space size={6}>
                      {entity.permitValidUntil}
                      {isPermitExpired ? <Tag color="error">{t('entities.detail.permitExpired')}</Tag> : null}
                    </Space>
                  ) : (
                    notSet
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.operatingStatus')}>
                  <OperatingStatusBadge value={entity.operatingStatus} />
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.monitoring')}>{monitoring}</Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.specialSupervision')}>
                  {entity.isSpecialSupervision ? (
                    <Space size={6} wrap>
                      <Tag color="orange">{t('entities.tags.special')}</Tag>
                      {entity.specialSupervisionReason}
                    </Space>
                  ) : (
                    t('entities.detail.none')
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.coordinates')}>
                  {entity.coordinates ? (
                    <Space size={6}>
                      <EnvironmentOutlined style={{ color: '#1677ff' }} />
                      <Typography.Text
                        copyable={{ text: `${entity.coordinates.longitude},${entity.coordinates.latitude}` }}
                      >
                        {t('entities.detail.coordinatesValue', entity.coordinates)}
                      </Typography.Text>
                    </Space>
                  ) : (
                    notSet
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.contact')}>
                  {entity.contactPerson || entity.contactPhone
                    ? [entity.contactPerson, entity.contactPhone].filter(Boolean).join('  ')
                    : notSet}
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.createdAt')}>
                  {formatDateTime(entity.createdAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('entities.detail.updatedAt')}>
                  {formatDateTime(entity.updatedAt)}
                </Descriptions.Item>
              </Descriptions>
            </Card>

            <Card
              title={t('entities.detail.timeline.title')}
              extra={<Typography.Text type="secondary">{entity.timeline.total}</Typography.Text>}
            >
              <EntityTimeline entityId={entity.id} first={entity.timeline} />
            </Card>
          </Space>
        </Col>

        <Col xs={24} xl={8}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('entities.detail.listings.title')}>
              {entity.keyPolluterListings.length > 0 ? (
                <Descriptions column={1} size="small">
                  {entity.keyPolluterListings.map((listing) => (
                    <Descriptions.Item
                      key={listing.year}
                      label={t('entities.detail.listings.year', { year: listing.year })}
                    >
                      <KeyPolluterTags media={listing.media} />
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              ) : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('entities.detail.listings.none')}
                />
              )}
            </Card>

            <EntityCreditPanel entityId={entity.id} />
            <EntitySupervisorsPanel entityId={entity.id} ownerAgencyId={entity.ownerAgencyId} />
          </Space>
        </Col>
      </Row>
      {canManage ? (
        <EntityFormDrawer entity={entity} open={isEditing} onClose={() => setIsEditing(false)} />
      ) : null}
    </PageContainer>
  );
}
