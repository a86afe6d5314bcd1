import {
  type PublicDisclosureRate,
  type PublicRandomCheckResult,
  type RandomCheckOutcome,
  randomCheckOutcomes,
} from '@qingshan/domain';
import {
  Alert,
  Card,
  Cascader,
  Col,
  DatePicker,
  Input,
  Progress,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { dayjs } from '../../../lib/dates';
import { PublicDrawPlansCard } from './PublicDrawPlansCard';
import { PublicLayout } from './PublicLayout';
import { usePublicAgencies, usePublicResults } from './public.api';
import { pathTo, toAgencyOptions } from './public.query';

const outcomeColors: Record<RandomCheckOutcome, string> = {
  no_problem: 'green',
  problem_found: 'orange',
  entity_closed: 'default',
};

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page's filters, kept in the URL so a result list can be shared as a link. */
function readFilters(search: URLSearchParams) {
  const month = search.get('month');
  const agencyId = search.get('agencyId');
  const outcome = randomCheckOutcomes.find((value) => value === search.get('outcome'));
  const page = Number(search.get('page'));
  const q = search.get('q')?.trim().slice(0, 50);
  return {
    ...(agencyId && uuidPattern.test(agencyId) ? { agencyId } : {}),
    ...(month && monthPattern.test(month) ? { month } : {}),
    ...(outcome ? { outcome } : {}),
    ...(q ? { q } : {}),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: 20,
  };
}

function RateBar({ percent, target }: { percent: number | null; target: number }) {
  if (percent === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Progress
      percent={percent}
      size="small"
      status={percent < target ? 'exception' : 'success'}
      format={(value) => `${value}%`}
      style={{ minWidth: 120, margin: 0 }}
    />
  );
}

/**
 * /public/random-checks (DR-6, PUB-1): the published results of the random checks and each
 * agency's disclosure rate, for anyone, without login. Enterprise facts only: no officer, no
 * person present, no phone, no photo.
 */
export default function PublicRandomCheckResultsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const agencies = usePublicAgencies();
  const results = usePublicResults(filters);
  const options = useMemo(() => toAgencyOptions(agencies.data?.agencies ?? []), [agencies.data]);
  const data = results.data;

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setSearch(next, { replace: true });
  };

  const disclosure = data?.disclosure;
  const isBelow =
    disclosure?.ratePercent !== null &&
    disclosure !== undefined &&
    disclosure.ratePercent! < disclosure.targetPercent;

  return (
    <PublicLayout
      title={t('randomChecks.public.results.title')}
      intro={t('randomChecks.public.results.intro')}
    >
      <PublicDrawPlansCard />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size={[12, 12]}>
          <Cascader
            options={options}
            value={pathTo(agencies.data?.agencies ?? [], filters.agencyId)}
            onChange={(value) => update({ agencyId: (value as string[] | undefined)?.at(-1) })}
            changeOnSelect
            showSearch
            allowClear
            placeholder={t('randomChecks.public.results.agencyPlaceholder')}
            aria-label={t('randomChecks.public.results.agency')}
            style={{ width: 340, maxWidth: '100%' }}
            data-testid="public-agency"
          />
          <DatePicker
            picker="month"
            value={filters.month ? dayjs(`${filters.month}-01`) : null}
            onChange={(value) => update({ month: value ? value.format('YYYY-MM') : undefined })}
            placeholder={t('randomChecks.public.results.month')}
            aria-label={t('randomChecks.public.results.month')}
            disabledDate={(date) => date.isAfter(dayjs(), 'month')}
            allowClear
          />
          <Select
            value={filters.outcome ?? ''}
            onChange={(value) => update({ outcome: value || undefined })}
            style={{ width: 170 }}
            aria-label={t('randomChecks.public.results.outcome')}
            options={[
              { value: '', label: t('randomChecks.public.results.outcomeAll') },
              ...randomCheckOutcomes.map((outcome) => ({
                value: outcome,
                label: t(`randomChecks.outcomes.${outcome}`),
              })),
            ]}
          />
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            placeholder={t('randomChecks.public.results.search')}
            allowClear
            onSearch={(value) => update({ q: value.trim() || undefined })}
            style={{ width: 280, maxWidth: '100%' }}
          />
        </Space>
      </Card>

      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={10}>
          <Card style={{ height: '100%' }} data-testid="public-disclosure">
            {disclosure ? (
              <>
                <Typography.Text type="secondary">
                  {t('randomChecks.public.results.rateTitle', {
                    agency: filters.agencyId
                      ? disclosure.agencyName
                      : t('randomChecks.public.results.agencyPlaceholder'),
                    period: filters.month ? data.periodLabel : t('randomChecks.public.results.all'),
                  })}
                </Typography.Text>
                {disclosure.ratePercent === null ? (
                  <Typography.Paragraph style={{ marginTop: 12 }}>
                    {t('randomChecks.public.results.noRate')}
                  </Typography.Paragraph>
                ) : (
                  <div className="qs-public-rate" style={{ marginTop: 8 }}>
                    <span
                      className={`qs-public-rate-figure${isBelow ? ' is-below' : ''}`}
                      data-testid="public-rate"
                    >
                      {disclosure.ratePercent}%
                    </span>
                    <Typography.Text>
                      {t('randomChecks.public.results.rateDetail', {
                        published: disclosure.published,
                        completed: disclosure.completed,
                        target: disclosure.targetPercent,
                      })}
                    </Typography.Text>
                  </div>
                )}
              </>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('randomChecks.public.results.agencyRates')} style={{ height: '100%' }}>
            <Table<PublicDisclosureRate>
              rowKey="agencyId"
              size="small"
              loading={results.isPending}
              dataSource={data?.agencies ?? []}
              pagination={false}
              scroll={{ x: 480, y: 220 }}
              columns={[
                {
                  title: t('randomChecks.public.results.agency'),
                  dataIndex: 'agencyName',
                  width: 180,
                  render: (name: string, row) =>
                    row.agencyName.endsWith('（本级）') ? (
                      name
                    ) : (
                      <Typography.Link onClick={() => update({ agencyId: row.agencyId })}>
                        {name}
                      </Typography.Link>
                    ),
                },
                {
                  title: t('randomChecks.public.results.columns.completed'),
                  dataIndex: 'completed',
                  width: 90,
                  align: 'right',
                },
                {
                  title: t('randomChecks.public.results.columns.published'),
                  dataIndex: 'published',
                  width: 80,
                  align: 'right',
                },
                {
                  title: t('randomChecks.public.results.columns.rate'),
                  key: 'rate',
                  width: 170,
                  render: (_, row) => (
                    <RateBar percent={row.ratePercent} target={disclosure?.targetPercent ?? 100} />
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>

      <Card size="small">
        <Table<PublicRandomCheckResult>
          rowKey="id"
          data-testid="public-results"
          loading={results.isFetching}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('randomChecks.public.results.empty') }}
          scroll={{ x: 1000 }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('common.table.total', { total }),
            onChange: (page) => update({ page: page > 1 ? String(page) : undefined }),
          }}
          columns={[
            {
              title: t('randomChecks.public.results.columns.entity'),
              key: 'entity',
              width: 260,
              render: (_, row) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{row.entityName}</Typography.Text>
                  <Typography.Text
                    type="secondary"
                    style={{ fontSize: 12 }}
                    copyable={{ text: row.creditCode }}
                  >
                    {row.creditCode}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: t('randomChecks.public.results.columns.county'), dataIndex: 'countyName', width: 100 },
            { title: t('randomChecks.public.results.columns.agency'), dataIndex: 'agencyName', width: 170 },
            {
              title: t('randomChecks.public.results.columns.inspectedOn'),
              dataIndex: 'inspectedOn',
              width: 110,
              render: (value: string | null) => value ?? '—',
            },
            {
              title: t('randomChecks.public.results.columns.items'),
              dataIndex: 'items',
              render: (items: string[]) => (
                <Space direction="vertical" size={0}>
                  {items.map((item) => (
                    <span key={item}>· {item}</span>
                  ))}
                </Space>
              ),
            },
            {
              title: t('randomChecks.public.results.columns.outcome'),
              dataIndex: 'outcome',
              width: 150,
              render: (outcome: RandomCheckOutcome) => (
                <Tag color={outcomeColors[outcome]}>{t(`randomChecks.outcomes.${outcome}`)}</Tag>
              ),
            },
            {
              title: t('randomChecks.public.results.columns.publishedOn'),
              dataIndex: 'publishedOn',
              width: 110,
              render: (value: string) => value,
            },
            {
              title: t('randomChecks.public.results.columns.draw'),
              key: 'draw',
              width: 110,
              render: (_, row) => (
                <Link
                  to={`/public/draws/${row.planId}`}
                  data-testid="public-result-draw"
                  title={row.planNumber}
                >
                  {t('randomChecks.public.draws.verifyLink')}
                </Link>
              ),
            },
          ]}
        />
        <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('randomChecks.public.results.note')} />
      </Card>
    </PublicLayout>
  );
}
