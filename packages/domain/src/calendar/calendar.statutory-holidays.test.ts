import { afterEach, describe, expect, it } from 'vitest';
import { statutoryHolidaysOf } from './calendar.statutory-holidays';
import { computeDeadline, createWorkingCalendar, loadChineseDaysData } from './index';

const published = createWorkingCalendar(loadChineseDaysData());
const lawOfPeriods = { rollForwardFromHoliday: true };

describe('statutory holidays of 全国年节及纪念日放假办法 第二条', () => {
  it('gives the 2026 holidays the published schedule has, 除夕 2026-02-16 included', () => {
    expect(statutoryHolidaysOf(2026)).toEqual({
      '2026-01-01': '元旦',
      '2026-02-16': '春节',
      '2026-02-17': '春节',
      '2026-02-18': '春节',
      '2026-02-19': '春节',
      '2026-04-05': '清明',
      '2026-05-01': '劳动节',
      '2026-05-02': '劳动节',
      '2026-06-19': '端午',
      '2026-09-25': '中秋',
      '2026-10-01': '国庆节',
      '2026-10-02': '国庆节',
      '2026-10-03': '国庆节',
    });
  });

  it('gives only days the published 2025 and 2026 schedules have off, under the same names', () => {
    for (const year of [2025, 2026]) {
      for (const [date, name] of Object.entries(statutoryHolidaysOf(year))) {
        expect(published.dayInfo(date), date).toMatchObject({ kind: 'holiday', name });
      }
    }
  });

  it('finds 正月初一, 清明, 端午 and 中秋 on days off in every published year since 2008', () => {
    // Before 2025 春节 had 3 days and 劳动节 1, but these four days were already days off (the
    // package lists 2012's 端午 week as 06-22 and 06-24 only: 06-23 shows as the Saturday it was).
    for (let year = 2008; year <= 2026; year++) {
      const holidays = Object.entries(statutoryHolidaysOf(year));
      const lunarNewYear = holidays.filter(([, name]) => name === '春节')[1]![0];
      const fixedByCalendars = [
        lunarNewYear,
        ...holidays.filter(([, name]) => /清明|端午|中秋/.test(name)).map(([date]) => date),
      ];
      for (const date of fixedByCalendars) {
        expect(published.dayInfo(date).isWorkingDay, `${year}: ${date}`).toBe(false);
      }
    }
  });

  it('computes the years ahead from the lunar calendar and the solar term', () => {
    const holidays2027 = statutoryHolidaysOf(2027);
    // 2027: 正月初一 is 02-06, so 除夕 is 02-05; 清明 04-05; 端午 06-09; 中秋 09-15.
    expect(Object.keys(holidays2027).filter((date) => holidays2027[date] === '春节')).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
    ]);
    expect(holidays2027).toMatchObject({ '2027-04-05': '清明', '2027-06-09': '端午', '2027-09-15': '中秋' });
    // 2028: 中秋 falls on 10-03, the third day of 国庆节.
    expect(statutoryHolidaysOf(2028)).toMatchObject({
      '2028-01-25': '春节',
      '2028-04-04': '清明',
      '2028-05-28': '端午',
      '2028-10-03': '中秋、国庆节',
    });
    expect(Object.keys(statutoryHolidaysOf(2028))).toHaveLength(12);
  });

  describe('in a time zone west of Greenwich', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it('gives the same dates as in China', () => {
      process.env.TZ = 'Asia/Shanghai';
      const inChina = [2027, 2028, 2031].map(statutoryHolidaysOf);
      process.env.TZ = 'America/New_York';
      expect([2027, 2028, 2031].map(statutoryHolidaysOf)).toEqual(inChina);
    });
  });
});

describe('a year whose schedule is not published', () => {
  it('has its statutory holidays off, marked provisional', () => {
    expect(published.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      isWorkingDay: false,
      kind: 'holiday',
      name: '元旦',
      isProvisional: true,
    });
    expect(published.dayInfo('2027-02-05')).toMatchObject({
      kind: 'holiday',
      name: '春节',
      isProvisional: true,
    });
    expect(published.dayInfo('2027-02-09')).toMatchObject({ kind: 'workday', isProvisional: true });
  });

  it('does not count the 2027 Spring Festival as working days', () => {
    // Thursday 2027-02-04 + 3 working days: 02-05 (除夕, Friday) and 02-08 (初三, Monday) are off.
    expect(
      computeDeadline(published, {
        start: '2027-02-04',
        amount: 3,
        unit: 'working_day',
        counting: lawOfPeriods,
      }),
    ).toMatchObject({ dueDate: '2027-02-11', isProvisional: true });
  });

  it('gives way to what an administrator enters, and to the confirmed schedule alone', () => {
    const entered = [
      { date: '2027-02-05', kind: 'workday' as const, name: '春节' },
      { date: '2027-02-10', kind: 'holiday' as const, name: '春节' },
    ];
    const partly = createWorkingCalendar(loadChineseDaysData(entered));
    expect(partly.dayInfo('2027-02-05')).toMatchObject({ kind: 'makeup_workday', isProvisional: true });
    expect(partly.dayInfo('2027-02-06')).toMatchObject({ kind: 'holiday', isProvisional: true });
    expect(partly.dayInfo('2027-02-10')).toMatchObject({ kind: 'holiday', isProvisional: true });

    const confirmed = createWorkingCalendar(loadChineseDaysData(entered, [2027]));
    expect(confirmed.dayInfo('2027-02-08')).toMatchObject({ kind: 'workday', isProvisional: false });
    expect(confirmed.dayInfo('2027-02-10')).toMatchObject({ kind: 'holiday', isProvisional: false });
    // 2028 is still provisional and keeps its statutory holidays.
    expect(confirmed.dayInfo('2028-01-25')).toMatchObject({ kind: 'holiday', isProvisional: true });
  });
});
