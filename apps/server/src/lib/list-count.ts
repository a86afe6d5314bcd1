import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../db/client';

/**
 * Counted exactly up to this many rows; past it a list's total is the planner's estimate ("约 N 条").
 * Ten thousand rows count in a few milliseconds from an index; a province's 100,000 entities cost
 * ~30 ms a page, which at 50 concurrent users was most of the list's time (docs/PERFORMANCE.md).
 */
export const exactCountLimit = 10_000;

export interface ListTotal {
  total: number;
  /** True when `total` is the planner's estimate of a count past `exactCountLimit`. */
  isEstimate: boolean;
}

/**
 * The total of a list: `SELECT count(*)` of at most `limit + 1` rows of `fromWhere` (a `FROM … WHERE
 * …` clause), and when it has more, PostgreSQL's own estimate of the rows (EXPLAIN, no execution),
 * never below the exact part. A person paging a list of 100,000 needs its size, not its last digit;
 * paging stays usable because pages are fetched by offset, and a page past the real end is empty.
 */
export async function countUpTo(db: Database, fromWhere: SQL, limit = exactCountLimit): Promise<ListTotal> {
  const [counted] = await queryRows<{ total: number | string }>(
    db,
    sql`SELECT count(*) AS total FROM (SELECT 1 ${fromWhere} LIMIT ${limit + 1}) AS capped`,
  );
  const exact = Number(counted?.total ?? 0);
  if (exact <= limit) return { total: exact, isEstimate: false };
  const [plan] = await queryRows<{ 'QUERY PLAN': unknown }>(
    db,
    sql`EXPLAIN (FORMAT JSON) SELECT 1 ${fromWhere}`,
  );
  return { total: Math.max(exact, estimatedRows(plan?.['QUERY PLAN'])), isEstimate: true };
}

/** `Plan Rows` of EXPLAIN's JSON (drivers hand it back parsed or as text). */
function estimatedRows(explained: unknown): number {
  const parsed = typeof explained === 'string' ? (JSON.parse(explained) as unknown) : explained;
  const root = Array.isArray(parsed) ? (parsed[0] as { Plan?: { 'Plan Rows'?: number } }) : undefined;
  return Math.round(root?.Plan?.['Plan Rows'] ?? 0);
}
