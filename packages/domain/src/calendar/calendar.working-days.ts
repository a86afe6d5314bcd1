import { assertIsoDate, formatIsoDate, parseIsoDate, weekdayOf, yearOf } from './calendar.dates';
import { statutoryHolidayRule, statutoryHolidaysOf } from './calendar.statutory-holidays';
import type { CalendarData, DayInfo, IsoDate, WorkingCalendar } from './calendar.types';

const saturday = 6;
const sunday = 0;

/**
 * Builds a working calendar from a holiday schedule.
 *
 * Working days follow the State Council's schedule (国务院办公厅 yearly holiday notice): a make-up
 * working day (调休) is a working day even on a weekend; a holiday is not; otherwise Monday to
 * Friday are. Years after `knownThroughYear` have no confirmed schedule yet: every date in them is
 * marked provisional. Days an administrator has already entered for such a year apply (they are
 * the best knowledge there is); so do the statutory holidays, whose dates the law fixes years
 * ahead (全国年节及纪念日放假办法 第二条, see calendar.statutory-holidays); other days there follow
 * the weekday rule. Once the year is known (chinese-days carries it, or an administrator
 * confirmed it) its entered schedule alone applies.
 */
export function createWorkingCalendar(data: CalendarData): WorkingCalendar {
  const { knownThroughYear } = data;
  if (!Number.isInteger(knownThroughYear)) {
    throw new RangeError(
      `日历已知年份必须是整数：${knownThroughYear} / knownThroughYear must be an integer: ${knownThroughYear}`,
    );
  }
  // Copied so that later changes to the caller's objects cannot change this calendar.
  const holidays = new Map(Object.entries(data.holidays));
  const workdays = new Map(Object.entries(data.workdays));
  for (const date of [...holidays.keys(), ...workdays.keys()]) assertIsoDate(date, 'calendar date');

  const statutoryByYear = new Map<number, Record<IsoDate, string>>();
  function provisionalHolidayName(date: IsoDate): string | undefined {
    const year = yearOf(date);
    if (year <= knownThroughYear || year < statutoryHolidayRule.inForceFromYear) return undefined;
    let statutory = statutoryByYear.get(year);
    if (!statutory) {
      statutory = statutoryHolidaysOf(year);
      statutoryByYear.set(year, statutory);
    }
    return statutory[date];
  }

  function describeDay(date: IsoDate): DayInfo {
    const isProvisional = yearOf(date) > knownThroughYear;
    const makeupName = workdays.get(date);
    if (makeupName !== undefined) {
      return { date, isWorkingDay: true, kind: 'makeup_workday', name: makeupName, isProvisional };
    }
    const holidayName = holidays.get(date) ?? provisionalHolidayName(date);
    if (holidayName !== undefined) {
      return { date, isWorkingDay: false, kind: 'holiday', name: holidayName, isProvisional };
    }
    const weekday = weekdayOf(date);
    if (weekday === saturday || weekday === sunday) {
      return { date, isWorkingDay: false, kind: 'weekend', isProvisional };
    }
    return { date, isWorkingDay: true, kind: 'workday', isProvisional };
  }

  return {
    knownThroughYear,
    isWorkingDay(date) {
      assertIsoDate(date, 'date');
      return describeDay(date).isWorkingDay;
    },
    dayInfo(date) {
      assertIsoDate(date, 'date');
      return describeDay(date);
    },
    monthDays(year, month) {
      if (!Number.isInteger(year) || year < 1000 || year > 9999) {
        throw new RangeError(`年份无效：${year} / Invalid year: ${year}`);
      }
      if (!Number.isInteger(month) || month < 1 || month > 12) {
        throw new RangeError(`月份应为 1–12：${month} / Month must be 1–12: ${month}`);
      }
      const firstDay = parseIsoDate(`${year}-${String(month).padStart(2, '0')}-01`);
      const days: DayInfo[] = [];
      for (let offset = 0; offset < firstDay.daysInMonth(); offset++) {
        days.push(describeDay(formatIsoDate(firstDay.add(offset, 'day'))));
      }
      return days;
    },
  };
}
