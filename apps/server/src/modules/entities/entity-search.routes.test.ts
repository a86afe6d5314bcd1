import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { regulatedEntities } from '../../db/schema/index';
import { createAgency, createEntity, createUser, type TestUser } from '../../test/factories';
import { createTestServer, type TestServer } from '../../test/test-server';
import { buildEntityFilter } from './entity.repository';

/**
 * The entity list's `q` (REG-1): part of the name, the legal representative, the address or the
 * credit code. Trigram indexes serve three characters and more, the bigram index two (D57); the
 * answer must stay the plain substring filter whatever index narrows it.
 */
describe('entity search by part of a text', () => {
  let server: TestServer;
  let inspector: TestUser;
  const entities: { id: string; name: string; legal: string | null; address: string | null; code: string }[] =
    [];

  // Few letters, so that one- and two-character queries hit; LIKE's wildcards and the escape
  // character, spaces, dashes, digits and Latin letters of both cases among them.
  const alphabet = [
    '化',
    '工',
    '江',
    '西',
    '新',
    '材',
    '料',
    '县',
    'A',
    'a',
    'b',
    '9',
    '1',
    '%',
    '_',
    '\\',
    ' ',
    '-',
  ];
  const text = (maxLength: number) =>
    fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength }).map((letters) => letters.join(''));

  beforeAll(async () => {
    server = await createTestServer();
    const agency = await createAgency(server);
    inspector = await createUser(server, agency, ['inspector']);
    const rows = fc.sample(
      fc.record({ name: text(10), legal: fc.option(text(4)), address: fc.option(text(12)) }),
      { seed: 20261208, numRuns: 40 },
    );
    for (const row of rows) {
      const created = await createEntity(server, agency, { name: `${row.name}公司` });
      await server.db
        .update(regulatedEntities)
        .set({ legalRepresentative: row.legal, address: row.address })
        .where(eq(regulatedEntities.id, created.id));
      entities.push({
        id: created.id,
        name: `${row.name}公司`,
        legal: row.legal,
        address: row.address,
        code: created.creditCode,
      });
    }
  });
  afterAll(async () => {
    await server.close();
  });

  /** The meaning of q: a substring of a text (Latin letters without case), or of the credit code. */
  function expected(q: string): string[] {
    const term = q.trim();
    const caseless = /[a-z]/i.test(term);
    const contains = (value: string | null) =>
      value !== null && (caseless ? value.toLowerCase().includes(term.toLowerCase()) : value.includes(term));
    const code = term.toUpperCase().replace(/[\s-]/g, '');
    return entities
      .filter(
        (entity) =>
          contains(entity.name) ||
          contains(entity.legal) ||
          contains(entity.address) ||
          entity.code.includes(code),
      )
      .map((entity) => entity.id)
      .sort();
  }

  async function found(q: string): Promise<{ ids: string[]; total: number }> {
    const response = await inspector.agent.get(`/api/entities?pageSize=200&q=${encodeURIComponent(q)}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return {
      ids: response.body.items.map((item: { id: string }) => item.id).sort(),
      total: response.body.total,
    };
  }

  it('answers every query, of one, two or more characters, as the plain substring filter does', async () => {
    const fromNames = fc
      .tuple(fc.nat({ max: entities.length - 1 }), fc.nat({ max: 10 }), fc.integer({ min: 1, max: 3 }))
      .map(([index, start, length]) => [...entities[index]!.name].slice(start, start + length).join(''));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fromNames, text(3)), async (q) => {
        fc.pre(q.trim() !== '');
        const answer = await found(q);
        const wanted = expected(q);
        expect(answer.ids).toEqual(wanted);
        expect(answer.total).toBe(wanted.length);
      }),
      { seed: 4242, numRuns: 120 },
    );
  });

  it('finds two-character matches through the bigram index, not a scan', async () => {
    // The province's scope (the demo's 21,000 entities), where the owner index cannot narrow.
    const [province] = await queryRows<{ id: string }>(
      server.db,
      sql`SELECT id FROM agencies WHERE level = 'province' AND parent_id IS NULL ORDER BY id LIMIT 1`,
    );
    const filter = buildEntityFilter(
      { scopeRootAgencyId: province!.id },
      { q: '化工' },
      { today: '2026-11-20', keyPolluterYear: 2026 },
    );
    // A test database is small enough that a scan is cheapest: forbid it to see what can serve.
    const plan = await server.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      return queryRows<{ 'QUERY PLAN': string }>(
        tx,
        sql`EXPLAIN SELECT e.id FROM regulated_entities e WHERE ${filter}`,
      );
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain(
      'regulated_entities_search_bigrams_idx',
    );
  });
});
