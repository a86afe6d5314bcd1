import { eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameSortKeyOf } from '../lib/name-sort-key';
import { createAgency, createEntity } from '../test/factories';
import type { TestServer } from '../test/test-server';
import { createTestServer } from '../test/test-server';
import { queryRows } from './client';
import { fillMissingNameSortKeys, keyedNames } from './name-sort-keys';
import { regulatedEntities } from './schema/index';

describe('the start-up backfill of pinyin sort keys', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('the demo database has every keyed name keyed: entities, officers, agencies, accounts, equipment (demo loader and migrate step)', async () => {
    for (const target of keyedNames) {
      const [row] = await queryRows<{ missing: number; total: number }>(
        server.db,
        sql`SELECT count(*) FILTER (WHERE ${sql.identifier(target.key)} IS NULL)::int AS missing, count(*)::int AS total
            FROM ${sql.identifier(target.table)}`,
      );
      expect({ table: target.table, ...row }).toMatchObject({ table: target.table, missing: 0 });
      expect(row!.total).toBeGreaterThan(0);
    }
  });

  it('fills the key of a row written without one, and leaves keyed rows alone', async () => {
    // Rows from before the column existed have no key: the factory writes one, so clear it.
    const { id } = await createEntity(server, await createAgency(server));
    await server.db.update(regulatedEntities).set({ nameSortKey: null }).where(eq(regulatedEntities.id, id));
    const missing = await server.db
      .select({ id: regulatedEntities.id })
      .from(regulatedEntities)
      .where(isNull(regulatedEntities.nameSortKey));
    expect(missing.map((row) => row.id)).toEqual([id]);
    expect(await fillMissingNameSortKeys(server.db)).toBe(1);
    const [row] = await server.db
      .select({ name: regulatedEntities.name, key: regulatedEntities.nameSortKey })
      .from(regulatedEntities)
      .where(eq(regulatedEntities.id, id));
    expect(row!.key).toMatch(/^ce shi jian guan dui xiang \d+ you xian gong si$/);
    expect(await fillMissingNameSortKeys(server.db)).toBe(0);
  });

  it('fills officers, agencies, accounts and equipment that have no key yet, from their own name column', async () => {
    const cleared: { table: string; id: string; name: string }[] = [];
    for (const target of keyedNames.filter((candidate) => candidate.table !== 'regulated_entities')) {
      const [row] = await queryRows<{ id: string; name: string }>(
        server.db,
        sql`UPDATE ${sql.identifier(target.table)} SET ${sql.identifier(target.key)} = NULL
            WHERE id = (SELECT id FROM ${sql.identifier(target.table)} ORDER BY id LIMIT 1)
            RETURNING id, ${sql.identifier(target.name)} AS name`,
      );
      cleared.push({ table: target.table, ...row! });
    }
    expect(cleared.map((row) => row.table)).toEqual(['officers', 'agencies', 'users', 'equipment_items']);
    expect(await fillMissingNameSortKeys(server.db)).toBe(4);
    for (const [index, target] of keyedNames.slice(1).entries()) {
      const [row] = await queryRows<{ key: string }>(
        server.db,
        sql`SELECT ${sql.identifier(target.key)} AS key FROM ${sql.identifier(target.table)}
            WHERE id = ${cleared[index]!.id}`,
      );
      expect(row!.key).toBe(nameSortKeyOf(cleared[index]!.name));
    }
    expect(await fillMissingNameSortKeys(server.db)).toBe(0);
  });
});
