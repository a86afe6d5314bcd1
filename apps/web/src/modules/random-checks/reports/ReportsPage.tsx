import { DownloadOutlined } from '@ant-design/icons';
import { getProvinceProfile, isProvinceProfileId, type RandomCheckSummary } from '@qingshan/domain';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Space,
  Spin,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { downloadFile } from '../../../api/client';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageContainer } from '../../../components/PageContainer';
import { dayjs, todayInShanghai } from '../../../lib/dates';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { AgencyTreeSelect } from '../../agencies/AgencyTreeSelect';
import { useSession } from '../../auth/session';
import { useCoverageReport, useMonthlyReport, useYearlyReport } from './reports.api';
import {
  parseReportFilters,
  type ReportFilters,
  type ReportTab,
  reportTabs,
  serializeReportFilters,
} from './reports.query';
import { SubmissionPanel } from './SubmissionPanel';
import { CoverageTable, SummaryTable } from './SummaryTables';
import './reports.css';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

function chineseDate(date: string, isEnglish: boolean): string {
  if (isEnglish) return date;
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** The title block of a table as the form prints it: who reports, which period, by when. */
function ReportHeader({ report }: { report: RandomCheckSummary }) {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.language === 'en-US';
  const today = todayInShanghai();
  const isPastDue = today > report.dueOn;
  return (
    <div className="qs-report-heading">
      <Typography.Title
        level={4}
        style={{ textAlign: 'center', margin: '0 0 8px' }}
        data-testid="report-title"
      >
        {report.kind === 'monthly' ? `《${report.title}》` : report.title}
      </Typography.Title>
      <Space wrap size={[24, 4]} style={{ justifyContent: 'center', width: '100%' }}>
        <span>{t('randomChecks.reports.header.agency', { name: report.agency.name })}</span>
        <span>
          {t('randomChecks.reports.header.period', {
            start: chineseDate(report.periodStart, isEnglish),
            end: chineseDate(report.periodEnd, isEnglish),
          })}
        </span>
        <span>
          {t(isPastDue ? 'randomChecks.reports.header.dueOverdue' : 'randomChecks.reports.header.due', {
            date: chineseDate(report.dueOn, isEnglish),
          })}
        </span>
        <span>{t('randomChecks.reports.header.asOf', { date: chineseDate(report.asOf, isEnglish) })}</span>
        <Tag color="green">
          {t('randomChecks.reports.header.target', { percent: report.disclosureTargetPercent })}
        </Tag>
      </Space>
    </div>
  );
}

function Notes({ text, basis }: { text: string; basis: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
      {text}
      <br />
      {t('randomChecks.reports.notes.basis', { basis })}
    </Typography.Paragraph>
  );
}

function TrendChart({ report }: { report: RandomCheckSummary }) {
  const { t } = useTranslation();
  const option = {
    // A table's figures, not a show: no animation (and screenshots show the whole line).
    animation: false,
    grid: { left: 48, right: 48, top: 36, bottom: 28 },
    legend: {
      top: 0,
      data: [
        t('randomChecks.reports.trendInspected'),
        t('randomChecks.reports.trendPublished'),
        t('randomChecks.reports.trendRate'),
      ],
    },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: report.months.map((month) => `${Number(month.month.slice(5))}`) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      {
        name: t('randomChecks.reports.trendInspected'),
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: '#0b7a55' },
        data: report.months.map((month) => month.inspected),
      },
      {
        name: t('randomChecks.reports.trendPublished'),
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: '#95d5b2' },
        data: report.months.map((month) => month.published),
      },
      {
        name: t('randomChecks.reports.trendRate'),
        type: 'line',
        yAxisIndex: 1,
        itemStyle: { color: '#d4380d' },
        data: report.months.map((month) => month.disclosureRatePercent),
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 260 }} notMerge />;
}

/**
 * /random-checks/reports (DR-7): the monthly table 《环境执法“双随机、一公开”情况汇总表》 for any
 * month and agency of the jurisdiction (rolled up over the units below it), the yearly summary and
 * coverage against the ratios, each as on the form and as an Excel download, and its 上报.
 */
export default function ReportsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const { me } = useSession();
  const [search, setSearch] = useSearchParams();
  const today = todayInShanghai();
  const filters = parseReportFilters(search, today);
  const [isExporting, setExporting] = useState(false);
  const monthly = useMonthlyReport(
    { month: filters.month, agencyId: filters.agencyId },
    filters.tab === 'monthly',
  );
  const yearly = useYearlyReport(
    { year: filters.year, agencyId: filters.agencyId },
    filters.tab === 'yearly',
  );
  const coverage = useCoverageReport(
    { year: filters.year, agencyId: filters.agencyId },
    filters.tab === 'coverage',
  );
  const rules = (
    isProvinceProfileId(me.profile.id) ? getProvinceProfile(me.profile.id) : getProvinceProfile()
  ).randomInspection;

  const update = (changes: Partial<ReportFilters>) => {
    setSearch(serializeReportFilters({ ...filters, ...changes }, today), { replace: true });
  };

  const exportExcel = async () => {
    setExporting(true);
    const hide = message.loading(t('common.messages.exporting'), 0);
    try {
      const path = `/api/random-checks/reports/${filters.tab}/export.xlsx`;
      const query =
        filters.tab === 'monthly'
          ? { month: filters.month, agencyId: filters.agencyId }
          : { year: filters.year, agencyId: filters.agencyId };
      const name = await downloadFile(path, query);
      void message.success(t('common.messages.exported', { name }));
    } catch (error) {
      onError(error);
    } finally {
      hide();
      setExporting(false);
    }
  };

  // 上报 is of the own table: shown when no other agency of the jurisdiction is chosen.
  const isOwnTable = filters.agencyId === undefined;
  const current = filters.tab === 'monthly' ? monthly : filters.tab === 'yearly' ? yearly : coverage;
  const isEnglish = i18n.language === 'en-US';
  const yearlyDue = isEnglish
    ? `${rules.yearlySummaryDue.month}-${rules.yearlySummaryDue.day}`
    : `${rules.yearlySummaryDue.month}月${rules.yearlySummaryDue.day}日`;

  let content: React.ReactNode = null;
  if (current.isError) {
    content = <ErrorResult error={current.error} onRetry={() => void current.refetch()} />;
  } else if (current.isPending) {
    content = (
      <div style={{ textAlign: 'center', padding: 48 }}>
        <Spin />
      </div>
    );
  } else if (filters.tab === 'monthly' && monthly.data) {
    content = (
      <>
        <ReportHeader report={monthly.data} />
        <SummaryTable
          rows={monthly.data.rows}
          total={monthly.data.total}
          firstColumn="agency"
          testId="monthly-table"
        />
        <Notes text={t('randomChecks.reports.notes.monthly')} basis={monthly.data.basis} />
        {isOwnTable ? <SubmissionPanel period={{ kind: 'monthly', period: filters.month }} /> : null}
      </>
    );
  } else if (filters.tab === 'yearly' && yearly.data) {
    content = (
      <>
        <ReportHeader report={yearly.data} />
        <Typography.Title level={5}>{t('randomChecks.reports.byAgency')}</Typography.Title>
        <SummaryTable
          rows={yearly.data.rows}
          total={yearly.data.total}
          firstColumn="agency"
          testId="yearly-table"
        />
        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {t('randomChecks.reports.byMonth')}
        </Typography.Title>
        {yearly.data.months.length > 0 ? <TrendChart report={yearly.data} /> : <Empty />}
        <SummaryTable rows={yearly.data.months} total={yearly.data.total} firstColumn="month" />
        <Notes text={t('randomChecks.reports.notes.monthly')} basis={yearly.data.basis} />
        {isOwnTable ? <SubmissionPanel period={{ kind: 'yearly', period: String(filters.year) }} /> : null}
      </>
    );
  } else if (filters.tab === 'coverage' && coverage.data) {
    const { ratios } = coverage.data;
    content = (
      <>
        <Typography.Title level={4} style={{ textAlign: 'center', margin: '0 0 8px' }}>
          {coverage.data.title}
        </Typography.Title>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          style={{ marginBottom: 12 }}
          items={[
            {
              key: 'agency',
              label: t('randomChecks.reports.filters.agency'),
              children: coverage.data.agency.name,
            },
            { key: 'asOf', label: t('randomChecks.reports.header.asOfLabel'), children: coverage.data.asOf },
          ]}
        />
        <CoverageTable rows={coverage.data.rows} total={coverage.data.total} />
        <Notes
          text={t('randomChecks.reports.notes.coverage', {
            city: `${ratios.city.officers}:${ratios.city.entities}`,
            county: `${ratios.county.officers}:${ratios.county.entities}`,
            percent: ratios.keyPolluterCountyPercent,
          })}
          basis={ratios.basis}
        />
      </>
    );
  }

  return (
    <PageContainer
      title={t('randomChecks.reports.title')}
      subTitle={t('randomChecks.reports.subtitle', { day: rules.monthlySummaryDueDay.day, yearlyDue })}
      extra={
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          loading={isExporting}
          onClick={() => void exportExcel()}
          data-testid="report-export"
        >
          {t('common.actions.export')}
        </Button>
      }
    >
      <Card>
        <Tabs
          activeKey={filters.tab}
          onChange={(tab) => update({ tab: tab as ReportTab })}
          items={reportTabs.map((tab) => ({ key: tab, label: t(`randomChecks.reports.tabs.${tab}`) }))}
        />
        <Space wrap size={[12, 12]} style={{ marginBottom: 16 }}>
          {filters.tab === 'monthly' ? (
            <DatePicker
              picker="month"
              allowClear={false}
              value={dayjs(`${filters.month}-01`)}
              onChange={(value) => value && update({ month: value.format('YYYY-MM') })}
              disabledDate={(date) => date.format('YYYY-MM') > today.slice(0, 7)}
              aria-label={t('randomChecks.reports.filters.month')}
              data-testid="report-month"
            />
          ) : (
            <DatePicker
              picker="year"
              allowClear={false}
              value={dayjs(`${filters.year}-01-01`)}
              onChange={(value) => value && update({ year: value.year() })}
              disabledDate={(date) => date.year() > Number(today.slice(0, 4))}
              aria-label={t('randomChecks.reports.filters.year')}
            />
          )}
          <AgencyTreeSelect
            value={filters.agencyId}
            onChange={(agencyId) => update({ agencyId })}
            allowClear
            placeholder={t('randomChecks.reports.filters.agencyPlaceholder')}
            aria-label={t('randomChecks.reports.filters.agency')}
            style={{ width: 300 }}
          />
        </Space>
        {filters.tab === 'monthly' && monthly.data && today <= monthly.data.dueOn ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('randomChecks.reports.reminder.monthly', {
              date: monthly.data.dueOn,
              title: `${monthly.data.periodLabel}《${monthly.data.title}》`,
            })}
          />
        ) : null}
        {content}
      </Card>
    </PageContainer>
  );
}
