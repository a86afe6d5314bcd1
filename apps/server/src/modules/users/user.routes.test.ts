import { and, eq, gt, like, ne } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, users } from '../../db/schema/index';
import { demoAccountId, demoPassword } from '../../demo/demo.accounts';
import { agencyId } from '../../demo/demo.agencies';
import { createAgency, createUser } from '../../test/factories';
import {
  auditEntriesAfter,
  type CreatedAccount,
  createAccount,
  findUserRow,
  findUserRowByUsername,
  latestAuditId,
} from '../../test/test-fixtures';
import { createTestServer, type TestResponse, type TestServer } from '../../test/test-server';

function expectError(response: TestResponse, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (field !== undefined) expect(response.body.error.field).toBe(field);
}

describe('user routes', () => {
  let server: TestServer;
  /** System administrator of 南昌县局: manages 南昌县 only. */
  let countyAdmin: CreatedAccount;
  /** Security administrator of 南昌县局. */
  let countySecurity: CreatedAccount;

  beforeAll(async () => {
    server = await createTestServer();
    countyAdmin = await createAccount(server, {
      username: 'ncx.sysadmin',
      agencyCode: '360121-BUR',
      roles: ['system_admin'],
    });
    countySecurity = await createAccount(server, {
      username: 'ncx.secadmin',
      agencyCode: '360121-BUR',
      roles: ['security_admin'],
    });
  });
  afterAll(async () => {
    await server.close();
  });

  /** Usernames of the users whose agency lies in the given region prefix, police excluded. */
  async function usernamesInRegion(prefix: string): Promise<string[]> {
    const rows = await server.db
      .select({ username: users.username })
      .from(users)
      .innerJoin(agencies, eq(agencies.id, users.agencyId))
      .where(and(like(agencies.regionCode, `${prefix}%`), ne(agencies.kind, 'police')));
    return rows.map((row) => row.username).sort();
  }

  describe('GET /api/users', () => {
    it('lists exactly the users of the own subtree', async () => {
      const cityAdmin = await server.as('nc.admin');
      const city = await cityAdmin.get('/api/users?pageSize=200');
      expect(city.status).toBe(200);
      const nanchang = await usernamesInRegion('3601');
      expect(city.body.total).toBe(nanchang.length);
      expect(city.body.items.map((user: { username: string }) => user.username).sort()).toEqual(nanchang);
      expect(nanchang).not.toContain('jj.inspector');
      expect(nanchang).not.toContain('police.nc');

      const countyHead = await server.as('ncx.head');
      const county = await countyHead.get('/api/users?pageSize=200');
      const nanchangCounty = await usernamesInRegion('360121');
      expect(county.body.items.map((user: { username: string }) => user.username).sort()).toEqual(
        nanchangCounty,
      );
      expect(nanchangCounty).toEqual(expect.arrayContaining(['ncx.head', 'ncx.inspector', 'ncx.sysadmin']));
      expect(nanchangCounty.some((username) => username.startsWith('u360124'))).toBe(false);
    });

    it('a filter on an agency outside the subtree finds nobody', async () => {
      const outside = await countyAdmin.agent.get(
        `/api/users?agencyId=${agencyId('360124-BUR')}&includeSubordinates=true`,
      );
      expect(outside.status).toBe(200);
      expect(outside.body).toMatchObject({ total: 0, items: [] });
      const cityAdmin = await server.as('nc.admin');
      const jiujiang = await cityAdmin.get(`/api/users?q=jj.inspector`);
      expect(jiujiang.body.total).toBe(0);
    });

    it('filters by text, role, status, agency with or without subordinates, and lock state', async () => {
      const security = await server.as('security');
      const byText = await security.get('/api/users?q=NCX.');
      expect(byText.body.items.map((user: { username: string }) => user.username).sort()).toEqual([
        'ncx.head',
        'ncx.inspector',
        'ncx.secadmin',
        'ncx.sysadmin',
      ]);
      const byName = await security.get(`/api/users?q=${encodeURIComponent('万俊')}`);
      expect(byName.body.items.map((user: { username: string }) => user.username)).toEqual(['ncx.inspector']);

      const auditAdmins = await security.get('/api/users?role=audit_admin');
      expect(auditAdmins.body.items.map((user: { username: string }) => user.username)).toEqual(['auditor']);

      const disabled = await security.get('/api/users?status=disabled&pageSize=200');
      expect(disabled.body.total).toBeGreaterThan(0);
      expect(disabled.body.items.every((user: { status: string }) => user.status === 'disabled')).toBe(true);
      expect(disabled.body.items.map((user: { username: string }) => user.username)).toContain('u36012101');

      const bureauOnly = await security.get(`/api/users?agencyId=${agencyId('360121-BUR')}`);
      const bureauAndBelow = await security.get(
        `/api/users?agencyId=${agencyId('360121-BUR')}&includeSubordinates=true&pageSize=200`,
      );
      expect(
        bureauOnly.body.items.every((user: { agencyId: string }) => user.agencyId === agencyId('360121-BUR')),
      ).toBe(true);
      expect(bureauOnly.body.items.map((user: { username: string }) => user.username)).toContain('ncx.head');
      expect(bureauAndBelow.body.items.map((user: { username: string }) => user.username).sort()).toEqual(
        await usernamesInRegion('360121'),
      );
      expect(bureauAndBelow.body.total).toBeGreaterThan(bureauOnly.body.total);

      // The demo data locks a few staff accounts until 10 minutes after the demo moment.
      const locked = await security.get('/api/users?isLocked=true&pageSize=200');
      const lockedInJiangxi = await server.db
        .select({ username: users.username })
        .from(users)
        .innerJoin(agencies, eq(agencies.id, users.agencyId))
        .where(
          and(
            gt(users.lockedUntil, server.clock.now()),
            like(agencies.regionCode, '36%'),
            ne(agencies.kind, 'police'),
          ),
        );
      expect(locked.body.items.map((user: { username: string }) => user.username).sort()).toEqual(
        lockedInJiangxi.map((row) => row.username).sort(),
      );
      expect(locked.body.items.map((user: { username: string }) => user.username)).toEqual(
        expect.arrayContaining(['u36032104', 'u36082402', 'u36110002']),
      );
      expect(locked.body.items.every((user: { isLocked: boolean }) => user.isLocked)).toBe(true);
      const notLocked = await security.get('/api/users?isLocked=false&pageSize=200');
      expect(notLocked.body.items.some((user: { isLocked: boolean }) => user.isLocked)).toBe(false);

      const inspectorsOfEnforcementUnit = await security.get(
        `/api/users?role=inspector&agencyId=${agencyId('360121-ENF')}&pageSize=200`,
      );
      expect(inspectorsOfEnforcementUnit.body.total).toBeGreaterThan(0);
      expect(
        inspectorsOfEnforcementUnit.body.items.every(
          (user: { roles: string[]; agencyId: string }) =>
            user.roles.includes('inspector') && user.agencyId === agencyId('360121-ENF'),
        ),
      ).toBe(true);
    });

    it('pages and sorts on the server', async () => {
      const security = await server.as('security');
      const first = await security.get('/api/users?pageSize=10&sort=username');
      const second = await security.get('/api/users?page=2&pageSize=5&sort=username');
      expect(first.body).toMatchObject({ page: 1, pageSize: 10 });
      expect(first.body.total).toBe((await usernamesInRegion('36')).length);
      expect(second.body.items).toEqual(first.body.items.slice(5, 10));
      const names = first.body.items.map((user: { username: string }) => user.username);
      expect(names).toEqual([...names].sort());

      const recent = await security.get('/api/users?pageSize=200&sort=-lastLoginAt');
      const times = recent.body.items.map((user: { lastLoginAt: string | null }) => user.lastLoginAt);
      const known = times.filter((time: string | null) => time !== null) as string[];
      expect(known.length).toBeGreaterThan(0);
      expect(known).toEqual([...known].sort().reverse());
      // Never-logged-in users come last.
      expect(times.slice(0, known.length)).toEqual(known);

      const newest = await security.get('/api/users?pageSize=5&sort=-createdAt');
      const created = newest.body.items.map((user: { createdAt: string }) => user.createdAt);
      expect(created).toEqual([...created].sort().reverse());
    });

    it('sorts display names by pinyin, not by code point, and re-sorts after a rename by an admin or by the user', async () => {
      // By code point 中 (U+4E2D) comes before 丰 (U+4E30) and 华 before 和; by pinyin the reverse.
      const agency = await createAgency(server);
      const security = await createUser(server, agency, ['security_admin']);
      const admin = await createUser(server, agency, ['system_admin']);
      const named = new Map<string, Awaited<ReturnType<typeof createUser>>>();
      for (const displayName of ['张中华', '张丰收', '张中和'])
        named.set(displayName, await createUser(server, agency, ['inspector'], { displayName }));
      const namesOf = async (sort: string) => {
        const response = await security.agent.get(`/api/users?agencyId=${agency.id}&sort=${sort}`);
        expect(response.status, JSON.stringify(response.body)).toBe(200);
        return response.body.items
          .map((user: { displayName: string }) => user.displayName)
          .filter((name: string) => name.startsWith('张'));
      };
      expect(await namesOf('displayName')).toEqual(['张丰收', '张中和', '张中华']);
      expect(await namesOf('-displayName')).toEqual(['张中华', '张中和', '张丰收']);
      // zhang zhong guo < zhang zhong he; zhang a zhen < zhang feng shou.
      const renamed = await admin.agent.patch(`/api/users/${named.get('张丰收')!.id}`, {
        displayName: '张中国',
      });
      expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
      const own = await named.get('张中华')!.agent.patch('/api/auth/profile', { displayName: '张阿珍' });
      expect(own.status, JSON.stringify(own.body)).toBe(200);
      expect(await namesOf('displayName')).toEqual(['张阿珍', '张中国', '张中和']);
    });

    it('bad query parameters are a 400 naming the parameter', async () => {
      const security = await server.as('security');
      expectError(await security.get('/api/users?pageSize=201'), 400, 'VALIDATION_FAILED', 'pageSize');
      expectError(await security.get('/api/users?page=0'), 400, 'VALIDATION_FAILED', 'page');
      expectError(await security.get('/api/users?sort=password'), 400, 'VALIDATION_FAILED', 'sort');
      expectError(await security.get('/api/users?role=king'), 400, 'VALIDATION_FAILED', 'role');
      expectError(await security.get('/api/users?agencyId=abc'), 400, 'VALIDATION_FAILED', 'agencyId');
      expectError(await security.get('/api/users?isLocked=perhaps'), 400, 'VALIDATION_FAILED', 'isLocked');
    });
  });

  describe('GET /api/users/export.xlsx', () => {
    it('exports the filtered list of the own subtree as an Excel workbook with Chinese headers, and audits it', async () => {
      const cityAdmin = await server.as('nc.admin');
      const filter = `agencyId=${agencyId('360121-BUR')}&includeSubordinates=true`;
      const listed = await cityAdmin.get(`/api/users?${filter}&pageSize=200`);
      const before = await latestAuditId(server);
      const response = await cityAdmin.get(`/api/users/export.xlsx?${filter}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      // The file is named for the day of the platform's clock (Asia/Shanghai), not the machine's.
      expect(response.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent('用户列表-2026-11-20.xlsx')}`,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('用户列表')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
        '用户名',
        '姓名',
        '所属机构',
        '角色',
        '电话',
        '状态',
        '是否锁定',
        '最近登录',
        '创建时间',
      ]);
      const exported = new Map<string, ExcelJS.Row>();
      sheet.eachRow((row, rowNumber) => {
        if (rowNumber > 1) exported.set(String(row.getCell(1).value), row);
      });
      expect([...exported.keys()].sort()).toEqual(
        listed.body.items.map((user: { username: string }) => user.username).sort(),
      );
      expect([...exported.keys()].sort()).toEqual(await usernamesInRegion('360121'));
      expect(exported.get('ncx.head')!.getCell(2).value).toBe('熊伟');
      expect(exported.get('ncx.head')!.getCell(4).value).toBe('机构负责人');
      expect(exported.get('u36012101')!.getCell(6).value).toBe('已停用');

      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => [entry.action, entry.actorUsername])).toEqual([
        ['users.export', 'nc.admin'],
      ]);
      expect(entries[0]!.summary).toContain(`${exported.size} 条`);
    });

    it('exports nothing outside the subtree', async () => {
      const response = await countyAdmin.agent.get(
        `/api/users/export.xlsx?agencyId=${agencyId('360124-BUR')}&includeSubordinates=true`,
      );
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
      expect(workbook.getWorksheet('用户列表')!.rowCount).toBe(1);
      const everything = await countyAdmin.agent.get('/api/users/export.xlsx');
      const all = new ExcelJS.Workbook();
      await all.xlsx.load(everything.raw.rawPayload as unknown as ArrayBuffer);
      const names: string[] = [];
      all.getWorksheet('用户列表')!.eachRow((row, rowNumber) => {
        if (rowNumber > 1) names.push(String(row.getCell(1).value));
      });
      expect(names.sort()).toEqual(await usernamesInRegion('360121'));
    });
  });

  describe('GET /api/users/:id', () => {
    it('shows a user of the own subtree with the account details', async () => {
      const response = await countyAdmin.agent.get(`/api/users/${demoAccountId('ncx.inspector')}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        username: 'ncx.inspector',
        agencyId: agencyId('360121-ENF'),
        roles: ['inspector'],
        mustChangePassword: false,
        failedLoginCount: 0,
      });
      expect(response.body).not.toHaveProperty('passwordHash');
    });

    it('answers 404 for users outside the subtree, whoever asks', async () => {
      const cases: [() => Promise<TestResponse>, string][] = [
        [() => countyAdmin.agent.get(`/api/users/${demoAccountId('u36012402')}`), 'county admin → 进贤县'],
        [() => countyAdmin.agent.get(`/api/users/${demoAccountId('nc.admin')}`), 'county admin → 市局'],
        [() => countySecurity.agent.get(`/api/users/${demoAccountId('jxx.inspector')}`), 'county security'],
        [async () => (await server.as('ncx.head')).get(`/api/users/${demoAccountId('u36012403')}`), 'head'],
        [
          async () => (await server.as('nc.admin')).get(`/api/users/${demoAccountId('jj.inspector')}`),
          'city',
        ],
        [async () => (await server.as('security')).get(`/api/users/${demoAccountId('nt.inspector')}`), 'JS'],
        [async () => (await server.as('security')).get(`/api/users/${demoAccountId('police.nc')}`), 'police'],
      ];
      for (const [request, label] of cases) {
        const response = await request();
        expect(response.status, label).toBe(404);
        expect(response.body.error.code).toBe('NOT_FOUND');
      }
    });

    it('an id that is not a uuid is a 400 naming id', async () => {
      expectError(await countyAdmin.agent.get('/api/users/12345'), 400, 'VALIDATION_FAILED', 'id');
    });
  });

  describe('POST /api/users', () => {
    it('creates an account with no roles that must change its password at first login, with one audit entry', async () => {
      const cityAdmin = await server.as('nc.admin');
      const before = await latestAuditId(server);
      const response = await cityAdmin.post('/api/users', {
        username: 'New.Officer',
        displayName: '新同事',
        agencyId: agencyId('360121-ENF'),
        phone: '13907910002',
        initialPassword: 'Welcome#2026ab',
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        username: 'new.officer',
        displayName: '新同事',
        agencyId: agencyId('360121-ENF'),
        roles: [],
        status: 'active',
        mustChangePassword: true,
      });
      const entries = await auditEntriesAfter(server, before);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        action: 'users.create',
        actorUsername: 'nc.admin',
        targetId: response.body.id,
        beforeDigest: null,
      });
      expect(entries[0]!.afterDigest).toMatch(/^[0-9a-f]{64}$/);
      const row = await findUserRow(server, response.body.id);
      expect(row!.passwordHash).toMatch(/^\$argon2id\$/);

      const newcomer = server.anonymous();
      expect((await newcomer.login('new.officer', 'Welcome#2026ab')).status).toBe(200);
      expectError(await newcomer.get('/api/calendar/2026'), 403, 'PASSWORD_CHANGE_REQUIRED');
    });

    it('a username already taken (in any case) is a 409 naming username, and nothing is created', async () => {
      const cityAdmin = await server.as('nc.admin');
      const before = await latestAuditId(server);
      const response = await cityAdmin.post('/api/users', {
        username: 'NCX.Inspector',
        displayName: '重名者',
        agencyId: agencyId('360121-ENF'),
        initialPassword: 'Welcome#2026ab',
      });
      expectError(response, 409, 'CONFLICT', 'username');
      expect(response.body.error.message).toContain('ncx.inspector');
      expect(await latestAuditId(server)).toBe(before);
      expect((await findUserRowByUsername(server, 'ncx.inspector'))!.displayName).toBe('万俊');
    });

    it('bad username, name, phone or password is a 400 naming the field, and nothing is created', async () => {
      const cityAdmin = await server.as('nc.admin');
      const valid = {
        username: 'valid.name',
        displayName: '有效',
        agencyId: agencyId('360121-ENF'),
        initialPassword: 'Welcome#2026ab',
      };
      const before = await latestAuditId(server);
      const cases: [Record<string, unknown>, string, string][] = [
        [{ username: 'ab' }, 'username', '至少 3 位'],
        [{ username: 'with space' }, 'username', '只能由'],
        [{ username: '张三丰' }, 'username', '只能由'],
        [{ displayName: '张' }, 'displayName', '至少 2 个字'],
        [{ phone: '12345' }, 'phone', '手机号'],
        [{ initialPassword: 'password' }, 'initialPassword', '密码至少 10 位'],
        [{ initialPassword: 'Valid.name#2026' }, 'initialPassword', '不能包含用户名'],
        [{ roles: ['system_admin'] }, 'roles', '不支持的字段'],
        [{ agencyId: 'not-a-uuid' }, 'agencyId', '编号格式不正确'],
      ];
      for (const [change, field, words] of cases) {
        const response = await cityAdmin.post('/api/users', { ...valid, ...change });
        expectError(response, 400, 'VALIDATION_FAILED', field);
        expect(response.body.error.message, field).toContain(words);
      }
      const { username: _username, ...withoutUsername } = valid;
      expectError(await cityAdmin.post('/api/users', withoutUsername), 400, 'VALIDATION_FAILED', 'username');
      expect(await findUserRowByUsername(server, 'valid.name')).toBeUndefined();
      expect(await latestAuditId(server)).toBe(before);
    });

    it('refuses to create an account in an agency outside the subtree (404 naming agencyId)', async () => {
      const cityAdmin = await server.as('nc.admin');
      const provinceAdmin = await server.as('admin');
      const before = await latestAuditId(server);
      const county = await countyAdmin.agent.post('/api/users', {
        username: 'intruder.a',
        displayName: '越权者',
        agencyId: agencyId('360124-ENF'),
        initialPassword: 'Welcome#2026ab',
      });
      expectError(county, 404, 'NOT_FOUND', 'agencyId');
      const city = await cityAdmin.post('/api/users', {
        username: 'intruder.b',
        displayName: '越权者',
        agencyId: agencyId('360402-ENF'),
        initialPassword: 'Welcome#2026ab',
      });
      expectError(city, 404, 'NOT_FOUND', 'agencyId');
      const province = await provinceAdmin.post('/api/users', {
        username: 'intruder.c',
        displayName: '越权者',
        agencyId: agencyId('360100-POLICE'),
        initialPassword: 'Welcome#2026ab',
      });
      expectError(province, 404, 'NOT_FOUND', 'agencyId');
      for (const username of ['intruder.a', 'intruder.b', 'intruder.c']) {
        expect(await findUserRowByUsername(server, username)).toBeUndefined();
      }
      expect(await latestAuditId(server)).toBe(before);
    });
  });

  describe('PATCH /api/users/:id', () => {
    it('changes name and phone with one audit entry holding the before and after digests', async () => {
      const id = demoAccountId('u36012103');
      const before = await latestAuditId(server);
      const response = await countyAdmin.agent.patch(`/api/users/${id}`, {
        displayName: '改名后',
        phone: '0791-85551234',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ displayName: '改名后', phone: '0791-85551234' });
      const entries = await auditEntriesAfter(server, before);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        action: 'users.update',
        targetId: id,
        actorUsername: 'ncx.sysadmin',
      });
      expect(entries[0]!.beforeDigest).toMatch(/^[0-9a-f]{64}$/);
      expect(entries[0]!.afterDigest).toMatch(/^[0-9a-f]{64}$/);
      expect(entries[0]!.afterDigest).not.toBe(entries[0]!.beforeDigest);
    });

    it('disabling ends the sessions and refuses logins; enabling lets the user back in', async () => {
      const id = demoAccountId('u36012104');
      const user = await server.as('u36012104');
      const before = await latestAuditId(server);
      const disabled = await countyAdmin.agent.patch(`/api/users/${id}`, { status: 'disabled' });
      expect(disabled.status).toBe(200);
      expect(disabled.body).toMatchObject({ status: 'disabled', activeSessionCount: 0 });
      expectError(await user.get('/api/auth/me'), 403, 'ACCOUNT_DISABLED');
      expectError(await server.anonymous().login('u36012104', demoPassword), 403, 'ACCOUNT_DISABLED');
      const enabled = await countyAdmin.agent.patch(`/api/users/${id}`, { status: 'active' });
      expect(enabled.body.status).toBe('active');
      expect((await server.anonymous().login('u36012104', demoPassword)).status).toBe(200);
      const actions = (await auditEntriesAfter(server, before)).map((entry) => entry.action);
      expect(actions).toEqual(['users.disable', 'auth.login_refused_disabled', 'users.enable', 'auth.login']);
    });

    it('moves a user within the subtree, but not out of it (404 naming agencyId, nothing changed)', async () => {
      const id = demoAccountId('u36012105');
      const moved = await countyAdmin.agent.patch(`/api/users/${id}`, { agencyId: agencyId('360121-BUR') });
      expect(moved.status).toBe(200);
      expect(moved.body.agencyId).toBe(agencyId('360121-BUR'));

      const cityAdmin = await server.as('nc.admin');
      const rowBefore = await findUserRow(server, id);
      const auditBefore = await latestAuditId(server);
      for (const target of ['360124-ENF', '360100-BUR', '360402-ENF']) {
        const response = await countyAdmin.agent.patch(`/api/users/${id}`, { agencyId: agencyId(target) });
        expectError(response, 404, 'NOT_FOUND', 'agencyId');
      }
      for (const target of ['360402-ENF', '360000-DEPT', '360100-POLICE']) {
        const response = await cityAdmin.patch(`/api/users/${id}`, { agencyId: agencyId(target) });
        expectError(response, 404, 'NOT_FOUND', 'agencyId');
      }
      expect(await findUserRow(server, id)).toEqual(rowBefore);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it('answers 404 for users outside the subtree and changes nothing', async () => {
      const outsiders = [
        [countyAdmin.agent, 'u36012402'],
        [countyAdmin.agent, 'jxx.inspector'],
        [await server.as('nc.admin'), 'jj.inspector'],
        [await server.as('admin'), 'nt.inspector'],
      ] as const;
      const auditBefore = await latestAuditId(server);
      for (const [agent, username] of outsiders) {
        const id = demoAccountId(username);
        const rowBefore = await findUserRow(server, id);
        const response = await agent.patch(`/api/users/${id}`, { displayName: '被改了', status: 'disabled' });
        expectError(response, 404, 'NOT_FOUND');
        expect(await findUserRow(server, id), username).toEqual(rowBefore);
      }
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it("三员分立: a system administrator cannot change another administrator's account, nor their own", async () => {
      const admin = await server.as('admin');
      const auditBefore = await latestAuditId(server);
      const administrators = [
        demoAccountId('auditor'),
        demoAccountId('security'),
        demoAccountId('nc.admin'),
        countyAdmin.id,
      ];
      for (const id of administrators) {
        const rowBefore = await findUserRow(server, id);
        const response = await admin.patch(`/api/users/${id}`, { status: 'disabled' });
        expectError(response, 403, 'FORBIDDEN');
        expect(response.body.error.message).toContain('三员分立');
        expect(await findUserRow(server, id)).toEqual(rowBefore);
      }
      const self = await admin.patch(`/api/users/${demoAccountId('admin')}`, { displayName: '自己' });
      expectError(self, 403, 'FORBIDDEN');
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it('roles cannot be set through PATCH, and a bad status is named', async () => {
      const id = demoAccountId('u36012106');
      const rowBefore = await findUserRow(server, id);
      expectError(
        await countyAdmin.agent.patch(`/api/users/${id}`, { roles: ['system_admin'] }),
        400,
        'VALIDATION_FAILED',
        'roles',
      );
      expectError(
        await countyAdmin.agent.patch(`/api/users/${id}`, { status: 'gone' }),
        400,
        'VALIDATION_FAILED',
        'status',
      );
      expect(await findUserRow(server, id)).toEqual(rowBefore);
    });
  });

  describe('POST /api/users/:id/password-reset', () => {
    it('sets a new password the user must change at next login, ends their sessions, and audits it', async () => {
      const id = demoAccountId('u36012107');
      const user = await server.as('u36012107');
      const before = await latestAuditId(server);
      const response = await countyAdmin.agent.post(`/api/users/${id}/password-reset`, {
        newPassword: 'Reset#Pass2026',
      });
      expect(response.status).toBe(200);
      expect((await user.get('/api/auth/me')).status).toBe(401);
      expect((await server.anonymous().login('u36012107', demoPassword)).status).toBe(401);
      const fresh = server.anonymous();
      expect((await fresh.login('u36012107', 'Reset#Pass2026')).status).toBe(200);
      expectError(await fresh.get('/api/agencies'), 403, 'PASSWORD_CHANGE_REQUIRED');
      const entries = await auditEntriesAfter(server, before);
      expect(entries[0]).toMatchObject({ action: 'users.password_reset', targetId: id });
      expect(entries[0]!.summary).toContain('结束其 1 个会话');
    });

    it('refuses a weak password (400 naming newPassword), other administrators (403) and outsiders (404)', async () => {
      const admin = await server.as('admin');
      const auditBefore = await latestAuditId(server);
      const weak = await countyAdmin.agent.post(`/api/users/${demoAccountId('u36012108')}/password-reset`, {
        newPassword: 'weak',
      });
      expectError(weak, 400, 'VALIDATION_FAILED', 'newPassword');
      for (const username of ['auditor', 'security']) {
        const id = demoAccountId(username);
        const rowBefore = await findUserRow(server, id);
        const response = await admin.post(`/api/users/${id}/password-reset`, {
          newPassword: 'Taken#Over2026',
        });
        expectError(response, 403, 'FORBIDDEN');
        expect(await findUserRow(server, id)).toEqual(rowBefore);
        expect((await server.anonymous().login(username, demoPassword)).status).toBe(200);
      }
      const cityAdmin = await server.as('nc.admin');
      const auditAfterLogins = await latestAuditId(server);
      for (const [agent, username] of [
        [countyAdmin.agent, 'u36012403'],
        [cityAdmin, 'jj.inspector'],
      ] as const) {
        const outsider = demoAccountId(username);
        const rowBefore = await findUserRow(server, outsider);
        const response = await agent.post(`/api/users/${outsider}/password-reset`, {
          newPassword: 'Taken#Over2026',
        });
        expectError(response, 404, 'NOT_FOUND');
        expect(await findUserRow(server, outsider)).toEqual(rowBefore);
      }
      const actions = (await auditEntriesAfter(server, auditBefore)).map((entry) => entry.action);
      expect(actions).toEqual(['auth.login', 'auth.login', 'auth.login']);
      expect(await latestAuditId(server)).toBe(auditAfterLogins);
    });
  });

  describe('PUT /api/users/:id/roles', () => {
    it('the security administrator grants roles; the change ends the sessions and is audited', async () => {
      const id = demoAccountId('u36012302');
      const user = await server.as('u36012302');
      const security = await server.as('security');
      const before = await latestAuditId(server);
      const response = await security.put(`/api/users/${id}/roles`, { roles: ['supervisor', 'agency_head'] });
      expect(response.status).toBe(200);
      expect(response.body.roles).toEqual(['supervisor', 'agency_head']);
      expect((await user.get('/api/auth/me')).status).toBe(401);
      const entries = await auditEntriesAfter(server, before);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        action: 'users.roles_set',
        targetId: id,
        actorUsername: 'security',
      });
      expect(entries[0]!.summary).toContain('机构负责人');
      const again = await server.as('u36012302');
      expect((await again.get('/api/auth/me')).body.user.roles).toEqual(['supervisor', 'agency_head']);
    });

    it('nobody can grant roles to themselves', async () => {
      const auditBefore = await latestAuditId(server);
      const security = await server.as('security');
      const self = await security.put(`/api/users/${demoAccountId('security')}/roles`, {
        roles: ['security_admin'],
      });
      expectError(self, 403, 'FORBIDDEN', 'roles');
      const county = await countySecurity.agent.put(`/api/users/${countySecurity.id}/roles`, {
        roles: ['security_admin'],
      });
      expectError(county, 403, 'FORBIDDEN', 'roles');
      // The system administrator holds no right to grant roles at all.
      const admin = await server.as('admin');
      expectError(
        await admin.put(`/api/users/${demoAccountId('admin')}/roles`, {
          roles: ['system_admin', 'audit_admin'],
        }),
        403,
        'FORBIDDEN',
      );
      expect((await findUserRow(server, demoAccountId('admin')))!.roles).toEqual(['system_admin']);
      expect((await findUserRow(server, demoAccountId('security')))!.roles).toEqual(['security_admin']);
      // Two logins, and the system administrator's refused attempt as a security event.
      const entries = await auditEntriesAfter(server, auditBefore);
      expect(entries.map((entry) => [entry.action, entry.actorUsername])).toEqual([
        ['auth.login', 'security'],
        ['auth.login', 'admin'],
        ['security.access_denied', 'admin'],
      ]);
    });

    it('administrator roles stand alone, police liaisons are police, and the problem is named as roles', async () => {
      const security = await server.as('security');
      const id = demoAccountId('u36012303');
      const rowBefore = await findUserRow(server, id);
      const auditBefore = await latestAuditId(server);
      const cases: [unknown[], string, string][] = [
        [['system_admin', 'audit_admin'], 'roles', '三员分立'],
        [['security_admin', 'system_admin'], 'roles', '三员分立'],
        [['audit_admin', 'inspector'], 'roles', '不能同时担任业务角色'],
        [['system_admin', 'agency_head'], 'roles', '不能同时担任业务角色'],
        [['inspector', 'inspector'], 'roles', '不能重复'],
        [['police_liaison'], 'roles', '公安联络员只能由公安机关'],
        [['king'], 'roles.0', '角色不存在'],
      ];
      for (const [roles, field, words] of cases) {
        const response = await security.put(`/api/users/${id}/roles`, { roles });
        expectError(response, 400, 'VALIDATION_FAILED', field);
        expect(response.body.error.message, JSON.stringify(roles)).toContain(words);
      }
      expect(await findUserRow(server, id)).toEqual(rowBefore);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it('answers 404 for users outside the subtree and changes nothing', async () => {
      const security = await server.as('security');
      const auditBefore = await latestAuditId(server);
      const outsiders = [
        [countySecurity.agent, 'u36012402'],
        [countySecurity.agent, 'nc.inspector'],
        [security, 'nt.inspector'],
        [security, 'jl.inspector'],
        [security, 'police.nc'],
      ] as const;
      for (const [agent, username] of outsiders) {
        const id = demoAccountId(username);
        const rowBefore = await findUserRow(server, id);
        const response = await agent.put(`/api/users/${id}/roles`, { roles: [] });
        expectError(response, 404, 'NOT_FOUND');
        expect(await findUserRow(server, id), username).toEqual(rowBefore);
      }
      expect(await latestAuditId(server)).toBe(auditBefore);
    });
  });

  describe('POST /api/users/:id/unlock and /sessions/end', () => {
    it('the security administrator forces a user out; the session ends at once', async () => {
      const id = demoAccountId('ncx.inspector');
      const user = await server.as('ncx.inspector');
      const before = await latestAuditId(server);
      const response = await countySecurity.agent.post(`/api/users/${id}/sessions/end`);
      expect(response.status).toBe(200);
      expect(response.body.activeSessionCount).toBe(0);
      expect((await user.get('/api/auth/me')).status).toBe(401);
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => [entry.action, entry.targetId])).toEqual([['users.sessions_end', id]]);
    });

    it('refuses outsiders (404), oneself (403) and the system administrator (403), changing nothing', async () => {
      const outsider = await server.as('jxx.inspector');
      for (let attempt = 0; attempt < 5; attempt++) {
        await server.anonymous().login('u36012404', 'Wrong#Password1');
      }
      const lockedRow = await findUserRow(server, demoAccountId('u36012404'));
      expect(lockedRow!.lockedUntil).not.toBeNull();
      const auditBefore = await latestAuditId(server);

      expectError(
        await countySecurity.agent.post(`/api/users/${demoAccountId('jxx.inspector')}/sessions/end`),
        404,
        'NOT_FOUND',
      );
      expectError(
        await countySecurity.agent.post(`/api/users/${demoAccountId('u36012404')}/unlock`),
        404,
        'NOT_FOUND',
      );
      expectError(
        await countySecurity.agent.post(`/api/users/${countySecurity.id}/unlock`),
        403,
        'FORBIDDEN',
      );
      expectError(
        await countySecurity.agent.post(`/api/users/${countySecurity.id}/sessions/end`),
        403,
        'FORBIDDEN',
      );
      const cityAdmin = await server.as('nc.admin');
      const auditAfterLogin = await latestAuditId(server);
      expectError(await cityAdmin.post(`/api/users/${demoAccountId('u36012404')}/unlock`), 403, 'FORBIDDEN');
      expect((await outsider.get('/api/auth/me')).status).toBe(200);
      expect(await findUserRow(server, demoAccountId('u36012404'))).toEqual(lockedRow);
      expect(auditAfterLogin).toBe(auditBefore + 1);
      const entries = await auditEntriesAfter(server, auditAfterLogin);
      expect(entries.map((entry) => [entry.action, entry.actorUsername, entry.targetId])).toEqual([
        ['security.access_denied', 'nc.admin', 'POST /api/users/:id/unlock'],
      ]);
    });
  });
});
