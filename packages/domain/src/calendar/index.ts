export { loadChineseDaysData } from './calendar.chinese-days';
export * from './calendar.contract';
export {
  addDays,
  businessDateOf,
  daysBetween,
  formatBusinessDateTime,
  isIsoDate,
} from './calendar.dates';
export { computeDeadline, countingRuleBases, daysRemaining, nextWorkingDayFrom } from './calendar.deadline';
export { describePeriod, isWithinMonthsOf, lastDayOfMonthsPeriod, shiftByPeriod } from './calendar.periods';
export { statutoryHolidayRule, statutoryHolidaysOf } from './calendar.statutory-holidays';
export type {
  AppliedCountingRule,
  CalendarData,
  CalendarOverride,
  CountingRuleCode,
  CountingUnit,
  DayInfo,
  DayKind,
  DaysRemainingInput,
  DeadlineCounting,
  DeadlineInput,
  DeadlinePause,
  DeadlineResult,
  IsoDate,
  WorkingCalendar,
} from './calendar.types';
export { createWorkingCalendar } from './calendar.working-days';
