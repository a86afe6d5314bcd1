import { randomUUID } from 'node:crypto';
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, agencyClosure, equipmentEvents, equipmentItems, officers } from '../../db/schema/index';
import { agencyId } from '../../demo/demo.agencies';
import { createAgency, createUser } from '../../test/factories';
import {
  auditEntriesAfter,
  type CreatedAccount,
  createAccount,
  latestAuditId,
} from '../../test/test-fixtures';
import { createTestServer, type TestResponse, type TestServer } from '../../test/test-server';

function expectError(response: TestResponse, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (field !== undefined) expect(response.body.error.field).toBe(field);
}

describe('equipment routes', () => {
  let server: TestServer;
  /** Agency head of 进贤县局: another county of Nanchang than ncx.head's 南昌县. */
  let jinxianHead: CreatedAccount;

  beforeAll(async () => {
    server = await createTestServer();
    jinxianHead = await createAccount(server, {
      username: 'jxx.head',
      agencyCode: '360124-BUR',
      roles: ['agency_head'],
    });
  });
  afterAll(async () => {
    await server.close();
  });

  /** Ids of the items registered at agencies whose region starts with `prefix`. */
  async function itemIdsInRegion(prefix: string): Promise<string[]> {
    const rows = await server.db
      .select({ id: equipmentItems.id })
      .from(equipmentItems)
      .innerJoin(agencies, eq(agencies.id, equipmentItems.agencyId))
      .where(like(agencies.regionCode, `${prefix}%`));
    return rows.map((row) => row.id).sort();
  }

  async function anItemOf(agencyCode: string, status = 'in_use') {
    const [row] = await server.db
      .select()
      .from(equipmentItems)
      .where(and(eq(equipmentItems.agencyId, agencyId(agencyCode)), eq(equipmentItems.status, status)))
      .orderBy(equipmentItems.assetNumber)
      .limit(1);
    if (!row) throw new Error(`no ${status} item at ${agencyCode}`);
    return row;
  }

  async function itemRow(id: string) {
    const [row] = await server.db.select().from(equipmentItems).where(eq(equipmentItems.id, id));
    return row;
  }

  async function eventCount(itemId: string) {
    const [row] = await server.db
      .select({ value: sql<number>`count(*)::int` })
      .from(equipmentEvents)
      .where(eq(equipmentEvents.itemId, itemId));
    return row!.value;
  }

  const newItem = (overrides: Record<string, unknown> = {}) => ({
    agencyId: agencyId('360124-ENF'),
    category: 'body_camera',
    name: '执法记录仪',
    model: 'DSJ-V9',
    serialNumber: 'SN-TEST-0001',
    assetNumber: `TEST-${randomUUID().slice(0, 8)}`,
    acquiredOn: '2026-10-08',
    note: null,
    ...overrides,
  });

  describe('GET /api/equipment/items', () => {
    it('the demo registered equipment at the enforcement agencies, with history behind some items', async () => {
      const statuses = await server.db
        .select({ status: equipmentItems.status, value: sql<number>`count(*)::int` })
        .from(equipmentItems)
        .groupBy(equipmentItems.status);
      const byStatus = Object.fromEntries(statuses.map((row) => [row.status, row.value]));
      expect(byStatus.in_use).toBeGreaterThan(100);
      expect(byStatus.replaced).toBeGreaterThan(0);
      const successors = await server.db
        .select({ id: equipmentItems.id })
        .from(equipmentItems)
        .where(sql`${equipmentItems.replacesId} is not null`);
      expect(successors.length).toBe(byStatus.replaced);
    });

    it('lists exactly the items of the own subtree', async () => {
      const cityHead = await server.as('nc.head');
      const city = await cityHead.get('/api/equipment/items?pageSize=200');
      expect(city.status).toBe(200);
      const nanchang = await itemIdsInRegion('3601');
      expect(city.body.total).toBe(nanchang.length);
      const countyHead = await server.as('ncx.head');
      const listed: { id: string; agencyName: string }[] = [];
      for (let page = 1; ; page++) {
        const response = await countyHead.get(`/api/equipment/items?pageSize=200&page=${page}`);
        listed.push(...response.body.items);
        if (listed.length >= response.body.total) break;
      }
      expect(listed.map((item) => item.id).sort()).toEqual(await itemIdsInRegion('360121'));
      expect(listed.every((item) => item.agencyName.startsWith('南昌县'))).toBe(true);
    });

    it('a filter on an agency outside the subtree finds nothing', async () => {
      const countyHead = await server.as('ncx.head');
      const outside = await countyHead.get(
        `/api/equipment/items?agencyId=${agencyId('360124-BUR')}&includeSubordinates=true`,
      );
      expect(outside.status).toBe(200);
      expect(outside.body).toMatchObject({ total: 0, items: [] });
    });

    it('filters by agency with subordinates, category, status and text; pages and sorts on the server', async () => {
      const cityHead = await server.as('nc.head');
      const bureauOnly = await cityHead.get(`/api/equipment/items?agencyId=${agencyId('360124-BUR')}`);
      expect(bureauOnly.body.total).toBe(0);
      const withUnits = await cityHead.get(
        `/api/equipment/items?agencyId=${agencyId('360124-BUR')}&includeSubordinates=true&pageSize=200`,
      );
      expect(withUnits.body.total).toBe((await itemIdsInRegion('360124')).length);

      const drones = await cityHead.get('/api/equipment/items?category=drone&pageSize=200');
      expect(drones.body.total).toBeGreaterThan(0);
      expect(drones.body.items.every((item: { category: string }) => item.category === 'drone')).toBe(true);

      const replaced = await cityHead.get('/api/equipment/items?status=replaced&pageSize=200');
      expect(replaced.body.items.every((item: { status: string }) => item.status === 'replaced')).toBe(true);

      const sample = await anItemOf('360121-ENF');
      const byText = await cityHead.get(
        `/api/equipment/items?q=${encodeURIComponent(sample.assetNumber!.toLowerCase())}`,
      );
      expect(byText.body.items.map((item: { id: string }) => item.id)).toContain(sample.id);

      const first = await cityHead.get('/api/equipment/items?pageSize=10&sort=assetNumber');
      const second = await cityHead.get('/api/equipment/items?page=2&pageSize=5&sort=assetNumber');
      expect(second.body.items).toEqual(first.body.items.slice(5, 10));
      const newest = await cityHead.get('/api/equipment/items?pageSize=20&sort=-acquiredOn');
      const dates = newest.body.items.map((item: { acquiredOn: string }) => item.acquiredOn);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('sorts names by pinyin, not by code point, and re-sorts a renamed item', async () => {
      // By code point 中 (U+4E2D) comes before 丰 (U+4E30) and 华 before 和; by pinyin the reverse.
      const agency = await createAgency(server);
      const head = await createUser(server, agency, ['agency_head']);
      const ids = new Map<string, string>();
      for (const name of ['中华牌采样箱', '丰收牌采样箱', '中和牌采样箱']) {
        const created = await head.agent.post('/api/equipment/items', newItem({ agencyId: agency.id, name }));
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        ids.set(name, created.body.id);
      }
      const namesOf = async (sort: string) => {
        const response = await head.agent.get(`/api/equipment/items?agencyId=${agency.id}&sort=${sort}`);
        expect(response.status, JSON.stringify(response.body)).toBe(200);
        return response.body.items.map((item: { name: string }) => item.name);
      };
      expect(await namesOf('name')).toEqual(['丰收牌采样箱', '中和牌采样箱', '中华牌采样箱']);
      expect(await namesOf('-name')).toEqual(['中华牌采样箱', '中和牌采样箱', '丰收牌采样箱']);
      const renamed = await head.agent.patch(`/api/equipment/items/${ids.get('丰收牌采样箱')}`, {
        name: '中国牌采样箱',
      });
      expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
      expect(await namesOf('name')).toEqual(['中国牌采样箱', '中和牌采样箱', '中华牌采样箱']);
    });

    it('bad query parameters are a 400 naming the parameter', async () => {
      const cityHead = await server.as('nc.head');
      expectError(
        await cityHead.get('/api/equipment/items?category=tank'),
        400,
        'VALIDATION_FAILED',
        'category',
      );
      expectError(await cityHead.get('/api/equipment/items?status=lost'), 400, 'VALIDATION_FAILED', 'status');
      expectError(await cityHead.get('/api/equipment/items?sort=price'), 400, 'VALIDATION_FAILED', 'sort');
      expectError(
        await cityHead.get('/api/equipment/items?agencyId=x'),
        400,
        'VALIDATION_FAILED',
        'agencyId',
      );
      expectError(
        await cityHead.get('/api/equipment/items?pageSize=500'),
        400,
        'VALIDATION_FAILED',
        'pageSize',
      );
    });
  });

  describe('GET /api/equipment/items/:id', () => {
    it('shows an item with its history and replacement links; another county gets 404', async () => {
      const [successor] = await server.db
        .select()
        .from(equipmentItems)
        .where(
          and(
            sql`${equipmentItems.replacesId} is not null`,
            inArray(
              equipmentItems.agencyId,
              server.db
                .select({ id: agencyClosure.descendantId })
                .from(agencyClosure)
                .where(eq(agencyClosure.ancestorId, agencyId('360100-BUR'))),
            ),
          ),
        )
        .limit(1);
      expect(successor).toBeDefined();
      const cityHead = await server.as('nc.head');
      const detail = await cityHead.get(`/api/equipment/items/${successor!.id}`);
      expect(detail.status).toBe(200);
      expect(detail.body.replaces).toMatchObject({ id: successor!.replacesId, status: 'replaced' });
      expect(detail.body.events[0]).toMatchObject({ fromStatus: null, toStatus: 'in_use' });
      const old = await cityHead.get(`/api/equipment/items/${successor!.replacesId}`);
      expect(old.body.replacedBy).toMatchObject({ id: successor!.id });
      expect(old.body.events.map((event: { toStatus: string }) => event.toStatus)).toEqual([
        'in_use',
        'replaced',
      ]);

      const jinxian = await anItemOf('360124-ENF');
      const countyHead = await server.as('ncx.head');
      const response = await countyHead.get(`/api/equipment/items/${jinxian.id}`);
      expectError(response, 404, 'NOT_FOUND');
      expect(response.body.error.message).toContain('不在您的管辖范围内');
      const otherCity = await server.as('jj.inspector');
      expectError(await otherCity.get(`/api/equipment/items/${jinxian.id}`), 404, 'NOT_FOUND');
    });
  });

  describe('POST /api/equipment/items', () => {
    it('registers an item with its first history entry and one audit entry', async () => {
      const before = await latestAuditId(server);
      const input = newItem();
      const response = await jinxianHead.agent.post('/api/equipment/items', input);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      expect(response.body).toMatchObject({
        agencyId: agencyId('360124-ENF'),
        category: 'body_camera',
        assetNumber: input.assetNumber,
        status: 'in_use',
        statusChangedOn: '2026-10-08',
        replacesId: null,
      });
      expect(response.body.events).toEqual([
        expect.objectContaining({
          fromStatus: null,
          toStatus: 'in_use',
          occurredOn: '2026-10-08',
          note: '登记入账',
        }),
      ]);
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => [entry.action, entry.actorUsername, entry.targetId])).toEqual([
        ['equipment.create', 'jxx.head', response.body.id],
      ]);
      expect(entries[0]!.summary).toContain(input.assetNumber);
    });

    it('refuses a duplicate asset number with 409 naming the field, and changes nothing', async () => {
      const existing = await anItemOf('360121-ENF');
      const before = await latestAuditId(server);
      const [count] = await server.db.select({ value: sql<number>`count(*)::int` }).from(equipmentItems);
      const response = await jinxianHead.agent.post(
        '/api/equipment/items',
        newItem({ assetNumber: existing.assetNumber }),
      );
      expectError(response, 409, 'CONFLICT', 'assetNumber');
      expect(response.body.error.message).toContain(existing.assetNumber!);
      const [after] = await server.db.select({ value: sql<number>`count(*)::int` }).from(equipmentItems);
      expect(after!.value).toBe(count!.value);
      expect(await auditEntriesAfter(server, before)).toEqual([]);
    });

    it('validates the input field by field', async () => {
      const before = await latestAuditId(server);
      const post = (body: unknown) => jinxianHead.agent.post('/api/equipment/items', body);
      expectError(await post(newItem({ name: '' })), 400, 'VALIDATION_FAILED', 'name');
      expectError(await post(newItem({ category: 'tank' })), 400, 'VALIDATION_FAILED', 'category');
      expectError(await post(newItem({ assetNumber: 'A B' })), 400, 'VALIDATION_FAILED', 'assetNumber');
      expectError(await post(newItem({ acquiredOn: '2026-02-30x' })), 400, 'VALIDATION_FAILED', 'acquiredOn');
      expectError(await post(newItem({ price: 3 })), 400, 'VALIDATION_FAILED', 'price');
      const future = await post(newItem({ acquiredOn: '2026-12-01' }));
      expectError(future, 400, 'VALIDATION_FAILED', 'acquiredOn');
      expect(future.body.error.message).toContain('不能晚于今天');
      expect(await auditEntriesAfter(server, before)).toEqual([]);
    });

    it('registers nothing at an agency outside the subtree (404 on agencyId)', async () => {
      const countyHead = await server.as('ncx.head');
      const input = newItem();
      expectError(await countyHead.post('/api/equipment/items', input), 404, 'NOT_FOUND', 'agencyId');
      const [row] = await server.db
        .select({ id: equipmentItems.id })
        .from(equipmentItems)
        .where(eq(equipmentItems.assetNumber, input.assetNumber));
      expect(row).toBeUndefined();
    });

    it('inspectors read but do not register equipment', async () => {
      const inspector = await server.as('jxx.inspector');
      expect((await inspector.get('/api/equipment/items')).status).toBe(200);
      expectError(await inspector.post('/api/equipment/items', newItem()), 403, 'FORBIDDEN');
    });
  });

  describe('PATCH /api/equipment/items/:id', () => {
    it('changes the details with one audit entry; a taken asset number is a 409', async () => {
      const created = await jinxianHead.agent.post('/api/equipment/items', newItem());
      const before = await latestAuditId(server);
      const changed = await jinxianHead.agent.patch(`/api/equipment/items/${created.body.id}`, {
        model: 'DSJ-HA1',
        note: '配发给第二执法中队',
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ model: 'DSJ-HA1', note: '配发给第二执法中队' });
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['equipment.update']);
      expect(entries[0]!.summary).toContain('型号、备注');

      const taken = await anItemOf('360121-ENF');
      expectError(
        await jinxianHead.agent.patch(`/api/equipment/items/${created.body.id}`, {
          assetNumber: taken.assetNumber,
        }),
        409,
        'CONFLICT',
        'assetNumber',
      );
      expectError(
        await jinxianHead.agent.patch(`/api/equipment/items/${created.body.id}`, {}),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await jinxianHead.agent.patch(`/api/equipment/items/${created.body.id}`, {
          agencyId: agencyId('360121-ENF'),
        }),
        404,
        'NOT_FOUND',
        'agencyId',
      );
      expect((await itemRow(created.body.id))!.agencyId).toBe(agencyId('360124-ENF'));
    });

    it('another county cannot change the item: 404 and nothing changed', async () => {
      const item = await anItemOf('360124-ENF');
      const countyHead = await server.as('ncx.head');
      expectError(
        await countyHead.patch(`/api/equipment/items/${item.id}`, { model: 'X' }),
        404,
        'NOT_FOUND',
      );
      expect((await itemRow(item.id))!.model).toBe(item.model);
    });
  });

  describe('the lifecycle', () => {
    it('in use → maintenance → in use → scrapped, each with a history entry and one audit entry; nothing after scrapping', async () => {
      const created = await jinxianHead.agent.post('/api/equipment/items', newItem({ category: 'drone' }));
      const id = created.body.id;
      const url = `/api/equipment/items/${id}/status`;
      const steps: [string, string, string][] = [
        ['maintenance', '2026-10-20', 'equipment.maintenance'],
        ['in_use', '2026-11-02', 'equipment.restore'],
        ['scrapped', '2026-11-18', 'equipment.scrap'],
      ];
      for (const [status, occurredOn, action] of steps) {
        const before = await latestAuditId(server);
        const response = await jinxianHead.agent.post(url, { status, occurredOn, note: '测试' });
        expect(response.status, JSON.stringify(response.body)).toBe(200);
        expect(response.body).toMatchObject({ status, statusChangedOn: occurredOn });
        expect((await auditEntriesAfter(server, before)).map((entry) => entry.action)).toEqual([action]);
      }
      const detail = await jinxianHead.agent.get(`/api/equipment/items/${id}`);
      expect(
        detail.body.events.map((event: { fromStatus: string | null; toStatus: string }) => [
          event.fromStatus,
          event.toStatus,
        ]),
      ).toEqual([
        [null, 'in_use'],
        ['in_use', 'maintenance'],
        ['maintenance', 'in_use'],
        ['in_use', 'scrapped'],
      ]);

      const before = await latestAuditId(server);
      const events = await eventCount(id);
      const again = await jinxianHead.agent.post(url, { status: 'in_use', occurredOn: '2026-11-19' });
      expectError(again, 409, 'CONFLICT', 'status');
      expect(again.body.error.message).toBe('装备已报废，不能再恢复使用');
      expectError(
        await jinxianHead.agent.post(`/api/equipment/items/${id}/replacement`, {
          occurredOn: '2026-11-19',
          newItem: { name: '无人机', assetNumber: `TEST-${randomUUID().slice(0, 8)}` },
        }),
        409,
        'CONFLICT',
        'status',
      );
      expect((await itemRow(id))!.status).toBe('scrapped');
      expect(await eventCount(id)).toBe(events);
      expect(await auditEntriesAfter(server, before)).toEqual([]);
    });

    it('refuses a change to the same status, a date before the last change or in the future, and "replaced" by this route', async () => {
      const created = await jinxianHead.agent.post('/api/equipment/items', newItem());
      const url = `/api/equipment/items/${created.body.id}/status`;
      expectError(
        await jinxianHead.agent.post(url, { status: 'in_use', occurredOn: '2026-11-01' }),
        409,
        'CONFLICT',
        'status',
      );
      expectError(
        await jinxianHead.agent.post(url, { status: 'maintenance', occurredOn: '2026-10-01' }),
        400,
        'VALIDATION_FAILED',
        'occurredOn',
      );
      expectError(
        await jinxianHead.agent.post(url, { status: 'maintenance', occurredOn: '2026-11-21' }),
        400,
        'VALIDATION_FAILED',
        'occurredOn',
      );
      expectError(
        await jinxianHead.agent.post(url, { status: 'replaced', occurredOn: '2026-11-01' }),
        400,
        'VALIDATION_FAILED',
        'status',
      );
      expect((await itemRow(created.body.id))!.status).toBe('in_use');
      expect(await eventCount(created.body.id)).toBe(1);
    });

    it('replacement closes the old item and enters the new one, linked both ways, in one audited act', async () => {
      const old = await jinxianHead.agent.post('/api/equipment/items', newItem({ acquiredOn: '2016-05-01' }));
      await jinxianHead.agent.post(`/api/equipment/items/${old.body.id}/status`, {
        status: 'maintenance',
        occurredOn: '2026-11-01',
      });
      const before = await latestAuditId(server);
      const assetNumber = `TEST-${randomUUID().slice(0, 8)}`;
      const response = await jinxianHead.agent.post(`/api/equipment/items/${old.body.id}/replacement`, {
        occurredOn: '2026-11-15',
        note: '维修费用超过残值，以新换旧',
        newItem: { name: '执法记录仪', model: 'DSJ-Z9 4G', assetNumber },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      expect(response.body).toMatchObject({
        agencyId: agencyId('360124-ENF'),
        category: 'body_camera',
        assetNumber,
        status: 'in_use',
        acquiredOn: '2026-11-15',
        replacesId: old.body.id,
        replaces: { id: old.body.id, status: 'replaced' },
      });
      const oldNow = await jinxianHead.agent.get(`/api/equipment/items/${old.body.id}`);
      expect(oldNow.body).toMatchObject({ status: 'replaced', statusChangedOn: '2026-11-15' });
      expect(oldNow.body.replacedBy).toMatchObject({ id: response.body.id, assetNumber });
      expect(oldNow.body.events.at(-1)).toMatchObject({ fromStatus: 'maintenance', toStatus: 'replaced' });
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => [entry.action, entry.targetId])).toEqual([
        ['equipment.replace', old.body.id],
      ]);

      // The replaced item is closed; a duplicate asset number for a new item changes nothing.
      expectError(
        await jinxianHead.agent.post(`/api/equipment/items/${old.body.id}/status`, {
          status: 'in_use',
          occurredOn: '2026-11-19',
        }),
        409,
        'CONFLICT',
      );
      const another = await jinxianHead.agent.post('/api/equipment/items', newItem());
      const duplicate = await jinxianHead.agent.post(`/api/equipment/items/${another.body.id}/replacement`, {
        occurredOn: '2026-11-19',
        newItem: { name: '执法记录仪', assetNumber },
      });
      expectError(duplicate, 409, 'CONFLICT', 'newItem.assetNumber');
      expect((await itemRow(another.body.id))!.status).toBe('in_use');
      expectError(
        await jinxianHead.agent.post(`/api/equipment/items/${another.body.id}/replacement`, {
          occurredOn: '2026-11-19',
          newItem: { assetNumber: 'TEST-NONAME' },
        }),
        400,
        'VALIDATION_FAILED',
        'newItem.name',
      );
    });

    it('another county can neither change the status nor replace: 404 and nothing changed', async () => {
      const item = await anItemOf('360124-ENF');
      const countyHead = await server.as('ncx.head');
      const before = await latestAuditId(server);
      expectError(
        await countyHead.post(`/api/equipment/items/${item.id}/status`, {
          status: 'maintenance',
          occurredOn: '2026-11-19',
        }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await countyHead.post(`/api/equipment/items/${item.id}/replacement`, {
          occurredOn: '2026-11-19',
          newItem: { name: '执法记录仪', assetNumber: `TEST-${randomUUID().slice(0, 8)}` },
        }),
        404,
        'NOT_FOUND',
      );
      expect((await itemRow(item.id))!.status).toBe('in_use');
      expect(await auditEntriesAfter(server, before)).toEqual([]);
    });
  });

  describe('GET /api/equipment/items/export.xlsx', () => {
    it('exports the filtered inventory of the own subtree with Chinese headers, and audits it', async () => {
      const countyHead = await server.as('ncx.head');
      const before = await latestAuditId(server);
      const response = await countyHead.get('/api/equipment/items/export.xlsx?category=body_camera');
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toContain(
        encodeURIComponent('装备台账-2026-11-20.xlsx'),
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('装备台账')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1, 9)).toEqual([
        '所属机构',
        '类别',
        '名称',
        '型号',
        '资产编号',
        '出厂编号',
        '购置日期',
        '状态',
      ]);
      const listed = await countyHead.get('/api/equipment/items?category=body_camera&pageSize=200');
      expect(sheet.rowCount - 1).toBe(listed.body.total);
      sheet.eachRow((row, rowNumber) => {
        if (rowNumber === 1) return;
        expect(String(row.getCell(1).value)).toMatch(/^南昌县/);
        expect(row.getCell(2).value).toBe('执法记录仪');
      });
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['equipment.export']);
    });
  });

  describe('GET /api/equipment/gaps', () => {
    it('compares each enforcement agency with the standard; 进贤县大队 has no vapour-recovery tester', async () => {
      const cityHead = await server.as('nc.head');
      const response = await cityHead.get(`/api/equipment/gaps?agencyId=${agencyId('360124-BUR')}`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.standard.title).toBe(
        '《生态环境保护综合行政执法装备标准化建设指导标准（2020年版）》',
      );
      expect(response.body.units.map((unit: { agencyId: string }) => unit.agencyId)).toEqual([
        agencyId('360124-ENF'),
      ]);
      const unit = response.body.units[0];
      const line = (category: string) =>
        unit.own.lines.find((candidate: { category: string }) => candidate.category === category);
      expect(line('vapour_recovery_tester')).toMatchObject({
        tier: 'basic',
        required: 1,
        inUse: 0,
        shortfall: 1,
      });
      expect(unit.own.shortCategories).toContain('vapour_recovery_tester');
      const tester = response.body.categories.find(
        (category: { category: string }) => category.category === 'vapour_recovery_tester',
      );
      expect(tester).toMatchObject({ label: '油气回收三项检测仪', unit: '套', isRequiredByProvince: true });
      expect(tester.requirements.county).toEqual({ tier: 'basic', description: '每个机构1套' });
    });

    it('follows the per-officer standard: four more on-duty officers need four recorders and two printers', async () => {
      const cityHead = await server.as('nc.head');
      const url = `/api/equipment/gaps?agencyId=${agencyId('360121-BUR')}`;
      const before = (await cityHead.get(url)).body.units[0];
      const lineOf = (unit: any, category: string) =>
        unit.own.lines.find((candidate: { category: string }) => candidate.category === category);
      // The standard per county agency: 1 recorder and 1 terminal per on-duty officer, 1 printer
      // per 2, 1 vehicle per 5, 1 tester, 1 drone.
      const onDuty: number = before.onDutyOfficers;
      expect(lineOf(before, 'body_camera').required).toBe(onDuty);
      expect(lineOf(before, 'mobile_terminal').required).toBe(onDuty);
      expect(lineOf(before, 'portable_printer').required).toBe(Math.ceil(onDuty / 2));
      expect(lineOf(before, 'vehicle').required).toBe(Math.ceil(onDuty / 5));
      expect(lineOf(before, 'drone').required).toBe(1);
      const [held] = await server.db
        .select({ value: sql<number>`count(*)::int` })
        .from(equipmentItems)
        .where(
          and(
            inArray(equipmentItems.agencyId, [agencyId('360121-BUR'), agencyId('360121-ENF')]),
            eq(equipmentItems.category, 'body_camera'),
            eq(equipmentItems.status, 'in_use'),
          ),
        );
      expect(lineOf(before, 'body_camera').inUse).toBe(held!.value);

      const now = server.clock.now();
      await server.db.insert(officers).values(
        Array.from({ length: 4 }, (_, index) => ({
          agencyId: agencyId('360121-ENF'),
          realNameNumber: `GAPTEST${index}${randomUUID().slice(0, 6)}`,
          name: `测试${index}`,
          gender: 'male',
          post: '执法人员',
          status: 'on_duty',
          createdAt: now,
          updatedAt: now,
        })),
      );
      const after = (await cityHead.get(url)).body.units[0];
      expect(after.onDutyOfficers).toBe(onDuty + 4);
      expect(lineOf(after, 'body_camera').required).toBe(onDuty + 4);
      expect(lineOf(after, 'body_camera').shortfall).toBe(
        Math.max(0, onDuty + 4 - lineOf(before, 'body_camera').inUse),
      );
      expect(lineOf(after, 'portable_printer').required).toBe(Math.ceil(onDuty / 2) + 2);
    });

    it('rolls the gaps up the tree by summing each agency’s shortfall', async () => {
      const cityHead = await server.as('nc.head');
      const response = await cityHead.get('/api/equipment/gaps');
      expect(response.status).toBe(200);
      const units: any[] = response.body.units;
      const city = units.find((unit) => unit.agencyId === agencyId('360100-ENF'));
      expect(city.parentAgencyId).toBeNull();
      const children = units.filter((unit) => unit.parentAgencyId === city.agencyId);
      expect(children.map((unit) => unit.agencyId)).toEqual(
        expect.arrayContaining([agencyId('360121-ENF'), agencyId('360124-ENF')]),
      );
      expect(city.rolledUp.shortfallTotal).toBe(
        units.reduce((sum, unit) => sum + unit.own.shortfallTotal, 0),
      );
      expect(city.rolledUp.requiredTotal).toBe(units.reduce((sum, unit) => sum + unit.own.requiredTotal, 0));
      expect(response.body.total).toEqual(city.rolledUp);
      expect(response.body.total.shortfallTotal).toBeGreaterThan(0);
    });

    it('another county or city gets 404; a bad agency id is a 400', async () => {
      const countyHead = await server.as('ncx.head');
      expectError(
        await countyHead.get(`/api/equipment/gaps?agencyId=${agencyId('360124-BUR')}`),
        404,
        'NOT_FOUND',
      );
      const otherCity = await server.as('jj.inspector');
      expectError(
        await otherCity.get(`/api/equipment/gaps?agencyId=${agencyId('360100-BUR')}`),
        404,
        'NOT_FOUND',
      );
      expectError(
        await countyHead.get('/api/equipment/gaps?agencyId=x'),
        400,
        'VALIDATION_FAILED',
        'agencyId',
      );
      const own = await countyHead.get('/api/equipment/gaps');
      expect(own.body.units.map((unit: { agencyId: string }) => unit.agencyId)).toEqual([
        agencyId('360121-ENF'),
      ]);
    });
  });
});
