import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index';

export type Schema = typeof schema;
/** Either driver's database; transactions have the same type. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** The raw PGlite instance when kind is pglite (tests clone and dump it). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export type DatabaseConfig =
  | { kind: 'postgresql'; url: string; poolSize?: number; queryLogFile?: string | null }
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob | File };

/** PostgreSQL `numeric`/`bigint` arrive as strings; we keep them so and convert where needed. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === 'postgresql') {
    // Sessions speak UTC; business dates are computed in Asia/Shanghai by the application. Set as
    // a startup parameter: a `SET` sent from the pool's 'connect' event races the first query on
    // the same client (pg warns "client.query() while already executing").
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      options: '-c TimeZone=UTC',
    });
    // An idle connection the server ends (a PostgreSQL restart, pg_terminate_backend, a dropped
    // test database) reports on the pool; unheard, that error would end the whole process. The
    // pool has already discarded the connection and opens a new one for the next query.
    pool.on('error', (error) => {
      process.stderr.write(`PostgreSQL closed an idle connection: ${error.message}\n`);
    });
    const queryLogFile = config.queryLogFile;
    const logger = queryLogFile
      ? {
          logQuery: (query: string, params: unknown[]) =>
            appendFileSync(queryLogFile, `${JSON.stringify({ query, params })}\n`),
        }
      : false;
    const db = drizzlePostgres(pool, { schema, logger }) as unknown as Database;
    return { db, kind: 'postgresql', close: () => pool.end() };
  }
  const release = config.dataDir ? lockDataDir(config.dataDir) : () => undefined;
  try {
    const client = await PGlite.create({
      ...(config.dataDir ? { dataDir: config.dataDir } : {}),
      ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
      // Trigram indexes for searches by part of a name (the pg_trgm migration).
      extensions: { pg_trgm },
    });
    await client.exec("SET TIME ZONE 'UTC'");
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return {
      db,
      kind: 'pglite',
      pglite: client,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * PGlite keeps one process per data folder: a second process opening it would corrupt it. A pid
 * file says who holds the folder; a stale one (its process gone) is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(path.dirname(path.resolve(dataDir)), `.${path.basename(dataDir)}.pid`);
  if (existsSync(lockFile)) {
    const holder = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isProcessAlive(holder)) {
      throw new Error(
        `数据目录 ${dataDir} 正被进程 ${holder} 使用（通常是正在运行的 npm start）。` +
          '请先停止该进程，或设置 DATABASE_URL 使用 PostgreSQL。',
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => {
    try {
      if (readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile);
    } catch {
      // already gone
    }
  };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

interface PreparingDatabase {
  dialect: { sqlToQuery(query: SQL): unknown };
  session: {
    prepareQuery(
      query: unknown,
      fields: undefined,
      name: string,
      arrayMode: boolean,
    ): { execute(): Promise<unknown> };
  };
}

/**
 * `queryRows` as a named prepared statement: PostgreSQL parses it once per connection and, after
 * a few runs, keeps its plan, so a hot statement stops paying its planning time (1.1 ms of the
 * entity page's 1.6 ms, more under load). Only for SQL whose text never changes under the name
 * (the driver refuses a second text); not for searches, whose best plan depends on the pattern.
 * PGlite ignores the name. Through drizzle's session, so QINGSHAN_QUERY_LOG still sees it.
 */
export async function queryPreparedRows<Row>(db: Database, name: string, query: SQL): Promise<Row[]> {
  const internal = db as unknown as PreparingDatabase;
  const prepared = internal.session.prepareQuery(internal.dialect.sqlToQuery(query), undefined, name, false);
  const result = (await prepared.execute()) as { rows: Row[] };
  return result.rows;
}
