export { loadChineseDaysData } from './calendar.chinese-days';
export { addDays, isIsoDate } from './calendar.dates';
export { computeDeadline, daysRemaining } from './calendar.deadline';
export type {
  CalendarData,
  CalendarOverride,
  CountingUnit,
  DayInfo,
  DayKind,
  DaysRemainingInput,
  DeadlineInput,
  DeadlinePause,
  DeadlineResult,
  IsoDate,
  WorkingCalendar,
} from './calendar.types';
export { createWorkingCalendar } from './calendar.working-days';
