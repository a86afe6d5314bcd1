import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client';
import { createTestServer, type TestServer } from '../test/test-server';
import { countUpTo } from './list-count';

/** Totals of long lists: exact up to the limit, the planner's estimate past it ("约 N 条"). */
describe('countUpTo', () => {
  let server: TestServer;
  let exact: number;

  beforeAll(async () => {
    server = await createTestServer();
    await server.db.execute(sql`ANALYZE regulated_entities`);
    const [row] = await queryRows<{ total: number }>(
      server.db,
      sql`SELECT count(*)::int AS total FROM regulated_entities WHERE region_code LIKE '36%'`,
    );
    exact = row!.total;
  });
  afterAll(async () => {
    await server.close();
  });

  it('counts exactly when the rows are within the limit', async () => {
    const result = await countUpTo(
      server.db,
      sql`FROM regulated_entities e WHERE e.region_code LIKE '36%'`,
      exact,
    );
    expect(result).toEqual({ total: exact, isEstimate: false });
  });

  it('past the limit answers the estimate, flagged, never below the rows it counted', async () => {
    const limit = Math.floor(exact / 4);
    const result = await countUpTo(
      server.db,
      sql`FROM regulated_entities e WHERE e.region_code LIKE '36%'`,
      limit,
    );
    expect(result.isEstimate).toBe(true);
    expect(result.total).toBeGreaterThan(limit);
    // The planner's estimate of a plain filter on an analysed table is close to the truth.
    expect(Math.abs(result.total - exact) / exact).toBeLessThan(0.2);
  });

  it('takes the filter as parameters, so a search text cannot change the statement', async () => {
    const text = "%'; DROP TABLE regulated_entities; --";
    const result = await countUpTo(server.db, sql`FROM regulated_entities e WHERE e.name LIKE ${text}`, 10);
    expect(result).toEqual({ total: 0, isEstimate: false });
  });
});
