import { DownOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Dropdown, type MenuProps, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/ErrorResult';
import { useSession } from '../auth/session';
import { type CreditAct, CreditActDialog } from './CreditActDialog';
import { Fact, muted } from './CreditFacts';
import { useEntityCredit } from './credit.api';
import { CardTag, CreditLevelTag } from './credit.tags';
import { CommitmentStatusTag, EntityCreditTabs } from './EntityCreditTabs';

/**
 * The entity page's credit section (REG-3, REG-4): the current card, the credit level, the lists,
 * the points balance and the commitments by year, with the acts the user may take. Only what the
 * entity's province has is shown (Jiangxi: cards and the positive list; Nantong: points).
 */
export function EntityCreditPanel({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const { access } = useSession();
  const canRead = access.can('credit.read');
  const query = useEntityCredit(canRead ? entityId : undefined);
  const [act, setAct] = useState<CreditAct | null>(null);
  const credit = query.data;

  if (!canRead) return null;
  if (query.isError && !credit) {
    return (
      <Card title={t('credit.panel.title')}>
        <ErrorResult error={query.error} onRetry={() => void query.refetch()} />
      </Card>
    );
  }

  const canDecide = access.can('credit.manage');
  const canRecord = access.can('commitments.manage');
  const features = credit?.features;

  const actions: NonNullable<MenuProps['items']> = [];
  if (credit && canDecide) {
    if (features?.cards) {
      actions.push({
        key: 'card',
        label: t('credit.actions.issueCard'),
        onClick: () => setAct({ kind: 'issueCard', entityId }),
      });
    }
    if (features?.evaluation) {
      actions.push({
        key: 'level',
        label: t('credit.actions.setLevel'),
        onClick: () => setAct({ kind: 'setLevel', entityId }),
      });
    }
    if (features?.blacklist && !credit.isBlacklisted) {
      actions.push({
        key: 'blacklist',
        label: t('credit.actions.addBlacklist'),
        onClick: () => setAct({ kind: 'addList', entityId, list: 'blacklist' }),
      });
    }
    if (features?.positiveList && !credit.isOnPositiveList) {
      actions.push({
        key: 'positive',
        label: t('credit.actions.addPositive'),
        disabled: credit.positiveListObstacles.length > 0,
        title: credit.positiveListObstacles.join('；') || undefined,
        onClick: () => setAct({ kind: 'addList', entityId, list: 'positive' }),
      });
    }
    if (features?.points) {
      actions.push({
        key: 'points',
        label: t('credit.actions.addPoints'),
        onClick: () => setAct({ kind: 'points', entityId }),
      });
    }
  }

  return (
    <Card
      title={
        <Space>
          <SafetyCertificateOutlined style={{ color: '#0b7a55' }} />
          {t('credit.panel.title')}
        </Space>
      }
      loading={query.isLoading}
      data-testid="entity-credit-panel"
      extra={
        <Space>
          {credit ? <Tag>{credit.profileName}</Tag> : null}
          {actions.length > 0 ? (
            <Dropdown menu={{ items: actions }} trigger={['click']} placement="bottomRight">
              <Button type="primary" size="small" data-testid="entity-credit-actions">
                {t('credit.panel.act')} <DownOutlined />
              </Button>
            </Dropdown>
          ) : null}
        </Space>
      }
    >
      {credit ? (
        <>
          <Row gutter={[16, 12]}>
            {features?.cards ? (
              <Col span={12}>
                <Fact label={t('credit.panel.currentCard')} testId="entity-credit-current-card">
                  {credit.currentCard ? (
                    <Space direction="vertical" size={0}>
                      <CardTag color={credit.currentCard.color} status={credit.currentCard.status} />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('credit.panel.since', { date: credit.currentCard.issuedOn })} ·{' '}
                        {credit.currentCard.documentNumber}
                      </Typography.Text>
                    </Space>
                  ) : (
                    <Tag color="green">{t('credit.panel.noCard')}</Tag>
                  )}
                </Fact>
              </Col>
            ) : null}
            {features?.evaluation ? (
              <Col span={12}>
                <Fact label={t('credit.panel.creditLevel')}>
                  {credit.creditLevel ? (
                    <Space direction="vertical" size={0}>
                      <span>
                        <CreditLevelTag level={credit.creditLevel.evaluated} />
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {credit.creditLevel.year}
                        </Typography.Text>
                      </span>
                      {credit.creditLevel.isDowngraded ? (
                        <Typography.Text type="danger" style={{ fontSize: 12 }}>
                          {t('credit.panel.downgraded', {
                            level: t(`credit.labels.creditLevel.${credit.creditLevel.effective}`),
                          })}
                        </Typography.Text>
                      ) : null}
                    </Space>
                  ) : (
                    muted(t('credit.panel.noLevel'))
                  )}
                </Fact>
              </Col>
            ) : null}
            <Col span={12}>
              <Fact label={t('credit.panel.lists')}>
                {credit.isBlacklisted || credit.isOnPositiveList ? (
                  <Space size={4} wrap>
                    {credit.isBlacklisted ? (
                      <Tag color="red">{t('credit.labels.entityList.blacklist')}</Tag>
                    ) : null}
                    {credit.isOnPositiveList ? (
                      <Tag color="green">{t('credit.labels.entityList.positive')}</Tag>
                    ) : null}
                  </Space>
                ) : (
                  muted(t('credit.panel.noLists'))
                )}
              </Fact>
            </Col>
            {features?.points ? (
              <Col span={12}>
                <Fact label={t('credit.panel.points')}>
                  <Typography.Text
                    strong
                    style={{ fontSize: 18 }}
                    type={credit.points.balance < 0 ? 'danger' : undefined}
                  >
                    {credit.points.balance}
                  </Typography.Text>{' '}
                  {muted(t('credit.panel.pointsUnit'))}
                </Fact>
              </Col>
            ) : null}
            {features?.commitments ? (
              <Col span={12}>
                <Fact label={t('credit.panel.commitments')}>
                  {credit.commitments[0] ? (
                    <CommitmentStatusTag row={credit.commitments[0]} withYear />
                  ) : (
                    muted(t('credit.panel.notKeyPolluter'))
                  )}
                </Fact>
              </Col>
            ) : null}
          </Row>
          {features?.positiveList && !credit.isOnPositiveList && credit.positiveListObstacles.length > 0 ? (
            <Alert
              type="info"
              style={{ marginTop: 12 }}
              title={t('credit.panel.positiveObstacles', {
                reasons: credit.positiveListObstacles.join('；'),
              })}
            />
          ) : null}
          <EntityCreditTabs credit={credit} canDecide={canDecide} canRecord={canRecord} onAct={setAct} />
        </>
      ) : null}
      <CreditActDialog act={act} onClose={() => setAct(null)} />
    </Card>
  );
}
