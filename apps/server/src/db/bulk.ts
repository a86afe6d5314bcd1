import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client';

// Rows per statement: each column travels as one array parameter of this many values.
const rowsPerStatement = 20_000;

/**
 * Inserts many rows as `INSERT … SELECT FROM unnest($1::text[], $2::text[], …)`: one array
 * parameter per column instead of one parameter per cell. Both drivers bind it as a handful of
 * text values that the server parses in C; drizzle's `insert().values()` and multi-row VALUES
 * bind one parameter per cell, which cost about three times the CPU on PGlite for the demo's
 * ~80,000 timeline events (measured 12 s against 3.8 s). Every value goes as its driver text
 * (arrays as array literals, JSON as text) and is cast back to the column's type.
 *
 * `rows` use the table's TypeScript property names; a key some rows leave out is NULL there. For the
 * demo generator and other server-built rows; `bulk-load.ts` (COPY) is the path for imports of
 * 100,000 rows from a file.
 */
export async function insertMany<Table extends PgTable>(
  db: Database,
  table: Table,
  rows: Table['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  // The union of the rows' keys: a key some rows leave out is NULL for them.
  const keySet = new Set<string>();
  for (const row of rows) for (const key in row) keySet.add(key);
  const keys = [...keySet].filter((key) => key in columns);
  const names = keys.map((key) => `"${columns[key]!.name}"`).join(', ');
  const casts = keys.map((key, index) => `c${index}::${columns[key]!.getSQLType()}`).join(', ');
  const aliases = keys.map((_, index) => `c${index}`).join(', ');
  const tableName = sql.raw(`"${getTableName(table)}"`);
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const batch = rows.slice(start, start + rowsPerStatement) as Record<string, unknown>[];
    const arrays = keys.map((key) => {
      const column = columns[key]!;
      const values = batch.map((row) => {
        const value = row[key];
        return value === null || value === undefined ? null : String(column.mapToDriverValue(value));
      });
      return sql`${sql.param(values)}::text[]`;
    });
    await db.execute(
      sql`INSERT INTO ${tableName} (${sql.raw(names)}) SELECT ${sql.raw(casts)} FROM unnest(${sql.join(arrays, sql`, `)}) AS rows(${sql.raw(aliases)})`,
    );
  }
}
