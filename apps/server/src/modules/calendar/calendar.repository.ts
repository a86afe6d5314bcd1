import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { calendarConfirmedYears, calendarOverrides } from '../../db/schema/index';
import { userDisplayName } from '../users/index';

export function listOverridesOfYear(db: Database, year: number) {
  return db
    .select()
    .from(calendarOverrides)
    .where(and(gte(calendarOverrides.date, `${year}-01-01`), lte(calendarOverrides.date, `${year}-12-31`)))
    .orderBy(asc(calendarOverrides.date));
}

export async function findOverride(db: Database, date: string) {
  const [row] = await db.select().from(calendarOverrides).where(eq(calendarOverrides.date, date)).limit(1);
  return row;
}

export async function upsertOverride(
  db: Database,
  values: { date: string; kind: string; name: string; createdBy: string; createdAt: Date },
): Promise<void> {
  await db
    .insert(calendarOverrides)
    .values(values)
    .onConflictDoUpdate({
      target: calendarOverrides.date,
      set: { kind: values.kind, name: values.name, createdBy: values.createdBy, createdAt: values.createdAt },
    });
}

export async function deleteOverride(db: Database, date: string): Promise<void> {
  await db.delete(calendarOverrides).where(eq(calendarOverrides.date, date));
}

export async function findConfirmation(db: Database, year: number) {
  const [row] = await db
    .select({
      notice: calendarConfirmedYears.notice,
      confirmedAt: calendarConfirmedYears.confirmedAt,
      confirmedBy: userDisplayName(calendarConfirmedYears.confirmedBy),
    })
    .from(calendarConfirmedYears)
    .where(eq(calendarConfirmedYears.year, year))
    .limit(1);
  return row;
}

export async function insertConfirmation(
  db: Database,
  values: { year: number; notice: string; confirmedBy: string; confirmedAt: Date },
): Promise<void> {
  await db.insert(calendarConfirmedYears).values(values);
}
