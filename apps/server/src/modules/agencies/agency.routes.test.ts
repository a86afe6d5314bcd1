import { and, count, eq, like, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies } from '../../db/schema/index';
import { agencyId } from '../../demo/demo.agencies';
import { digestState } from '../../lib/audit/index';
import {
  auditEntriesAfter,
  type CreatedAccount,
  createAccount,
  latestAuditId,
} from '../../test/test-fixtures';
import { createTestServer, type TestAgent, type TestResponse, type TestServer } from '../../test/test-server';

function expectError(response: TestResponse, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (field !== undefined) expect(response.body.error.field).toBe(field);
}

const idsOf = (items: { id: string }[]) => items.map((item) => item.id).sort();

// The fields of an agency the audit trail digests (everything the detail shows of the row itself).
const digestedFields = [
  'id',
  'code',
  'name',
  'shortName',
  'kind',
  'level',
  'regionCode',
  'regionName',
  'parentId',
  'jurisdictionAgencyId',
  'sortOrder',
  'isActive',
  'address',
  'phone',
  'headName',
  'description',
] as const;

describe('agency routes', () => {
  let server: TestServer;
  /**
   * System administrator of 安义县局. Agencies are created under 安义县 in this file, so that the
   * exact lists of 南昌县 checked below do not depend on the order the tests run in.
   */
  let countyAdmin: CreatedAccount;

  beforeAll(async () => {
    server = await createTestServer();
    countyAdmin = await createAccount(server, {
      username: 'ay.sysadmin',
      agencyCode: '360123-BUR',
      roles: ['system_admin'],
    });
  });
  afterAll(async () => {
    await server.close();
  });

  async function agencyRow(id: string) {
    const [row] = await server.db.select().from(agencies).where(eq(agencies.id, id));
    return row;
  }

  async function agencyCount(): Promise<number> {
    const [row] = await server.db.select({ value: count() }).from(agencies);
    return row!.value;
  }

  describe('GET /api/agencies', () => {
    it('a county inspector sees exactly the county bureau and its enforcement unit (局队合一)', async () => {
      const response = await (await server.as('ncx.inspector')).get('/api/agencies');
      expect(response.status).toBe(200);
      expect(idsOf(response.body.items)).toEqual([agencyId('360121-BUR'), agencyId('360121-ENF')].sort());
    });

    it('a city enforcement inspector sees the whole of Nanchang and nothing else', async () => {
      const response = await (await server.as('nc.inspector')).get('/api/agencies');
      const nanchang = await server.db
        .select({ id: agencies.id })
        .from(agencies)
        .where(and(like(agencies.regionCode, '3601%'), ne(agencies.kind, 'police')));
      expect(idsOf(response.body.items)).toEqual(idsOf(nanchang));
      expect(idsOf(response.body.items)).toEqual(
        expect.arrayContaining([agencyId('360100-BUR'), agencyId('360121-ENF'), agencyId('360124-BUR')]),
      );
    });

    it('a field-office inspector sees the office and its grids only', async () => {
      const office = agencyId('320685-ENF-1');
      const response = await (await server.as('nt.inspector')).get('/api/agencies');
      const grids = await server.db
        .select({ id: agencies.id })
        .from(agencies)
        .where(eq(agencies.parentId, office));
      expect(grids.length).toBeGreaterThan(0);
      expect(idsOf(response.body.items)).toEqual(idsOf([{ id: office }, ...grids]));
    });

    it('the province sees its own province only, not the others nor the police', async () => {
      const response = await (await server.as('admin')).get('/api/agencies');
      const codes: string[] = response.body.items.map((item: { code: string }) => item.code);
      expect(codes).toContain('360000-DEPT');
      expect(codes.every((code) => code.startsWith('36'))).toBe(true);
      expect(response.body.items.some((item: { kind: string }) => item.kind === 'police')).toBe(false);
      const otherCity = await (await server.as('jj.inspector')).get('/api/agencies');
      expect(otherCity.body.items.some((item: { code: string }) => item.code.startsWith('3601'))).toBe(false);
    });
  });

  describe('GET /api/agencies/:id', () => {
    it('shows an agency of the own subtree with its parent, children, regions and staff counts', async () => {
      const response = await (await server.as('ncx.inspector')).get(
        `/api/agencies/${agencyId('360121-BUR')}`,
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        code: '360121-BUR',
        kind: 'county_bureau',
        parent: { id: agencyId('360100-BUR') },
        children: [{ id: agencyId('360121-ENF') }],
        regionPath: [
          { code: '360000', name: '江西省' },
          { code: '360100', name: '南昌市' },
          { code: '360121', name: '南昌县' },
        ],
      });
      expect(response.body.userCount).toBeGreaterThan(0);
      const enforcement = await (await server.as('ncx.inspector')).get(
        `/api/agencies/${agencyId('360121-ENF')}`,
      );
      expect(enforcement.body.jurisdictionAgency.id).toBe(agencyId('360121-BUR'));
      expect(enforcement.body.usersByRole).toEqual(
        expect.arrayContaining([{ role: 'inspector', count: expect.any(Number) }]),
      );
    });

    it('answers 404 for an agency outside the subtree, above it or unknown; 400 for a bad id', async () => {
      const county = await server.as('ncx.inspector');
      for (const code of [
        '360124-BUR',
        '360124-ENF',
        '360100-BUR',
        '360100-ENF',
        '360402-BUR',
        '320685-ENF',
      ]) {
        expectError(await county.get(`/api/agencies/${agencyId(code)}`), 404, 'NOT_FOUND');
      }
      expectError(await county.get(`/api/agencies/${agencyId('no-such-agency')}`), 404, 'NOT_FOUND');
      const otherCity = await server.as('jj.inspector');
      expectError(await otherCity.get(`/api/agencies/${agencyId('360121-BUR')}`), 404, 'NOT_FOUND');
      expectError(await county.get('/api/agencies/360121-BUR'), 400, 'VALIDATION_FAILED', 'id');
    });
  });

  describe('PATCH /api/agencies/:id', () => {
    it('updates an agency with one audit entry whose digests are those of the record before and after', async () => {
      const cityAdmin = await server.as('nc.admin');
      const id = agencyId('360121-BUR');
      const beforeDetail = (await cityAdmin.get(`/api/agencies/${id}`)).body;
      const beforeState = Object.fromEntries(digestedFields.map((field) => [field, beforeDetail[field]]));
      const change = { phone: '0791-85990000', headName: '新局长', description: '测试修改' };
      const auditBefore = await latestAuditId(server);
      const response = await cityAdmin.patch(`/api/agencies/${id}`, change);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject(change);
      const entries = await auditEntriesAfter(server, auditBefore);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        action: 'agencies.update',
        targetType: 'agency',
        targetId: id,
        actorUsername: 'nc.admin',
        beforeDigest: digestState(beforeState),
        afterDigest: digestState({ ...beforeState, ...change }),
      });
      // The county sees the change made above it.
      const seen = await (await server.as('ncx.inspector')).get(`/api/agencies/${id}`);
      expect(seen.body.headName).toBe('新局长');
    });

    it('answers 404 for an agency outside the subtree (another county, the parent, another city) and changes nothing', async () => {
      const cityAdmin = await server.as('nc.admin');
      const attempts: [TestAgent, string][] = [
        [countyAdmin.agent, '360124-BUR'],
        [countyAdmin.agent, '360121-ENF'],
        [countyAdmin.agent, '360100-BUR'],
        [cityAdmin, '360402-BUR'],
        [cityAdmin, '360000-DEPT'],
        [cityAdmin, '360100-POLICE'],
      ];
      const auditBefore = await latestAuditId(server);
      for (const [agent, code] of attempts) {
        const before = await agencyRow(agencyId(code));
        const response = await agent.patch(`/api/agencies/${agencyId(code)}`, {
          name: '被篡改的机构',
          isActive: false,
        });
        expectError(response, 404, 'NOT_FOUND');
        expect(await agencyRow(agencyId(code)), code).toEqual(before);
      }
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it('only a system administrator may change an agency, and nobody may deactivate their own', async () => {
      const id = agencyId('360121-ENF');
      const before = await agencyRow(id);
      const inspector = await server.as('ncx.inspector');
      const head = await server.as('ncx.head');
      const auditBefore = await latestAuditId(server);
      expectError(await inspector.patch(`/api/agencies/${id}`, { name: '改名' }), 403, 'FORBIDDEN');
      expectError(await head.patch(`/api/agencies/${id}`, { name: '改名' }), 403, 'FORBIDDEN');
      expectError(
        await countyAdmin.agent.patch(`/api/agencies/${agencyId('360123-BUR')}`, { isActive: false }),
        400,
        'VALIDATION_FAILED',
        'isActive',
      );
      expect(await agencyRow(id)).toEqual(before);
      expect((await agencyRow(agencyId('360123-BUR')))!.isActive).toBe(true);
      // The refusals by the permission check are security events; nothing else is recorded.
      const entries = await auditEntriesAfter(server, auditBefore);
      expect(entries.map((entry) => [entry.action, entry.actorUsername, entry.targetId])).toEqual([
        ['security.access_denied', 'ncx.inspector', 'PATCH /api/agencies/:id'],
        ['security.access_denied', 'ncx.head', 'PATCH /api/agencies/:id'],
      ]);
    });

    it('bad input is a 400 naming the field; code, kind and parent cannot be changed', async () => {
      const id = agencyId('360123-ENF');
      const before = await agencyRow(id);
      const auditBefore = await latestAuditId(server);
      const cases: [Record<string, unknown>, string][] = [
        [{ name: '局' }, 'name'],
        [{ phone: 'call me' }, 'phone'],
        [{ isActive: 'no' }, 'isActive'],
        [{ code: '360123-XXX' }, 'code'],
        [{ kind: 'city_bureau' }, 'kind'],
        [{ parentId: agencyId('360000-DEPT') }, 'parentId'],
      ];
      for (const [body, field] of cases) {
        expectError(
          await countyAdmin.agent.patch(`/api/agencies/${id}`, body),
          400,
          'VALIDATION_FAILED',
          field,
        );
      }
      expect(await agencyRow(id)).toEqual(before);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });
  });

  describe('POST /api/agencies', () => {
    const fieldOffice = {
      name: '安义县生态环境综合执法一中队',
      shortName: '安义一中队',
      kind: 'field_office',
      regionCode: '360123',
      coveredRegionCodes: ['360123100', '360123101'],
      address: '安义县龙津镇府前路 1 号',
      phone: '0791-83410000',
    };

    it('creates a field office under a county enforcement unit, inside everyone’s scope above it, with one audit entry', async () => {
      const admin = await server.as('admin');
      const auditBefore = await latestAuditId(server);
      const response = await admin.post('/api/agencies', {
        ...fieldOffice,
        parentId: agencyId('360123-ENF'),
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        code: expect.stringMatching(/^360123-ENF-F\d{2}$/),
        name: fieldOffice.name,
        kind: 'field_office',
        level: 'field',
        regionCode: '360123',
        parentId: agencyId('360123-ENF'),
        jurisdictionAgencyId: null,
        coveredRegions: [
          { code: '360123100', name: '龙津镇' },
          { code: '360123101', name: '万埠镇' },
        ],
      });
      const entries = await auditEntriesAfter(server, auditBefore);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'agencies.create', targetId: response.body.id });
      expect(entries[0]!.afterDigest).toMatch(/^[0-9a-f]{64}$/);

      // The closure table places it under the county, the city and the province; not elsewhere.
      const id = response.body.id;
      expect((await (await server.as('u36012303')).get(`/api/agencies/${id}`)).status).toBe(200);
      expect((await (await server.as('nc.inspector')).get(`/api/agencies/${id}`)).status).toBe(200);
      expect((await countyAdmin.agent.get(`/api/agencies/${id}`)).status).toBe(200);
      expectError(await (await server.as('ncx.inspector')).get(`/api/agencies/${id}`), 404, 'NOT_FOUND');
      expectError(await (await server.as('jxx.inspector')).get(`/api/agencies/${id}`), 404, 'NOT_FOUND');
    });

    it('a county system administrator creates below their own county; a grid must lie within its parent’s region', async () => {
      const office = await countyAdmin.agent.post('/api/agencies', {
        name: '龙津镇执法中队',
        shortName: '龙津中队',
        kind: 'field_office',
        parentId: agencyId('360123-ENF'),
        regionCode: '360123100',
        coveredRegionCodes: ['360123100'],
      });
      expect(office.status).toBe(201);
      const grid = await countyAdmin.agent.post('/api/agencies', {
        name: '龙津镇环境监管网格',
        shortName: '龙津网格',
        kind: 'grid',
        parentId: office.body.id,
        regionCode: '360123100',
        coveredRegionCodes: ['360123100'],
      });
      expect(grid.status).toBe(201);
      expect(grid.body.parentId).toBe(office.body.id);

      const countBefore = await agencyCount();
      const auditBefore = await latestAuditId(server);
      // 万埠镇 (360123101) is a sibling town of 龙津镇 (360123100), not part of it.
      const sibling = await countyAdmin.agent.post('/api/agencies', {
        name: '万埠镇环境监管网格',
        shortName: '万埠网格',
        kind: 'grid',
        parentId: office.body.id,
        regionCode: '360123101',
      });
      expectError(sibling, 400, 'VALIDATION_FAILED', 'regionCode');
      const siblingTown = await countyAdmin.agent.post('/api/agencies', {
        name: '龙津镇第二网格',
        shortName: '龙津二网格',
        kind: 'grid',
        parentId: office.body.id,
        regionCode: '360123100',
        coveredRegionCodes: ['360123101'],
      });
      expectError(siblingTown, 400, 'VALIDATION_FAILED', 'coveredRegionCodes.0');
      expect(await agencyCount()).toBe(countBefore);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it('refuses a parent outside the subtree with 404 naming parentId, and creates nothing', async () => {
      const cityAdmin = await server.as('nc.admin');
      const admin = await server.as('admin');
      const attempts: [TestAgent, string][] = [
        [countyAdmin.agent, '360124-ENF'],
        [countyAdmin.agent, '360121-ENF'],
        [cityAdmin, '360402-ENF'],
        [admin, '320685-ENF'],
        [admin, '220100-ENF'],
      ];
      const countBefore = await agencyCount();
      const auditBefore = await latestAuditId(server);
      for (const [agent, code] of attempts) {
        const regionCode = code.slice(0, 6);
        const response = await agent.post('/api/agencies', {
          ...fieldOffice,
          parentId: agencyId(code),
          regionCode,
          coveredRegionCodes: [],
        });
        expectError(response, 404, 'NOT_FOUND', 'parentId');
      }
      expect(await agencyCount()).toBe(countBefore);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it('refuses towns of another county, unknown regions, a region outside the parent and the wrong parent kind, naming the field', async () => {
      const cityAdmin = await server.as('nc.admin');
      const parentId = agencyId('360123-ENF');
      const countBefore = await agencyCount();
      const auditBefore = await latestAuditId(server);
      const cases: [TestAgent, Record<string, unknown>, string, string][] = [
        [countyAdmin.agent, { coveredRegionCodes: ['360124100'] }, 'coveredRegionCodes.0', '民和镇'],
        [
          countyAdmin.agent,
          { coveredRegionCodes: ['360123100', '360124101'] },
          'coveredRegionCodes.1',
          '李渡镇',
        ],
        [countyAdmin.agent, { coveredRegionCodes: ['360123999'] }, 'coveredRegionCodes.0', '不存在'],
        [countyAdmin.agent, { coveredRegionCodes: ['360123'] }, 'coveredRegionCodes.0', '9 位'],
        [countyAdmin.agent, { regionCode: '360124', coveredRegionCodes: [] }, 'regionCode', '上级机构的区划'],
        [countyAdmin.agent, { regionCode: '369999', coveredRegionCodes: [] }, 'regionCode', '不存在'],
        [countyAdmin.agent, { kind: 'county_bureau' }, 'kind', '只能新建'],
        [countyAdmin.agent, { code: '360123-ENF-F99' }, 'code', '不支持的字段'],
        [
          cityAdmin,
          { parentId: agencyId('360100-BUR'), regionCode: '360100', coveredRegionCodes: [] },
          'parentId',
          '不能直接新建机构',
        ],
      ];
      for (const [agent, change, field, words] of cases) {
        const response = await agent.post('/api/agencies', { ...fieldOffice, parentId, ...change });
        expectError(response, 400, 'VALIDATION_FAILED', field);
        expect(response.body.error.message, field).toContain(words);
      }
      expect(await agencyCount()).toBe(countBefore);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it('only a system administrator may create an agency', async () => {
      const countBefore = await agencyCount();
      for (const username of ['security', 'nc.head', 'u36012303']) {
        const agent = await server.as(username);
        const response = await agent.post('/api/agencies', {
          ...fieldOffice,
          parentId: agencyId('360123-ENF'),
        });
        expectError(response, 403, 'FORBIDDEN');
      }
      expect(await agencyCount()).toBe(countBefore);
    });
  });
});
