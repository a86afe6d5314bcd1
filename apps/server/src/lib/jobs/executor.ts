import type { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Database, DatabaseHandle } from '../../db/client';

/** What pg-boss calls to run its SQL (its `db` option): text with $1…$n, and the values. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss on the server's own connections: the PGlite instance, or the PostgreSQL pool. pg-boss
 * sends its install and maintenance as several statements in one text without values, which only
 * the simple query protocol accepts (PGlite's exec, pg's query without values).
 */
export function executorOf(handle: DatabaseHandle): SqlExecutor {
  if (handle.kind === 'pglite') {
    const pglite = handle.pglite as PGlite;
    return {
      async executeSql(text, values) {
        if (values && values.length > 0) return pglite.query(text, values.map(toPgliteValue));
        const results = await pglite.exec(text);
        return results[results.length - 1] ?? { rows: [] };
      },
    };
  }
  const pool = (handle.db as unknown as { $client: pg.Pool }).$client;
  return {
    executeSql: (text, values) => (values && values.length > 0 ? pool.query(text, values) : pool.query(text)),
  };
}

/** pg sends `undefined` as NULL; PGlite and drizzle need it said. */
function toPgliteValue(value: unknown): unknown {
  return value === undefined ? null : value;
}

/**
 * An executor on a drizzle transaction, so that a job is enqueued in the same transaction as the
 * rows it is about (it exists exactly when they do). Only single statements with values reach it.
 */
export function transactionExecutor(tx: Database): SqlExecutor {
  return {
    async executeSql(text, values = []) {
      const chunks: SQL[] = [];
      let last = 0;
      for (const match of text.matchAll(/\$(\d+)/g)) {
        chunks.push(sql.raw(text.slice(last, match.index)));
        chunks.push(sql`${toPgliteValue(values[Number(match[1]) - 1])}`);
        last = match.index + match[0].length;
      }
      chunks.push(sql.raw(text.slice(last)));
      const result = (await tx.execute(sql.join(chunks))) as unknown as { rows: unknown[] };
      return { rows: result.rows };
    },
  };
}
