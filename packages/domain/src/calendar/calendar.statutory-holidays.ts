// chinese-days is CommonJS (UMD) in Node and ESM under Vite: its default export is the object of
// functions in both, while named imports only resolve under Vite.
import chineseDays from 'chinese-days';
import { addDays } from './calendar.dates';
import type { IsoDate } from './calendar.types';

/**
 * 《全国年节及纪念日放假办法》（2024年修订，2025年1月1日起施行）第二条: the holidays of all
 * citizens and their number of days. Each is fixed by the solar calendar, the lunar calendar or
 * the 清明 solar term, so its dates are known years before the State Council publishes a year's
 * schedule. The schedule then adds what this rule does not fix: make-up days off for a holiday on
 * a weekend (第六条) and the 调休 bridges; until it is entered such a year stays provisional.
 *
 * Names are those chinese-days uses for the same holidays, so a provisional year reads like a
 * published one.
 */
export const statutoryHolidayRule = {
  basis: '《全国年节及纪念日放假办法》（2024年修订）第二条',
  /** The first year the 2024 revision (春节 4 days, 劳动节 2 days) governs. */
  inForceFromYear: 2025,
} as const;

/** The holidays of one year under 第二条, date → name (two names joined when they coincide). */
export function statutoryHolidaysOf(year: number): Record<IsoDate, string> {
  const holidays: Record<IsoDate, string> = {};
  const mark = (date: IsoDate, name: string) => {
    const existing = holidays[date];
    holidays[date] = existing ? `${existing}、${name}` : name;
  };
  const solar = (month: number, day: number): IsoDate =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  // （一）元旦，放假1天（1月1日）
  mark(solar(1, 1), '元旦');
  // （二）春节，放假4天（农历除夕、正月初一至初三）: 除夕 is the last day of 腊月, which may be
  // its 29th or 30th, so it is found as the day before 正月初一.
  const lunarNewYear = lunarToSolar(year, 1, 1);
  for (let offset = -1; offset <= 2; offset++) mark(addDays(lunarNewYear, offset), '春节');
  // （三）清明节，放假1天（农历清明当日）
  mark(pureBrightnessOf(year), '清明');
  // （四）劳动节，放假2天（5月1日、2日）
  mark(solar(5, 1), '劳动节');
  mark(solar(5, 2), '劳动节');
  // （五）端午节，放假1天（农历端午当日）
  mark(lunarToSolar(year, 5, 5), '端午');
  // （六）中秋节，放假1天（农历中秋当日）
  mark(lunarToSolar(year, 8, 15), '中秋');
  // （七）国庆节，放假3天（10月1日至3日）
  for (let day = 1; day <= 3; day++) mark(solar(10, day), '国庆节');
  return holidays;
}

/**
 * The Gregorian date of a lunar date of `lunarYear` (not a leap month). chinese-days reads the
 * lunar date through the local-time getters of a Date, so it is given as a local-time Date: a
 * `YYYY-MM-DD` string would be parsed as UTC and read a day early west of Greenwich.
 */
function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number): IsoDate {
  return chineseDays.getSolarDateFromLunar(new Date(lunarYear, lunarMonth - 1, lunarDay)).date;
}

/**
 * The day of the 清明 solar term. chinese-days computes it (寿星 formula with its correction
 * table) and formats it by parsing `YYYY-M-D` as UTC and reading local time, which west of
 * Greenwich gives the day before. That round trip is undone here: the answer is the date whose
 * round trip yields what the package returned, the same in every time zone.
 */
function pureBrightnessOf(year: number): IsoDate {
  const returned: IsoDate = chineseDays.getSolarTermDate(year, 4, 'pure_brightness');
  const roundTrip = (date: IsoDate): IsoDate => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const moment = new Date(Date.UTC(y, m - 1, d));
    return `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;
  };
  return [returned, addDays(returned, 1)].find((date) => roundTrip(date) === returned) ?? returned;
}
