import { createWorkingCalendar, loadChineseDaysData, type WorkingCalendar } from '@qingshan/domain';
import type { Database } from '../../db/client';
import { calendarConfirmedYears, calendarOverrides } from '../../db/schema/index';

/**
 * The working calendar as it stands: the chinese-days schedule, corrected and extended by what
 * administrators entered (SYS-4). Read per use: the tables hold a few dozen rows, and every
 * server process then sees an administrator's change at once.
 */
export async function loadWorkingCalendar(db: Database): Promise<WorkingCalendar> {
  const [overrides, confirmed] = await Promise.all([
    db
      .select({ date: calendarOverrides.date, kind: calendarOverrides.kind, name: calendarOverrides.name })
      .from(calendarOverrides),
    db.select({ year: calendarConfirmedYears.year }).from(calendarConfirmedYears),
  ]);
  return createWorkingCalendar(
    loadChineseDaysData(
      overrides.map((override) => ({ ...override, kind: override.kind as 'holiday' | 'workday' })),
      confirmed.map((row) => row.year),
    ),
  );
}
