import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client';

// PostgreSQL takes at most 65,535 parameters per statement.
const maximumParameters = 60_000;

/**
 * Inserts many rows with multi-row VALUES statements, bypassing drizzle's per-row query building
 * (about 1.8 s per 100,000 rows on this machine; see shared STACK-NOTES). `rows` use the table's
 * TypeScript property names; every row must carry the same keys. For demo data and imports.
 */
export async function insertMany<Table extends PgTable>(
  db: Database,
  table: Table,
  rows: Table['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0]!).filter((key) => key in columns);
  const columnList = sql.raw(keys.map((key) => `"${columns[key]!.name}"`).join(', '));
  const rowsPerStatement = Math.max(1, Math.floor(maximumParameters / keys.length));
  const tableName = sql.raw(`"${getTableName(table)}"`);
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const batch = rows.slice(start, start + rowsPerStatement);
    const values: SQL[] = batch.map((row) => {
      const record = row as Record<string, unknown>;
      return sql`(${sql.join(
        keys.map((key) => {
          const column = columns[key]!;
          const value = record[key];
          return value === undefined || value === null ? sql`NULL` : sql`${column.mapToDriverValue(value)}`;
        }),
        sql`, `,
      )})`;
    });
    await db.execute(sql`INSERT INTO ${tableName} (${columnList}) VALUES ${sql.join(values, sql`, `)}`);
  }
}
