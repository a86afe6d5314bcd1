import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { canAgencyKindManageCalendar } from '@qingshan/domain';
import { Alert, Button, Card, Col, Row, Select, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { formatDateTime, todayInShanghai } from '../../lib/dates';
import { useSession } from '../auth/session';
import { Legend, MonthGrid } from './CalendarMonth';
import { ConfirmYearCard, OverridePanel } from './CalendarOverrides';
import { useCalendarYear } from './calendar.api';
import { countDays } from './calendar.grid';
import { DeadlineCalculator } from './DeadlineCalculator';

const minYear = 2004;
const maxYear = 2100;

/**
 * /calendar (SYS-4): the working calendar deadlines count with (State Council schedule plus
 * administrators' entries), provisional years flagged, and the deadline calculator.
 */
export default function CalendarPage() {
  const { t } = useTranslation();
  const { me, access } = useSession();
  // The calendar is shared province-wide: only a provincial department's system administrator
  // keeps it (server: modules/calendar/calendar.policy.ts), though every system admin holds 'calendar.manage'.
  const canManage = access.can('calendar.manage') && canAgencyKindManageCalendar(me.user.agency.kind);
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayInShanghai();
  const currentYear = Number(today.slice(0, 4));
  const requested = Number(searchParams.get('year'));
  const year =
    Number.isInteger(requested) && requested >= minYear && requested <= maxYear ? requested : currentYear;
  const calendar = useCalendarYear(year);
  const data = calendar.data;
  const overrideDates = useMemo(() => new Set((data?.overrides ?? []).map((item) => item.date)), [data]);
  const counts = useMemo(() => (data ? countDays(data.days) : null), [data]);
  const [yearOptions] = useState(() =>
    Array.from({ length: 14 }, (_, index) => currentYear - 10 + index).filter(
      (value) => value >= minYear && value <= maxYear,
    ),
  );

  const setYear = (next: number) => setSearchParams(next === currentYear ? {} : { year: String(next) });

  const yearSelector = (
    <Space.Compact>
      <Button
        icon={<LeftOutlined />}
        aria-label={t('calendar.previousYear')}
        disabled={year <= minYear}
        onClick={() => setYear(year - 1)}
      />
      <Select
        value={year}
        aria-label={t('calendar.year')}
        onChange={setYear}
        options={[...new Set([...yearOptions, year])]
          .sort((a, b) => a - b)
          .map((value) => ({ value, label: String(value) }))}
        style={{ width: 100 }}
      />
      <Button
        icon={<RightOutlined />}
        aria-label={t('calendar.nextYear')}
        disabled={year >= maxYear}
        onClick={() => setYear(year + 1)}
      />
    </Space.Compact>
  );

  return (
    <PageContainer title={t('calendar.title')} extra={yearSelector}>
      {calendar.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 12 }} />
        </Card>
      ) : calendar.isError ? (
        <Card>
          <ErrorResult error={calendar.error} onRetry={() => void calendar.refetch()} />
        </Card>
      ) : data ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16} xxl={17}>
            {data.isProvisional ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title={t('calendar.provisionalTitle')}
                description={`${t('calendar.provisional')} ${t('calendar.knownThrough', { year: data.knownThroughYear })}`}
                data-testid="calendar-provisional"
              />
            ) : null}
            {data.confirmation ? (
              <Alert
                type="success"
                showIcon
                style={{ marginBottom: 16 }}
                title={t('calendar.confirmedTitle', { year: data.year })}
                description={t('calendar.confirmed', {
                  notice: data.confirmation.notice,
                  time: formatDateTime(data.confirmation.confirmedAt),
                })}
              />
            ) : null}
            <Card
              title={`${data.year}`}
              extra={
                counts ? (
                  <Typography.Text type="secondary">{t('calendar.summary', counts)}</Typography.Text>
                ) : null
              }
            >
              <div style={{ marginBottom: 12 }}>
                <Legend />
              </div>
              <div className="qs-months">
                {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
                  <MonthGrid
                    key={month}
                    month={month}
                    days={data.days}
                    overrideDates={overrideDates}
                    today={today}
                  />
                ))}
              </div>
            </Card>
          </Col>
          <Col xs={24} xl={8} xxl={7}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <DeadlineCalculator />
              <OverridePanel data={data} canManage={canManage} />
              {canManage && data.isProvisional && !data.confirmation ? <ConfirmYearCard data={data} /> : null}
            </Space>
          </Col>
        </Row>
      ) : null}
    </PageContainer>
  );
}
