import { parseRealNameNumber } from '@qingshan/domain';
import { and, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, officers, users } from '../../db/schema/index';
import { demoAccountId } from '../../demo/demo.accounts';
import { agencyId } from '../../demo/demo.agencies';
import { createAgency, createUser, createOfficer as registerOfficer } from '../../test/factories';
import { auditEntriesAfter, createAccount, latestAuditId } from '../../test/test-fixtures';
import type { TestAgent, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';
import {
  countOfficers,
  createOfficer,
  expectError,
  officerBody,
  officerRow,
  usableAccountOf,
} from './personnel.test-support';

interface ListItem {
  id: string;
  realNameNumber: string;
  name: string;
  agencyId: string;
  agencyName: string;
  status: string;
  certificateState: string;
  certificateDaysLeft: number | null;
  certificateValidUntil: string | null;
  userId: string | null;
  specialties: string[];
  hasLegalQualification: boolean;
  isBackbone: boolean;
  backbonePool: string | null;
}

describe('officer routes', () => {
  let server: TestServer;
  /** Head of 南昌县局: manages the officers of 南昌县. */
  let countyHead: TestAgent;
  /** Inspector of 南昌县大队: reads, does not manage. */
  let countyInspector: TestAgent;
  /** Head of 进贤县局: another county. */
  let otherCountyHead: TestAgent;
  /** Head of 南昌市局: the whole city. */
  let cityHead: TestAgent;
  /** A head of the provincial enforcement bureau (省厅执法局). */
  let provincialHead: TestAgent;
  let countyOfficerIds: string[];

  beforeAll(async () => {
    server = await createTestServer();
    countyHead = await server.as('ncx.head');
    countyInspector = await server.as('ncx.inspector');
    otherCountyHead = await server.as(await usableAccountOf(server, '360124-BUR', 'agency_head'));
    cityHead = await server.as('nc.head');
    provincialHead = (
      await createAccount(server, {
        username: 'prov.enf.head',
        agencyCode: '360000-ENF',
        roles: ['agency_head'],
      })
    ).agent;
    const rows = await server.db
      .select({ id: officers.id })
      .from(officers)
      .innerJoin(agencies, eq(agencies.id, officers.agencyId))
      .where(like(agencies.regionCode, '360121%'));
    countyOfficerIds = rows.map((row) => row.id).sort();
  });
  afterAll(async () => {
    await server.close();
  });

  describe('GET /api/officers', () => {
    it('lists exactly the officers of the own jurisdiction, with certificate states for today', async () => {
      const response = await countyInspector.get('/api/officers?pageSize=200');
      expect(response.status).toBe(200);
      expect(response.body.onDate).toBe('2026-11-20');
      expect(response.body.warningDays).toBe(60);
      const ids = (response.body.items as ListItem[]).map((item) => item.id).sort();
      expect(ids).toEqual(countyOfficerIds);
      expect(ids.length).toBeGreaterThan(8);
      for (const item of response.body.items as ListItem[]) expect(item.agencyName).toContain('南昌县');
      const own = (response.body.items as ListItem[]).find(
        (item) => item.userId === demoAccountId('ncx.inspector'),
      );
      expect(own?.name).toBe('万俊');
      expect(own?.certificateState).toBe('valid');
    });

    it('filters by certificate state: expiring within 60 days and expired', async () => {
      const expiring = await countyHead.get('/api/officers?certificateState=expiring&pageSize=200');
      expect(expiring.body.total).toBeGreaterThan(0);
      for (const item of expiring.body.items as ListItem[]) {
        expect(item.certificateState).toBe('expiring');
        expect(item.certificateDaysLeft).toBeGreaterThanOrEqual(0);
        expect(item.certificateDaysLeft).toBeLessThanOrEqual(60);
      }
      const expired = await countyHead.get('/api/officers?certificateState=expired&pageSize=200');
      expect(expired.body.total).toBeGreaterThan(0);
      for (const item of expired.body.items as ListItem[]) {
        expect(item.certificateState).toBe('expired');
        expect(item.certificateDaysLeft).toBeLessThan(0);
      }
      const all = await countyHead.get('/api/officers?pageSize=200');
      const counted = (all.body.items as ListItem[]).filter(
        (item) => item.certificateState === 'expiring',
      ).length;
      expect(counted).toBe(expiring.body.total);
    });

    it('searches by name, real-name number and certificate number', async () => {
      const own = await officerRow(server, countyOfficerIds[0]!);
      for (const q of [own!.realNameNumber, own!.name, own!.certificateNumber ?? own!.name]) {
        const response = await countyHead.get(`/api/officers?q=${encodeURIComponent(q)}`);
        expect((response.body.items as ListItem[]).map((item) => item.id)).toContain(own!.id);
      }
      const outside = await countyHead.get(`/api/officers?q=${encodeURIComponent('赣执-360124')}`);
      expect(outside.body.total).toBe(0);
    });

    it('filters by status, specialty, backbone, legal qualification and account', async () => {
      const withAccount = await countyHead.get('/api/officers?hasAccount=true&pageSize=200');
      expect(withAccount.body.total).toBeGreaterThan(0);
      for (const item of withAccount.body.items as ListItem[]) expect(item.userId).not.toBeNull();
      const onDuty = await countyHead.get('/api/officers?status=on_duty&pageSize=200');
      for (const item of onDuty.body.items as ListItem[]) expect(item.status).toBe('on_duty');
      const water = await cityHead.get('/api/officers?specialty=water&pageSize=200');
      expect(water.body.total).toBeGreaterThan(0);
      for (const item of water.body.items as ListItem[]) expect(item.specialties).toContain('water');
      const legal = await cityHead.get('/api/officers?hasLegalQualification=true&pageSize=200');
      expect(legal.body.total).toBeGreaterThan(0);
      for (const item of legal.body.items as ListItem[]) expect(item.hasLegalQualification).toBe(true);
      const backbone = await provincialHead.get('/api/officers?backbonePool=province&pageSize=200');
      expect(backbone.body.total).toBeGreaterThan(0);
      for (const item of backbone.body.items as ListItem[]) expect(item.backbonePool).toBe('province');
    });

    it('an agency filter outside the jurisdiction finds nobody; with subordinates it covers the subtree', async () => {
      const outside = await countyHead.get(
        `/api/officers?agencyId=${agencyId('360124-BUR')}&includeSubordinates=true`,
      );
      expect(outside.status).toBe(200);
      expect(outside.body.total).toBe(0);
      const county = await cityHead.get(
        `/api/officers?agencyId=${agencyId('360121-BUR')}&includeSubordinates=true&pageSize=200`,
      );
      expect((county.body.items as ListItem[]).map((item) => item.id).sort()).toEqual(countyOfficerIds);
      const unitOnly = await cityHead.get(`/api/officers?agencyId=${agencyId('360121-ENF')}&pageSize=200`);
      for (const item of unitOnly.body.items as ListItem[])
        expect(item.agencyId).toBe(agencyId('360121-ENF'));
    });

    it('sorts and pages on the server', async () => {
      const sorted = await cityHead.get('/api/officers?sort=certificateValidUntil&pageSize=50');
      const dates = (sorted.body.items as ListItem[])
        .map((item) => item.certificateValidUntil)
        .filter((date): date is string => date !== null);
      expect(dates).toEqual([...dates].sort());
      const first = await cityHead.get('/api/officers?sort=-name&pageSize=5&page=1');
      const second = await cityHead.get('/api/officers?sort=-name&pageSize=5&page=2');
      expect(second.body.page).toBe(2);
      const overlap = (second.body.items as ListItem[]).filter((item) =>
        (first.body.items as ListItem[]).some((other) => other.id === item.id),
      );
      expect(overlap).toEqual([]);
    });

    it('refuses unknown filter values naming the parameter', async () => {
      expectError(
        await countyHead.get('/api/officers?certificateState=soon'),
        400,
        'VALIDATION_FAILED',
        'certificateState',
      );
      expectError(
        await countyHead.get('/api/officers?specialty=cooking'),
        400,
        'VALIDATION_FAILED',
        'specialty',
      );
      expectError(await countyHead.get('/api/officers?sort=salary'), 400, 'VALIDATION_FAILED', 'sort');
    });
  });

  describe('officer names sort by pinyin, not by code point', () => {
    // By code point 中 (U+4E2D) comes before 丰 (U+4E30) and 华 before 和; by pinyin
    // feng < zhong and he < hua, so the two orders differ at every place.
    it('lists 张丰收, 张中和, 张中华 in that order (and reversed), exports them so, and re-sorts a renamed officer', async () => {
      const agency = await createAgency(server);
      const head = await createUser(server, agency, ['agency_head']);
      const created = new Map<string, string>();
      for (const name of ['张中华', '张丰收', '张中和'])
        created.set(name, (await registerOfficer(server, head, { name })).id);
      const namesOf = async (sort: string) => {
        const response = await head.agent.get(`/api/officers?agencyId=${agency.id}&sort=${sort}`);
        expect(response.status, JSON.stringify(response.body)).toBe(200);
        return (response.body.items as ListItem[]).map((item) => item.name);
      };
      expect(await namesOf('name')).toEqual(['张丰收', '张中和', '张中华']);
      expect(await namesOf('-name')).toEqual(['张中华', '张中和', '张丰收']);

      const exported = await head.agent.get(`/api/officers/export.xlsx?agencyId=${agency.id}&sort=name`);
      expect(exported.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(exported.raw.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).getCell(2).value).toBe('姓名');
      const rows = Array.from(
        { length: sheet.rowCount - 1 },
        (_, index) => sheet.getRow(index + 2).getCell(2).value,
      );
      expect(rows).toEqual(['张丰收', '张中和', '张中华']);

      // zhang zhong guo comes before zhang zhong he: the key follows the new name.
      const renamed = await head.agent.patch(`/api/officers/${created.get('张丰收')}`, { name: '张中国' });
      expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
      expect(await namesOf('name')).toEqual(['张中国', '张中和', '张中华']);
    });
  });

  describe('GET /api/officers/export.xlsx', () => {
    it('exports the filtered list with certificate states and records one audit entry', async () => {
      const list = await countyHead.get('/api/officers?certificateState=expiring&pageSize=200');
      const before = await latestAuditId(server);
      const response = await countyHead.get('/api/officers/export.xlsx?certificateState=expiring');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      expect(response.headers['content-disposition']).toContain(
        encodeURIComponent('执法人员名录-2026-11-20.xlsx'),
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).getCell(1).value).toBe('实名制编号');
      expect(sheet.rowCount - 1).toBe(list.body.total);
      const numbers = new Set((list.body.items as ListItem[]).map((item) => item.realNameNumber));
      for (let index = 2; index <= sheet.rowCount; index++) {
        expect(numbers.has(String(sheet.getRow(index).getCell(1).value))).toBe(true);
        expect(sheet.getRow(index).getCell(10).value).toBe('即将到期');
      }
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['personnel.export']);
    });

    it('exports nothing outside the jurisdiction', async () => {
      const response = await countyHead.get(
        `/api/officers/export.xlsx?agencyId=${agencyId('360124-ENF')}&includeSubordinates=true`,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets[0]!.rowCount).toBe(1);
    });
  });

  describe('GET /api/officers/:id', () => {
    it('shows the whole record, the rules that apply and why the officer cannot be assigned', async () => {
      const expired = await countyHead.get('/api/officers?certificateState=expired&pageSize=1');
      const id = (expired.body.items as ListItem[])[0]!.id;
      const detail = await countyInspector.get(`/api/officers/${id}`);
      expect(detail.status).toBe(200);
      expect(detail.body.certificateState).toBe('expired');
      expect(detail.body.certificateIssuer).toBe('江西省人民政府');
      expect(detail.body.assignmentBlockers.map((blocker: { code: string }) => blocker.code)).toContain(
        'certificate_expired',
      );
      expect(detail.body.rules).toMatchObject({
        warningDays: 60,
        secondmentThreshold: '1年',
        secondmentApprover: '省厅执法局',
        backboneManagedBy: '省厅执法局',
      });
      expect(detail.body.rules.secondmentBasis).toContain('第17项');
    });

    it('answers 404 for an officer of another county, the same as for none', async () => {
      const [inOtherCounty] = await server.db
        .select({ id: officers.id })
        .from(officers)
        .where(eq(officers.agencyId, agencyId('360124-ENF')))
        .limit(1);
      const response = await countyInspector.get(`/api/officers/${inOtherCounty!.id}`);
      expectError(response, 404, 'NOT_FOUND');
      expect(response.body.error.message).toBe('执法人员不存在，或不在您的管辖范围内');
      expectError(
        await countyInspector.get('/api/officers/00000000-0000-4000-8000-000000000000'),
        404,
        'NOT_FOUND',
      );
      expect((await cityHead.get(`/api/officers/${inOtherCounty!.id}`)).status).toBe(200);
    });
  });

  describe('POST /api/officers', () => {
    it('registers an officer with the next real-name number of the division and one audit entry', async () => {
      const [highest] = await server.db
        .select({ number: officers.realNameNumber })
        .from(officers)
        .where(like(officers.realNameNumber, '赣执-360121-%'))
        .orderBy(officers.realNameNumber)
        .then((rows) => rows.slice(-1));
      const before = await latestAuditId(server);
      const response = await countyHead.post(
        '/api/officers',
        officerBody('360121-ENF', { name: '邹新民', specialties: ['hazardous_waste', 'water'] }),
      );
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      const serial = (parseRealNameNumber(highest!.number) as { serial: number }).serial + 1;
      expect(response.body.realNameNumber).toBe(`赣执-360121-${String(serial).padStart(4, '0')}`);
      expect(response.body).toMatchObject({
        status: 'on_duty',
        certificateState: 'valid',
        isBackbone: false,
      });
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['personnel.officer_create']);
      expect(entries[0]!.summary).toContain('邹新民');
    });

    it('keeps a given real-name number, but only a well-formed unused one of the same province', async () => {
      const created = await countyHead.post(
        '/api/officers',
        officerBody('360121-ENF', { realNameNumber: '赣执-360121-9001' }),
      );
      expect(created.status).toBe(201);
      expect(created.body.realNameNumber).toBe('赣执-360121-9001');
      const count = await countOfficers(server);
      expectError(
        await countyHead.post(
          '/api/officers',
          officerBody('360121-ENF', { realNameNumber: '赣执-360121-9001' }),
        ),
        409,
        'CONFLICT',
        'realNameNumber',
      );
      expectError(
        await countyHead.post(
          '/api/officers',
          officerBody('360121-ENF', { realNameNumber: '苏执-320685-0001' }),
        ),
        400,
        'VALIDATION_FAILED',
        'realNameNumber',
      );
      const malformed = await countyHead.post(
        '/api/officers',
        officerBody('360121-ENF', { realNameNumber: 'JX0001' }),
      );
      expectError(malformed, 400, 'VALIDATION_FAILED', 'realNameNumber');
      expect(malformed.body.error.message).toContain('赣执-360121-0007');
      expect(await countOfficers(server)).toBe(count);
    });

    it('refuses incoherent certificates naming the field, and changes nothing', async () => {
      const count = await countOfficers(server);
      const partial = await countyHead.post(
        '/api/officers',
        officerBody('360121-ENF', { certificateIssuer: null, certificateValidFrom: null }),
      );
      expectError(partial, 400, 'VALIDATION_FAILED', 'certificateIssuer');
      expect(partial.body.error.issues.map((issue: { field: string }) => issue.field)).toEqual([
        'certificateIssuer',
        'certificateValidFrom',
      ]);
      expectError(
        await countyHead.post(
          '/api/officers',
          officerBody('360121-ENF', { certificateValidUntil: '2023-01-01' }),
        ),
        400,
        'VALIDATION_FAILED',
        'certificateValidUntil',
      );
      expectError(
        await countyHead.post('/api/officers', officerBody('360121-ENF', { hasLegalQualification: true })),
        400,
        'VALIDATION_FAILED',
        'legalQualificationNumber',
      );
      expectError(
        await countyHead.post(
          '/api/officers',
          officerBody('360121-ENF', { specialties: ['water', 'cooking'] }),
        ),
        400,
        'VALIDATION_FAILED',
        'specialties.1',
      );
      expectError(
        await countyHead.post('/api/officers', officerBody('360121-ENF', { joinedOn: '2027-01-01' })),
        400,
        'VALIDATION_FAILED',
        'joinedOn',
      );
      expect(await countOfficers(server)).toBe(count);
    });

    it('registers a new recruit without a certificate', async () => {
      const response = await countyHead.post(
        '/api/officers',
        officerBody('360121-ENF', {
          certificateNumber: null,
          certificateIssuer: null,
          certificateValidFrom: null,
          certificateValidUntil: null,
        }),
      );
      expect(response.status).toBe(201);
      expect(response.body.certificateState).toBe('missing');
      expect(response.body.assignmentBlockers[0].code).toBe('certificate_missing');
    });

    it('only registers in an agency of the jurisdiction, and only with personnel.manage', async () => {
      const count = await countOfficers(server);
      expectError(
        await countyHead.post('/api/officers', officerBody('360124-ENF')),
        404,
        'NOT_FOUND',
        'agencyId',
      );
      expectError(await countyInspector.post('/api/officers', officerBody('360121-ENF')), 403, 'FORBIDDEN');
      expectError(
        await otherCountyHead.post('/api/officers', officerBody('360121-ENF')),
        404,
        'NOT_FOUND',
        'agencyId',
      );
      expect(await countOfficers(server)).toBe(count);
    });
  });

  describe('PATCH /api/officers/:id', () => {
    it('renews a certificate: the officer can be assigned again', async () => {
      const created = await createOfficer(countyHead, '360121-ENF', {
        certificateValidFrom: '2021-11-01',
        certificateValidUntil: '2026-10-31',
      });
      const before = await latestAuditId(server);
      const response = await countyHead.patch(`/api/officers/${created.id}`, {
        certificateNumber: '36012199001',
        certificateValidFrom: '2026-11-10',
        certificateValidUntil: '2031-11-09',
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.certificateState).toBe('valid');
      expect(response.body.assignmentBlockers).toEqual([]);
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['personnel.officer_update']);
      expect(entries[0]!.summary).toContain('执法证有效期至 2031-11-09');
    });

    it('checks certificate coherence against the stored record', async () => {
      const created = await createOfficer(countyHead, '360121-ENF');
      const response = await countyHead.patch(`/api/officers/${created.id}`, {
        certificateValidUntil: '2024-01-01',
      });
      expectError(response, 400, 'VALIDATION_FAILED', 'certificateValidUntil');
      expect((await officerRow(server, created.id))!.certificateValidUntil).toBe('2029-02-28');
      expectError(
        await countyHead.patch(`/api/officers/${created.id}`, { certificateNumber: null }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await countyHead.patch(`/api/officers/${created.id}`, { realNameNumber: '赣执-360121-0001' }),
        400,
        'VALIDATION_FAILED',
        'realNameNumber',
      );
    });

    it('moves an officer within the jurisdiction only, and not away from their linked account', async () => {
      const created = await createOfficer(countyHead, '360121-ENF');
      const moved = await countyHead.patch(`/api/officers/${created.id}`, {
        agencyId: agencyId('360121-BUR'),
      });
      expect(moved.status).toBe(200);
      expect(moved.body.agencyId).toBe(agencyId('360121-BUR'));
      expectError(
        await countyHead.patch(`/api/officers/${created.id}`, { agencyId: agencyId('360124-ENF') }),
        404,
        'NOT_FOUND',
        'agencyId',
      );
      const [linked] = await server.db
        .select({ id: officers.id })
        .from(officers)
        .where(eq(officers.userId, demoAccountId('ncx.inspector')));
      const refused = await countyHead.patch(`/api/officers/${linked!.id}`, {
        agencyId: agencyId('360121-BUR'),
      });
      expectError(refused, 400, 'VALIDATION_FAILED', 'agencyId');
      expect(refused.body.error.message).toContain('ncx.inspector');
    });
  });

  describe('POST /api/officers/:id/status', () => {
    it('changes the status with one audit entry; the same status or 借调 directly are refused', async () => {
      const created = await createOfficer(countyHead, '360121-ENF');
      const before = await latestAuditId(server);
      const leave = await countyHead.post(`/api/officers/${created.id}/status`, {
        status: 'on_leave',
        note: '产假',
      });
      expect(leave.status).toBe(200);
      expect(leave.body.status).toBe('on_leave');
      expect(leave.body.assignmentBlockers.map((blocker: { code: string }) => blocker.code)).toEqual([
        'not_on_duty',
      ]);
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['personnel.officer_status']);
      expect(entries[0]!.summary).toContain('产假');
      expectError(
        await countyHead.post(`/api/officers/${created.id}/status`, { status: 'on_leave' }),
        400,
        'VALIDATION_FAILED',
        'status',
      );
      expectError(
        await countyHead.post(`/api/officers/${created.id}/status`, { status: 'seconded' }),
        400,
        'VALIDATION_FAILED',
        'status',
      );
      expect(
        (await countyHead.post(`/api/officers/${created.id}/status`, { status: 'on_duty' })).body.status,
      ).toBe('on_duty');
    });
  });

  describe('platform accounts', () => {
    it('lists the accounts of the officer’s own agency, never an administrator’s', async () => {
      const [linked] = await server.db
        .select({ id: officers.id })
        .from(officers)
        .where(eq(officers.userId, demoAccountId('ncx.inspector')));
      const response = await countyHead.get(`/api/officers/${linked!.id}/account-candidates`);
      expect(response.status).toBe(200);
      const names = (response.body as { username: string; linkedOfficerName: string | null }[]).map(
        (row) => row.username,
      );
      expect(names).toContain('ncx.inspector');
      const agencyUsers = await server.db
        .select({ username: users.username })
        .from(users)
        .where(eq(users.agencyId, agencyId('360121-ENF')));
      for (const name of names) expect(agencyUsers.map((row) => row.username)).toContain(name);
    });

    it('links and unlinks an account, one audit entry each; an account serves one officer only', async () => {
      const [linked] = await server.db
        .select({ id: officers.id })
        .from(officers)
        .where(eq(officers.userId, demoAccountId('ncx.inspector')));
      const created = await createOfficer(countyHead, '360121-ENF', { name: '万俊' });
      const taken = await countyHead.put(`/api/officers/${created.id}/account`, {
        userId: demoAccountId('ncx.inspector'),
      });
      expectError(taken, 409, 'CONFLICT', 'userId');
      expect(taken.body.error.message).toContain('一个账号只能关联一名执法人员');

      const before = await latestAuditId(server);
      const unlinked = await countyHead.delete(`/api/officers/${linked!.id}/account`);
      expect(unlinked.status).toBe(200);
      expect(unlinked.body.account).toBeNull();
      const relinked = await countyHead.put(`/api/officers/${created.id}/account`, {
        userId: demoAccountId('ncx.inspector'),
      });
      expect(relinked.status).toBe(200);
      expect(relinked.body.account.username).toBe('ncx.inspector');
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual([
        'personnel.account_unlink',
        'personnel.account_link',
      ]);
      expectError(
        await countyHead.delete(`/api/officers/${linked!.id}/account`),
        400,
        'VALIDATION_FAILED',
        'userId',
      );
      // Put things back for the other tests.
      await countyHead.delete(`/api/officers/${created.id}/account`);
      expect(
        (
          await countyHead.put(`/api/officers/${linked!.id}/account`, {
            userId: demoAccountId('ncx.inspector'),
          })
        ).status,
      ).toBe(200);
    });

    it('refuses an account of another agency, one outside the jurisdiction, and an administrator’s', async () => {
      const created = await createOfficer(countyHead, '360121-ENF');
      const otherAgency = await countyHead.put(`/api/officers/${created.id}/account`, {
        userId: demoAccountId('ncx.head'),
      });
      expectError(otherAgency, 400, 'VALIDATION_FAILED', 'userId');
      expect(otherAgency.body.error.message).toContain('同一机构');
      expectError(
        await countyHead.put(`/api/officers/${created.id}/account`, {
          userId: demoAccountId('jxx.inspector'),
        }),
        404,
        'NOT_FOUND',
        'userId',
      );
      const bureauOfficer = await createOfficer(cityHead, '360100-BUR');
      const admin = await cityHead.put(`/api/officers/${bureauOfficer.id}/account`, {
        userId: demoAccountId('nc.admin'),
      });
      expectError(admin, 400, 'VALIDATION_FAILED', 'userId');
      expect(admin.body.error.message).toContain('三员分立');
      expect((await officerRow(server, created.id))!.userId).toBeNull();
      expect((await officerRow(server, bureauOfficer.id))!.userId).toBeNull();
    });
  });

  describe('backbone pool', () => {
    it('the provincial pool is managed by the provincial enforcement bureau only', async () => {
      const created = await createOfficer(countyHead, '360121-ENF');
      expectError(
        await cityHead.put(`/api/officers/${created.id}/backbone`, { pool: 'province' }),
        403,
        'FORBIDDEN',
        'pool',
      );
      expectError(
        await countyHead.put(`/api/officers/${created.id}/backbone`, { pool: 'province' }),
        403,
        'FORBIDDEN',
        'pool',
      );
      const before = await latestAuditId(server);
      const added = await provincialHead.put(`/api/officers/${created.id}/backbone`, {
        pool: 'province',
        since: '2026-06-30',
      });
      expect(added.status, JSON.stringify(added.body)).toBe(200);
      expect(added.body).toMatchObject({
        isBackbone: true,
        backbonePool: 'province',
        backboneSince: '2026-06-30',
      });
      expectError(await cityHead.delete(`/api/officers/${created.id}/backbone`), 403, 'FORBIDDEN');
      const removed = await provincialHead.delete(`/api/officers/${created.id}/backbone`);
      expect(removed.body.isBackbone).toBe(false);
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual([
        'personnel.backbone_set',
        'personnel.backbone_remove',
      ]);
    });

    it('a city decides its own backbone; a county cannot', async () => {
      const created = await createOfficer(countyHead, '360121-ENF');
      expectError(
        await countyHead.put(`/api/officers/${created.id}/backbone`, { pool: 'city' }),
        403,
        'FORBIDDEN',
        'pool',
      );
      const added = await cityHead.put(`/api/officers/${created.id}/backbone`, { pool: 'city' });
      expect(added.body).toMatchObject({
        isBackbone: true,
        backbonePool: 'city',
        backboneSince: '2026-11-20',
      });
      expectError(
        await cityHead.put(`/api/officers/${created.id}/backbone`, { pool: 'city', since: '2027-01-01' }),
        400,
        'VALIDATION_FAILED',
        'since',
      );
      expect((await officerRow(server, created.id))!.backboneSince).toBe('2026-11-20');
    });
  });

  describe('jurisdiction on every officer endpoint', () => {
    it('a head of another county gets 404 everywhere and changes nothing', async () => {
      const target = await createOfficer(countyHead, '360121-ENF');
      const [secondment] = await Promise.all([
        countyHead.post(`/api/officers/${target.id}/secondments`, {
          hostOrganisation: '县委巡察办',
          startsOn: '2026-11-01',
          plannedEndsOn: '2027-02-28',
        }),
      ]);
      const secondmentId = secondment!.body.secondments[0].id as string;
      const stateBefore = await officerRow(server, target.id);
      const before = await latestAuditId(server);
      const base = `/api/officers/${target.id}`;
      const calls: [string, string, unknown?][] = [
        ['GET', base],
        ['PATCH', base, { post: '中队长' }],
        ['POST', `${base}/status`, { status: 'on_leave' }],
        ['GET', `${base}/account-candidates`],
        ['PUT', `${base}/account`, { userId: demoAccountId('jxx.inspector') }],
        ['DELETE', `${base}/account`],
        [
          'POST',
          `${base}/secondments`,
          { hostOrganisation: '县委办', startsOn: '2026-11-01', plannedEndsOn: '2027-01-01' },
        ],
        [
          'POST',
          `${base}/secondments/${secondmentId}/approval`,
          { approvalDocument: '赣环执法函〔2026〕1号', approvedOn: '2026-11-10' },
        ],
        ['POST', `${base}/secondments/${secondmentId}/filing`, { filedOn: '2026-11-10' }],
        ['POST', `${base}/secondments/${secondmentId}/return`, { returnedOn: '2026-11-15' }],
        ['GET', `${base}/trainings`],
        [
          'POST',
          `${base}/trainings`,
          {
            title: '培训',
            kind: 'professional',
            organiser: '进贤县局',
            startsOn: '2026-10-01',
            endsOn: '2026-10-02',
            hours: 8,
          },
        ],
        ['GET', `${base}/awards`],
        [
          'POST',
          `${base}/awards`,
          { title: '嘉奖', kind: 'commendation', awardedOn: '2026-10-01', awardedBy: '进贤县局' },
        ],
        ['PUT', `${base}/backbone`, { pool: 'city' }],
        ['DELETE', `${base}/backbone`],
      ];
      for (const [method, url, body] of calls) {
        const response = await otherCountyHead.request(method, url, body);
        expect(response.status, `${method} ${url}: ${JSON.stringify(response.body)}`).toBe(404);
        expect(response.body.error.code).toBe('NOT_FOUND');
      }
      expect(await auditEntriesAfter(server, before)).toEqual([]);
      expect(await officerRow(server, target.id)).toEqual(stateBefore);
    });
  });

  it('every other province is out of reach too', async () => {
    const jilin = await server.as('jl.inspector');
    const response = await jilin.get('/api/officers?pageSize=200');
    for (const item of response.body.items as ListItem[])
      expect(item.realNameNumber.startsWith('吉执-')).toBe(true);
    const [jiangxi] = await server.db
      .select({ id: officers.id })
      .from(officers)
      .where(and(like(officers.realNameNumber, '赣执-%')))
      .limit(1);
    expectError(await jilin.get(`/api/officers/${jiangxi!.id}`), 404, 'NOT_FOUND');
  });
});
