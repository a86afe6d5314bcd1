import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, yearOf } from './calendar.dates';
import {
  computeDeadline,
  createWorkingCalendar,
  type DeadlineInput,
  type DeadlinePause,
  type IsoDate,
  loadChineseDaysData,
} from './index';

const calendar = createWorkingCalendar(loadChineseDaysData());

const firstStart = '2004-01-01';
// 2004-01-01 .. 2030-12-31, the years the package covers and a few provisional ones after.
const daysInRange = 9862;

const startArbitrary = fc
  .integer({ min: 0, max: daysInRange - 1 })
  .map((offset) => addDays(firstStart, offset));

/** Non-overlapping pauses placed around the start, the last one possibly still open. */
function pausesArbitrary(start: IsoDate): fc.Arbitrary<DeadlinePause[]> {
  return fc
    .record({
      firstOffset: fc.integer({ min: -40, max: 40 }),
      segments: fc.array(
        fc.record({ gap: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 40 }) }),
        { maxLength: 4 },
      ),
      isLastOpen: fc.boolean(),
    })
    .map(({ firstOffset, segments, isLastOpen }) => {
      let cursor = firstOffset;
      const pauses: DeadlinePause[] = segments.map(({ gap, length }) => {
        const from = cursor + gap;
        const to = from + length - 1;
        cursor = to + 1;
        return { from: addDays(start, from), to: addDays(start, to) };
      });
      const last = pauses.at(-1);
      if (isLastOpen && last) last.to = null;
      return pauses;
    });
}

const inputArbitrary: fc.Arbitrary<DeadlineInput & { pauses: DeadlinePause[] }> = startArbitrary.chain(
  (start) =>
    fc.record({
      start: fc.constant(start),
      amount: fc.integer({ min: 0, max: 200 }),
      unit: fc.constantFrom('calendar_day' as const, 'working_day' as const),
      pauses: pausesArbitrary(start),
      counting: fc.record({ rollForwardFromHoliday: fc.boolean() }),
    }),
);

function isInPause(pauses: DeadlinePause[], date: IsoDate): boolean {
  return pauses.some((pause) => pause.from <= date && (pause.to === null || date <= pause.to));
}

/** Every day in (from, to]. */
function daysAfterThrough(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) days.push(date);
  return days;
}

describe('computeDeadline properties', () => {
  it('(a) gives the same result for the same input', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const freshCalendar = createWorkingCalendar(loadChineseDaysData());
        expect(computeDeadline(freshCalendar, structuredClone(input))).toEqual(
          computeDeadline(calendar, input),
        );
      }),
    );
  });

  it('(b) ends on or after the start, strictly after it for a positive amount', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = computeDeadline(calendar, input);
        if (result.isPaused) {
          expect(result.dueDate).toBeNull();
          expect(result.remaining).toBeGreaterThanOrEqual(1);
          expect(result.remaining).toBeLessThanOrEqual(input.amount);
          expect(input.pauses.some((pause) => pause.to === null)).toBe(true);
          return;
        }
        expect(result.dueDate).not.toBeNull();
        expect(result.dueDate! >= input.start).toBe(true);
        if (input.amount > 0) expect(result.dueDate! > input.start).toBe(true);
        else expect(result.dueDate).toBe(input.start);
      }),
    );
  });

  it('(c) never ends earlier for a longer period, and strictly later in working days', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const shorter = computeDeadline(calendar, input);
        const longer = computeDeadline(calendar, { ...input, amount: input.amount + 1 });
        if (shorter.isPaused) {
          expect(longer.isPaused).toBe(true);
          expect(longer.remaining).toBe(shorter.remaining! + 1);
          return;
        }
        if (longer.isPaused) return;
        expect(longer.dueDate! >= shorter.dueDate!).toBe(true);
        if (input.unit === 'working_day') expect(longer.dueDate! > shorter.dueDate!).toBe(true);
      }),
    );
  });

  it('(d) never ends earlier because of a pause', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.nat(), (input, keptSeed) => {
        const kept = input.pauses.slice(0, keptSeed % (input.pauses.length + 1));
        const withFewerPauses = computeDeadline(calendar, { ...input, pauses: kept });
        const withAllPauses = computeDeadline(calendar, input);
        if (withFewerPauses.isPaused) {
          expect(withAllPauses.isPaused).toBe(true);
          return;
        }
        if (withAllPauses.isPaused) return;
        expect(withAllPauses.dueDate! >= withFewerPauses.dueDate!).toBe(true);
        expect(withAllPauses.pausedDays).toBeGreaterThanOrEqual(withFewerPauses.pausedDays);
      }),
    );
  });

  it('(e) counts exactly `amount` unpaused working days and ends on a working day', () => {
    fc.assert(
      fc.property(inputArbitrary, (generated) => {
        const input = { ...generated, unit: 'working_day' as const };
        const result = computeDeadline(calendar, input);
        if (result.isPaused || input.amount === 0) return;
        const dueDate = result.dueDate!;
        expect(calendar.isWorkingDay(dueDate)).toBe(true);
        expect(isInPause(input.pauses, dueDate)).toBe(false);
        const scanned = daysAfterThrough(input.start, dueDate);
        const counted = scanned.filter(
          (date) => calendar.isWorkingDay(date) && !isInPause(input.pauses, date),
        );
        expect(counted).toHaveLength(input.amount);
        expect(result.pausedDays).toBe(scanned.filter((date) => isInPause(input.pauses, date)).length);
      }),
    );
  });

  it('(f) adds exactly `amount` days for calendar days without pauses', () => {
    fc.assert(
      fc.property(startArbitrary, fc.integer({ min: 0, max: 200 }), (start, amount) => {
        const result = computeDeadline(calendar, {
          start,
          amount,
          unit: 'calendar_day',
          counting: { rollForwardFromHoliday: false },
        });
        expect(result.dueDate).toBe(addDays(start, amount));
      }),
    );
  });

  it('(f′) adds `amount` plus the paused days for calendar days with closed pauses', () => {
    fc.assert(
      fc.property(inputArbitrary, (generated) => {
        const input = {
          ...generated,
          unit: 'calendar_day' as const,
          counting: { rollForwardFromHoliday: false },
        };
        const result = computeDeadline(calendar, input);
        if (result.isPaused) return;
        expect(result.dueDate).toBe(addDays(input.start, input.amount + result.pausedDays));
      }),
    );
  });

  it('(g) is provisional exactly when a day up to the due date lies beyond the known years', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = computeDeadline(calendar, input);
        if (result.isPaused) return;
        const reachesUnknownYear = daysAfterThrough(input.start, result.dueDate!).some(
          (date) => yearOf(date) > calendar.knownThroughYear,
        );
        expect(result.isProvisional).toBe(reachesUnknownYear);
      }),
    );
  });

  it('ends a rolled-forward calendar-day period on a working day', () => {
    fc.assert(
      fc.property(inputArbitrary, (generated) => {
        const input = {
          ...generated,
          unit: 'calendar_day' as const,
          counting: { rollForwardFromHoliday: true },
        };
        const result = computeDeadline(calendar, input);
        if (result.isPaused || input.amount === 0) return;
        expect(calendar.isWorkingDay(result.dueDate!)).toBe(true);
      }),
    );
  });
});
