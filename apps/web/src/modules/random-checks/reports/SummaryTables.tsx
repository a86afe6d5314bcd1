import type { RandomCheckCoverageRow, RandomCheckSummaryRow } from '@qingshan/domain';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Messages } from '../../../locales/zh-CN';

/** Keys of randomCheckReports.columns in the locale files. */
type ColumnKey = keyof Messages['randomChecks']['reports']['columns'];

type SummaryRow = RandomCheckSummaryRow & { month?: string; isTotal?: boolean };
type CoverageRow = RandomCheckCoverageRow & { isTotal?: boolean };

const missedStyle = { color: '#cf1322', fontWeight: 600 } as const;

function percent(value: number | null) {
  return value === null ? '—' : `${value}%`;
}

/** A cell shown in red when the row missed the target (a rate under it, a shortfall, overdue tasks). */
function Missed({ isMissed, children }: { isMissed: boolean; children: React.ReactNode }) {
  return <span style={isMissed ? missedStyle : undefined}>{children}</span>;
}

function numberColumn<Row>(title: string, key: keyof Row & string, width = 72) {
  return { title, dataIndex: key, key, width, align: 'center' as const };
}

/**
 * 《环境执法“双随机、一公开”情况汇总表》 on screen: the same two-level header as the Excel form,
 * one row per unit (or per month), the total last and bold.
 */
export function SummaryTable({
  rows,
  total,
  firstColumn,
  testId,
}: {
  rows: SummaryRow[];
  total: RandomCheckSummaryRow;
  /** 'agency' for units, 'month' for the yearly trend by month. */
  firstColumn: 'agency' | 'month';
  testId?: string;
}) {
  const { t } = useTranslation();
  const c = (key: ColumnKey) => t(`randomChecks.reports.columns.${key}`);
  const columns: ColumnsType<SummaryRow> = [
    {
      title: firstColumn === 'agency' ? c('agency') : c('month'),
      key: 'agency',
      fixed: 'left',
      width: 200,
      render: (_, row) =>
        row.isTotal ? (
          <Typography.Text strong>{c('total')}</Typography.Text>
        ) : row.isOwnLevel && rows.length > 1 ? (
          t('randomChecks.reports.columns.ownLevel', { name: row.agencyName })
        ) : (
          row.agencyName
        ),
    },
    {
      title: c('plans'),
      children: [
        numberColumn<SummaryRow>(c('plansTotal'), 'plans', 60),
        numberColumn<SummaryRow>(c('specialPlans'), 'specialPlans'),
        numberColumn<SummaryRow>(c('jointPlans'), 'jointPlans', 90),
      ],
    },
    {
      title: c('drawn'),
      children: [
        numberColumn<SummaryRow>(c('drawnTotal'), 'drawnTotal', 60),
        numberColumn<SummaryRow>(c('drawnGeneral'), 'drawnGeneral', 90),
        numberColumn<SummaryRow>(c('drawnKeyPolluter'), 'drawnKeyPolluter', 90),
        numberColumn<SummaryRow>(c('drawnSpecial'), 'drawnSpecial', 90),
      ],
    },
    {
      title: c('inspected'),
      children: [
        numberColumn<SummaryRow>(c('inspectedTotal'), 'inspected', 60),
        numberColumn<SummaryRow>(c('noProblem'), 'noProblem', 80),
        numberColumn<SummaryRow>(c('problemFound'), 'problemFound'),
        numberColumn<SummaryRow>(c('entityClosed'), 'entityClosed', 100),
      ],
    },
    {
      title: c('handling'),
      children: [
        numberColumn<SummaryRow>(c('findings'), 'findings', 64),
        numberColumn<SummaryRow>(c('rectifications'), 'rectifications'),
        numberColumn<SummaryRow>(c('caseReferrals'), 'caseReferrals'),
      ],
    },
    numberColumn<SummaryRow>(c('officers'), 'officers', 90),
    {
      title: c('publication'),
      children: [
        numberColumn<SummaryRow>(c('published'), 'published', 64),
        numberColumn<SummaryRow>(c('publishedOnTime'), 'publishedOnTime'),
        {
          title: c('disclosureRate'),
          key: 'rate',
          width: 80,
          align: 'center',
          render: (_, row) => (
            <Missed isMissed={row.isBelowTarget}>{percent(row.disclosureRatePercent)}</Missed>
          ),
        },
      ],
    },
    {
      title: c('overdue'),
      key: 'overdue',
      width: 90,
      align: 'center',
      render: (_, row) => <Missed isMissed={row.overdue > 0}>{row.overdue}</Missed>,
    },
  ];
  return (
    <Table<SummaryRow>
      data-testid={testId}
      rowKey={(row) => (row.isTotal ? 'total' : (row.month ?? row.agencyId))}
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={[...rows, { ...total, isTotal: true }]}
      rowClassName={(row) => (row.isTotal ? 'qs-report-total' : '')}
    />
  );
}

/** Coverage against the ratios: required by the draws' ratio vs drawn vs inspected; key polluters listed vs covered. */
export function CoverageTable({ rows, total }: { rows: CoverageRow[]; total: RandomCheckCoverageRow }) {
  const { t } = useTranslation();
  const c = (key: ColumnKey) => t(`randomChecks.reports.columns.${key}`);
  const columns: ColumnsType<CoverageRow> = [
    {
      title: c('agency'),
      key: 'agency',
      fixed: 'left',
      width: 200,
      render: (_, row) =>
        row.isTotal ? (
          <Typography.Text strong>{c('total')}</Typography.Text>
        ) : row.isOwnLevel && rows.length > 1 ? (
          t('randomChecks.reports.columns.ownLevel', { name: row.agencyName })
        ) : (
          row.agencyName
        ),
    },
    numberColumn<CoverageRow>(c('coveragePlans'), 'plans', 90),
    numberColumn<CoverageRow>(c('eligibleOfficers'), 'eligibleOfficers', 110),
    {
      title: c('general'),
      children: [
        numberColumn<CoverageRow>(c('generalRequired'), 'generalRequired', 90),
        {
          title: c('generalDrawn'),
          key: 'generalDrawn',
          width: 80,
          align: 'center',
          render: (_, row) => <Missed isMissed={row.isGeneralShort}>{row.generalDrawn}</Missed>,
        },
        numberColumn<CoverageRow>(c('generalInspected'), 'generalInspected', 80),
        {
          title: c('generalAchievement'),
          key: 'generalAchievement',
          width: 90,
          align: 'center',
          render: (_, row) => (
            <Missed isMissed={row.isGeneralShort}>{percent(row.generalAchievementPercent)}</Missed>
          ),
        },
      ],
    },
    {
      title: c('keyPolluters'),
      children: [
        numberColumn<CoverageRow>(c('keyPollutersListed'), 'keyPollutersListed', 80),
        numberColumn<CoverageRow>(c('keyPollutersDrawn'), 'keyPollutersDrawn', 72),
        numberColumn<CoverageRow>(c('keyPollutersInspected'), 'keyPollutersInspected', 72),
        {
          title: c('keyPolluterCoverage'),
          key: 'keyPolluterCoverage',
          width: 90,
          align: 'center',
          render: (_, row) => (
            <Missed isMissed={row.isKeyPolluterShort}>{percent(row.keyPolluterCoveragePercent)}</Missed>
          ),
        },
      ],
    },
    {
      title: c('specialObjects'),
      children: [
        numberColumn<CoverageRow>(c('specialListed'), 'specialObjects', 64),
        numberColumn<CoverageRow>(c('specialDrawn'), 'specialDrawn', 72),
      ],
    },
  ];
  return (
    <Table<CoverageRow>
      data-testid="coverage-table"
      rowKey={(row) => (row.isTotal ? 'total' : row.agencyId)}
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={[...rows, { ...total, isTotal: true }]}
      rowClassName={(row) => (row.isTotal ? 'qs-report-total' : '')}
    />
  );
}
