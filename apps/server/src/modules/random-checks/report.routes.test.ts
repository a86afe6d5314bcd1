import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { agencyId } from '../../demo/demo.agencies';
import { auditEntriesAfter, createAccount, latestAuditId } from '../../test/test-fixtures';
import type { TestAgent, TestResponse, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';

function expectError(response: TestResponse, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  expect(response.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  if (field !== undefined) expect(response.body.error.field).toBe(field);
}

const nanchangCity = agencyId('360100-BUR');
const nanchangCounty = agencyId('360121-BUR');
const countKeys = [
  'plans',
  'specialPlans',
  'jointPlans',
  'drawnTotal',
  'drawnGeneral',
  'drawnKeyPolluter',
  'drawnSpecial',
  'inspected',
  'noProblem',
  'problemFound',
  'entityClosed',
  'findings',
  'rectifications',
  'caseReferrals',
  'published',
  'publishedOnTime',
  'overdue',
] as const;

/**
 * The monthly table, the yearly summary and coverage (DR-7) against the demo year of random
 * checks in the test template: figures equal what the tables hold, rows add up to the total,
 * jurisdiction is enforced, months are validated, exports carry the form's title.
 */
describe('random-check tables', () => {
  let server: TestServer;
  let cityHead: TestAgent;
  let countyHead: TestAgent;

  beforeAll(async () => {
    server = await createTestServer();
    cityHead = await server.as('nc.head');
    countyHead = await server.as('ncx.head');
  });
  afterAll(async () => {
    await server.close();
  });

  function rows<Row>(query: ReturnType<typeof sql>) {
    return queryRows<Row>(server.db, query);
  }

  describe('the monthly table', () => {
    it('rolls the city’s counties up, each county with its 大队, and the rows add up to the total', async () => {
      const response = await cityHead.get('/api/random-checks/reports/monthly?month=2026-10');
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const report = response.body;
      expect(report.title).toBe('环境执法“双随机、一公开”情况汇总表');
      expect(report.agency).toEqual({ id: nanchangCity, name: '南昌市生态环境局' });
      expect(report).toMatchObject({
        periodLabel: '2026年10月',
        periodStart: '2026-10-01',
        periodEnd: '2026-10-31',
        dueOn: '2026-11-05',
        asOf: '2026-10-31',
        disclosureTargetPercent: 100,
      });
      const names = report.rows.map((row: { agencyName: string }) => row.agencyName);
      expect(names).toContain('南昌县生态环境局');
      expect(names).toContain('进贤县生态环境局');
      expect(names.some((name: string) => name.includes('大队') || name.includes('公安'))).toBe(false);
      for (const key of countKeys) {
        const sum = report.rows.reduce((total: number, row: Record<string, number>) => total + row[key]!, 0);
        expect(sum, key).toBe(report.total[key]);
      }
      expect(report.total.plans).toBeGreaterThan(0);
      expect(report.total.inspected).toBeGreaterThan(0);
      expect(report.total.drawnTotal).toBe(
        report.total.drawnGeneral + report.total.drawnKeyPolluter + report.total.drawnSpecial,
      );
      expect(report.total.inspected).toBe(
        report.total.noProblem + report.total.problemFound + report.total.entityClosed,
      );
    });

    it('counts what the tables hold for the county', async () => {
      const response = await countyHead.get('/api/random-checks/reports/monthly?month=2026-09');
      expect(response.status).toBe(200);
      const report = response.body;
      expect(report.rows.map((row: { agencyName: string }) => row.agencyName)).toEqual(['南昌县生态环境局']);
      const [expected] = await rows<{
        inspected: number;
        published: number;
        problem_found: number;
        officers: number;
        findings: number;
      }>(sql`
        SELECT count(*)::int AS inspected,
               count(*) FILTER (WHERE t.published_at IS NOT NULL)::int AS published,
               count(*) FILTER (WHERE t.outcome = 'problem_found')::int AS problem_found,
               (SELECT count(DISTINCT o.officer_id)::int FROM random_check_task_officers o
                  JOIN random_check_tasks x ON x.id = o.task_id
                  WHERE x.agency_id = ${nanchangCounty} AND x.status = 'completed'
                    AND x.inspected_on BETWEEN '2026-09-01' AND '2026-09-30') AS officers,
               (SELECT count(*)::int FROM inspection_findings f JOIN inspection_records r ON r.id = f.record_id
                  JOIN random_check_tasks x ON x.id = r.task_id
                  WHERE x.agency_id = ${nanchangCounty} AND x.status = 'completed'
                    AND x.inspected_on BETWEEN '2026-09-01' AND '2026-09-30') AS findings
        FROM random_check_tasks t
        WHERE t.agency_id = ${nanchangCounty} AND t.status = 'completed'
          AND t.inspected_on BETWEEN '2026-09-01' AND '2026-09-30'`);
      expect(report.total).toMatchObject({
        inspected: Number(expected!.inspected),
        published: Number(expected!.published),
        problemFound: Number(expected!.problem_found),
        officers: Number(expected!.officers),
        findings: Number(expected!.findings),
      });
      expect(report.total.inspected).toBeGreaterThan(0);
      expect(report.total.disclosureRatePercent).toBe(
        Math.round((report.total.published / report.total.inspected) * 1000) / 10,
      );
      expect(report.total.isBelowTarget).toBe(report.total.published < report.total.inspected);
    });

    it('a 大队 chosen shows its 局 (局队合一)', async () => {
      const response = await cityHead.get(
        `/api/random-checks/reports/monthly?month=2026-10&agencyId=${agencyId('360121-ENF')}`,
      );
      expect(response.status).toBe(200);
      expect(response.body.agency.name).toBe('南昌县生态环境局');
    });

    it('refuses a bad, missing or future month with a message a person can act on', async () => {
      const bad = await cityHead.get('/api/random-checks/reports/monthly?month=2026-13');
      expectError(bad, 400, 'VALIDATION_FAILED', 'month');
      expect(bad.body.error.message).toContain('YYYY-MM');
      expectError(await cityHead.get('/api/random-checks/reports/monthly'), 400, 'VALIDATION_FAILED');
      const future = await cityHead.get('/api/random-checks/reports/monthly?month=2026-12');
      expectError(future, 400, 'VALIDATION_FAILED', 'month');
      expect(future.body.error.message).toContain('尚未开始');
      expectError(
        await cityHead.get('/api/random-checks/reports/yearly?year=2027'),
        400,
        'VALIDATION_FAILED',
        'year',
      );
    });

    it('a county head cannot read the city’s or another county’s table (404)', async () => {
      expectError(
        await countyHead.get(`/api/random-checks/reports/monthly?month=2026-10&agencyId=${nanchangCity}`),
        404,
        'NOT_FOUND',
      );
      expectError(
        await countyHead.get(
          `/api/random-checks/reports/coverage?year=2026&agencyId=${agencyId('360124-BUR')}`,
        ),
        404,
        'NOT_FOUND',
      );
      const other = await createAccount(server, {
        username: 'jj.report.head',
        agencyCode: '360402-BUR',
        roles: ['agency_head'],
      });
      expectError(
        await other.agent.get(`/api/random-checks/reports/yearly?year=2026&agencyId=${nanchangCounty}`),
        404,
        'NOT_FOUND',
      );
    });

    it('an inspector may not read the tables (403)', async () => {
      const inspector = await server.as('ncx.inspector');
      expectError(await inspector.get('/api/random-checks/reports/monthly?month=2026-10'), 403, 'FORBIDDEN');
    });

    it('the province supervisor sees the cities', async () => {
      const supervisor = await server.as('jx.supervisor');
      const response = await supervisor.get('/api/random-checks/reports/monthly?month=2026-10');
      expect(response.status).toBe(200);
      expect(response.body.agency.name).toBe('江西省生态环境厅');
      const names = response.body.rows.map((row: { agencyName: string }) => row.agencyName);
      expect(names).toContain('南昌市生态环境局');
      expect(names).toContain('九江市生态环境局');
      expect(response.body.total.inspected).toBeGreaterThan(0);
    });
  });

  describe('the yearly summary and coverage', () => {
    it('sums the year by unit and by month, due on 15 December', async () => {
      const response = await cityHead.get('/api/random-checks/reports/yearly?year=2026');
      expect(response.status).toBe(200);
      const report = response.body;
      expect(report).toMatchObject({
        kind: 'yearly',
        period: '2026',
        dueOn: '2026-12-15',
        asOf: '2026-11-20',
      });
      expect(report.months.map((month: { month: string }) => month.month)).toEqual(
        Array.from({ length: 11 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`),
      );
      for (const key of ['plans', 'inspected', 'published', 'findings', 'drawnTotal'] as const) {
        const sum = report.months.reduce(
          (total: number, month: Record<string, number>) => total + month[key]!,
          0,
        );
        expect(sum, key).toBe(report.total[key]);
      }
      // Four quarterly plans a county in the demo, drawn in February, April, July and October.
      const plansByMonth = Object.fromEntries(
        report.months.map((month: { month: string; plans: number }) => [month.month, month.plans]),
      );
      expect(plansByMonth['2026-04']).toBeGreaterThan(0);
      expect(plansByMonth['2026-10']).toBeGreaterThan(0);
      // Overdue tasks at the year's date: deadlines of Q1–Q3 passed.
      expect(report.total.overdue).toBeGreaterThanOrEqual(0);
    });

    it('measures the ratio against the officers on duty, and shows the key polluters covered this year', async () => {
      const response = await countyHead.get('/api/random-checks/reports/coverage?year=2026');
      expect(response.status).toBe(200);
      const coverage = response.body;
      expect(coverage.ratios.county).toEqual({ officers: 1, entities: 10 });
      const row = coverage.total;
      // Seed 002 二（二）3: a county at least 1 officer : 10 entities — of the officers on duty with a
      // valid certificate on the report's date, independent of what the draws asked for.
      const [expected] = await rows<{ officers: number; listed: number }>(sql`
        SELECT (SELECT count(*)::int FROM officers o JOIN agency_closure c ON c.descendant_id = o.agency_id
                  WHERE c.ancestor_id = ${nanchangCounty} AND o.status = 'on_duty' AND o.certificate_number IS NOT NULL
                    AND (o.certificate_valid_from IS NULL OR o.certificate_valid_from <= ${coverage.asOf}::date)
                    AND (o.certificate_valid_until IS NULL OR o.certificate_valid_until >= ${coverage.asOf}::date)) AS officers,
               (SELECT count(DISTINCT l.entity_id)::int FROM key_polluter_listings l
                  JOIN regulated_entities e ON e.id = l.entity_id
                  WHERE l.year = 2026 AND e.owner_agency_id = ${nanchangCounty} AND e.operating_status <> 'closed') AS listed`);
      expect(row.eligibleOfficers).toBe(Number(expected!.officers));
      expect(row.generalRequired).toBe(Number(expected!.officers) * 10);
      expect(row.keyPollutersListed).toBe(Number(expected!.listed));
      expect(row.generalRequired).toBeGreaterThan(0);
      expect(row.generalDrawn).toBeGreaterThanOrEqual(row.generalRequired);
      expect(row.isGeneralShort).toBe(false);
      // Four quarterly draws without replacement cover every key polluter of the year.
      expect(row.keyPollutersListed).toBeGreaterThan(0);
      expect(row.keyPollutersDrawn).toBe(row.keyPollutersListed);
      expect(row.keyPolluterCoveragePercent).toBe(100);
      expect(row.eligibleOfficers).toBeGreaterThan(0);
    });
  });

  describe('coverage of an agency that did not draw', () => {
    it('shows the city’s own level short: its officers owe their ratio although it made no plan', async () => {
      const response = await cityHead.get('/api/random-checks/reports/coverage?year=2026');
      expect(response.status).toBe(200);
      const own = response.body.rows.find((row: { isOwnLevel: boolean }) => row.isOwnLevel);
      expect(own.plans).toBe(0);
      expect(own.eligibleOfficers).toBeGreaterThan(0);
      // City level: at least 1 officer : 5 entities (seed 002 二（二）3).
      expect(own.generalRequired).toBe(own.eligibleOfficers * 5);
      expect(own.generalDrawn).toBe(0);
      expect(own.isGeneralShort).toBe(true);
      expect(response.body.total.isGeneralShort).toBe(true);
    });
  });

  describe('Excel exports and reminders', () => {
    it('exports the monthly table with its title row and Chinese headers, audited', async () => {
      const before = await latestAuditId(server);
      const response = await cityHead.get('/api/random-checks/reports/monthly/export.xlsx?month=2026-10');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain(
        '南昌市生态环境局2026年10月双随机一公开情况汇总表',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getCell(1, 1).value).toBe('《环境执法“双随机、一公开”情况汇总表》');
      expect(String(sheet.getCell(2, 1).value)).toContain('报送期限：2026年11月5日前');
      const headers = [
        ...(sheet.getRow(3).values as unknown[]),
        ...(sheet.getRow(4).values as unknown[]),
      ].map(String);
      for (const header of [
        '单位',
        '抽取检查对象（家）',
        '重点排污单位',
        '发现问题',
        '移送立案',
        '公开率',
        '逾期未完成（家）',
      ]) {
        expect(headers, header).toContain(header);
      }
      const report = (await cityHead.get('/api/random-checks/reports/monthly?month=2026-10')).body;
      const totalRow = sheet.getRow(5 + report.rows.length);
      expect(totalRow.getCell(1).value).toBe('合计');
      expect(totalRow.getCell(9).value).toBe(report.total.inspected);
      const audit = await auditEntriesAfter(server, before);
      expect(audit.map((entry) => entry.action)).toEqual(['random_checks.report_export']);
      expect(audit[0]!.summary).toContain('2026年10月');
    });

    it('exports the yearly summary (units and months) and the coverage', async () => {
      const yearly = await cityHead.get('/api/random-checks/reports/yearly/export.xlsx?year=2026');
      expect(yearly.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(yearly.raw.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['分单位', '分月份']);
      const coverage = await cityHead.get('/api/random-checks/reports/coverage/export.xlsx?year=2026');
      expect(coverage.status).toBe(200);
      const coverageBook = new ExcelJS.Workbook();
      await coverageBook.xlsx.load(coverage.raw.rawPayload as unknown as ArrayBuffer);
      expect(String(coverageBook.worksheets[0]!.getCell(1, 1).value)).toContain('抽查比例与覆盖情况');
    });

    it('reminds from the 1st until submitted (overdue past the due day), and the yearly summary in December', async () => {
      expect((await cityHead.get('/api/random-checks/reports/reminders')).body.reminders).toEqual([
        expect.objectContaining({ kind: 'monthly', period: '2026-10', daysLeft: -15, isOverdue: true }),
      ]);
      server.clock.set('2026-12-03T02:00:00.000Z');
      try {
        const agent = await server.as('nc.head');
        const response = await agent.get('/api/random-checks/reports/reminders');
        expect(response.status).toBe(200);
        expect(response.body.reminders).toEqual([
          {
            kind: 'monthly',
            period: '2026-11',
            periodLabel: '2026年11月',
            title: '2026年11月《环境执法“双随机、一公开”情况汇总表》',
            // 2026-12-05 is a Saturday: rolled to Monday the 7th.
            dueOn: '2026-12-07',
            daysLeft: 4,
            isOverdue: false,
          },
          {
            kind: 'yearly',
            period: '2026',
            periodLabel: '2026年',
            title: '2026年“双随机、一公开”工作年度总结',
            dueOn: '2026-12-15',
            daysLeft: 12,
            isOverdue: false,
          },
        ]);
      } finally {
        server.clock.set('2026-11-20T02:00:00.000Z');
      }
    });
  });
});
