import { type SQL, sql } from 'drizzle-orm';
import { type Database, type DatabaseKind, queryRows } from './client';

/** A column of a bulk load: its name and the SQL type its values are cast to. */
export interface BulkColumn {
  name: string;
  type: 'text' | 'uuid' | 'date' | 'boolean' | 'double precision' | 'integer' | 'smallint' | 'timestamptz';
}

/** A value of one cell: text for text, uuid, date and timestamptz columns. */
export type BulkValue = string | number | boolean | null;

/** The driver's own client under a drizzle database or transaction (both drivers name it so). */
interface RawClient {
  query(text: string, params?: unknown[], options?: { blob?: Blob }): Promise<unknown>;
}

function rawClientOf(db: Database): RawClient {
  return (db as unknown as { session: { client: RawClient } }).session.client;
}

const needsQuotes = /[",\r\n]/;

/** A text cell in COPY's CSV format: an unquoted empty field is NULL, so '' is quoted. */
function csvText(value: BulkValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  if (value === '') return '""';
  return needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Ids, dates, numbers and booleans never need quotes. */
function csvPlain(value: BulkValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value);
}

/**
 * Loads many rows into a table with one COPY, inside the caller's transaction — the bulk path of
 * PostgreSQL, for imports of 100,000 rows where `insertMany` (multi-row VALUES, one parameter per
 * cell) spends its time building and binding millions of parameters. The rows go as CSV:
 * - PGlite: `COPY … FROM '/dev/blob'`, PGlite's own way to hand a file to its WebAssembly engine;
 * - PostgreSQL: `COPY … FROM STDIN` over node-postgres (see `copyFromStdin`; pg-copy-streams
 *   would be a dependency for these thirty lines).
 * `rows` may be a generator that refills one array: each row is written out before the next is
 * asked for. Constraints, defaults and triggers apply as for any INSERT; an error fails the
 * statement.
 */
export async function loadRows(
  db: Database,
  kind: DatabaseKind,
  table: string,
  columns: readonly BulkColumn[],
  rows: Iterable<readonly BulkValue[]>,
): Promise<number> {
  const serializers = columns.map((column) => (column.type === 'text' ? csvText : csvPlain));
  const lines: string[] = [];
  for (const row of rows) {
    let line = serializers[0]!(row[0] ?? null);
    for (let column = 1; column < serializers.length; column++) {
      line += `,${serializers[column]!(row[column] ?? null)}`;
    }
    lines.push(line);
  }
  if (lines.length === 0) return 0;
  const columnList = columns.map((column) => `"${column.name}"`).join(', ');
  const csv = `${lines.join('\n')}\n`;
  if (kind === 'pglite') {
    await rawClientOf(db).query(`COPY "${table}" (${columnList}) FROM '/dev/blob' WITH (FORMAT csv)`, [], {
      blob: new Blob([csv]),
    });
  } else {
    await copyFromStdin(
      rawClientOf(db),
      `COPY "${table}" (${columnList}) FROM STDIN WITH (FORMAT csv)`,
      Buffer.from(csv, 'utf8'),
    );
  }
  return lines.length;
}

/** An array parameter (one value on the wire), cast to `type[]`: for `unnest` and `= ANY`. */
export function arrayParam(values: readonly BulkValue[], type: BulkColumn['type']): SQL {
  return sql`${sql.param(values)}::${sql.raw(type)}[]`;
}

/** A referenced row was gone: what a foreign-key trigger would have refused (SQLSTATE 23503). */
export class MissingReferenceError extends Error {
  readonly code = '23503';
  constructor(
    readonly table: string,
    readonly missing: number,
  ) {
    super(`bulk load: ${missing} referenced rows of ${table} are missing`);
    this.name = 'MissingReferenceError';
  }
}

/** References of bulk-loaded rows, checked once per distinct value (see `withBatchedReferenceChecks`). */
export interface ReferenceCheck {
  /** The referenced table and its key column, e.g. `regions`, `code`. */
  table: string;
  column: string;
  type: BulkColumn['type'];
  values: Iterable<string>;
}

/**
 * Runs a bulk load with the row-by-row foreign-key triggers off and checks the same references
 * once per distinct value instead. A foreign key is checked by a trigger per inserted row — for
 * 100,000 entities and their timeline rows that is 500,000 look-ups of the same few thousand
 * regions, agencies and users, about half of the load's time (EXPLAIN ANALYZE; docs/PERFORMANCE.md).
 * Here every distinct referenced key is looked up and locked `FOR KEY SHARE` — what each trigger
 * would have done — in one query per table, in the same transaction; a key that is missing fails
 * the transaction as the trigger would have. References to rows the load itself writes need no
 * check.
 *
 * The triggers are skipped with `SET LOCAL session_replication_role = replica` (the switch
 * pg_restore uses for data-only loads), which also skips ordinary triggers. So this is done only
 * when the session may set it (PGlite; a PostgreSQL superuser or a role granted SET on it) and
 * when the tables have no trigger of their own; otherwise `work` runs with the triggers on, the
 * same result more slowly. The setting is transaction-local and put back before returning.
 */
export async function withBatchedReferenceChecks<Result>(
  tx: Database,
  tables: readonly string[],
  checks: readonly ReferenceCheck[],
  work: () => Promise<Result>,
): Promise<Result> {
  const [state] = await queryRows<{ may_set: boolean; own_triggers: number }>(
    tx,
    sql`SELECT has_parameter_privilege('session_replication_role', 'SET') AS may_set,
          (SELECT count(*)::int FROM pg_trigger
            WHERE NOT tgisinternal AND tgrelid = ANY(${arrayParam(tables, 'text')}::regclass[])) AS own_triggers`,
  );
  if (!state?.may_set || state.own_triggers > 0) return work();
  await tx.execute(sql`SET LOCAL session_replication_role = replica`);
  const result = await work();
  await tx.execute(sql`SET LOCAL session_replication_role = origin`);
  for (const check of checks) {
    const values = [...new Set(check.values)];
    if (values.length === 0) continue;
    const [found] = await queryRows<{ count: number }>(
      tx,
      sql`SELECT count(*)::int AS count FROM (
            SELECT 1 FROM ${sql.raw(`"${check.table}"`)}
            WHERE ${sql.raw(`"${check.column}"`)} = ANY(${arrayParam(values, check.type)})
            FOR KEY SHARE) AS referenced`,
    );
    if ((found?.count ?? 0) !== values.length) {
      throw new MissingReferenceError(check.table, values.length - (found?.count ?? 0));
    }
  }
  return result;
}

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/**
 * COPY … FROM STDIN on node-postgres without pg-copy-streams: a "submittable" (the extension point
 * pg-cursor and pg-copy-streams use) that sends the query, answers the server's CopyInResponse
 * with the data and CopyDone, and settles on ReadyForQuery or on the error.
 */
function copyFromStdin(client: RawClient, text: string, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    let isSettled = false;
    const settle = (error?: unknown) => {
      if (isSettled) return;
      isSettled = true;
      if (error) reject(error);
      else resolve();
    };
    const chunkSize = 1 << 20;
    const submittable = {
      submit(connection: CopyConnection) {
        connection.query(text);
      },
      handleCopyInResponse(connection: CopyConnection) {
        for (let start = 0; start < data.length; start += chunkSize) {
          connection.sendCopyFromChunk(data.subarray(start, start + chunkSize));
        }
        connection.endCopyFrom();
      },
      handleCommandComplete() {},
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handleCopyData() {},
      handlePortalSuspended() {},
      handleReadyForQuery() {
        settle();
      },
      handleError(error: unknown) {
        settle(error);
      },
    };
    (client as unknown as { query(submittable: object): void }).query(submittable);
  });
}
