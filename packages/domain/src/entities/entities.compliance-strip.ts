import { businessDateOf } from '../calendar/calendar.dates';
import { type ComplianceLevel, complianceLevels } from './entities.contract';

/**
 * The quarter-by-quarter compliance strip of an entity (REG-2, like ECHO's "three-year compliance
 * history"): the last 12 calendar quarters ending with the current one, each showing the worst
 * compliance among the entity's events in it, or `no_record` when none of its events says anything
 * about compliance. Dates are Asia/Shanghai business dates (`YYYY-MM-DD`).
 */

export type ComplianceStripLevel = ComplianceLevel | 'no_record';
export const complianceStripLevelLabels: Record<ComplianceStripLevel, string> = {
  compliant: '合规',
  minor_issue: '轻微问题',
  violation: '违法',
  serious_violation: '严重违法',
  no_record: '无记录',
};

export interface CalendarQuarter {
  year: number;
  /** 1–4. */
  quarter: number;
  /** First day, `YYYY-MM-DD`. */
  startsOn: string;
  /** Last day, `YYYY-MM-DD`. */
  endsOn: string;
}

export interface ComplianceStripQuarter extends CalendarQuarter {
  /** `2026Q4`. */
  key: string;
  level: ComplianceStripLevel;
  /** Events of the quarter that say something about compliance. */
  eventCount: number;
}

export const complianceStripLength = 12;

/** The Asia/Shanghai business date of a moment. */
export function toShanghaiDate(moment: Date): string {
  return businessDateOf(moment);
}

const lastDayOfQuarterMonth = [31, 30, 30, 31];

function quarterFrom(year: number, quarter: number): CalendarQuarter {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    year,
    quarter,
    startsOn: `${year}-${pad(firstMonth)}-01`,
    endsOn: `${year}-${pad(lastMonth)}-${lastDayOfQuarterMonth[quarter - 1]}`,
  };
}

/** The quarter a `YYYY-MM-DD` date falls in. */
export function quarterOf(date: string): CalendarQuarter {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!match) throw new RangeError(`日期格式应为 YYYY-MM-DD：${date}`);
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new RangeError(`月份无效：${date}`);
  return quarterFrom(Number(match[1]), Math.floor((month - 1) / 3) + 1);
}

/** `count` quarters ending with the one `today` falls in, oldest first. */
export function quartersEndingWith(today: string, count = complianceStripLength): CalendarQuarter[] {
  const current = quarterOf(today);
  const currentIndex = current.year * 4 + (current.quarter - 1);
  const quarters: CalendarQuarter[] = [];
  for (let index = currentIndex - count + 1; index <= currentIndex; index++) {
    quarters.push(quarterFrom(Math.floor(index / 4), (index % 4) + 1));
  }
  return quarters;
}

/** The worse of two levels (`no_record` is better than any record). */
export function worseComplianceLevel(a: ComplianceStripLevel, b: ComplianceStripLevel): ComplianceStripLevel {
  const rank = (level: ComplianceStripLevel) =>
    level === 'no_record' ? -1 : complianceLevels.indexOf(level);
  return rank(b) > rank(a) ? b : a;
}

/**
 * The strip for `today` from the entity's events. Events without a compliance value, before the
 * first quarter or after `today` do not count.
 */
export function buildComplianceStrip(
  today: string,
  events: readonly { occurredOn: string; compliance: string | null }[],
  count = complianceStripLength,
): ComplianceStripQuarter[] {
  const strip: ComplianceStripQuarter[] = quartersEndingWith(today, count).map((quarter) => ({
    ...quarter,
    key: `${quarter.year}Q${quarter.quarter}`,
    level: 'no_record',
    eventCount: 0,
  }));
  const byKey = new Map(strip.map((quarter) => [quarter.key, quarter]));
  for (const event of events) {
    if (event.compliance === null || event.occurredOn > today) continue;
    if (!(complianceLevels as readonly string[]).includes(event.compliance)) continue;
    const quarter = quarterOf(event.occurredOn);
    const slot = byKey.get(`${quarter.year}Q${quarter.quarter}`);
    if (!slot) continue;
    slot.level = worseComplianceLevel(slot.level, event.compliance as ComplianceLevel);
    slot.eventCount += 1;
  }
  return strip;
}
