import { describe, expect, it } from 'vitest';
import {
  computeDeadline,
  createWorkingCalendar,
  daysRemaining,
  isIsoDate,
  loadChineseDaysData,
  type WorkingCalendar,
} from './index';

const calendar = createWorkingCalendar(loadChineseDaysData());
/** The national rule of the profiles: a calendar-day period ending on a rest day moves (民法典 art. 203). */
const underTheLaw = { rollForwardFromHoliday: true };
/** Some tests look at the counting alone, before any roll-forward. */
const noRollForward = { rollForwardFromHoliday: false };

function kindsOf(workingCalendar: WorkingCalendar, dates: string[]): string[] {
  return dates.map((date) => workingCalendar.dayInfo(date).kind);
}

describe('working calendar from chinese-days', () => {
  it('knows the schedule through 2026, the last year the package carries', () => {
    expect(calendar.knownThroughYear).toBe(2026);
  });

  it('marks the 2026 Spring Festival holiday 02-15..02-23 with its Chinese name', () => {
    for (let day = 15; day <= 23; day++) {
      expect(calendar.dayInfo(`2026-02-${day}`)).toEqual({
        date: `2026-02-${day}`,
        isWorkingDay: false,
        kind: 'holiday',
        name: '春节',
        isProvisional: false,
      });
    }
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
  });

  it('treats the Saturdays 2026-02-14 and 2026-02-28 as Spring Festival make-up working days', () => {
    expect(calendar.dayInfo('2026-02-14')).toMatchObject({
      kind: 'makeup_workday',
      isWorkingDay: true,
      name: '春节',
    });
    expect(calendar.dayInfo('2026-02-28')).toMatchObject({
      kind: 'makeup_workday',
      isWorkingDay: true,
      name: '春节',
    });
    // An ordinary Saturday in between stays a weekend.
    expect(calendar.dayInfo('2026-02-07')).toMatchObject({ kind: 'weekend', isWorkingDay: false });
  });

  it('marks National Day 2026 (10-01..10-07) with make-up days on 09-20 and 10-10', () => {
    const holidayWeek = ['01', '02', '03', '04', '05', '06', '07'].map((day) => `2026-10-${day}`);
    expect(kindsOf(calendar, holidayWeek)).toEqual(Array(7).fill('holiday'));
    expect(calendar.dayInfo('2026-10-01').name).toBe('国庆节');
    expect(calendar.dayInfo('2026-09-20')).toMatchObject({ kind: 'makeup_workday', name: '国庆节' });
    expect(calendar.dayInfo('2026-10-10')).toMatchObject({ kind: 'makeup_workday', name: '国庆节' });
    expect(calendar.dayInfo('2026-10-11').kind).toBe('weekend');
  });

  it('follows the 2025 schedule, including the Spring Festival make-up Sunday 2025-01-26', () => {
    expect(calendar.dayInfo('2025-01-26')).toMatchObject({ kind: 'makeup_workday', name: '春节' });
    expect(calendar.dayInfo('2025-02-04')).toMatchObject({ kind: 'holiday', name: '春节' });
    expect(calendar.dayInfo('2025-02-08')).toMatchObject({ kind: 'makeup_workday' });
    expect(calendar.dayInfo('2025-10-08')).toMatchObject({ kind: 'holiday', name: '国庆节' });
    // The package names the day Mid-autumn fell on inside the National Day week after 中秋.
    expect(calendar.dayInfo('2025-10-06')).toMatchObject({ kind: 'holiday', name: '中秋' });
  });

  it('lists every day of a month page in order', () => {
    const february = calendar.monthDays(2026, 2);
    expect(february).toHaveLength(28);
    expect(february[0]?.date).toBe('2026-02-01');
    expect(february[27]?.date).toBe('2026-02-28');
    expect(february.filter((day) => day.kind === 'holiday')).toHaveLength(9);
    expect(february.filter((day) => day.kind === 'makeup_workday').map((day) => day.date)).toEqual([
      '2026-02-14',
      '2026-02-28',
    ]);
    expect(calendar.monthDays(2028, 2)).toHaveLength(29);
  });

  it('marks 2027 provisional: statutory holidays off, other days by the weekday rule', () => {
    // 2027-01-01 (a Friday) is 元旦 by law; whether 01-04 is a make-up day off is the State
    // Council's to publish, so until then it counts as a working day.
    expect(calendar.dayInfo('2027-01-01')).toMatchObject({
      kind: 'holiday',
      name: '元旦',
      isProvisional: true,
    });
    expect(calendar.dayInfo('2027-01-04')).toEqual({
      date: '2027-01-04',
      isWorkingDay: true,
      kind: 'workday',
      isProvisional: true,
    });
    expect(calendar.dayInfo('2027-01-02')).toMatchObject({ kind: 'weekend', isProvisional: true });
    expect(calendar.dayInfo('2026-12-31').isProvisional).toBe(false);
  });
});

describe('administrator overrides and confirmed years', () => {
  const schedule2027 = [
    { date: '2027-01-01', kind: 'holiday' as const, name: '元旦' },
    { date: '2027-01-02', kind: 'holiday' as const, name: '元旦' },
    { date: '2027-01-03', kind: 'holiday' as const, name: '元旦' },
    { date: '2027-02-20', kind: 'workday' as const, name: '春节' },
  ];

  it('makes 2027 known once its schedule is entered and the year confirmed', () => {
    const confirmed = createWorkingCalendar(loadChineseDaysData(schedule2027, [2027]));
    expect(confirmed.knownThroughYear).toBe(2027);
    expect(confirmed.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      isWorkingDay: false,
      kind: 'holiday',
      name: '元旦',
      isProvisional: false,
    });
    expect(confirmed.dayInfo('2027-02-20')).toMatchObject({ kind: 'makeup_workday', isWorkingDay: true });
    expect(confirmed.dayInfo('2028-01-03').isProvisional).toBe(true);
  });

  it('applies entered 2027 days at once but keeps them provisional until the year is confirmed', () => {
    const draft = createWorkingCalendar(loadChineseDaysData(schedule2027));
    expect(draft.knownThroughYear).toBe(2026);
    expect(draft.dayInfo('2027-01-01')).toMatchObject({ kind: 'holiday', isProvisional: true });
    expect(draft.dayInfo('2027-02-20')).toMatchObject({ kind: 'makeup_workday', isProvisional: true });
    expect(draft.dayInfo('2027-03-01')).toMatchObject({ kind: 'workday', isProvisional: true });
  });

  it('extends the known years only through contiguous confirmed years', () => {
    expect(loadChineseDaysData([], [2028]).knownThroughYear).toBe(2026);
    expect(loadChineseDaysData([], [2029, 2027, 2028]).knownThroughYear).toBe(2029);
  });

  it('lets an override win over the package data', () => {
    const corrected = createWorkingCalendar(
      loadChineseDaysData([
        { date: '2026-02-14', kind: 'holiday', name: '春节' },
        { date: '2026-02-16', kind: 'workday', name: '春节' },
      ]),
    );
    expect(corrected.dayInfo('2026-02-14')).toMatchObject({ kind: 'holiday', isWorkingDay: false });
    expect(corrected.dayInfo('2026-02-16')).toMatchObject({ kind: 'makeup_workday', isWorkingDay: true });
  });

  it('rejects an override with an invalid date', () => {
    expect(() => loadChineseDaysData([{ date: '2027-13-01', kind: 'holiday', name: 'x' }])).toThrow(
      RangeError,
    );
  });
});

describe('computeDeadline', () => {
  it('counts 7 working days from the Friday before the 2026 Spring Festival across the holiday', () => {
    // 02-14 (make-up Saturday) 1, 02-15..23 holiday, 02-24..27 2–5, 02-28 (make-up) 6, 03-02 7.
    expect(
      computeDeadline(calendar, {
        start: '2026-02-13',
        amount: 7,
        unit: 'working_day',
        counting: underTheLaw,
      }),
    ).toEqual({
      dueDate: '2026-03-02',
      pausedDays: 0,
      isProvisional: false,
      isPaused: false,
      appliedRules: [
        { code: 'event_day_not_counted', basis: '《中华人民共和国民法典》第二百零一条' },
        {
          code: 'working_days_only',
          basis: '《中华人民共和国行政处罚法》第八十五条、《中华人民共和国行政强制法》第六十九条',
        },
      ],
    });
  });

  it('counts 7 working days from the day before National Day 2026', () => {
    // 10-01..07 holiday; 10-08 1, 10-09 2, 10-10 (make-up Saturday) 3, 10-12..15 4–7.
    expect(
      computeDeadline(calendar, {
        start: '2026-09-30',
        amount: 7,
        unit: 'working_day',
        counting: underTheLaw,
      }).dueDate,
    ).toBe('2026-10-15');
  });

  it('does not count the day of the event', () => {
    expect(
      computeDeadline(calendar, {
        start: '2026-03-02',
        amount: 1,
        unit: 'working_day',
        counting: underTheLaw,
      }).dueDate,
    ).toBe('2026-03-03');
    expect(
      computeDeadline(calendar, {
        start: '2026-03-06',
        amount: 1,
        unit: 'working_day',
        counting: underTheLaw,
      }).dueDate,
    ).toBe('2026-03-09');
    expect(
      computeDeadline(calendar, {
        start: '2026-03-06',
        amount: 1,
        unit: 'calendar_day',
        counting: noRollForward,
      }).dueDate,
    ).toBe('2026-03-07');
  });

  it('gives the start itself for an amount of 0', () => {
    expect(
      computeDeadline(calendar, {
        start: '2026-02-15',
        amount: 0,
        unit: 'working_day',
        counting: underTheLaw,
      }),
    ).toEqual({
      dueDate: '2026-02-15',
      pausedDays: 0,
      isProvisional: false,
      isPaused: false,
      appliedRules: [],
    });
  });

  it('counts 90 calendar days from opening a case', () => {
    // 26 days left in January + 28 in February + 31 in March = 85; April 5 is day 90.
    expect(
      computeDeadline(calendar, {
        start: '2026-01-05',
        amount: 90,
        unit: 'calendar_day',
        counting: noRollForward,
      }).dueDate,
    ).toBe('2026-04-05');
  });

  it('moves a calendar-day deadline off a holiday when the profile says so, and says why', () => {
    // 2026-04-05 is 清明 and 04-06 too; the next working day is Tuesday 04-07.
    const rolled = computeDeadline(calendar, {
      start: '2026-01-05',
      amount: 90,
      unit: 'calendar_day',
      counting: underTheLaw,
    });
    expect(rolled.dueDate).toBe('2026-04-07');
    expect(rolled.appliedRules.map((rule) => rule.code)).toEqual([
      'event_day_not_counted',
      'rolled_forward_from_rest_day',
    ]);
    expect(rolled.appliedRules[1]).toEqual({
      code: 'rolled_forward_from_rest_day',
      basis: '《中华人民共和国民法典》第二百零三条',
      restDay: '2026-04-05',
    });
  });

  it('moves 3 calendar days from 2026-09-28 off National Day to 2026-10-08 (民法典 art. 203)', () => {
    const result = computeDeadline(calendar, {
      start: '2026-09-28',
      amount: 3,
      unit: 'calendar_day',
      counting: underTheLaw,
    });
    expect(result).toMatchObject({ dueDate: '2026-10-08', isProvisional: false });
    expect(result.appliedRules).toContainEqual(expect.objectContaining({ restDay: '2026-10-01' }));
    // A last day that is a working day stays.
    const onWorkingDay = computeDeadline(calendar, {
      start: '2026-09-27',
      amount: 3,
      unit: 'calendar_day',
      counting: underTheLaw,
    });
    expect(onWorkingDay.dueDate).toBe('2026-09-30');
    expect(onWorkingDay.appliedRules.map((rule) => rule.code)).toEqual(['event_day_not_counted']);
  });

  it('refuses to count without the counting rules of the profile', () => {
    expect(() =>
      computeDeadline(calendar, { start: '2026-09-28', amount: 3, unit: 'calendar_day' } as never),
    ).toThrow(/计日规则/);
  });

  it('stops the clock for a 20-day pause in a 90-calendar-day period', () => {
    const result = computeDeadline(calendar, {
      start: '2026-01-05',
      amount: 90,
      unit: 'calendar_day',
      counting: noRollForward,
      pauses: [{ from: '2026-02-01', to: '2026-02-20' }],
    });
    expect(result).toMatchObject({
      dueDate: '2026-04-25',
      pausedDays: 20,
      isProvisional: false,
      isPaused: false,
    });
  });

  it('ignores pauses that end before the start and counts the part of a pause after it', () => {
    const result = computeDeadline(calendar, {
      start: '2026-03-10',
      amount: 10,
      unit: 'calendar_day',
      counting: noRollForward,
      pauses: [
        { from: '2026-01-01', to: '2026-01-31' },
        { from: '2026-03-01', to: '2026-03-12' },
      ],
    });
    expect(result).toMatchObject({ dueDate: '2026-03-22', pausedDays: 2 });
  });

  it('reports an open pause as paused with the days still to run', () => {
    const result = computeDeadline(calendar, {
      start: '2026-01-05',
      amount: 90,
      unit: 'calendar_day',
      counting: noRollForward,
      pauses: [
        { from: '2026-01-10', to: '2026-01-11' },
        { from: '2026-02-01', to: null },
      ],
    });
    // Counted: 01-06..01-09 (4) and 01-12..01-31 (20).
    expect(result).toMatchObject({
      dueDate: null,
      pausedDays: 2,
      isProvisional: false,
      isPaused: true,
      remaining: 66,
    });
  });

  it('is not paused when an open pause starts after the due date', () => {
    const result = computeDeadline(calendar, {
      start: '2026-03-02',
      amount: 5,
      unit: 'working_day',
      counting: underTheLaw,
      pauses: [{ from: '2026-04-01', to: null }],
    });
    expect(result).toMatchObject({ dueDate: '2026-03-09', isPaused: false });
  });

  it('marks a deadline that runs into 2027 as provisional, 元旦 2027 off by the statutory rule', () => {
    const result = computeDeadline(calendar, {
      start: '2026-12-20',
      amount: 15,
      unit: 'working_day',
      counting: underTheLaw,
    });
    // 12-21..25 and 12-28..31 are 9; 2027-01-01 (a Friday) is 元旦, a statutory holiday; 01-04..08
    // and 01-11.
    expect(result).toMatchObject({
      dueDate: '2027-01-11',
      pausedDays: 0,
      isProvisional: true,
      isPaused: false,
    });
    expect(result.appliedRules.at(-1)).toEqual({
      code: 'provisional_schedule',
      basis: '《全国年节及纪念日放假办法》（2024年修订）第二条',
    });
    expect(
      computeDeadline(calendar, {
        start: '2026-12-01',
        amount: 15,
        unit: 'working_day',
        counting: underTheLaw,
      }).isProvisional,
    ).toBe(false);
  });

  it('stops being provisional once 2027 is confirmed', () => {
    const confirmed = createWorkingCalendar(
      loadChineseDaysData(
        [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-02', kind: 'holiday', name: '元旦' },
          { date: '2027-01-03', kind: 'holiday', name: '元旦' },
        ],
        [2027],
      ),
    );
    expect(
      computeDeadline(confirmed, {
        start: '2026-12-20',
        amount: 15,
        unit: 'working_day',
        counting: underTheLaw,
      }),
    ).toMatchObject({
      dueDate: '2027-01-11',
      pausedDays: 0,
      isProvisional: false,
      isPaused: false,
    });
  });

  it.each([
    ['a malformed start', { start: '2026/02/01', amount: 1, unit: 'working_day', counting: underTheLaw }],
    ['an impossible start', { start: '2026-02-30', amount: 1, unit: 'working_day', counting: underTheLaw }],
    ['a negative amount', { start: '2026-02-01', amount: -1, unit: 'working_day', counting: underTheLaw }],
    ['a fractional amount', { start: '2026-02-01', amount: 1.5, unit: 'working_day', counting: underTheLaw }],
    [
      'a NaN amount',
      { start: '2026-02-01', amount: Number.NaN, unit: 'calendar_day', counting: noRollForward },
    ],
    ['an unknown unit', { start: '2026-02-01', amount: 1, unit: 'month', counting: underTheLaw }],
    [
      'a pause ending before it starts',
      {
        start: '2026-02-01',
        amount: 1,
        unit: 'calendar_day',
        counting: noRollForward,
        pauses: [{ from: '2026-02-10', to: '2026-02-09' }],
      },
    ],
    [
      'a pause with a bad date',
      { start: '2026-02-01', amount: 1, unit: 'calendar_day', pauses: [{ from: '2026-2-10', to: null }] },
    ],
  ])('rejects %s with a RangeError', (_name, input) => {
    expect(() => computeDeadline(calendar, input as never)).toThrow(RangeError);
  });

  it('explains a rejection in Chinese and English', () => {
    expect(() =>
      computeDeadline(calendar, {
        start: '2026-02-01',
        amount: -1,
        unit: 'working_day',
        counting: underTheLaw,
      }),
    ).toThrow(/期限天数.*amount must be/);
  });
});

describe('daysRemaining', () => {
  it('counts working days left, not counting today', () => {
    expect(daysRemaining(calendar, { today: '2026-02-13', dueDate: '2026-03-02', unit: 'working_day' })).toBe(
      7,
    );
    expect(daysRemaining(calendar, { today: '2026-03-02', dueDate: '2026-03-02', unit: 'working_day' })).toBe(
      0,
    );
  });

  it('goes negative once the due date has passed, even over a weekend', () => {
    // Due Friday 03-06: Saturday and Sunday are already overdue, though no working day has passed.
    expect(daysRemaining(calendar, { today: '2026-03-07', dueDate: '2026-03-06', unit: 'working_day' })).toBe(
      -1,
    );
    expect(daysRemaining(calendar, { today: '2026-03-09', dueDate: '2026-03-06', unit: 'working_day' })).toBe(
      -1,
    );
    expect(daysRemaining(calendar, { today: '2026-03-10', dueDate: '2026-03-06', unit: 'working_day' })).toBe(
      -2,
    );
  });

  it('counts calendar days as a plain difference', () => {
    expect(
      daysRemaining(calendar, { today: '2026-01-05', dueDate: '2026-04-05', unit: 'calendar_day' }),
    ).toBe(90);
    expect(
      daysRemaining(calendar, { today: '2026-04-08', dueDate: '2026-04-05', unit: 'calendar_day' }),
    ).toBe(-3);
  });

  it('rejects an invalid date', () => {
    expect(() =>
      daysRemaining(calendar, { today: 'today', dueDate: '2026-04-05', unit: 'calendar_day' }),
    ).toThrow(RangeError);
  });
});

describe('input checks', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(isIsoDate('2026-02-01T00:00:00Z')).toBe(false);
  });

  it('rejects an invalid date or month page', () => {
    expect(() => calendar.dayInfo('2026-00-10')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('')).toThrow(RangeError);
    expect(() => calendar.monthDays(2026, 13)).toThrow(RangeError);
    expect(() => calendar.monthDays(2026.5, 1)).toThrow(RangeError);
  });
});
