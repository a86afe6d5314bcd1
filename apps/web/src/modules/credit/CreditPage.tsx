import {
  DownloadOutlined,
  ExclamationCircleOutlined,
  InfoCircleOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import {
  type CardListItem,
  type CommitmentListItem,
  type CreditLevel,
  type CreditSummary,
  cardColors,
  cardStatusFilters,
  commitmentStatuses,
  creditDates,
  creditLevels,
  type EntityList,
  type EvaluationListItem,
  keyPolluterMediumLabels,
  type MembershipListItem,
  membershipStatuses,
  type PointsListItem,
  pointsDirections,
} from '@qingshan/domain';
import {
  App,
  Button,
  Card,
  Col,
  Grid,
  Input,
  Popover,
  Progress,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  type TablePaginationConfig,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { downloadFile } from '../../api/client';
import { useSession } from '../../auth/session';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { todayInShanghai } from '../../lib/dates';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { type CreditAct, CreditActDialog } from './CreditActDialog';
import { useCreditSummary, useCreditTabPage } from './credit.api';
import {
  type CreditFilters,
  type CreditTab,
  creditTabs,
  parseCreditFilters,
  serializeCreditFilters,
  sortFromTable,
  tableSortOrder,
  tabPaths,
  toCreditQuery,
} from './credit.query';
import { CardTag, CreditLevelTag } from './credit.tags';

const tabFeature: Record<CreditTab, keyof CreditSummary['features']> = {
  cards: 'cards',
  evaluations: 'evaluation',
  blacklist: 'blacklist',
  positive: 'positiveList',
  commitments: 'commitments',
  points: 'points',
};

/**
 * /credit (REG-3, REG-4): the jurisdiction's red and yellow cards, credit evaluations, blacklist,
 * positive list, commitment coverage of key polluters and compliance points — each tab where the
 * province has it, each a server-side table with filters in the URL and an Excel export.
 */
export default function CreditPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const summary = useCreditSummary();
  const [searchParams, setSearchParams] = useSearchParams();
  const features = summary.data?.features;
  const tabs = creditTabs.filter((tab) => !features || features[tabFeature[tab]]);
  const filters = parseCreditFilters(searchParams, tabs[0] ?? 'cards');
  const activeTab = tabs.includes(filters.tab) ? filters.tab : (tabs[0] ?? 'cards');
  const [act, setAct] = useState<CreditAct | null>(null);

  const select = (tab: CreditTab) =>
    setSearchParams(serializeCreditFilters(parseCreditFilters(new URLSearchParams({ tab }))));

  return (
    <PageContainer
      title={t('credit.title')}
      subTitle={
        summary.data
          ? t('credit.subTitle', { scope: me.jurisdiction.description, profile: summary.data.profileName })
          : me.jurisdiction.description
      }
      extra={summary.data ? <RulesPopover summary={summary.data} /> : null}
    >
      {summary.isError && !summary.data ? (
        <Card>
          <ErrorResult error={summary.error} onRetry={() => void summary.refetch()} />
        </Card>
      ) : (
        <>
          <SummaryCards summary={summary.data} onOpen={select} />
          <Card styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              activeKey={activeTab}
              onChange={(key) => select(key as CreditTab)}
              items={tabs.map((tab) => ({
                key: tab,
                label: t(`credit.tabs.${tab}`),
                children:
                  tab === activeTab && summary.data ? (
                    <CreditTabPanel
                      filters={{ ...filters, tab }}
                      summary={summary.data}
                      onFilters={(next) => setSearchParams(serializeCreditFilters(next))}
                      onAct={setAct}
                    />
                  ) : null,
              }))}
            />
          </Card>
        </>
      )}
      <CreditActDialog act={act} onClose={() => setAct(null)} />
    </PageContainer>
  );
}

function RulesPopover({ summary }: { summary: CreditSummary }) {
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

function SummaryCards({ summary, onOpen }: { summary?: CreditSummary; onOpen: (tab: CreditTab) => void }) {
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

function EntityLink({ id, name }: { id: string; name: string }) {
  const { access } = useSession();
  return access.can('entities.read') ? (
    <Link to={`/entities/${id}`} title={name}>
      {name}
    </Link>
  ) : (
    <span>{name}</span>
  );
}

type AnyRow = CardListItem | EvaluationListItem | MembershipListItem | CommitmentListItem | PointsListItem;

function CreditTabPanel({
  filters,
  summary,
  onFilters,
  onAct,
}: {
  filters: CreditFilters;
  summary: CreditSummary;
  onFilters: (filters: CreditFilters) => void;
  onAct: (act: CreditAct) => void;
}) {
  const { t } = useTranslation();
  const { access } = useSession();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const page = useCreditTabPage(filters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [isExporting, setIsExporting] = useState(false);
  const canDecide = access.can('credit.manage');
  const canRecord = access.can('commitments.manage');
  // Fixed columns only where there is room for them beside the scrolling ones.
  const isWide = Grid.useBreakpoint().md === true;
  const { tab } = filters;
  const thisYear = creditDates.yearOf(todayInShanghai());

  const update = (changes: Partial<CreditFilters>) => onFilters({ ...filters, page: 1, ...changes });

  const exportExcel = async () => {
    setIsExporting(true);
    const hide = message.loading(t('common.messages.exporting'), 0);
    try {
      const name = await downloadFile(
        `${tabPaths[tab]}/export.xlsx`,
        toCreditQuery(filters, { forExport: true }),
      );
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      showError(error);
    } finally {
      hide();
      setIsExporting(false);
    }
  };

  const entityColumns: TableColumnsType<AnyRow> = [
    {
      title: t('credit.columns.entity'),
      dataIndex: 'entityName',
      key: 'entityName',
      sorter: true,
      sortOrder: tableSortOrder(filters.sort, 'entityName'),
      fixed: isWide ? 'left' : undefined,
      width: 230,
      ellipsis: true,
      render: (name: string, row) => <EntityLink id={row.entityId} name={name} />,
    },
    {
      title: t('credit.columns.creditCode'),
      dataIndex: 'creditCode',
      key: 'creditCode',
      width: 180,
      responsive: ['xl'],
      render: (code: string) => <span className="qs-mono">{code}</span>,
    },
    { title: t('credit.columns.region'), dataIndex: 'regionName', key: 'region', width: 150, ellipsis: true },
  ];

  const dateColumn = (field: string, title: string, sortable = true) => ({
    title,
    dataIndex: field,
    key: field,
    width: 112,
    ...(sortable ? { sorter: true, sortOrder: tableSortOrder(filters.sort, field) } : {}),
    render: (value: string | null) => value ?? <Typography.Text type="secondary">—</Typography.Text>,
  });

  const actionColumn = (render: (row: AnyRow) => ReactNode) => ({
    title: t('common.table.actions'),
    key: 'actions',
    fixed: isWide ? ('right' as const) : undefined,
    width: 128,
    render: (_value: unknown, row: AnyRow) => render(row),
  });

  let columns: TableColumnsType<AnyRow> = [];
  let toolbar: ReactNode = null;
  let primary: ReactNode = null;

  if (tab === 'cards') {
    columns = [
      ...entityColumns,
      {
        title: t('credit.columns.color'),
        key: 'color',
        width: 150,
        render: (_value, row) => {
          const card = row as CardListItem;
          return <CardTag color={card.color} status={card.status} />;
        },
      },
      { title: t('credit.columns.reason'), dataIndex: 'reason', key: 'reason', width: 280, ellipsis: true },
      {
        title: t('credit.columns.documentNumber'),
        dataIndex: 'documentNumber',
        key: 'documentNumber',
        width: 170,
      },
      dateColumn('issuedOn', t('credit.columns.issuedOn')),
      dateColumn('rectificationDueOn', t('credit.columns.rectificationDueOn'), false),
      {
        title: t('credit.columns.issuer'),
        dataIndex: 'agencyName',
        key: 'issuer',
        width: 190,
        ellipsis: true,
        responsive: ['xl'],
      },
      dateColumn('liftedOn', t('credit.columns.liftedOn')),
      ...(canDecide
        ? [
            actionColumn((row) => {
              const card = row as CardListItem;
              return card.status === 'lifted' ? null : (
                <Button
                  size="small"
                  onClick={() =>
                    onAct({
                      kind: 'liftCard',
                      entityId: card.entityId,
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
              );
            }),
          ]
        : []),
    ];
    toolbar = (
      <>
        <Select
          allowClear
          value={filters.color}
          placeholder={t('credit.filters.color')}
          aria-label={t('credit.filters.color')}
          onChange={(color?: string) => update({ color })}
          options={cardColors.map((color) => ({
            value: color,
            label: t(`credit.labels.cardColor.${color}`),
          }))}
          style={{ width: 110 }}
        />
        <Select
          allowClear
          value={filters.status}
          placeholder={t('credit.filters.status')}
          aria-label={t('credit.filters.status')}
          onChange={(status?: string) => update({ status })}
          options={cardStatusFilters.map((status) => ({
            value: status,
            label:
              status === 'current'
                ? t('credit.filters.statusCurrent')
                : t(`credit.labels.cardStatus.${status}`),
          }))}
          style={{ width: 160 }}
        />
      </>
    );
    if (canDecide) {
      primary = (
        <Button type="primary" danger icon={<PlusOutlined />} onClick={() => onAct({ kind: 'issueCard' })}>
          {t('credit.actions.issueCard')}
        </Button>
      );
    }
  }

  if (tab === 'evaluations') {
    columns = [
      ...entityColumns,
      {
        title: t('credit.columns.year'),
        dataIndex: 'year',
        key: 'year',
        width: 80,
        sorter: true,
        sortOrder: tableSortOrder(filters.sort, 'year'),
      },
      {
        title: t('credit.columns.level'),
        dataIndex: 'level',
        key: 'level',
        width: 110,
        sorter: true,
        sortOrder: tableSortOrder(filters.sort, 'level'),
        render: (level: CreditLevel) => <CreditLevelTag level={level} />,
      },
      dateColumn('evaluatedOn', t('credit.columns.evaluatedOn')),
      {
        title: t('credit.columns.evaluator'),
        dataIndex: 'agencyName',
        key: 'evaluator',
        width: 200,
        ellipsis: true,
      },
      {
        title: t('credit.columns.owner'),
        dataIndex: 'ownerAgencyName',
        key: 'owner',
        width: 200,
        ellipsis: true,
        responsive: ['xxl'],
      },
      ...(canDecide
        ? [
            actionColumn((row) => {
              const evaluation = row as EvaluationListItem;
              return (
                <Button
                  size="small"
                  onClick={() =>
                    onAct({
                      kind: 'setLevel',
                      entityId: evaluation.entityId,
                      year: evaluation.year,
                      level: evaluation.level,
                    })
                  }
                >
                  {t('credit.actions.adjustLevel')}
                </Button>
              );
            }),
          ]
        : []),
    ];
    toolbar = (
      <>
        <YearSelect
          value={filters.year}
          onChange={(year) => update({ year })}
          allowClear
          thisYear={thisYear}
        />
        <Select
          allowClear
          value={filters.level}
          placeholder={t('credit.filters.level')}
          aria-label={t('credit.filters.level')}
          onChange={(level?: string) => update({ level })}
          options={creditLevels.map((level) => ({
            value: level,
            label: t(`credit.labels.creditLevel.${level}`),
          }))}
          style={{ width: 130 }}
        />
      </>
    );
    if (canDecide) {
      primary = (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => onAct({ kind: 'setLevel' })}>
          {t('credit.actions.setLevel')}
        </Button>
      );
    }
  }

  if (tab === 'blacklist' || tab === 'positive') {
    const list: EntityList = tab === 'blacklist' ? 'blacklist' : 'positive';
    columns = [
      ...entityColumns,
      {
        title: t('credit.columns.status'),
        key: 'status',
        width: 90,
        render: (_value, row) =>
          (row as MembershipListItem).isActive ? (
            <Tag color={list === 'blacklist' ? 'red' : 'green'}>
              {t('credit.labels.membershipStatus.active')}
            </Tag>
          ) : (
            <Tag>{t('credit.labels.membershipStatus.removed')}</Tag>
          ),
      },
      dateColumn('listedOn', t('credit.columns.listedOn')),
      {
        title: t('credit.columns.listReason'),
        dataIndex: 'reason',
        key: 'reason',
        width: 320,
        ellipsis: true,
      },
      {
        title: t('credit.columns.lister'),
        dataIndex: 'agencyName',
        key: 'lister',
        width: 190,
        ellipsis: true,
        responsive: ['xl'],
      },
      dateColumn('removedOn', t('credit.columns.removedOn')),
      ...(canDecide
        ? [
            actionColumn((row) => {
              const membership = row as MembershipListItem;
              if (!membership.isActive) return null;
              const button = (
                <Button
                  size="small"
                  disabled={membership.isFromCard}
                  onClick={() =>
                    onAct({
                      kind: 'removeList',
                      entityId: membership.entityId,
                      membership: { id: membership.id, list, listedOn: membership.listedOn },
                    })
                  }
                >
                  {t('credit.actions.remove')}
                </Button>
              );
              return membership.isFromCard ? (
                <Tooltip title={t('credit.blocked.fromCard')}>{button}</Tooltip>
              ) : (
                button
              );
            }),
          ]
        : []),
    ];
    toolbar = (
      <Select
        allowClear
        value={filters.status}
        placeholder={t('credit.filters.status')}
        aria-label={t('credit.filters.status')}
        onChange={(status?: string) => update({ status })}
        options={membershipStatuses.map((status) => ({
          value: status,
          label: t(`credit.labels.membershipStatus.${status}`),
        }))}
        style={{ width: 110 }}
      />
    );
    if (canDecide) {
      primary = (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => onAct({ kind: 'addList', list })}>
          {list === 'blacklist' ? t('credit.actions.addBlacklist') : t('credit.actions.addPositive')}
        </Button>
      );
    }
  }

  if (tab === 'commitments') {
    columns = [
      ...entityColumns,
      {
        title: t('credit.columns.media'),
        dataIndex: 'keyPolluterMedia',
        key: 'media',
        width: 160,
        ellipsis: true,
        responsive: ['xl'],
        render: (media: CommitmentListItem['keyPolluterMedia']) =>
          media.map((medium) => keyPolluterMediumLabels[medium]).join('、'),
      },
      {
        title: t('credit.columns.status'),
        dataIndex: 'status',
        key: 'status',
        width: 180,
        render: (status: CommitmentListItem['status']) => (
          <Tag color={status === 'signed' ? 'green' : status === 'delivered' ? 'blue' : 'red'}>
            {t(`credit.labels.commitmentStatus.${status}`)}
          </Tag>
        ),
      },
      dateColumn('letterDeliveredOn', t('credit.columns.letterDeliveredOn')),
      {
        ...dateColumn('commitmentSignedOn', t('credit.columns.signedOn'), false),
        sorter: true,
        sortOrder: tableSortOrder(filters.sort, 'signedOn'),
        key: 'signedOn',
      },
      { title: t('credit.columns.signatory'), dataIndex: 'signatory', key: 'signatory', width: 100 },
      ...(canRecord
        ? [
            actionColumn((row) => {
              const commitment = row as CommitmentListItem;
              return (
                <Space size={4}>
                  {commitment.status === 'missing' ? (
                    <Button
                      size="small"
                      onClick={() =>
                        onAct({ kind: 'letter', entityId: commitment.entityId, year: commitment.year })
                      }
                    >
                      {t('credit.actions.letter')}
                    </Button>
                  ) : null}
                  {commitment.status === 'delivered' ? (
                    <Button
                      size="small"
                      onClick={() =>
                        onAct({ kind: 'signature', entityId: commitment.entityId, year: commitment.year })
                      }
                    >
                      {t('credit.actions.signature')}
                    </Button>
                  ) : null}
                </Space>
              );
            }),
          ]
        : []),
    ];
    toolbar = (
      <>
        <YearSelect
          value={filters.year ?? thisYear}
          onChange={(year) => update({ year })}
          thisYear={thisYear}
        />
        <Select
          allowClear
          value={filters.status}
          placeholder={t('credit.filters.status')}
          aria-label={t('credit.filters.status')}
          onChange={(status?: string) => update({ status })}
          options={commitmentStatuses.map((status) => ({
            value: status,
            label: t(`credit.labels.commitmentStatus.${status}`),
          }))}
          style={{ width: 190 }}
        />
      </>
    );
  }

  if (tab === 'points') {
    columns = [
      ...entityColumns,
      dateColumn('occurredOn', t('credit.columns.occurredOn')),
      {
        title: t('credit.columns.points'),
        dataIndex: 'points',
        key: 'points',
        width: 80,
        align: 'right',
        sorter: true,
        sortOrder: tableSortOrder(filters.sort, 'points'),
        render: (points: number) => (
          <Typography.Text type={points < 0 ? 'danger' : 'success'} strong>
            {points > 0 ? `+${points}` : points}
          </Typography.Text>
        ),
      },
      { title: t('credit.columns.reason'), dataIndex: 'reason', key: 'reason', width: 320, ellipsis: true },
      {
        title: t('credit.columns.balance'),
        dataIndex: 'entityBalance',
        key: 'balance',
        width: 90,
        align: 'right',
      },
      {
        title: t('credit.columns.recorder'),
        dataIndex: 'agencyName',
        key: 'recorder',
        width: 190,
        ellipsis: true,
        responsive: ['xl'],
      },
    ];
    toolbar = (
      <Select
        allowClear
        value={filters.direction}
        placeholder={t('credit.filters.direction')}
        aria-label={t('credit.filters.direction')}
        onChange={(direction?: string) => update({ direction })}
        options={pointsDirections.map((direction) => ({
          value: direction,
          label: t(`credit.labels.direction.${direction}`),
        }))}
        style={{ width: 120 }}
      />
    );
    if (canDecide) {
      primary = (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => onAct({ kind: 'points' })}>
          {t('credit.actions.addPoints')}
        </Button>
      );
    }
  }

  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: { field?: unknown; columnKey?: unknown; order?: 'ascend' | 'descend' | null } | unknown[],
  ) => {
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as
      | { columnKey?: unknown; order?: 'ascend' | 'descend' | null }
      | undefined;
    const sort = sortFromTable(tab, single?.columnKey, single?.order);
    const pageSize = pagination.pageSize ?? filters.pageSize;
    const changed = sort !== filters.sort || pageSize !== filters.pageSize;
    onFilters({ ...filters, sort, pageSize, page: changed ? 1 : (pagination.current ?? 1) });
  };

  const coverage = page.data?.coverage;

  return (
    <div data-testid={`credit-tab-${tab}`}>
      {tab === 'commitments' && coverage ? (
        <CoverageBanner
          coverage={coverage}
          basis={summary.rules.commitments.basis}
          onShowMissing={() => update({ status: 'missing' })}
        />
      ) : null}
      <Row gutter={[12, 12]} align="middle" justify="space-between" style={{ marginBottom: 12 }}>
        <Col flex="1 1 560px">
          <Space wrap>
            <Input.Search
              allowClear
              value={searchText}
              placeholder={t('credit.filters.search')}
              aria-label={t('credit.filters.search')}
              onChange={(event) => setSearchText(event.target.value)}
              onSearch={(value) => update({ q: value.trim() || undefined })}
              style={{ width: 230 }}
            />
            <AgencyTreeSelect
              value={filters.agencyId}
              onChange={(agencyId) => update({ agencyId })}
              placeholder={t('credit.filters.agencyPlaceholder')}
              aria-label={t('credit.filters.agency')}
              allowClear
              style={{ width: 210 }}
            />
            {toolbar}
            <Button
              onClick={() => {
                setSearchText('');
                onFilters(parseCreditFilters(new URLSearchParams({ tab })));
              }}
            >
              {t('common.actions.reset')}
            </Button>
          </Space>
        </Col>
        <Col flex="none" style={{ marginInlineStart: 'auto' }}>
          <Space wrap>
            <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void exportExcel()}>
              {t('common.actions.export')}
            </Button>
            {primary}
          </Space>
        </Col>
      </Row>
      {page.isError && !page.data ? (
        <ErrorResult error={page.error} onRetry={() => void page.refetch()} />
      ) : (
        <Table<AnyRow>
          rowKey={(row) => ('id' in row ? row.id : `${row.entityId}-${(row as CommitmentListItem).year}`)}
          size="middle"
          columns={columns}
          dataSource={page.data?.items as AnyRow[] | undefined}
          loading={page.isFetching}
          scroll={{ x: 1200 }}
          onChange={onTableChange}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: page.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('common.table.total', { total }),
          }}
        />
      )}
    </div>
  );
}

function YearSelect({
  value,
  onChange,
  allowClear,
  thisYear,
}: {
  value?: number;
  onChange: (year: number | undefined) => void;
  allowClear?: boolean;
  thisYear: number;
}) {
  const { t } = useTranslation();
  return (
    <Select
      allowClear={allowClear}
      value={value}
      placeholder={t('credit.filters.year')}
      aria-label={t('credit.filters.year')}
      onChange={onChange}
      options={Array.from({ length: 6 }, (_, index) => thisYear - index).map((year) => ({
        value: year,
        label: `${year} 年`,
      }))}
      style={{ width: 110 }}
    />
  );
}

function CoverageBanner({
  coverage,
  basis,
  onShowMissing,
}: {
  coverage: NonNullable<ReturnType<typeof useCreditTabPage>['data']>['coverage'] & object;
  basis: string;
  onShowMissing: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 12, background: '#f6fbf8' }} data-testid="commitment-coverage">
      <Row gutter={[24, 12]} align="middle">
        <Col xs={24} lg={8}>
          <Space>
            <SafetyCertificateOutlined style={{ fontSize: 22, color: '#0b7a55' }} />
            <div>
              <Typography.Text strong>{t('credit.coverage.title', { year: coverage.year })}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('credit.coverage.basis', { basis })}
                </Typography.Text>
              </div>
            </div>
          </Space>
        </Col>
        <Col xs={12} lg={5}>
          <Typography.Text type="secondary">{t('credit.coverage.delivered')}</Typography.Text>
          <Progress percent={coverage.deliveredPercent} size="small" />
        </Col>
        <Col xs={12} lg={5}>
          <Typography.Text type="secondary">{t('credit.coverage.signed')}</Typography.Text>
          <Progress percent={coverage.signedPercent} size="small" strokeColor="#0b7a55" />
        </Col>
        <Col xs={24} lg={6}>
          <Space direction="vertical" size={0}>
            {coverage.missing > 0 ? (
              <Typography.Link type="danger" onClick={onShowMissing}>
                {t('credit.coverage.missing', { count: coverage.missing })}
              </Typography.Link>
            ) : (
              <Typography.Text type="success">{t('credit.coverage.missing', { count: 0 })}</Typography.Text>
            )}
            <Typography.Text type="secondary">
              {t('credit.coverage.notSigned', { count: coverage.delivered - coverage.signed })}
            </Typography.Text>
          </Space>
        </Col>
      </Row>
    </Card>
  );
}
