import { DownOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { CreditCard, EntityCommitmentYear, EntityCredit, ListMembership } from '@qingshan/domain';
import {
  Alert,
  Button,
  Card,
  Col,
  Dropdown,
  Empty,
  List,
  type MenuProps,
  Row,
  Space,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/ErrorResult';
import { useSession } from '../auth/session';
import { type CreditAct, CreditActDialog } from './CreditActDialog';
import { useEntityCredit } from './credit.api';
import { CardTag, CreditLevelTag } from './credit.tags';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <div style={{ marginTop: 4, minHeight: 24 }}>{children}</div>
    </div>
  );
}

const muted = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

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

function CommitmentStatusTag({ row, withYear }: { row: EntityCommitmentYear; withYear?: boolean }) {
  const { t } = useTranslation();
  const color = row.status === 'signed' ? 'green' : row.status === 'delivered' ? 'blue' : 'red';
  return (
    <Tag color={color}>
      {withYear ? `${row.year} · ` : ''}
      {t(`credit.labels.commitmentStatus.${row.status}`)}
    </Tag>
  );
}

/** One record in a compact list: a head line with tags, a detail line, and the record's action. */
function RecordItem({ head, detail, action }: { head: ReactNode; detail?: ReactNode; action?: ReactNode }) {
  return (
    <List.Item style={{ paddingInline: 0 }} extra={action}>
      <div style={{ minWidth: 0 }}>
        <div>{head}</div>
        {detail ? (
          <Typography.Paragraph
            type="secondary"
            style={{ fontSize: 12, margin: '2px 0 0' }}
            ellipsis={{ rows: 2, tooltip: true }}
          >
            {detail}
          </Typography.Paragraph>
        ) : null}
      </div>
    </List.Item>
  );
}

/** The entity's records, one tab per kind the province has, as compact lists for the page's side column. */
function EntityCreditTabs({
  credit,
  canDecide,
  canRecord,
  onAct,
}: {
  credit: EntityCredit;
  canDecide: boolean;
  canRecord: boolean;
  onAct: (act: CreditAct) => void;
}) {
  const { t } = useTranslation();
  const { features } = credit;
  const entityId = credit.entity.id;
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('credit.panel.noRecords')} />;
  const tabs: { key: string; label: string; children: ReactNode }[] = [];
  const small = (text: ReactNode) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  );

  if (features.cards) {
    tabs.push({
      key: 'cards',
      label: `${t('credit.tabs.cards')} ${credit.cards.length}`,
      children: credit.cards.length ? (
        <List<CreditCard>
          size="small"
          dataSource={credit.cards}
          renderItem={(card) => (
            <RecordItem
              head={
                <Space size={6} wrap>
                  <CardTag color={card.color} status={card.status} />
                  <Typography.Text>{card.documentNumber}</Typography.Text>
                  {small(
                    card.liftedOn
                      ? `${card.issuedOn} — ${card.liftedOn}`
                      : `${card.issuedOn} · ${t('credit.columns.rectificationDueOn')} ${card.rectificationDueOn}`,
                  )}
                </Space>
              }
              detail={card.liftReason ? `${card.reason}；${card.liftReason}` : card.reason}
              action={
                canDecide && card.canLift ? (
                  <Button
                    size="small"
                    onClick={() =>
                      onAct({
                        kind: 'liftCard',
                        entityId,
                        card: {
                          id: card.id,
                          color: card.color,
                          documentNumber: card.documentNumber,
                          issuedOn: card.issuedOn,
                        },
                      })
                    }
                  >
                    {t('credit.actions.liftCard')}
                  </Button>
                ) : null
              }
            />
          )}
        />
      ) : (
        empty
      ),
    });
  }

  if (features.evaluation) {
    tabs.push({
      key: 'evaluations',
      label: t('credit.tabs.evaluations'),
      children: credit.evaluations.length ? (
        <List
          size="small"
          dataSource={credit.evaluations}
          renderItem={(evaluation) => (
            <RecordItem
              head={
                <Space size={6} wrap>
                  <Typography.Text strong>{evaluation.year}</Typography.Text>
                  <CreditLevelTag level={evaluation.level} />
                  {small(`${evaluation.evaluatedOn} · ${evaluation.agencyName}`)}
                </Space>
              }
              detail={evaluation.note}
            />
          )}
        />
      ) : (
        empty
      ),
    });
  }

  if (features.commitments) {
    tabs.push({
      key: 'commitments',
      label: t('credit.tabs.commitments'),
      children: credit.commitments.length ? (
        <List<EntityCommitmentYear>
          size="small"
          dataSource={credit.commitments}
          renderItem={(row) => (
            <RecordItem
              head={
                <Space size={6} wrap>
                  <Typography.Text strong>{row.year}</Typography.Text>
                  {row.isKeyPolluter || row.status !== 'missing' ? (
                    <CommitmentStatusTag row={row} />
                  ) : (
                    muted(t('credit.panel.notKeyPolluter'))
                  )}
                </Space>
              }
              detail={[
                row.letterDeliveredOn
                  ? `${t('credit.columns.letterDeliveredOn')} ${row.letterDeliveredOn}${row.deliveryMethod ? `（${t(`credit.labels.deliveryMethod.${row.deliveryMethod}`)}）` : ''}`
                  : null,
                row.commitmentSignedOn
                  ? `${t('credit.columns.signedOn')} ${row.commitmentSignedOn}（${row.signatory ?? ''}）`
                  : null,
              ]
                .filter(Boolean)
                .join('；')}
              action={
                canRecord && row.isKeyPolluter ? (
                  <Space size={4}>
                    {!row.letterDeliveredOn ? (
                      <Button
                        size="small"
                        onClick={() => onAct({ kind: 'letter', entityId, year: row.year })}
                      >
                        {t('credit.actions.letter')}
                      </Button>
                    ) : null}
                    {!row.commitmentSignedOn ? (
                      <Button
                        size="small"
                        onClick={() => onAct({ kind: 'signature', entityId, year: row.year })}
                      >
                        {t('credit.actions.signature')}
                      </Button>
                    ) : null}
                  </Space>
                ) : null
              }
            />
          )}
        />
      ) : (
        empty
      ),
    });
  }

  if (features.blacklist || features.positiveList) {
    tabs.push({
      key: 'lists',
      label: t('credit.panel.lists'),
      children: credit.memberships.length ? (
        <List<ListMembership>
          size="small"
          dataSource={credit.memberships}
          renderItem={(row) => (
            <RecordItem
              head={
                <Space size={6} wrap>
                  <Tag color={row.isActive ? (row.list === 'blacklist' ? 'red' : 'green') : undefined}>
                    {t(`credit.labels.entityList.${row.list}`)}
                  </Tag>
                  {small(`${row.listedOn} — ${row.removedOn ?? t('credit.labels.membershipStatus.active')}`)}
                </Space>
              }
              detail={row.removalReason ? `${row.reason}；${row.removalReason}` : row.reason}
              action={
                canDecide && row.isActive ? (
                  row.canRemove ? (
                    <Button
                      size="small"
                      onClick={() =>
                        onAct({
                          kind: 'removeList',
                          entityId,
                          membership: { id: row.id, list: row.list, listedOn: row.listedOn },
                        })
                      }
                    >
                      {t('credit.actions.remove')}
                    </Button>
                  ) : row.isFromCard ? (
                    <Tooltip title={t('credit.blocked.fromCard')}>
                      {small(t('credit.panel.withCard'))}
                    </Tooltip>
                  ) : null
                ) : null
              }
            />
          )}
        />
      ) : (
        empty
      ),
    });
  }

  if (features.points) {
    tabs.push({
      key: 'points',
      label: t('credit.tabs.points'),
      children: credit.points.entries.length ? (
        <List
          size="small"
          dataSource={credit.points.entries}
          pagination={credit.points.entries.length > 8 ? { pageSize: 8, size: 'small' } : false}
          renderItem={(entry) => (
            <RecordItem
              head={
                <Space size={6} wrap>
                  <Typography.Text type={entry.points < 0 ? 'danger' : 'success'} strong>
                    {entry.points > 0 ? `+${entry.points}` : entry.points}
                  </Typography.Text>
                  {small(`${entry.occurredOn} · ${t('credit.columns.balance')} ${entry.balanceAfter}`)}
                </Space>
              }
              detail={entry.reason}
            />
          )}
        />
      ) : (
        empty
      ),
    });
  }
  // Open the first kind of record the entity has (Nantong entities: their points ledger).
  const counts: Record<string, number> = {
    cards: credit.cards.length,
    evaluations: credit.evaluations.length,
    commitments: credit.commitments.length,
    lists: credit.memberships.length,
    points: credit.points.entries.length,
  };
  const firstWithRecords = tabs.find((tab) => (counts[tab.key] ?? 0) > 0)?.key;
  return <Tabs size="small" style={{ marginTop: 8 }} items={tabs} defaultActiveKey={firstWithRecords} />;
}
