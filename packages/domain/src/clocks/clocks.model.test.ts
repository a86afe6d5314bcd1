import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadChineseDaysData } from '../calendar/calendar.chinese-days';
import { addDays } from '../calendar/calendar.dates';
import { computeDeadline } from '../calendar/calendar.deadline';
import type { IsoDate } from '../calendar/calendar.types';
import { createWorkingCalendar } from '../calendar/calendar.working-days';
import { getProvinceProfile } from '../profile/profile.provinces';
import { ClockRuleError, evaluateClock, nextExtensionOf } from './clocks.model';

const calendar = createWorkingCalendar(loadChineseDaysData());
const profile = getProvinceProfile('jiangxi');
const { counting, deadlines } = profile;

describe('a statutory clock', () => {
  it('counts the penalty decision period from the day after filing and names its basis (行政处罚法 art. 60)', () => {
    const clock = evaluateClock(
      calendar,
      counting,
      deadlines.penaltyDecision,
      { startedOn: '2026-03-02' },
      '2026-03-10',
    );
    // 90 days after 2 March 2026 is 31 May 2026, a Sunday: rolled forward to Monday 1 June (民法典 art. 203).
    expect(clock.dueDate).toBe('2026-06-01');
    expect(clock.basis).toContain('第六十条');
    expect(clock.status).toBe('running');
    expect(clock.days[0]).toEqual({ date: '2026-03-02', kind: 'event_day' });
    expect(clock.days.filter((day) => day.kind === 'counted')).toHaveLength(90);
    expect(clock.days.find((day) => day.date === '2026-05-31')).toMatchObject({ kind: 'counted', count: 90 });
    expect(clock.days.at(-1)).toEqual({ date: '2026-06-01', kind: 'due' });
    expect(clock.appliedRules.map((rule) => rule.code)).toContain('rolled_forward_from_rest_day');
  });

  it('does not count the days of a pause the rule names, and refuses a reason it does not', () => {
    const paused = evaluateClock(
      calendar,
      counting,
      deadlines.penaltyDecision,
      { startedOn: '2026-03-02', pauses: [{ from: '2026-03-10', to: '2026-03-19', reason: '听证' }] },
      '2026-03-12',
    );
    expect(paused.pausedDays).toBe(10);
    expect(paused.days.filter((day) => day.kind === 'paused').every((day) => day.note === '听证')).toBe(true);
    expect(paused.dueDate).toBe('2026-06-10');
    const open = evaluateClock(
      calendar,
      counting,
      deadlines.penaltyDecision,
      { startedOn: '2026-03-02', pauses: [{ from: '2026-03-10', to: null, reason: '鉴定' }] },
      '2026-03-12',
    );
    expect(open).toMatchObject({ dueDate: null, status: 'paused', daysLeft: null });
    expect(() =>
      evaluateClock(
        calendar,
        counting,
        deadlines.penaltyDecision,
        { startedOn: '2026-03-02', pauses: [{ from: '2026-03-10', to: '2026-03-12', reason: '出差' }] },
        '2026-03-12',
      ),
    ).toThrow(/“出差”不是“作出行政处罚决定”期限的中止事由/);
    expect(() =>
      evaluateClock(
        calendar,
        counting,
        deadlines.evidencePreservation,
        { startedOn: '2026-03-02', pauses: [{ from: '2026-03-03', to: '2026-03-04', reason: '听证' }] },
        '2026-03-03',
      ),
    ).toThrow(ClockRuleError);
  });

  it('grants extensions in the order the rule lists them and never beyond its longest total', () => {
    const rule = deadlines.penaltyDecision;
    const first = { step: 0, approvedOn: '2026-05-20', approvedBy: '局长 张明' };
    const second = { step: 1, approvedOn: '2026-06-25', approvedBy: '局务会' };
    const once = evaluateClock(
      calendar,
      counting,
      rule,
      { startedOn: '2026-03-02', extensions: [first] },
      '2026-05-21',
    );
    expect(once.totalAmount).toBe(120);
    expect(once.baseDueDate).toBe('2026-06-01');
    expect(once.dueDate).toBe('2026-06-30');
    expect(nextExtensionOf(rule, { startedOn: '2026-03-02', extensions: [first] })?.approval).toBe(
      '本机关负责人集体讨论决定',
    );
    const twice = evaluateClock(
      calendar,
      counting,
      rule,
      { startedOn: '2026-03-02', extensions: [first, second] },
      '2026-06-26',
    );
    expect(twice.totalAmount).toBe(150);
    expect(nextExtensionOf(rule, { startedOn: '2026-03-02', extensions: [first, second] })).toBeNull();
    expect(() =>
      evaluateClock(
        calendar,
        counting,
        rule,
        { startedOn: '2026-03-02', extensions: [second] },
        '2026-06-26',
      ),
    ).toThrow(/最多延长 2 次/);
    expect(() =>
      evaluateClock(
        calendar,
        counting,
        deadlines.evidencePreservation,
        { startedOn: '2026-03-02', extensions: [first] },
        '2026-03-03',
      ),
    ).toThrow(/不得延长/);
  });

  it('counts working days over a holiday and explains the rest days it skipped (行政处罚法 art. 85)', () => {
    // 7 working days from Wednesday 30 September 2026, over the National Day week.
    const clock = evaluateClock(
      calendar,
      counting,
      deadlines.evidencePreservation,
      { startedOn: '2026-09-30' },
      '2026-10-02',
    );
    expect(clock.dueDate).toBe(
      computeDeadline(calendar, { start: '2026-09-30', amount: 7, unit: 'working_day', counting }).dueDate,
    );
    const skipped = clock.days.filter((day) => day.kind === 'rest_day_not_counted');
    expect(skipped.length).toBeGreaterThanOrEqual(7);
    expect(skipped.some((day) => day.note === '国庆节')).toBe(true);
    expect(clock.daysLeft).toBeGreaterThan(0);
  });

  it('runs a months period to the same day of the month and an hours period to the hour', () => {
    const months = evaluateClock(
      calendar,
      counting,
      deadlines.productionRestriction,
      { startedOn: '2026-01-31' },
      '2026-02-01',
    );
    expect(months.dueDate).toBe('2026-04-30');
    const startedAt = new Date('2026-03-05T22:30:00+08:00');
    const hours = evaluateClock(
      calendar,
      counting,
      deadlines.emergencySeizureApproval,
      { startedOn: '2026-03-05', startedAt },
      '2026-03-06',
      new Date('2026-03-06T23:00:00+08:00'),
    );
    expect(hours.dueAt?.toISOString()).toBe('2026-03-06T14:30:00.000Z');
    expect(hours.dueDate).toBe('2026-03-06');
    expect(hours.status).toBe('overdue');
  });

  it('is overdue the day after its due date and met once the obligation is done', () => {
    const rule = deadlines.evidencePreservation;
    const due = evaluateClock(calendar, counting, rule, { startedOn: '2026-03-02' }, '2026-03-02').dueDate!;
    expect(evaluateClock(calendar, counting, rule, { startedOn: '2026-03-02' }, due).status).toBe(
      'due_today',
    );
    const late = evaluateClock(calendar, counting, rule, { startedOn: '2026-03-02' }, addDays(due, 1));
    expect(late.status).toBe('overdue');
    expect(late.daysLeft).toBeLessThan(0);
    expect(
      evaluateClock(calendar, counting, rule, { startedOn: '2026-03-02', metOn: due }, addDays(due, 9))
        .status,
    ).toBe('met');
    expect(
      evaluateClock(
        calendar,
        counting,
        rule,
        { startedOn: '2026-03-02', metOn: addDays(due, 1) },
        addDays(due, 9),
      ).status,
    ).toBe('met_late');
  });

  it('agrees with the calendar and counts exactly its amount of days, for any start and pause', () => {
    const rule = deadlines.penaltyDecision;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 20 }),
        (offset, pauseAfter, pauseLength) => {
          const startedOn = addDays('2025-01-01', offset) as IsoDate;
          const pauses =
            pauseLength === 0
              ? []
              : [
                  {
                    from: addDays(startedOn, pauseAfter),
                    to: addDays(startedOn, pauseAfter + pauseLength - 1),
                    reason: '公告',
                  },
                ];
          const clock = evaluateClock(calendar, counting, rule, { startedOn, pauses }, startedOn);
          const expected = computeDeadline(calendar, {
            start: startedOn,
            amount: 90,
            unit: 'calendar_day',
            pauses,
            counting,
          });
          expect(clock.dueDate).toBe(expected.dueDate);
          // Every day of the period is counted once, then any rolled-forward days up to the due date.
          expect(clock.days.filter((day) => day.count !== undefined).map((day) => day.count)).toEqual(
            Array.from({ length: 90 }, (_, index) => index + 1),
          );
          expect(clock.days.filter((day) => day.kind === 'paused')).toHaveLength(pauseLength);
        },
      ),
      { numRuns: 200 },
    );
  });
});
