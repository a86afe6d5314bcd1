import { customType } from 'drizzle-orm/pg-core';

/**
 * A name's pinyin sort key (lib/name-sort-key) in the "C" collation: byte order, the same on
 * PGlite (which has no ICU) and PostgreSQL whatever the cluster's locale. Null only until the
 * start-up backfill has filled rows written before the column existed.
 */
export const nameSortKey = customType<{ data: string; driverData: string }>({
  dataType: () => 'text COLLATE "C"',
});

/** Raw bytes (an uploaded file kept until its job has run). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});
