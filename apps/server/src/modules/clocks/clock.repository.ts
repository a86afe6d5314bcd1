import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
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
    .onConflictDoUpdate(restartOnConflict)
    .returning({ id: clocks.id });
  return saved!.id;
}

/** Many clocks of one act, each replacing an earlier run of its subject and rule. */
export async function upsertClocks(db: Database, rows: NewClockRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insert(clocks)
      .values(rows.slice(start, start + 500))
      .onConflictDoUpdate(restartOnConflict);
  }
}

const restartOnConflict = {
  target: [clocks.subjectKind, clocks.subjectId, clocks.ruleKey],
  set: {
    kind: sql`excluded.kind`,
    agencyId: sql`excluded.agency_id`,
    regionCode: sql`excluded.region_code`,
    responsibleUserIds: sql`excluded.responsible_user_ids`,
    responsiblePermission: sql`excluded.responsible_permission`,
    amount: sql`excluded.amount`,
    label: sql`excluded.label`,
    basis: sql`excluded.basis`,
    subject: sql`excluded.subject`,
    context: sql`excluded.context`,
    path: sql`excluded.path`,
    startedOn: sql`excluded.started_on`,
    startedAt: sql`excluded.started_at`,
    dueOn: sql`excluded.due_on`,
    visibleFrom: sql`excluded.visible_from`,
    pauses: sql`excluded.pauses`,
    extensions: sql`excluded.extensions`,
    status: sql`excluded.status`,
    metOn: sql`NULL`,
    escalatedAt: sql`NULL`,
    updatedAt: sql`excluded.updated_at`,
  },
};

/** Stops the open clocks of the subjects (any rule), keeping their due day. */
export async function stopOpenClocksOfSubjects(
  db: Database,
  subjectKind: string,
  subjectIds: readonly string[],
  ruleKey: string | null,
  changes: { metOn: string; status: string; updatedAt: Date },
): Promise<void> {
  await db
    .update(clocks)
    .set(changes)
    .where(
      and(
        eq(clocks.subjectKind, subjectKind),
        inArray(clocks.subjectId, [...subjectIds]),
        ruleKey ? eq(clocks.ruleKey, ruleKey) : undefined,
        eq(clocks.status, 'open'),
      ),
    );
}

/** New clocks whose subject and rule have none yet; an existing clock is left as it is. */
export async function insertClocksSkippingExisting(db: Database, rows: NewClockRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insert(clocks)
      .values(rows.slice(start, start + 500))
      .onConflictDoNothing({ target: [clocks.subjectKind, clocks.subjectId, clocks.ruleKey] });
  }
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

export async function findClocksOfSubjects(db: Database, subjectKind: string, subjectIds: readonly string[]) {
  return db
    .select()
    .from(clocks)
    .where(and(eq(clocks.subjectKind, subjectKind), inArray(clocks.subjectId, [...subjectIds])))
    .orderBy(asc(clocks.startedOn), asc(clocks.subject), asc(clocks.ruleKey));
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
  // A clock naming the user is theirs wherever its agency is (an officer lent to a cross-region
  // check, as the task-visibility rule lets them see the task); the rest only within their subtree.
  // Each reach is its own branch on its own partial index: an OR of them made PostgreSQL scan
  // every open clock (docs/PERFORMANCE.md).
  const open = eq(clocks.status, 'open');
  const branches = [
    db
      .select({ id: clocks.id })
      .from(clocks)
      .where(and(open, sql`${clocks.responsibleUserIds} @> ARRAY[${auth.user.id}]::uuid[]`)),
  ];
  if (duties.length > 0) {
    branches.push(
      db
        .select({ id: clocks.id })
        .from(clocks)
        .where(
          and(
            open,
            eq(clocks.agencyId, auth.scopeRootAgencyId),
            sql`cardinality(${clocks.responsibleUserIds}) = 0`,
            inArray(clocks.responsiblePermission, [...duties]),
          ),
        ),
    );
  }
  if (isHead) {
    branches.push(
      db
        .select({ id: clocks.id })
        .from(clocks)
        .where(
          and(
            open,
            isNotNull(clocks.escalatedAt),
            ne(clocks.agencyId, auth.scopeRootAgencyId),
            inArray(clocks.agencyId, agencyIdsInScope(db, auth)),
          ),
        ),
    );
  }
  const [first, second, third] = branches;
  const reached = third ? unionAll(first!, second!, third) : second ? unionAll(first!, second) : first!;
  return db
    .select()
    .from(clocks)
    .where(and(inArray(clocks.id, reached), lte(clocks.visibleFrom, today)))
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
