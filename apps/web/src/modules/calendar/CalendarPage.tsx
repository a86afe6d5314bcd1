import { DeleteOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { type CalendarYear, canAgencyKindManageCalendar, type DeadlineCalculation } from '@qingshan/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { PageContainer } from '../../components/PageContainer';
import { dayjs, formatDateTime, todayInShanghai } from '../../lib/dates';
import { useLabels } from '../../lib/labels';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { useSession } from '../auth/session';
import {
  useCalendarYear,
  useConfirmYear,
  useDeadline,
  useRemoveOverride,
  useSetOverride,
} from './calendar.api';
import { countDays, monthWeeks } from './calendar.grid';

type DayInfo = CalendarYear['days'][number];
const minYear = 2004;
const maxYear = 2100;

function MonthGrid({
  month,
  days,
  overrideDates,
  today,
}: {
  month: number;
  days: DayInfo[];
  overrideDates: Set<string>;
  today: string;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const weekdays = t('calendar.weekdays', { returnObjects: true }) as string[];
  const weeks = monthWeeks(days, month);
  return (
    <section className="qs-month" aria-label={t('calendar.month', { month })}>
      <div className="qs-month-title">{t('calendar.month', { month })}</div>
      <table className="qs-month-grid">
        <thead>
          <tr>
            {weekdays.map((weekday) => (
              <th key={weekday} scope="col">
                {weekday}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.key}>
              {week.cells.map(({ key, day }) => {
                if (!day) return <td key={key} />;
                const classes = ['qs-day'];
                if (day.kind !== 'workday') classes.push(`qs-day-${day.kind}`);
                if (overrideDates.has(day.date)) classes.push('qs-day-override');
                if (day.date === today) classes.push('qs-day-today');
                const description = `${day.date} ${labels.dayKindName(day.kind)}${day.name ? `（${day.name}）` : ''}`;
                return (
                  <td key={key} className={classes.join(' ')} title={description} aria-label={description}>
                    {Number(day.date.slice(8, 10))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Legend() {
  const { t } = useTranslation();
  const items = [
    { key: 'holiday', color: '#ff4d4f', label: t('calendar.legend.holiday') },
    { key: 'makeup', color: '#fa8c16', label: t('calendar.legend.makeupWorkday') },
    { key: 'weekend', color: '#f0f0f0', label: t('calendar.legend.weekend') },
    { key: 'workday', color: '#ffffff', label: t('calendar.legend.workday') },
  ];
  return (
    <div className="qs-legend">
      {items.map((item) => (
        <span key={item.key}>
          <span
            className="qs-legend-swatch"
            style={{ background: item.color, border: '1px solid #d9d9d9' }}
          />
          {item.label}
        </span>
      ))}
      <span>
        <span className="qs-legend-swatch" style={{ position: 'relative', border: '1px solid #d9d9d9' }}>
          <span
            style={{
              position: 'absolute',
              top: 2,
              right: 2,
              width: 5,
              height: 5,
              borderRadius: '50%',
              background: '#1668dc',
            }}
          />
        </span>
        {t('calendar.legend.override')}
      </span>
    </div>
  );
}

interface DeadlineForm {
  start: Dayjs;
  amount: number;
  unit: 'calendar_day' | 'working_day';
}

/** Why the due date is what it is: each rule the server applied, with its legal basis. */
function AppliedRules({ rules }: { rules: DeadlineCalculation['appliedRules'] }) {
  const { t } = useTranslation();
  if (rules.length === 0) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">{t('calendar.deadline.rulesTitle')}</Typography.Text>
      <ul data-testid="deadline-rules" style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {rules.map((rule) => (
          <li key={rule.code} data-rule={rule.code}>
            {t(`calendar.deadline.rules.${rule.code}`, { restDay: rule.restDay })}
            <Typography.Text type="secondary">（{rule.basis}）</Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** GET /api/calendar/deadline: the same counting the platform's deadlines use. */
function DeadlineCalculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<DeadlineForm>();
  const deadline = useDeadline();
  const showError = useApiErrorHandler();
  const result = deadline.data;

  const submit = async (values: DeadlineForm) => {
    try {
      await deadline.mutateAsync({
        start: values.start.format('YYYY-MM-DD'),
        amount: values.amount,
        unit: values.unit,
      });
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Card title={t('calendar.deadline.title')}>
      <Form<DeadlineForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ start: dayjs(todayInShanghai()), amount: 15, unit: 'calendar_day' }}
      >
        <Form.Item
          name="start"
          label={t('calendar.deadline.start')}
          rules={[{ required: true, message: t('calendar.deadline.startRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item
              name="amount"
              label={t('calendar.deadline.amount')}
              rules={[{ required: true, message: t('calendar.deadline.amountRequired') }]}
            >
              <InputNumber min={0} max={3660} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="unit" label={t('calendar.deadline.unit')}>
              <Radio.Group optionType="button">
                <Radio.Button value="calendar_day">{t('calendar.deadline.calendarDay')}</Radio.Button>
                <Radio.Button value="working_day">{t('calendar.deadline.workingDay')}</Radio.Button>
              </Radio.Group>
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={deadline.isPending} block>
          {t('calendar.deadline.compute')}
        </Button>
      </Form>
      {result ? (
        <div style={{ marginTop: 16 }} data-testid="deadline-result" aria-live="polite">
          <Typography.Text type="secondary">{t('calendar.deadline.dueDate')}</Typography.Text>
          <div>
            <Typography.Title level={3} style={{ margin: '4px 0' }}>
              {result.dueDate
                ? `${result.dueDate}（${dayjs(result.dueDate).format('dddd')}）`
                : t('calendar.deadline.openEnded')}
            </Typography.Title>
          </div>
          {result.isProvisional ? (
            <Alert type="warning" showIcon title={t('calendar.deadline.provisional')} />
          ) : (
            <Tag color="green">{t('calendar.deadline.final')}</Tag>
          )}
          <AppliedRules rules={result.appliedRules} />
        </div>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
        {t('calendar.deadline.note')}
      </Typography.Paragraph>
    </Card>
  );
}

interface OverrideForm {
  date: Dayjs;
  kind: 'holiday' | 'workday';
  name: string;
}

function OverridePanel({ data, canManage }: { data: CalendarYear; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OverrideForm>();
  const setOverride = useSetOverride();
  const removeOverride = useRemoveOverride();
  const showError = useApiErrorHandler();

  const add = async (values: OverrideForm) => {
    const date = values.date.format('YYYY-MM-DD');
    try {
      await setOverride.mutateAsync({ date, kind: values.kind, name: values.name.trim() });
      void message.success(t('calendar.overrides.added', { date }));
      form.resetFields(['date', 'name']);
    } catch (error) {
      showError(error, form);
    }
  };

  const remove = async (date: string) => {
    try {
      await removeOverride.mutateAsync(date);
      void message.success(t('calendar.overrides.deleted', { date }));
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Card title={t('calendar.overrides.title')}>
      <Table
        rowKey="date"
        size="small"
        dataSource={data.overrides}
        pagination={data.overrides.length > 8 ? { pageSize: 8, showSizeChanger: false } : false}
        locale={{ emptyText: t('calendar.overrides.empty') }}
        columns={[
          { title: t('calendar.overrides.date'), dataIndex: 'date', width: 110 },
          {
            title: t('calendar.overrides.kind'),
            dataIndex: 'kind',
            width: 100,
            render: (kind: 'holiday' | 'workday') =>
              kind === 'holiday' ? (
                <Tag color="red">{t('calendar.overrides.holiday')}</Tag>
              ) : (
                <Tag color="orange">{t('calendar.overrides.workday')}</Tag>
              ),
          },
          { title: t('calendar.overrides.name'), dataIndex: 'name' },
          ...(canManage
            ? [
                {
                  title: t('common.table.actions'),
                  key: 'actions',
                  width: 70,
                  render: (_value: unknown, row: CalendarYear['overrides'][number]) => (
                    <Popconfirm
                      title={t('calendar.overrides.deleteConfirm', { date: row.date })}
                      onConfirm={() => remove(row.date)}
                    >
                      <Button
                        type="text"
                        danger
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={`${t('common.actions.delete')} ${row.date}`}
                      />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canManage ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('calendar.overrides.addTitle')}
          </Typography.Title>
          <Form<OverrideForm>
            form={form}
            layout="vertical"
            onFinish={add}
            initialValues={{ kind: 'holiday' }}
          >
            <Form.Item
              name="date"
              label={t('calendar.overrides.date')}
              rules={[{ required: true, message: t('calendar.overrides.dateRequired') }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                defaultPickerValue={dayjs(`${data.year}-01-01`)}
                disabledDate={(date) => date.year() !== data.year}
              />
            </Form.Item>
            <Form.Item name="kind" label={t('calendar.overrides.kind')}>
              <Radio.Group optionType="button">
                <Radio.Button value="holiday">{t('calendar.overrides.holiday')}</Radio.Button>
                <Radio.Button value="workday">{t('calendar.overrides.workday')}</Radio.Button>
              </Radio.Group>
            </Form.Item>
            <Form.Item
              name="name"
              label={t('calendar.overrides.name')}
              rules={[{ required: true, whitespace: true, message: t('calendar.overrides.nameRequired') }]}
            >
              <Input maxLength={30} placeholder={t('calendar.overrides.namePlaceholder')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={setOverride.isPending}>
              {t('calendar.overrides.add')}
            </Button>
          </Form>
        </>
      ) : null}
    </Card>
  );
}

function ConfirmYearCard({ data }: { data: CalendarYear }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ notice: string }>();
  const confirmYear = useConfirmYear();
  const showError = useApiErrorHandler();

  const submit = async ({ notice }: { notice: string }) => {
    try {
      await confirmYear.mutateAsync({ year: data.year, notice: notice.trim() });
      void message.success(t('calendar.confirm.success', { year: data.year }));
    } catch (error) {
      showError(error, form);
    }
  };

  return (
    <Card title={t('calendar.confirm.title')}>
      <Typography.Paragraph type="secondary">{t('calendar.confirm.help')}</Typography.Paragraph>
      <Form<{ notice: string }> form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="notice"
          label={t('calendar.confirm.notice')}
          rules={[{ required: true, whitespace: true, message: t('calendar.confirm.noticeRequired') }]}
        >
          <Input maxLength={60} placeholder={t('calendar.confirm.noticePlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={confirmYear.isPending}>
          {t('calendar.confirm.button', { year: data.year })}
        </Button>
      </Form>
    </Card>
  );
}

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
