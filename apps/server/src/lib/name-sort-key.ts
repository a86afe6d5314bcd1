import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { pinyin } from 'pinyin-pro';

/**
 * The sort key of a Chinese name: its syllables in tone-less pinyin, separated by spaces, so names
 * sort as people look them up (万安县丰岭… before 万安县中合…: feng < zhong) rather than by code
 * point. PGlite has no ICU collations, so the key is computed here and stored beside the name, in
 * a `COLLATE "C"` column; both databases then order byte-wise and alike. Ties (homophones) fall
 * back to the name itself. Letters and digits in the name are kept, lower-cased, as they are.
 */
export function nameSortKeyOf(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join(' ')
    .toLowerCase();
}

/**
 * The row to write with the key of its name beside it, whenever the name is written: every insert
 * and every update that changes `name` goes through this, so no writer can forget the key.
 */
export function withNameSortKey<T extends { name?: string }>(values: T): T & { nameSortKey?: string } {
  return values.name === undefined ? values : { ...values, nameSortKey: nameSortKeyOf(values.name) };
}

/** The same for an account's display name (users.display_name_sort_key). */
export function withDisplayNameSortKey<T extends { displayName?: string }>(
  values: T,
): T & { displayNameSortKey?: string } {
  return values.displayName === undefined
    ? values
    : { ...values, displayNameSortKey: nameSortKeyOf(values.displayName) };
}

/**
 * ORDER BY terms for a name with a stored key: the pinyin key, then the name byte-wise so
 * homophones still have one order on both databases. A key not yet backfilled sorts last. The
 * caller ends the order with a unique column so pages are stable.
 */
export function orderByName(key: SQLWrapper, name: SQLWrapper, direction: 'asc' | 'desc' = 'asc'): SQL[] {
  const keyword = sql.raw(direction === 'desc' ? 'DESC' : 'ASC');
  return [sql`${key} ${keyword} NULLS LAST`, sql`${name} COLLATE "C" ${keyword}`];
}
