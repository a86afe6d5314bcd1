/** A calendar date as `YYYY-MM-DD`, without time or timezone (a date in China). */
export type IsoDate = string;

/** What kind of day a date is under the State Council's holiday schedule. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

/** Which days a period counts. */
export type CountingUnit = 'calendar_day' | 'working_day';

/**
 * The schedule a working calendar is built from. Dates in a year after `knownThroughYear` are
 * provisional: their schedule is not published yet, so only the Monday–Friday rule applies.
 */
export interface CalendarData {
  /** Statutory holidays and the days off around them, by date; the value is the holiday's name. */
  holidays: Record<IsoDate, string>;
  /** 调休 make-up working days (often a Saturday), by date; the value is the holiday they make up for. */
  workdays: Record<IsoDate, string>;
  /** The last year whose schedule is known. */
  knownThroughYear: number;
}

/** An administrator's correction or addition to the published schedule. */
export interface CalendarOverride {
  date: IsoDate;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface DayInfo {
  date: IsoDate;
  isWorkingDay: boolean;
  kind: DayKind;
  /** The holiday's name for holidays and make-up working days, e.g. 春节. */
  name?: string;
  /** True when the date lies in a year whose schedule is not known yet. */
  isProvisional: boolean;
}

export interface WorkingCalendar {
  readonly knownThroughYear: number;
  isWorkingDay(date: IsoDate): boolean;
  dayInfo(date: IsoDate): DayInfo;
  /** Every day of one month, in order; `month` is 1–12. */
  monthDays(year: number, month: number): DayInfo[];
}

/** A stretch of days during which the clock stops (hearing, public notice, testing …). */
export interface DeadlinePause {
  /** First paused day, inclusive. */
  from: IsoDate;
  /** Last paused day, inclusive; null while the case is still suspended. */
  to: IsoDate | null;
}

/**
 * The counting rules of the province profile (`counting`) a deadline follows. Required, so that no
 * caller can compute a deadline without stating the profile's rule.
 */
export interface DeadlineCounting {
  /**
   * For calendar-day periods: when the last day is not a working day, the period ends on the
   * next working day instead (民法典 art. 203).
   */
  rollForwardFromHoliday: boolean;
}

export interface DeadlineInput {
  /** The day of the event; it is not counted itself. */
  start: IsoDate;
  /** A whole number of days, 0 or more. */
  amount: number;
  unit: CountingUnit;
  pauses?: DeadlinePause[];
  /** The profile's rules: `profile.counting`. */
  counting: DeadlineCounting;
}

/** A counting rule that shaped a result, so that a person can see why the date is what it is. */
export type CountingRuleCode =
  | 'event_day_not_counted'
  | 'working_days_only'
  | 'rolled_forward_from_rest_day'
  | 'provisional_schedule';

export interface AppliedCountingRule {
  code: CountingRuleCode;
  /** The legal basis, a Chinese citation such as 《中华人民共和国民法典》第二百零三条. */
  basis: string;
  /** For `rolled_forward_from_rest_day`: the rest day the period would have ended on. */
  restDay?: IsoDate;
}

export interface DeadlineResult {
  /** The last day of the period; null while an open-ended pause holds the clock. */
  dueDate: IsoDate | null;
  /** Days skipped because they lay inside a pause (closed pauses only while an open one holds). */
  pausedDays: number;
  /** True when any day from the day after `start` up to the due date lies in a provisional year. */
  isProvisional: boolean;
  /** True while an open-ended pause holds the clock. */
  isPaused: boolean;
  /** While paused: how many counting days are still to run once the clock restarts. */
  remaining?: number;
  /** The rules that applied, in the order they act. */
  appliedRules: AppliedCountingRule[];
}

export interface DaysRemainingInput {
  dueDate: IsoDate;
  today: IsoDate;
  unit: CountingUnit;
}
