import { describe, expect, it } from 'vitest';
import { isWithinMonthsOf, lastDayOfMonthsPeriod } from './calendar.periods';

describe('periods in months (民法典 arts. 201–202)', () => {
  it.each([
    ['2025-03-10', 12, '2026-03-10'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-02-28', 1, '2026-03-28'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-05-15', 0, '2026-05-15'],
  ])('ends %s + %i months on %s', (event, months, lastDay) => {
    expect(lastDayOfMonthsPeriod(event, months)).toBe(lastDay);
  });

  it('includes the last day and the day of the event, and nothing after or before', () => {
    expect(isWithinMonthsOf('2025-11-10', 12, '2026-11-10')).toBe(true);
    expect(isWithinMonthsOf('2025-11-10', 12, '2026-11-11')).toBe(false);
    expect(isWithinMonthsOf('2025-11-10', 12, '2025-11-10')).toBe(true);
    expect(isWithinMonthsOf('2025-11-10', 12, '2025-11-09')).toBe(false);
  });

  it('ends a period from 29 February on 28 February of a common year', () => {
    expect(isWithinMonthsOf('2024-02-29', 12, '2025-02-28')).toBe(true);
    expect(isWithinMonthsOf('2024-02-29', 12, '2025-03-01')).toBe(false);
  });

  it('counts from the day of the event, not back from the later day', () => {
    // One month from 02-28 ends on 03-28: 03-31 is outside, although 03-31 minus a month is 02-28.
    expect(isWithinMonthsOf('2026-02-28', 1, '2026-03-28')).toBe(true);
    expect(isWithinMonthsOf('2026-02-28', 1, '2026-03-31')).toBe(false);
    // From the 31st: the short month's last day ends it.
    expect(isWithinMonthsOf('2026-01-31', 1, '2026-02-28')).toBe(true);
    expect(isWithinMonthsOf('2026-01-31', 1, '2026-03-01')).toBe(false);
  });

  it('rejects a bad date or number of months', () => {
    expect(() => lastDayOfMonthsPeriod('2026-02-30', 12)).toThrow(RangeError);
    expect(() => lastDayOfMonthsPeriod('2026-02-01', -1)).toThrow(RangeError);
    expect(() => lastDayOfMonthsPeriod('2026-02-01', 1.5)).toThrow(RangeError);
    expect(() => isWithinMonthsOf('2026-02-01', 12, 'today')).toThrow(RangeError);
  });
});
