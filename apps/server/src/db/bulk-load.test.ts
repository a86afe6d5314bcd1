import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorText } from '../test/test-fixtures';
import { createTestServer, type TestServer } from '../test/test-server';
import { type BulkColumn, loadRows, MissingReferenceError, withBatchedReferenceChecks } from './bulk-load';
import { queryRows } from './client';

const columns: BulkColumn[] = [
  { name: 'id', type: 'integer' },
  { name: 'label', type: 'text' },
  { name: 'region_code', type: 'text' },
  { name: 'flag', type: 'boolean' },
  { name: 'amount', type: 'double precision' },
  { name: 'day', type: 'date' },
];

describe('bulk load', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
    await server.db.execute(sql`
      CREATE TABLE bulk_load_probe (
        id integer PRIMARY KEY,
        label text,
        region_code varchar(12) REFERENCES regions(code),
        flag boolean,
        amount double precision,
        day date
      )`);
  });
  afterAll(async () => {
    await server.close();
  });

  async function probeRows() {
    return queryRows<Record<string, unknown>>(
      server.db,
      sql`SELECT id, label, region_code, flag, amount, to_char(day, 'YYYY-MM-DD') AS day
          FROM bulk_load_probe ORDER BY id`,
    );
  }

  it('writes text with quotes, commas and line breaks, empty strings and NULLs exactly', async () => {
    await server.db.transaction((tx) =>
      loadRows(tx, server.handle.kind, 'bulk_load_probe', columns, [
        [1, '南昌"县",莲塘\r\n镇', '360121', true, 115.5, '2026-11-20'],
        [2, '', null, false, null, null],
        [3, null, '360124', null, -0.25, '2028-02-29'],
      ]),
    );
    expect(await probeRows()).toEqual([
      {
        id: 1,
        label: '南昌"县",莲塘\r\n镇',
        region_code: '360121',
        flag: true,
        amount: 115.5,
        day: '2026-11-20',
      },
      { id: 2, label: '', region_code: null, flag: false, amount: null, day: null },
      { id: 3, label: null, region_code: '360124', flag: null, amount: -0.25, day: '2028-02-29' },
    ]);
    await server.db.execute(sql`DELETE FROM bulk_load_probe`);
  });

  it('refuses a reference the triggers would have refused, and writes nothing', async () => {
    const load = server.db.transaction((tx) =>
      withBatchedReferenceChecks(
        tx,
        ['bulk_load_probe'],
        [{ table: 'regions', column: 'code', type: 'text', values: ['360121', '369999'] }],
        () =>
          loadRows(tx, server.handle.kind, 'bulk_load_probe', columns, [
            [10, 'a', '360121', true, 1, null],
            [11, 'b', '369999', true, 1, null],
          ]),
      ),
    );
    await expect(load).rejects.toThrow(MissingReferenceError);
    expect(await probeRows()).toEqual([]);
  });

  it('keeps the row-by-row checks when the table has a trigger of its own', async () => {
    await server.db.execute(sql`
      CREATE FUNCTION bulk_load_probe_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.label := coalesce(NEW.label, '') || '✓'; RETURN NEW; END; $$`);
    await server.db.execute(sql`
      CREATE TRIGGER bulk_load_probe_touch BEFORE INSERT ON bulk_load_probe
      FOR EACH ROW EXECUTE FUNCTION bulk_load_probe_touch()`);
    const load = server.db.transaction((tx) =>
      withBatchedReferenceChecks(tx, ['bulk_load_probe'], [], () =>
        loadRows(tx, server.handle.kind, 'bulk_load_probe', columns, [[20, 'x', '369999', true, 1, null]]),
      ),
    );
    // The foreign-key trigger itself refuses it (SQLSTATE 23503) …
    await expect(load).rejects.toSatisfy((error: unknown) => /foreign key|外键/i.test(errorText(error)));
    await server.db.transaction((tx) =>
      withBatchedReferenceChecks(tx, ['bulk_load_probe'], [], () =>
        loadRows(tx, server.handle.kind, 'bulk_load_probe', columns, [[21, 'y', '360121', true, 1, null]]),
      ),
    );
    // … and the table's own trigger ran.
    expect((await probeRows()).map((row) => row.label)).toEqual(['y✓']);
  });
});
