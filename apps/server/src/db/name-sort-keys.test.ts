import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEntity } from '../modules/personnel/personnel.test-support';
import type { TestServer } from '../test/test-server';
import { createTestServer } from '../test/test-server';
import { fillMissingNameSortKeys } from './name-sort-keys';
import { regulatedEntities } from './schema/index';

describe('the start-up backfill of pinyin sort keys', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('the demo database has every entity keyed (demo loader and migrate step)', async () => {
    const missing = await server.db
      .select({ id: regulatedEntities.id })
      .from(regulatedEntities)
      .where(isNull(regulatedEntities.nameSortKey));
    expect(missing).toEqual([]);
  });

  it('fills the key of a row written without one, and leaves keyed rows alone', async () => {
    // Written straight to the table, as rows from before the column existed are.
    const id = await insertEntity(server, '360121-BUR', '360121');
    expect(await fillMissingNameSortKeys(server.db)).toBe(1);
    const [row] = await server.db
      .select({ name: regulatedEntities.name, key: regulatedEntities.nameSortKey })
      .from(regulatedEntities)
      .where(eq(regulatedEntities.id, id));
    expect(row!.key).toMatch(/^ce shi jian guan dui xiang \d+ you xian gong si$/);
    expect(await fillMissingNameSortKeys(server.db)).toBe(0);
  });
});
