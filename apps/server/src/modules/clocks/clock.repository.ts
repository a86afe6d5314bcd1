import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, lte, ne, or, type SQL } from 'drizzle-orm';
import { insertMany } from '../../db/bulk';
import type { Database } from '../../db/client';
import { clocks } from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { agencyIdsInScope } from '../../lib/jurisdiction';

export type ClockRow = typeof clocks.$inferSelect;
export type NewClockRow = typeof clocks.$inferInsert;

export interface SubjectRef {
  subjectKind: string;
  subjectId: string;
  ruleKey: string;
}

/** A clock restarted for the same subject and rule replaces the earlier run (the event was re-dated). */
export async function upsertClock(db: Database, row: NewClockRow): Promise<string> {
  const [saved] = await db
    .insert(clocks)
    .values(row)
    .onConflictDoUpdate({
      target: [clocks.subjectKind, clocks.subjectId, clocks.ruleKey],
      set: {
        kind: row.kind,
        agencyId: row.agencyId,
        regionCode: row.regionCode,
        responsibleUserId: row.responsibleUserId ?? null,
        responsiblePermission: row.responsiblePermission ?? null,
        amount: row.amount ?? null,
        label: row.label,
        basis: row.basis,
        subject: row.subject,
        context: row.context,
        path: row.path,
        startedOn: row.startedOn,
        startedAt: row.startedAt ?? null,
        dueOn: row.dueOn ?? null,
        visibleFrom: row.visibleFrom,
        pauses: row.pauses ?? [],
        extensions: row.extensions ?? [],
        status: row.status,
        metOn: null,
        escalatedAt: null,
        updatedAt: row.updatedAt,
      },
    })
    .returning({ id: clocks.id });
  return saved!.id;
}

/** Many new clocks at once (the demo history): one array parameter per column. */
export async function insertClocks(db: Database, rows: NewClockRow[]): Promise<void> {
  await insertMany(db, clocks, rows);
}

export async function findClockOfSubject(db: Database, ref: SubjectRef): Promise<ClockRow | undefined> {
  const [row] = await db
    .select()
    .from(clocks)
    .where(
      and(
        eq(clocks.subjectKind, ref.subjectKind),
        eq(clocks.subjectId, ref.subjectId),
        eq(clocks.ruleKey, ref.ruleKey),
      ),
    )
    .limit(1);
  return row;
}

export async function findClocksOfSubject(db: Database, subjectKind: string, subjectId: string) {
  return db
    .select()
    .from(clocks)
    .where(and(eq(clocks.subjectKind, subjectKind), eq(clocks.subjectId, subjectId)))
    .orderBy(asc(clocks.startedOn));
}

export async function updateClockRow(db: Database, id: string, changes: Partial<NewClockRow>): Promise<void> {
  await db.update(clocks).set(changes).where(eq(clocks.id, id));
}

/**
 * The open clocks on a user's to-do list, already showing on `today`: those naming the user,
 * those whose duty the user holds in their own agency, and the escalated ones of the agencies
 * below it for its head — never a clock of an agency outside the user's subtree.
 */
export async function findOpenClocksFor(
  db: Database,
  auth: AuthContext,
  duties: readonly string[],
  isHead: boolean,
  today: string,
  limit: number,
): Promise<ClockRow[]> {
  const reaches: SQL[] = [eq(clocks.responsibleUserId, auth.user.id)];
  if (duties.length > 0) {
    reaches.push(
      and(
        isNull(clocks.responsibleUserId),
        inArray(clocks.responsiblePermission, [...duties]),
        eq(clocks.agencyId, auth.scopeRootAgencyId),
      )!,
    );
  }
  if (isHead) {
    reaches.push(and(isNotNull(clocks.escalatedAt), ne(clocks.agencyId, auth.scopeRootAgencyId))!);
  }
  return db
    .select()
    .from(clocks)
    .where(
      and(
        eq(clocks.status, 'open'),
        lte(clocks.visibleFrom, today),
        inArray(clocks.agencyId, agencyIdsInScope(db, auth)),
        or(...reaches),
      ),
    )
    .orderBy(asc(clocks.dueOn), asc(clocks.id))
    .limit(limit);
}

/** Open clocks past their stored due day that the sweep has not escalated yet, in pages after `after`. */
export async function findOverdueUnescalated(
  db: Database,
  today: string,
  limit: number,
  after: { dueOn: string; id: string } | null,
): Promise<ClockRow[]> {
  return db
    .select()
    .from(clocks)
    .where(
      and(
        eq(clocks.status, 'open'),
        isNull(clocks.escalatedAt),
        lt(clocks.dueOn, today),
        after
          ? or(gt(clocks.dueOn, after.dueOn), and(eq(clocks.dueOn, after.dueOn), gt(clocks.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(asc(clocks.dueOn), asc(clocks.id))
    .limit(limit);
}

/** Marks clocks escalated unless another sweep did first; the ids this call marked. */
export async function claimEscalations(db: Database, ids: readonly string[], at: Date): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .update(clocks)
    .set({ escalatedAt: at, updatedAt: at })
    .where(and(inArray(clocks.id, [...ids]), isNull(clocks.escalatedAt)))
    .returning({ id: clocks.id });
  return new Set(rows.map((row) => row.id));
}
