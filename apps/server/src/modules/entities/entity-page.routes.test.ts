import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows } from '../../db/client';
import {
  compliancePointEntries,
  creditCards,
  creditEvaluations,
  entityCommitments,
  entityEvents,
  entityListMemberships,
  keyPolluterListings,
} from '../../db/schema/index';
import { createAgency, createEntity, createUser, type TestAgency, type TestUser } from '../../test/factories';
import { createTestServer, type TestServer } from '../../test/test-server';

/**
 * The entity page (REG-2) reads everything in one statement (findEntityPageRow); these
 * tests hold the number of round trips and check each part against the tables it comes from.
 */
describe('GET /api/entities/:id as one statement', () => {
  let server: TestServer;
  let county: TestAgency;
  let otherCounty: TestAgency;
  let inspector: TestUser;
  let outsider: TestUser;
  let province: Awaited<ReturnType<TestServer['as']>>;

  beforeAll(async () => {
    server = await createTestServer();
    county = await createAgency(server);
    otherCounty = await createAgency(server);
    inspector = await createUser(server, county, ['inspector']);
    outsider = await createUser(server, otherCounty, ['inspector']);
    province = await server.as('jx.inspector');
  });
  afterAll(async () => {
    await server.close();
  });

  /** Statements the database driver receives while `act` runs (both drivers answer `query`). */
  async function statementsDuring(act: () => Promise<unknown>): Promise<number> {
    const client = (server.db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
    const spy = vi.spyOn(client, 'query');
    try {
      await act();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it('reads the page in two statements, the session and the page, however much the entity holds', async () => {
    const [busy] = await queryRows<{ id: string }>(
      server.db,
      sql`SELECT e.id FROM regulated_entities e
        WHERE EXISTS (SELECT 1 FROM entity_supervisors s WHERE s.entity_id = e.id)
          AND EXISTS (SELECT 1 FROM credit_evaluations v WHERE v.entity_id = e.id)
          AND EXISTS (SELECT 1 FROM key_polluter_listings k WHERE k.entity_id = e.id)
        ORDER BY e.id LIMIT 1`,
    );
    await province.get(`/api/entities/${busy!.id}`);
    let status = 0;
    const statements = await statementsDuring(async () => {
      status = (await province.get(`/api/entities/${busy!.id}`)).status;
    });
    expect(status).toBe(200);
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('shows the credit summary, listings and timeline as their tables hold them', async () => {
    const created = await createEntity(server, county);
    const id = created.id;
    const now = server.clock.now();
    const stamps = { agencyId: county.id, createdAt: now, updatedAt: now };
    await server.db.insert(creditEvaluations).values([
      { entityId: id, year: 2024, level: 'warning', evaluatedOn: '2025-01-20', ...stamps },
      { entityId: id, year: 2025, level: 'good', evaluatedOn: '2026-01-20', ...stamps },
    ]);
    await server.db.insert(entityCommitments).values([
      { entityId: id, year: 2025, letterDeliveredOn: '2025-02-01', ...stamps },
      {
        entityId: id,
        year: 2026,
        letterDeliveredOn: '2026-02-01',
        commitmentSignedOn: '2026-02-10',
        ...stamps,
      },
    ]);
    await server.db.insert(compliancePointEntries).values([
      {
        entityId: id,
        occurredOn: '2026-03-01',
        points: 3,
        reason: '测试',
        agencyId: county.id,
        createdAt: now,
      },
      {
        entityId: id,
        occurredOn: '2026-05-01',
        points: 2,
        reason: '测试',
        agencyId: county.id,
        createdAt: now,
      },
    ]);
    await server.db.insert(creditCards).values([
      { entityId: id, color: 'yellow', reason: '黄牌测试', issuedOn: '2026-06-01', ...stamps },
      { entityId: id, color: 'red', reason: '红牌测试', issuedOn: '2026-04-01', ...stamps },
    ]);
    await server.db
      .insert(entityListMemberships)
      .values({ entityId: id, list: 'blacklist', listedOn: '2026-04-02', reason: '测试', ...stamps });
    await server.db.insert(keyPolluterListings).values([
      { entityId: id, year: 2026, medium: 'water' },
      { entityId: id, year: 2025, medium: 'air' },
    ]);
    await server.db.insert(entityEvents).values(
      ['2026-01-05', '2026-02-05', '2026-03-05'].map((occurredOn) => ({
        entityId: id,
        occurredOn,
        kind: 'inspection',
        title: '测试检查',
        compliance: 'compliant',
        agencyId: county.id,
        createdAt: now,
      })),
    );
    const detail = (await inspector.agent.get(`/api/entities/${id}`)).body;
    expect(detail.credit).toEqual({
      activeCards: [
        { color: 'red', reason: '红牌测试', issuedOn: '2026-04-01', documentNumber: null },
        { color: 'yellow', reason: '黄牌测试', issuedOn: '2026-06-01', documentNumber: null },
      ],
      latestEvaluation: { year: 2025, level: 'good', evaluatedOn: '2026-01-20' },
      blacklist: { listedOn: '2026-04-02', reason: '测试' },
      positiveList: null,
      compliancePoints: 5,
      latestCommitment: { year: 2026, letterDeliveredOn: '2026-02-01', commitmentSignedOn: '2026-02-10' },
    });
    expect(detail).toMatchObject({ activeCard: 'red', isBlacklisted: true, creditLevel: 'good' });
    expect(detail.keyPolluterListings).toEqual([
      { year: 2026, media: ['water'] },
      { year: 2025, media: ['air'] },
    ]);
    expect(detail.timeline.total).toBe(3);
    const firstPage = (await inspector.agent.get(`/api/entities/${id}/events?pageSize=20`)).body;
    expect(detail.timeline.items).toEqual(firstPage.items);
    expect(detail.timeline.items[0]).toMatchObject({
      occurredOn: '2026-03-05',
      agencyName: county.name,
      createdAt: now.toISOString(),
    });
    expect(
      detail.complianceStrip.filter((quarter: { level: string }) => quarter.level === 'compliant'),
    ).toHaveLength(1);
    expect(detail.ownerAgency).toEqual({ id: county.id, name: county.name, shortName: county.name });
  });

  it('lists the supervisors the personnel module assigned, with their agency', async () => {
    const [entity] = await queryRows<{ id: string }>(
      server.db,
      sql`SELECT e.id FROM regulated_entities e
        WHERE EXISTS (SELECT 1 FROM entity_supervisors s WHERE s.entity_id = e.id) ORDER BY e.id LIMIT 1`,
    );
    const id = entity!.id;
    const detail = (await province.get(`/api/entities/${id}`)).body;
    const supervisors = await queryRows<{ officer_id: string; agency_name: string }>(
      server.db,
      sql`SELECT s.officer_id, a.name AS agency_name FROM entity_supervisors s
        JOIN officers o ON o.id = s.officer_id JOIN agencies a ON a.id = o.agency_id WHERE s.entity_id = ${id}`,
    );
    expect(
      detail.supervisors
        .map((row: { officerId: string; agencyName: string }) => [row.officerId, row.agencyName])
        .sort(),
    ).toEqual(supervisors.map((row) => [row.officer_id, row.agency_name]).sort());
  });

  it('a new entity with nothing recorded has empty parts, not nulls', async () => {
    const created = await createEntity(server, county);
    const response = await inspector.agent.get(`/api/entities/${created.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: created.id,
      keyPolluterListings: [],
      supervisors: [],
      credit: {
        activeCards: [],
        latestEvaluation: null,
        blacklist: null,
        positiveList: null,
        compliancePoints: 0,
        latestCommitment: null,
      },
      timeline: { items: [], total: 0 },
      ownerAgency: { id: county.id },
    });
    const town = created.regionCode;
    expect(response.body.regionPath.map((region: { code: string }) => region.code)).toEqual([
      `${town.slice(0, 2)}0000`,
      `${town.slice(0, 4)}00`,
      town.slice(0, 6),
      town,
    ]);
  });

  it('another county gets 404 and an anonymous client 401', async () => {
    const created = await createEntity(server, county);
    expect((await outsider.agent.get(`/api/entities/${created.id}`)).status).toBe(404);
    expect((await server.anonymous().get(`/api/entities/${created.id}`)).status).toBe(401);
  });
});
