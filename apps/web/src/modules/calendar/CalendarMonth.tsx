import type { CalendarYear } from '@qingshan/domain';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../lib/labels';
import { monthWeeks } from './calendar.grid';

export type DayInfo = CalendarYear['days'][number];

export function MonthGrid({
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

export function Legend() {
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
