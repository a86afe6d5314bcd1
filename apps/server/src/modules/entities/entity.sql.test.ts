import { eq, type SQLWrapper, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { creditCards, officers } from '../../db/schema/index';
import { createTestServer, type TestServer } from '../../test/test-server';
import { accountSummaries } from '../users/index';
import { entityRows } from './index';

// The relations a face offers (D54b) promise the plan of a join on the table itself: PostgreSQL
// must flatten them into the caller's statement. A relation that grew an aggregate, a LIMIT or
// DISTINCT would be planned as a separate subquery scan at every caller, at province scale.
describe('relations offered by the faces', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  async function planOf(query: SQLWrapper): Promise<string> {
    const rows = await queryRows<Record<string, string>>(server.db, sql`EXPLAIN ${query}`);
    return rows.map((row) => Object.values(row)[0]).join('\n');
  }

  it('plans an entity summary joined on a credit card as a join on the entities table', async () => {
    const entity = entityRows;
    const plan = await planOf(
      server.db
        .select({ id: creditCards.id, name: entity.name })
        .from(creditCards)
        .innerJoin(entity, eq(entity.id, creditCards.entityId))
        .where(sql`${entity.countyCode} LIKE '3601%'`)
        .orderBy(entity.nameSortKey),
    );
    expect(plan).toContain('regulated_entities');
    expect(plan).not.toMatch(/Subquery Scan/i);
  });

  it('plans an account summary joined on an officer as a join on the accounts table', async () => {
    const account = accountSummaries();
    const plan = await planOf(
      server.db
        .select({ id: officers.id, username: account.username })
        .from(officers)
        .leftJoin(account, eq(account.id, officers.userId))
        .orderBy(account.username),
    );
    expect(plan).toContain('users');
    expect(plan).not.toMatch(/Subquery Scan/i);
  });
});
