import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index';
import { agencyId } from '../../demo/demo.agencies';
import {
  auditEntriesAfter,
  type CreatedAccount,
  createAccount,
  latestAuditId,
} from '../../test/test-fixtures';
import { createTestServer, type TestServer } from '../../test/test-server';

describe('audit routes', () => {
  let server: TestServer;
  /** An audit administrator of 南昌县局: reads the trail of 南昌县 only. */
  let countyAuditor: CreatedAccount;
  const countyAgencies = [agencyId('360121-BUR'), agencyId('360121-ENF')];

  beforeAll(async () => {
    server = await createTestServer();
    countyAuditor = await createAccount(server, {
      username: 'ncx.auditor',
      agencyCode: '360121-BUR',
      roles: ['audit_admin'],
    });
    // Acts in 南昌县, in 进贤县, in Jiangsu, and under an unknown name.
    await server.as('ncx.inspector');
    await server.as('jxx.inspector');
    await server.as('nt.inspector');
    await server.anonymous().login('nobody.here', 'Wrong#Password1');
  });
  afterAll(async () => {
    await server.close();
  });

  async function countEntries(condition: SQL | undefined): Promise<number> {
    const [row] = await server.db.select({ value: count() }).from(auditLog).where(condition);
    return row!.value;
  }

  describe('GET /api/audit', () => {
    it('the provincial audit administrator reads the province and the platform-wide entries, not other provinces', async () => {
      const auditor = await server.as('auditor');
      const demoLoad = await auditor.get('/api/audit?action=demo.load');
      expect(demoLoad.status).toBe(200);
      expect(demoLoad.body.items.map((entry: { id: number }) => entry.id)).toEqual([1]);
      const unknown = await auditor.get('/api/audit?actor=nobody.here');
      expect(unknown.body.total).toBe(1);
      expect(unknown.body.items[0]).toMatchObject({ action: 'auth.login_failed', actorAgencyId: null });
      expect((await auditor.get('/api/audit?actor=jxx.inspector')).body.total).toBeGreaterThan(0);

      expect(await countEntries(eq(auditLog.actorUsername, 'nt.inspector'))).toBeGreaterThan(0);
      const jiangsu = await auditor.get('/api/audit?actor=nt.inspector');
      expect(jiangsu.body).toMatchObject({ total: 0, items: [] });
    });

    it('a county audit administrator reads exactly the entries of acts by the county’s agencies', async () => {
      const response = await countyAuditor.agent.get('/api/audit?pageSize=200');
      expect(response.status).toBe(200);
      const expected = await countEntries(inArray(auditLog.actorAgencyId, countyAgencies));
      expect(response.body.total).toBe(expected);
      expect(
        response.body.items.every((entry: { actorAgencyId: string }) =>
          countyAgencies.includes(entry.actorAgencyId),
        ),
      ).toBe(true);
      expect(response.body.items.map((entry: { actorUsername: string }) => entry.actorUsername)).toContain(
        'ncx.inspector',
      );
      for (const query of [
        'actor=jxx.inspector',
        'actor=nobody.here',
        'action=demo.load',
        `agencyId=${agencyId('360124-ENF')}`,
        `agencyId=${agencyId('360000-DEPT')}`,
      ]) {
        const filtered = await countyAuditor.agent.get(`/api/audit?${query}`);
        expect(filtered.body.total, query).toBe(0);
      }
    });

    it('filters by day, action, target and pages', async () => {
      const auditor = await server.as('auditor');
      const today = await auditor.get('/api/audit?from=2026-11-20&to=2026-11-20&pageSize=1');
      const all = await auditor.get('/api/audit?pageSize=1');
      expect(today.body.total).toBe(all.body.total);
      expect((await auditor.get('/api/audit?from=2026-11-21')).body.total).toBe(0);
      expect((await auditor.get('/api/audit?to=2026-11-19')).body.total).toBe(0);

      const logins = await auditor.get('/api/audit?action=auth.login&pageSize=200');
      expect(logins.body.items.every((entry: { action: string }) => entry.action === 'auth.login')).toBe(
        true,
      );
      expect(logins.body.items[0].actionLabel).toBe('登录');
      const ids = logins.body.items.map((entry: { id: number }) => entry.id);
      expect(ids).toEqual([...ids].sort((left, right) => right - left));

      const target = await auditor.get(`/api/audit?targetType=user&targetId=${countyAuditor.id}`);
      expect(target.body.items.map((entry: { action: string }) => entry.action)).toEqual(
        expect.arrayContaining(['users.create', 'users.roles_set']),
      );
      const secondPage = await auditor.get('/api/audit?page=2&pageSize=3');
      const firstSix = await auditor.get('/api/audit?pageSize=6');
      expect(secondPage.body.items).toEqual(firstSix.body.items.slice(3, 6));
    });

    it('bad query parameters are a 400 naming the parameter', async () => {
      const auditor = await server.as('auditor');
      for (const [query, field] of [
        ['pageSize=201', 'pageSize'],
        ['from=20261120', 'from'],
        ['to=2026-13-01', 'to'],
        ['agencyId=360121', 'agencyId'],
      ]) {
        const response = await auditor.get(`/api/audit?${query}`);
        expect(response.status, query).toBe(400);
        expect(response.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field });
      }
    });
  });

  describe('GET /api/audit/export.xlsx', () => {
    it('exports the entries in scope as a workbook with Chinese headers, and records the export', async () => {
      const listed = await countyAuditor.agent.get('/api/audit?pageSize=200');
      const before = await latestAuditId(server);
      const response = await countyAuditor.agent.get('/api/audit/export.xlsx');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers['content-disposition']).toContain(
        encodeURIComponent('审计记录-2026-11-20.xlsx'),
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('审计记录')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
        '序号',
        '时间',
        '操作人',
        '所属机构',
        '操作',
      ]);
      const ids: number[] = [];
      sheet.eachRow((row, rowNumber) => {
        if (rowNumber > 1) ids.push(Number(row.getCell(1).value));
      });
      expect(ids).toEqual(listed.body.items.map((entry: { id: number }) => entry.id));
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => [entry.action, entry.actorUsername])).toEqual([
        ['audit.export', 'ncx.auditor'],
      ]);
    });
  });

  describe('POST /api/audit/verify', () => {
    it('reports an intact chain and records that it was checked', async () => {
      const auditor = await server.as('auditor');
      const before = await latestAuditId(server);
      const response = await auditor.post('/api/audit/verify');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ isIntact: true, checkedCount: before, firstBrokenEntry: null });
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['audit.verify']);
    });

    it('stays intact after a login and a write whose text is not well-formed Unicode, which are refused', async () => {
      const before = await latestAuditId(server);
      const login = await server.anonymous().post('/api/auth/login', { username: '\ud800', password: 'x' });
      expect(login.status).toBe(400);
      expect(login.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'username' });
      expect(login.body.error.message).toContain('Unicode');
      const admin = await server.as('nc.admin');
      const rename = await admin.patch(`/api/agencies/${agencyId('360121-BUR')}`, { name: '南昌县\udc00局' });
      expect(rename.status).toBe(400);
      expect(rename.body.error.field).toBe('name');
      // Only nc.admin's own login was recorded.
      expect((await auditEntriesAfter(server, before)).map((entry) => entry.action)).toEqual(['auth.login']);
      const auditor = await server.as('auditor');
      expect((await auditor.post('/api/audit/verify')).body).toMatchObject({
        isIntact: true,
        brokenCount: 0,
      });
    });

    it('names the entry whose content was changed, and the id of a removed entry', async () => {
      const auditor = await server.as('auditor');
      const middle = Math.floor((await latestAuditId(server)) / 2);
      const [original] = await server.db.select().from(auditLog).where(eq(auditLog.id, middle));
      const [next] = await server.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.id, middle + 1));
      // Tampering needs the owner of the table to switch the append-only trigger off first.
      await server.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      try {
        await server.db
          .update(auditLog)
          .set({ summary: '登录成功（已篡改）' })
          .where(eq(auditLog.id, middle));
        const entriesBeforeChanged = await latestAuditId(server);
        const changed = await auditor.post('/api/audit/verify');
        expect(changed.body).toMatchObject({
          isIntact: false,
          checkedCount: entriesBeforeChanged,
          brokenCount: 1,
          brokenEntries: [{ id: middle }],
          firstBrokenEntry: { id: middle, occurredAt: original!.occurredAt.toISOString() },
        });
        expect(changed.body.firstBrokenEntry.reason).toContain('篡改');

        await server.db.update(auditLog).set({ summary: original!.summary }).where(eq(auditLog.id, middle));
        expect((await auditor.post('/api/audit/verify')).body.isIntact).toBe(true);

        await server.db.delete(auditLog).where(eq(auditLog.id, middle + 1));
        const entriesBeforeRemoved = await latestAuditId(server);
        const removed = await auditor.post('/api/audit/verify');
        expect(removed.body).toMatchObject({
          isIntact: false,
          checkedCount: entriesBeforeRemoved - 1,
          brokenCount: 1,
          firstBrokenEntry: { id: middle + 1, occurredAt: null },
        });
        expect(removed.body.firstBrokenEntry.reason).toContain(`缺少第 ${middle + 1} 条`);
        const recorded = await server.db
          .select()
          .from(auditLog)
          .where(eq(auditLog.id, await latestAuditId(server)));
        expect(recorded[0]!.summary).toContain(`第一处在第 ${middle + 1} 条`);
      } finally {
        const [stillThere] = await server.db
          .select()
          .from(auditLog)
          .where(eq(auditLog.id, middle + 1));
        if (!stillThere) await server.db.insert(auditLog).values(next!);
        await server.db.update(auditLog).set({ summary: original!.summary }).where(eq(auditLog.id, middle));
        await server.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
      }
      expect((await auditor.post('/api/audit/verify')).body.isIntact).toBe(true);
    });
  });

  describe('三员分立', () => {
    it('only audit administrators reach the trail: system and security administrators and business users get 403, each refusal audited', async () => {
      for (const username of ['admin', 'security', 'nc.admin', 'ncx.head', 'nc.inspector', 'police.nc']) {
        const agent = await server.as(username);
        const before = await latestAuditId(server);
        for (const [method, url] of [
          ['GET', '/api/audit'],
          ['GET', '/api/audit/export.xlsx'],
          ['POST', '/api/audit/verify'],
        ] as const) {
          const response = await agent.request(method, url, method === 'POST' ? {} : undefined);
          expect(response.status, `${username} ${method} ${url}`).toBe(403);
          expect(response.body.error.code).toBe('FORBIDDEN');
        }
        const entries = await auditEntriesAfter(server, before);
        expect(
          entries.map((entry) => [entry.action, entry.actorUsername, entry.targetId]),
          username,
        ).toEqual([
          ['security.access_denied', username, 'GET /api/audit'],
          ['security.access_denied', username, 'GET /api/audit/export.xlsx'],
          ['security.access_denied', username, 'POST /api/audit/verify'],
        ]);
      }
    });

    it('the trail has no way to be changed through the API', async () => {
      const auditor = await server.as('auditor');
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        const response = await auditor.request(method, '/api/audit/1', method === 'DELETE' ? undefined : {});
        expect(response.status, method).toBe(404);
      }
      expect(await countEntries(and(eq(auditLog.id, 1), eq(auditLog.action, 'demo.load')))).toBe(1);
    });
  });
});
