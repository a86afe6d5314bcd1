import type { CreditCard, EntityCommitmentYear, EntityCredit, ListMembership } from '@qingshan/domain';
import { Button, Empty, List, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditAct } from './CreditActDialog';
import { muted } from './CreditFacts';
import { CardTag, CreditLevelTag } from './credit.tags';

export function CommitmentStatusTag({ row, withYear }: { row: EntityCommitmentYear; withYear?: boolean }) {
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
export function RecordItem({
  head,
  detail,
  action,
}: {
  head: ReactNode;
  detail?: ReactNode;
  action?: ReactNode;
}) {
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
export function EntityCreditTabs({
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
