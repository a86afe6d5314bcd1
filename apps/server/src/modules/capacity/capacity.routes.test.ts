import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyStaffing, officers } from '../../db/schema/index';
import { agencyId } from '../../demo/demo.agencies';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import { createTestServer, type TestResponse, type TestServer } from '../../test/test-server';

function expectError(response: TestResponse, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (field !== undefined) expect(response.body.error.field).toBe(field);
}

interface FixtureOfficer {
  status: 'on_duty' | 'seconded' | 'on_leave' | 'departed';
  certificateValidUntil?: string | null;
  certificateValidFrom?: string | null;
  hasLegalQualification?: boolean;
}

describe('capacity routes', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  /**
   * Makes the officers of an enforcement agency exactly `fixture`: the demo's officers of the
   * agency and its bureau are marked departed (they no longer count), then the fixture is inserted.
   */
  async function setOfficers(bureauCode: string, unitCode: string, fixture: FixtureOfficer[]) {
    const now = server.clock.now();
    await server.db
      .update(officers)
      .set({ status: 'departed' })
      .where(inArray(officers.agencyId, [agencyId(bureauCode), agencyId(unitCode)]));
    await server.db.insert(officers).values(
      fixture.map((officer, index) => ({
        agencyId: agencyId(unitCode),
        realNameNumber: `CAP${index}${randomUUID().slice(0, 10)}`,
        name: `测试人员${index}`,
        gender: 'female',
        post: '执法人员',
        status: officer.status,
        certificateNumber: officer.certificateValidUntil === null ? null : `赣执${randomUUID().slice(0, 8)}`,
        certificateIssuer: officer.certificateValidUntil === null ? null : '江西省人民政府',
        certificateValidFrom:
          officer.certificateValidUntil === null ? null : (officer.certificateValidFrom ?? '2024-01-01'),
        certificateValidUntil:
          officer.certificateValidUntil === null ? null : (officer.certificateValidUntil ?? '2028-12-31'),
        hasLegalQualification: officer.hasLegalQualification ?? false,
        legalQualificationNumber: officer.hasLegalQualification ? `A${randomUUID().slice(0, 10)}` : null,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }

  const repeat = (count: number, officer: FixtureOfficer): FixtureOfficer[] =>
    Array.from({ length: count }, () => ({ ...officer }));

  /**
   * 进贤县大队 as the fixture: 20 officers (17 on duty, 2 seconded, 1 on leave) plus one who left;
   * 18 certificates valid on 2026-11-20 (one of them until 2026-11-30), one expired, one missing.
   */
  const jinxian: FixtureOfficer[] = [
    ...repeat(16, { status: 'on_duty' }),
    { status: 'on_duty', certificateValidUntil: '2026-11-30', hasLegalQualification: true },
    { status: 'seconded' },
    { status: 'seconded', certificateValidUntil: '2026-06-30' },
    { status: 'on_leave', certificateValidUntil: null },
    { status: 'departed', hasLegalQualification: true },
  ];

  const rowOf = (body: any, code: string) =>
    body.rows.find((row: { agencyId: string }) => row.agencyId === agencyId(code));

  describe('GET /api/capacity', () => {
    it('computes a fixture agency’s indicators against the profile’s targets', async () => {
      await setOfficers('360124-BUR', '360124-ENF', jinxian);
      const head = await server.as('nc.head');
      const set = await head.put(`/api/capacity/staffing/${agencyId('360124-ENF')}`, {
        authorizedPositions: 22,
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);

      const response = await head.get(`/api/capacity?agencyId=${agencyId('360124-BUR')}&date=2026-11-20`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.date).toBe('2026-11-20');
      expect(response.body.thresholds).toEqual({
        maxVacancyRatePercent: 5,
        minOnDutyRatePercent: 90,
        certificateRatePercent: 100,
        minLegallyQualifiedPerCityAgency: 1,
      });
      expect(response.body.rows).toHaveLength(1);
      const own = rowOf(response.body, '360124-ENF').own;
      expect(own).toMatchObject({
        authorizedPositions: 22,
        enforcementStaff: 20,
        onDuty: 17,
        certified: 18,
        legallyQualified: 1,
        vacantPositions: 2,
      });
      expect(own.indicators.vacancy).toMatchObject({
        value: 9.1,
        numerator: 2,
        denominator: 22,
        isMet: false,
      });
      expect(own.indicators.onDuty).toMatchObject({ value: 85, isMet: false });
      expect(own.indicators.certificate).toMatchObject({
        value: 90,
        numerator: 18,
        denominator: 20,
        isMet: false,
      });
      // A county unit: the legal-qualification target binds city agencies only.
      expect(own.indicators.legalQualification).toMatchObject({ value: 1, isApplicable: false, isMet: null });
      // The demo left 进贤县大队 without a vapour-recovery tester.
      expect(own.equipment.shortCategories).toEqual(
        expect.arrayContaining([{ category: 'vapour_recovery_tester', shortfall: 1 }]),
      );
      expect(own.missedTargets).toBe(4);

      const targets = Object.fromEntries(
        response.body.targets.map((target: { key: string }) => [target.key, target]),
      );
      expect(targets.vacancy).toMatchObject({ target: '≤ 5%' });
      expect(targets.vacancy.basis).toContain('重点任务第17、18项');
      expect(targets.equipment.basis).toContain('装备标准化建设指导标准（2020年版）');
    });

    it('checks certificates on the day asked for', async () => {
      const head = await server.as('nc.head');
      const later = await head.get(`/api/capacity?agencyId=${agencyId('360124-BUR')}&date=2026-12-01`);
      expect(rowOf(later.body, '360124-ENF').own).toMatchObject({ certified: 17 });
      const earlier = await head.get(`/api/capacity?agencyId=${agencyId('360124-BUR')}&date=2026-06-01`);
      expect(rowOf(earlier.body, '360124-ENF').own).toMatchObject({ certified: 19 });
      // Before the fixture's certificates were issued (2024-01-01) nobody was certified.
      const before = await head.get(`/api/capacity?agencyId=${agencyId('360124-BUR')}&date=2023-06-01`);
      expect(rowOf(before.body, '360124-ENF').own.certified).toBe(0);
    });

    it('a city enforcement unit without a legally qualified officer misses that target, and meets it with one', async () => {
      const cityFixture = [...repeat(9, { status: 'on_duty' }), { status: 'on_leave' } as FixtureOfficer];
      await setOfficers('360100-BUR', '360100-ENF', cityFixture);
      const head = await server.as('nc.head');
      const without = rowOf((await head.get('/api/capacity')).body, '360100-ENF');
      expect(without.own.indicators.legalQualification).toMatchObject({
        value: 0,
        isApplicable: true,
        isMet: false,
      });
      expect(without.rolledUp.indicators.legalQualification).toMatchObject({
        numerator: 0,
        denominator: 1,
        isMet: false,
      });
      expect(without.own.indicators.onDuty).toMatchObject({ value: 90, isMet: true });

      await setOfficers('360100-BUR', '360100-ENF', [
        ...cityFixture,
        { status: 'on_duty', hasLegalQualification: true },
      ]);
      const withOne = rowOf((await head.get('/api/capacity')).body, '360100-ENF');
      expect(withOne.own.indicators.legalQualification).toMatchObject({ value: 1, isMet: true });
      expect(withOne.rolledUp.indicators.legalQualification.isMet).toBe(true);
    });

    it('rolls up by summing the units below, city → counties', async () => {
      const head = await server.as('nc.head');
      const response = await head.get('/api/capacity');
      expect(response.status).toBe(200);
      expect(response.body.agencyId).toBe(agencyId('360100-BUR'));
      const rows: any[] = response.body.rows;
      const city = rowOf(response.body, '360100-ENF');
      expect(city.parentAgencyId).toBeNull();
      expect(rowOf(response.body, '360124-ENF').parentAgencyId).toBe(city.agencyId);
      expect(rowOf(response.body, '360121-ENF').parentAgencyId).toBe(city.agencyId);
      expect(
        rows.every((row) => row.agencyId === city.agencyId || row.parentAgencyId === city.agencyId),
      ).toBe(true);
      for (const key of [
        'enforcementStaff',
        'onDuty',
        'certified',
        'legallyQualified',
        'vacantPositions',
      ] as const) {
        expect(city.rolledUp[key], key).toBe(rows.reduce((sum, row) => sum + row.own[key], 0));
      }
      const staffed = rows.filter((row) => row.own.authorizedPositions !== null);
      expect(city.rolledUp.authorizedPositions).toBe(
        staffed.reduce((sum, row) => sum + row.own.authorizedPositions, 0),
      );
      expect(city.rolledUp.unitCount).toBe(rows.length);
      const onDuty = city.rolledUp.indicators.onDuty;
      expect(onDuty.numerator).toBe(city.rolledUp.onDuty);
      expect(onDuty.denominator).toBe(city.rolledUp.enforcementStaff);
      expect(response.body.total).toEqual(city.rolledUp);
      // Vacancy is summed unit by unit: 进贤's 2 vacant positions are among the city's.
      expect(city.rolledUp.vacantPositions).toBeGreaterThanOrEqual(2);
    });

    it('the demo 编制 leaves some agencies above 5 % vacancy', async () => {
      const supervisor = await server.as('jx.supervisor');
      const response = await supervisor.get('/api/capacity');
      expect(response.status).toBe(200);
      const rows: any[] = response.body.rows;
      expect(rows.length).toBeGreaterThan(50);
      // Apart from the agencies the tests above changed: the demo's 编制 of 濂溪区大队 is 10 % vacant.
      expect(rowOf(response.body, '360402-ENF').own.indicators.vacancy).toMatchObject({ isMet: false });
      expect(rowOf(response.body, '360402-ENF').own.equipment.shortCategories).toEqual(
        expect.arrayContaining([expect.objectContaining({ category: 'vehicle' })]),
      );
      expect(rows.filter((row) => row.own.authorizedPositions !== null).length).toBeGreaterThan(3);
      const province = rowOf(response.body, '360000-ENF');
      expect(province.parentAgencyId).toBeNull();
      expect(province.own.indicators.vacancy.isApplicable).toBe(false);
      expect(rows.filter((row) => row.kind === 'city_enforcement_unit')).toHaveLength(11);
    });

    it('jurisdiction: another county or city gets 404; bad parameters are a 400', async () => {
      const countyHead = await server.as('ncx.head');
      expectError(await countyHead.get(`/api/capacity?agencyId=${agencyId('360124-BUR')}`), 404, 'NOT_FOUND');
      const own = await countyHead.get('/api/capacity');
      expect(own.body.rows.map((row: { agencyId: string }) => row.agencyId)).toEqual([
        agencyId('360121-ENF'),
      ]);
      // Asking for the brigade shows it with its bureau (局队合一).
      const brigade = await countyHead.get(`/api/capacity?agencyId=${agencyId('360121-ENF')}`);
      expect(brigade.body.agencyId).toBe(agencyId('360121-BUR'));
      const cityHead = await server.as('nc.head');
      expectError(await cityHead.get(`/api/capacity?agencyId=${agencyId('360400-BUR')}`), 404, 'NOT_FOUND');
      expectError(await cityHead.get('/api/capacity?date=2026-13-01'), 400, 'VALIDATION_FAILED', 'date');
      expectError(await cityHead.get('/api/capacity?agencyId=1'), 400, 'VALIDATION_FAILED', 'agencyId');
      const inspector = await server.as('ncx.inspector');
      expectError(await inspector.get('/api/capacity'), 403, 'FORBIDDEN');
    });
  });

  describe('PUT /api/capacity/staffing/:agencyId', () => {
    it('sets the 编制数 with one audit entry, and changes it again', async () => {
      const head = await server.as('ncx.head');
      const url = `/api/capacity/staffing/${agencyId('360121-ENF')}`;
      const before = await latestAuditId(server);
      const response = await head.put(url, { authorizedPositions: 31 });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({ agencyId: agencyId('360121-ENF'), authorizedPositions: 31 });
      const again = await head.put(url, { authorizedPositions: 30 });
      expect(again.status).toBe(200);
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => [entry.action, entry.actorUsername, entry.targetId])).toEqual([
        ['capacity.staffing_set', 'ncx.head', agencyId('360121-ENF')],
        ['capacity.staffing_set', 'ncx.head', agencyId('360121-ENF')],
      ]);
      expect(entries[1]!.summary).toContain('31 名 → 30 名');
      const [row] = await server.db
        .select()
        .from(agencyStaffing)
        .where(eq(agencyStaffing.agencyId, agencyId('360121-ENF')));
      expect(row).toMatchObject({ authorizedPositions: 30 });
      const view = await head.get('/api/capacity');
      expect(rowOf(view.body, '360121-ENF').own.authorizedPositions).toBe(30);
    });

    it('refuses bad values, non-enforcement agencies and other roles; nothing changes', async () => {
      const head = await server.as('ncx.head');
      const supervisor = await server.as('jx.supervisor');
      const url = `/api/capacity/staffing/${agencyId('360121-ENF')}`;
      const before = await latestAuditId(server);
      expectError(
        await head.put(url, { authorizedPositions: -1 }),
        400,
        'VALIDATION_FAILED',
        'authorizedPositions',
      );
      expectError(
        await head.put(url, { authorizedPositions: 2.5 }),
        400,
        'VALIDATION_FAILED',
        'authorizedPositions',
      );
      expectError(
        await head.put(url, { authorizedPositions: '30' }),
        400,
        'VALIDATION_FAILED',
        'authorizedPositions',
      );
      expectError(await head.put(url, {}), 400, 'VALIDATION_FAILED', 'authorizedPositions');
      expectError(
        await head.put(url, { authorizedPositions: 30, note: 'x' }),
        400,
        'VALIDATION_FAILED',
        'note',
      );
      const bureau = await head.put(`/api/capacity/staffing/${agencyId('360121-BUR')}`, {
        authorizedPositions: 5,
      });
      expectError(bureau, 400, 'VALIDATION_FAILED', 'agencyId');
      expect(bureau.body.error.message).toContain('不是执法机构');
      expectError(await supervisor.put(url, { authorizedPositions: 1 }), 403, 'FORBIDDEN');
      expect(await auditEntriesAfter(server, before)).toEqual([]);
    });

    it('another county cannot set it: 404 and nothing changed', async () => {
      const [before] = await server.db
        .select()
        .from(agencyStaffing)
        .where(eq(agencyStaffing.agencyId, agencyId('360124-ENF')));
      const head = await server.as('ncx.head');
      expectError(
        await head.put(`/api/capacity/staffing/${agencyId('360124-ENF')}`, { authorizedPositions: 99 }),
        404,
        'NOT_FOUND',
      );
      const [after] = await server.db
        .select()
        .from(agencyStaffing)
        .where(eq(agencyStaffing.agencyId, agencyId('360124-ENF')));
      expect(after).toEqual(before);
    });
  });

  describe('GET /api/capacity/export.xlsx', () => {
    it('exports the view with Chinese headers and missed targets filled red, and audits it', async () => {
      await setOfficers('360124-BUR', '360124-ENF', jinxian);
      const head = await server.as('nc.head');
      await head.put(`/api/capacity/staffing/${agencyId('360124-ENF')}`, { authorizedPositions: 22 });
      const before = await latestAuditId(server);
      const response = await head.get('/api/capacity/export.xlsx?date=2026-11-20');
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toContain(
        encodeURIComponent('执法能力指标-2026-11-20.xlsx'),
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('能力指标')!;
      const headers = (sheet.getRow(2).values as unknown[]).slice(1);
      expect(headers).toEqual(
        expect.arrayContaining([
          '机构',
          '执法编制数',
          '实有执法人员',
          '空编率',
          '在岗率',
          '持证率',
          '装备缺口',
        ]),
      );
      const column = (name: string) => headers.indexOf(name) + 1;
      let jinxianRow: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (String(row.getCell(1).value) === '进贤县生态环境保护综合执法大队') jinxianRow = row;
      });
      expect(jinxianRow).toBeDefined();
      const isRed = (cell: ExcelJS.Cell) =>
        cell.fill?.type === 'pattern' && (cell.fill as ExcelJS.FillPattern).fgColor?.argb === 'FFFFC7CE';
      expect(jinxianRow!.getCell(column('空编率')).value).toBe('9.1%');
      expect(isRed(jinxianRow!.getCell(column('空编率')))).toBe(true);
      expect(isRed(jinxianRow!.getCell(column('在岗率')))).toBe(true);
      expect(isRed(jinxianRow!.getCell(column('持证率')))).toBe(true);
      expect(isRed(jinxianRow!.getCell(column('装备缺口')))).toBe(true);
      expect(isRed(jinxianRow!.getCell(column('实有执法人员')))).toBe(false);
      expect(workbook.getWorksheet('指标说明')!.getRow(2).getCell(1).value).toBe('空编率');
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['capacity.export']);
    });

    it('exports nothing outside the subtree', async () => {
      const head = await server.as('ncx.head');
      expectError(
        await head.get(`/api/capacity/export.xlsx?agencyId=${agencyId('360124-BUR')}`),
        404,
        'NOT_FOUND',
      );
    });
  });
});
