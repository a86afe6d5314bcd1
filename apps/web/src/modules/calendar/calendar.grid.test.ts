import type { CalendarYear } from '@qingshan/domain';
import { describe, expect, it } from 'vitest';
import { countDays, monthWeeks } from './calendar.grid';

type DayInfo = CalendarYear['days'][number];

function day(date: string, kind: DayInfo['kind'] = 'workday'): DayInfo {
  return { date, kind, isWorkingDay: kind === 'workday' || kind === 'makeup_workday', isProvisional: false };
}

describe('monthWeeks', () => {
  it('starts weeks on Monday (2026-02-01 is a Sunday)', () => {
    const days = Array.from({ length: 28 }, (_, index) =>
      day(`2026-02-${String(index + 1).padStart(2, '0')}`),
    );
    const weeks = monthWeeks(days, 2);
    expect(weeks[0]!.cells.slice(0, 6).map((cell) => cell.day)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]!.cells[6]!.day!.date).toBe('2026-02-01');
    expect(weeks.every((week) => week.cells.length === 7)).toBe(true);
    expect(weeks.flatMap((week) => week.cells).filter((cell) => cell.day)).toHaveLength(28);
    const keys = weeks.flatMap((week) => week.cells.map((cell) => cell.key));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('countDays', () => {
  it('counts working days, holidays and make-up days', () => {
    expect(
      countDays([
        day('2026-01-01', 'holiday'),
        day('2026-01-04', 'makeup_workday'),
        day('2026-01-05'),
        day('2026-01-10', 'weekend'),
      ]),
    ).toEqual({ workdays: 2, holidays: 1, makeup: 1 });
  });
});
