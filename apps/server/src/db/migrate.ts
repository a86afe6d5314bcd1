import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { installJobQueue } from '../lib/jobs/index';
import { type Database, type DatabaseHandle, queryRows } from './client';
import { fillMissingNameSortKeys } from './name-sort-keys';

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

/**
 * Applies every migration in `migrationsFolder` that is not yet applied (the same files on both
 * drivers), then computes what SQL cannot: the pinyin sort keys of rows that lack one. pg-boss's
 * schema (the job queue) is created or migrated by pg-boss itself, in its own `pgboss` schema
 * beside drizzle's: the two never touch each other's tables.
 */
export async function applyMigrations(handle: DatabaseHandle, migrationsFolder: string): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    await fillMissingNameSortKeys(handle.db);
    await installJobQueue(handle);
  } else {
    // Two servers starting at once must not migrate concurrently.
    await handle.db.execute(sql`SELECT pg_advisory_lock(727274)`);
    try {
      await migrateNodePostgres(handle.db as unknown as NodePgDatabase, { migrationsFolder });
      await fillMissingNameSortKeys(handle.db);
      await installJobQueue(handle);
    } finally {
      await handle.db.execute(sql`SELECT pg_advisory_unlock(727274)`);
    }
  }
}

export function readMigrationJournal(migrationsFolder: string): JournalEntry[] {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}

/** The tag of the newest migration applied to this database, or 'none'. */
export async function findLatestAppliedMigration(db: Database, migrationsFolder: string): Promise<string> {
  const [latest] = await queryRows<{ created_at: string | number }>(
    db,
    sql`SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1`,
  );
  if (!latest) return 'none';
  const when = Number(latest.created_at);
  const entry = readMigrationJournal(migrationsFolder).find((candidate) => candidate.when === when);
  return entry?.tag ?? `unknown-${when}`;
}
