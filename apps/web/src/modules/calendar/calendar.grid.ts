import type { CalendarYear } from '@qingshan/domain';

type DayInfo = CalendarYear['days'][number];

export interface MonthCell {
  key: string;
  day: DayInfo | null;
}

export interface MonthWeek {
  key: string;
  cells: MonthCell[];
}

/** One month as weeks of seven cells, Monday first; blanks (day null) pad the first and last week. */
export function monthWeeks(days: readonly DayInfo[], month: number): MonthWeek[] {
  const monthDays = days.filter((day) => Number(day.date.slice(5, 7)) === month);
  if (monthDays.length === 0) return [];
  const first = monthDays[0]!.date;
  // Date.UTC keeps the weekday independent of the device's time zone.
  const [year, monthNumber, dayNumber] = first.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, monthNumber - 1, dayNumber)).getUTCDay();
  const leading = (weekday + 6) % 7;
  const cells: MonthCell[] = [
    ...Array.from({ length: leading }, (_, position) => ({ key: `${first}-before-${position}`, day: null })),
    ...monthDays.map((day) => ({ key: day.date, day })),
  ];
  for (let position = 0; cells.length % 7 !== 0; position++)
    cells.push({ key: `${first}-after-${position}`, day: null });
  const weeks: MonthWeek[] = [];
  for (let index = 0; index < cells.length; index += 7) {
    weeks.push({ key: `${first}-week-${index / 7}`, cells: cells.slice(index, index + 7) });
  }
  return weeks;
}

export function countDays(days: readonly DayInfo[]) {
  return {
    workdays: days.filter((day) => day.isWorkingDay).length,
    holidays: days.filter((day) => day.kind === 'holiday').length,
    makeup: days.filter((day) => day.kind === 'makeup_workday').length,
  };
}
