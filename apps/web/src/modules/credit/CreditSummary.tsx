import { ExclamationCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import type { CreditSummary } from '@qingshan/domain';
import { Button, Card, Col, Popover, Progress, Row, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditTab } from './credit.query';

/** The province profile's credit rules, each with its legal basis. */
export function RulesPopover({ summary }: { summary: CreditSummary }) {
  const { t } = useTranslation();
  const { rules, features } = summary;
  const lines: { text: string; basis: string; isConfigurable?: boolean }[] = [];
  if (features.cards) {
    lines.push({
      text: `${t('credit.rules.cards', {
        red: rules.cardLifting.redRectificationDays,
        yellow: rules.cardLifting.yellowRectificationDays,
        redMin: rules.cardLifting.redMinimumDaysBeforeLifting,
        yellowMin: rules.cardLifting.yellowMinimumDaysBeforeLifting,
      })}${rules.redYellowCards.creditLevelDowngradeSteps > 0 ? t('credit.rules.downgrade', { steps: rules.redYellowCards.creditLevelDowngradeSteps }) : ''}`,
      basis: rules.cardLifting.basis,
      isConfigurable: rules.cardLifting.isConfigurable,
    });
    if (rules.redYellowCards.isBlacklist) {
      lines.push({ text: t('credit.rules.blacklist'), basis: rules.redYellowCards.basis });
    }
  }
  if (features.positiveList) {
    lines.push({
      text: t('credit.rules.positive', {
        months: rules.positiveListEligibility.violationLookBackMonths,
        levels: rules.positiveListEligibility.excludedCreditLevels
          .map((level) => t(`credit.labels.creditLevel.${level}`))
          .join('、'),
      }),
      basis: rules.positiveListEligibility.basis,
      isConfigurable: rules.positiveListEligibility.isConfigurable,
    });
  }
  if (lines.length === 0) return null;
  return (
    <Popover
      placement="bottomRight"
      title={`${t('credit.rules.title')}（${summary.profileName}）`}
      content={
        <div style={{ maxWidth: 460 }}>
          {lines.map((line) => (
            <div key={line.text} style={{ marginBottom: 10 }}>
              <div>{line.text}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('credit.rules.basis')}：{line.basis}
                {line.isConfigurable ? (
                  <Tag color="orange" style={{ marginInlineStart: 6 }}>
                    {t('credit.rules.configurable')}
                  </Tag>
                ) : null}
              </Typography.Text>
            </div>
          ))}
        </div>
      }
    >
      <Button icon={<InfoCircleOutlined />}>{t('credit.rules.title')}</Button>
    </Popover>
  );
}

/** The headline counts; each opens its tab. */
export function SummaryCards({
  summary,
  onOpen,
}: {
  summary?: CreditSummary;
  onOpen: (tab: CreditTab) => void;
}) {
  const { t } = useTranslation();
  const cards: { key: string; tab: CreditTab; node: ReactNode }[] = [];
  if (!summary) {
    return (
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {[0, 1, 2, 3].map((index) => (
          <Col key={index} xs={12} lg={6}>
            <Card loading />
          </Col>
        ))}
      </Row>
    );
  }
  const { features } = summary;
  if (features.cards) {
    cards.push({
      key: 'cards',
      tab: 'cards',
      node: (
        <Space size={24} wrap>
          <Statistic
            title={t('credit.summary.red')}
            value={summary.cards.red}
            styles={{ content: { color: '#cf1322' } }}
          />
          <Statistic
            title={t('credit.summary.yellow')}
            value={summary.cards.yellow}
            styles={{ content: { color: '#d48806' } }}
          />
          {summary.cards.overdue > 0 ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              <ExclamationCircleOutlined /> {t('credit.summary.overdue', { count: summary.cards.overdue })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    });
  }
  if (features.blacklist || features.positiveList) {
    cards.push({
      key: 'lists',
      tab: features.blacklist ? 'blacklist' : 'positive',
      node: (
        <Space size={24} wrap>
          {features.blacklist ? (
            <Statistic
              title={t('credit.summary.blacklisted')}
              value={summary.blacklisted}
              suffix={t('credit.summary.unit')}
            />
          ) : null}
          {features.positiveList ? (
            <Statistic
              title={t('credit.summary.positive')}
              value={summary.positiveList}
              suffix={t('credit.summary.unit')}
              styles={{ content: { color: '#389e0d' } }}
            />
          ) : null}
        </Space>
      ),
    });
  }
  if (features.commitments) {
    const coverage = summary.commitments;
    cards.push({
      key: 'commitments',
      tab: 'commitments',
      node: (
        <div>
          <Typography.Text type="secondary">
            {t('credit.summary.commitments', { year: coverage.year })}
          </Typography.Text>
          <Progress
            percent={coverage.signedPercent}
            size="small"
            strokeColor="#0b7a55"
            style={{ margin: '6px 0' }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('credit.summary.commitmentsDetail', {
              total: coverage.keyPolluters,
              signed: coverage.signed,
              missing: coverage.missing,
            })}
          </Typography.Text>
        </div>
      ),
    });
  }
  if (features.evaluation) {
    cards.push({
      key: 'evaluations',
      tab: 'evaluations',
      node: (
        <div>
          <Statistic
            title={t('credit.summary.evaluations', { year: summary.evaluations.year })}
            value={summary.evaluations.total}
            suffix={t('credit.summary.unit')}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('credit.summary.evaluationsDetail', summary.evaluations.byLevel)}
          </Typography.Text>
        </div>
      ),
    });
  }
  if (features.points) {
    cards.push({
      key: 'points',
      tab: 'points',
      node: (
        <Statistic
          title={t('credit.summary.points')}
          value={summary.points.entries}
          suffix={`${t('credit.summary.entriesUnit')} · ${t('credit.summary.pointsDetail', { entities: summary.points.entities })}`}
        />
      ),
    });
  }
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {cards.map((card) => (
        <Col key={card.key} xs={24} sm={12} xl={Math.max(6, Math.floor(24 / cards.length))}>
          <Card
            hoverable
            size="small"
            style={{ height: '100%' }}
            onClick={() => card.tab && onOpen(card.tab)}
          >
            {card.node}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
