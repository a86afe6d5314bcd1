import { sql } from 'drizzle-orm';
import { nameSortKeyOf } from '../lib/name-sort-key';
import { arrayParam } from './bulk-load';
import { type Database, queryRows } from './client';

const batchSize = 5_000;

/** A name column with a stored pinyin sort key (lib/name-sort-key) beside it. */
interface KeyedName {
  table: string;
  name: string;
  key: string;
}

/** Every name that lists order by pinyin; a new one is added here and its writers write the key. */
export const keyedNames: readonly KeyedName[] = [
  { table: 'regulated_entities', name: 'name', key: 'name_sort_key' },
  { table: 'officers', name: 'name', key: 'name_sort_key' },
  { table: 'agencies', name: 'name', key: 'name_sort_key' },
  { table: 'users', name: 'display_name', key: 'display_name_sort_key' },
  { table: 'equipment_items', name: 'name', key: 'name_sort_key' },
];

/**
 * Fills the pinyin sort keys of rows that have none: those written before the column existed (a
 * migration cannot run the TypeScript pinyin library). Run by the migrate step at every start-up,
 * after the migrations; a no-op once every row has its key, since every writer of a name writes
 * its key too. Returns how many rows it filled.
 */
export async function fillMissingNameSortKeys(db: Database): Promise<number> {
  let filled = 0;
  for (const target of keyedNames) filled += await fillMissingKeysOf(db, target);
  return filled;
}

async function fillMissingKeysOf(db: Database, target: KeyedName): Promise<number> {
  const table = sql.identifier(target.table);
  const name = sql.identifier(target.name);
  const key = sql.identifier(target.key);
  let filled = 0;
  for (;;) {
    const rows = await queryRows<{ id: string; name: string }>(
      db,
      sql`SELECT id, ${name} AS name FROM ${table} WHERE ${key} IS NULL LIMIT ${batchSize}`,
    );
    if (rows.length === 0) return filled;
    const ids = arrayParam(
      rows.map((row) => row.id),
      'uuid',
    );
    const keys = arrayParam(
      rows.map((row) => nameSortKeyOf(row.name)),
      'text',
    );
    await db.execute(sql`
      UPDATE ${table} AS t SET ${key} = k.key
      FROM unnest(${ids}, ${keys}) AS k(id, key)
      WHERE t.id = k.id`);
    filled += rows.length;
  }
}
