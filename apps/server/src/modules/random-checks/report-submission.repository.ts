import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { randomCheckReportSubmissions } from '../../db/schema/index';
import { agencies } from '../../lib/organisation';

export type ReportSubmissionRow = typeof randomCheckReportSubmissions.$inferSelect & { agencyName: string };

const columns = {
  submission: randomCheckReportSubmissions,
  agencyName: agencies.name,
};

function withAgencyName(
  rows: { submission: typeof randomCheckReportSubmissions.$inferSelect; agencyName: string }[],
) {
  return rows.map((row) => ({ ...row.submission, agencyName: row.agencyName }));
}

/** Every submission of these agencies for one table and period, newest first. */
export async function findSubmissions(
  db: Database,
  agencyIds: readonly string[],
  kind: string,
  period: string,
): Promise<ReportSubmissionRow[]> {
  if (agencyIds.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(randomCheckReportSubmissions)
    .innerJoin(agencies, eq(agencies.id, randomCheckReportSubmissions.agencyId))
    .where(
      and(
        inArray(randomCheckReportSubmissions.agencyId, [...agencyIds]),
        eq(randomCheckReportSubmissions.kind, kind),
        eq(randomCheckReportSubmissions.period, period),
      ),
    )
    .orderBy(desc(randomCheckReportSubmissions.submittedAt), asc(randomCheckReportSubmissions.id));
  return withAgencyName(rows);
}

/** The tables of one agency that stand submitted (not withdrawn), as `kind:period` pairs. */
export async function findCurrentSubmissionKeys(
  db: Database,
  agencyId: string,
): Promise<{ kind: string; period: string }[]> {
  return db
    .select({ kind: randomCheckReportSubmissions.kind, period: randomCheckReportSubmissions.period })
    .from(randomCheckReportSubmissions)
    .where(
      and(
        eq(randomCheckReportSubmissions.agencyId, agencyId),
        ne(randomCheckReportSubmissions.status, 'withdrawn'),
      ),
    );
}

export async function findSubmissionById(db: Database, id: string): Promise<ReportSubmissionRow | null> {
  const rows = await db
    .select(columns)
    .from(randomCheckReportSubmissions)
    .innerJoin(agencies, eq(agencies.id, randomCheckReportSubmissions.agencyId))
    .where(eq(randomCheckReportSubmissions.id, id))
    .limit(1);
  return withAgencyName(rows)[0] ?? null;
}

export async function insertSubmission(
  db: Database,
  row: typeof randomCheckReportSubmissions.$inferInsert,
): Promise<void> {
  await db.insert(randomCheckReportSubmissions).values(row);
}

/** Changes a submission that is still `submitted`; false when it no longer is (a race lost). */
export async function updateSubmittedSubmission(
  db: Database,
  id: string,
  values: Partial<typeof randomCheckReportSubmissions.$inferInsert>,
): Promise<boolean> {
  const updated = await db
    .update(randomCheckReportSubmissions)
    .set(values)
    .where(and(eq(randomCheckReportSubmissions.id, id), eq(randomCheckReportSubmissions.status, 'submitted')))
    .returning({ id: randomCheckReportSubmissions.id });
  return updated.length > 0;
}
