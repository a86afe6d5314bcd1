import { sql } from 'drizzle-orm';
import { nameSortKeyOf } from '../lib/name-sort-key';
import { arrayParam } from './bulk-load';
import { type Database, queryRows } from './client';

const batchSize = 5_000;

/**
 * Fills the pinyin sort key of rows that have none: those written before the column existed (a
 * migration cannot run the TypeScript pinyin library). Run by the migrate step at every start-up,
 * after the migrations; a no-op once every row has its key, since every writer of a name writes
 * its key too.
 */
export async function fillMissingNameSortKeys(db: Database): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await queryRows<{ id: string; name: string }>(
      db,
      sql`SELECT id, name FROM regulated_entities WHERE name_sort_key IS NULL LIMIT ${batchSize}`,
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
      UPDATE regulated_entities AS e SET name_sort_key = k.key
      FROM unnest(${ids}, ${keys}) AS k(id, key)
      WHERE e.id = k.id`);
    filled += rows.length;
  }
}
