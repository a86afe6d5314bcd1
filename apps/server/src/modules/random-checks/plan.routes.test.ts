import { verifyDrawRecord } from '@qingshan/domain';
import { and, count, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  officers,
  randomCheckPlans,
  randomCheckTaskOfficers,
  randomCheckTasks,
  users,
} from '../../db/schema/index';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import type { TestAgent, TestResponse, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';

function expectError(response: TestResponse, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (field !== undefined) expect(response.body.error.field).toBe(field);
}

function expectOk(response: TestResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body).slice(0, 500)).toBe(status);
}

/** The demo date is 2026-11-20 (a Friday); the plan's inspections start the Wednesday after. */
const inspectionStartsOn = '2026-11-25';

describe('random-check plans, the commitment, the draw and task secrecy (DR-1 … DR-4)', () => {
  let server: TestServer;
  let countyHead: TestAgent;
  let cityHead: TestAgent;
  let countyInspector: TestAgent;
  let itemIds: Record<string, string>;

  function planBody(overrides: Record<string, unknown> = {}) {
    return {
      title: '南昌县2026年第四季度“双随机”抽查计划（测试）',
      kind: 'yearly',
      year: 2026,
      quarter: 4,
      periodStart: '2026-10-01',
      periodEnd: '2026-12-31',
      inspectionStartsOn,
      inspectionDueOn: '2026-11-30',
      items: [
        { catalogueItemId: itemIds['NC-SJ-2026-02'], requiredSpecialty: null },
        { catalogueItemId: itemIds['NC-SJ-2026-05'], requiredSpecialty: null },
      ],
      poolFilter: {
        countyCodes: [],
        industryCodes: [],
        permitClasses: [],
        strata: ['general', 'key_polluter', 'special'],
      },
      jointDepartments: ['南昌县市场监督管理局'],
      ...overrides,
    };
  }

  async function relogin() {
    countyHead = await server.as('ncx.head');
    cityHead = await server.as('nc.head');
    countyInspector = await server.as('ncx.inspector');
  }

  beforeAll(async () => {
    server = await createTestServer();
    await relogin();
    const options = await countyHead.get('/api/random-checks/item-options');
    expectOk(options);
    itemIds = Object.fromEntries(
      (options.body.items as { code: string; catalogueItemId: string }[]).map((item) => [
        item.code,
        item.catalogueItemId,
      ]),
    );
  });
  afterAll(async () => {
    await server.close();
  });

  it('offers the published item list of the agency and its superiors, and the profile ratio for a county', async () => {
    expect(Object.keys(itemIds)).toContain('NC-SJ-2026-02');
    // The superseded 2025 list is not offered.
    expect(Object.keys(itemIds).some((code) => code.includes('2025'))).toBe(false);
    const defaults = await countyHead.get('/api/random-checks/plan-defaults');
    expectOk(defaults);
    expect(defaults.body).toMatchObject({
      agencyName: '南昌县生态环境局',
      ratioOfficers: 1,
      ratioEntities: 10,
      keyPolluterPercent: 25,
      minOfficersPerTask: 2,
      isRatioAdjustable: true,
    });
    expect(defaults.body.counties).toEqual([{ code: '360121', name: '南昌县' }]);
    const city = await cityHead.get('/api/random-checks/plan-defaults');
    expect(city.body).toMatchObject({
      ratioOfficers: 1,
      ratioEntities: 5,
      keyPolluterPercent: 5,
      isRatioAdjustable: false,
    });
    expect(city.body.counties.length).toBeGreaterThanOrEqual(9);
  });

  it('refuses bad plans with a 400 naming the field, and writes nothing', async () => {
    const before = await latestAuditId(server);
    expectError(
      await countyHead.post('/api/random-checks/plans', planBody({ inspectionStartsOn: '2026-11-01' })),
      400,
      'VALIDATION_FAILED',
      'inspectionStartsOn',
    );
    expectError(
      await countyHead.post('/api/random-checks/plans', planBody({ inspectionDueOn: '2026-11-24' })),
      400,
      'VALIDATION_FAILED',
      'inspectionDueOn',
    );
    expectError(
      await countyHead.post('/api/random-checks/plans', planBody({ year: 2027 })),
      400,
      'VALIDATION_FAILED',
      'year',
    );
    expectError(
      await countyHead.post(
        '/api/random-checks/plans',
        planBody({
          items: [{ catalogueItemId: '00000000-0000-4000-8000-000000000000', requiredSpecialty: null }],
        }),
      ),
      400,
      'VALIDATION_FAILED',
      'items.0.catalogueItemId',
    );
    const outside = await countyHead.post(
      '/api/random-checks/plans',
      planBody({ poolFilter: { countyCodes: ['360124'], strata: ['general'] } }),
    );
    expectError(outside, 400, 'VALIDATION_FAILED', 'poolFilter.countyCodes.0');
    expect(outside.body.error.message).toContain('不在本机关管辖范围内');
    // A key-polluter-only item in a plan drawing general objects only.
    expectError(
      await countyHead.post(
        '/api/random-checks/plans',
        planBody({
          items: [{ catalogueItemId: itemIds['NC-SJ-2026-03'], requiredSpecialty: null }],
          poolFilter: { strata: ['general'] },
        }),
      ),
      400,
      'VALIDATION_FAILED',
      'items.0.catalogueItemId',
    );
    // The city level may not change the profile's 1:5.
    const ratio = await cityHead.post(
      '/api/random-checks/plans',
      planBody({ title: '南昌市第四季度抽查计划（测试）', ratioOfficers: 1, ratioEntities: 8 }),
    );
    expectError(ratio, 400, 'VALIDATION_FAILED', 'ratioEntities');
    expect(ratio.body.error.message).toContain('1:5');
    // An inspector may read plans but not make them.
    expectError(await countyInspector.post('/api/random-checks/plans', planBody()), 403, 'FORBIDDEN');
    expect(await latestAuditId(server)).toBe(before);
  });

  describe('a county plan from draft to drawn tasks', () => {
    let planId: string;
    let planNumber: string;

    it('creates a draft with a number, the profile ratios copied and the publication deadline defaulted', async () => {
      const before = await latestAuditId(server);
      const created = await countyHead.post(
        '/api/random-checks/plans',
        planBody({ ratioOfficers: 1, ratioEntities: 5 }),
      );
      expectOk(created);
      planId = created.body.id;
      planNumber = created.body.number;
      expect(planNumber).toMatch(/^2026-SJ-360121-\d{3}$/);
      expect(created.body).toMatchObject({
        status: 'draft',
        agencyName: '南昌县生态环境局',
        ratioOfficers: 1,
        ratioEntities: 5,
        keyPolluterPercent: 25,
        minOfficersPerTask: 2,
        specialObjectPercent: 50,
        jointDepartments: ['南昌县市场监督管理局'],
        commitment: null,
        canEdit: true,
        canCommit: true,
        canDraw: false,
        taskCount: 0,
      });
      // 20 working days after 2026-11-30 (政府信息公开条例 art. 26).
      expect(created.body.publicationDueOn).toBe('2026-12-28');
      expect(created.body.items.map((item: { code: string }) => item.code)).toEqual([
        'NC-SJ-2026-02',
        'NC-SJ-2026-05',
      ]);
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['random_checks.plan_create']);

      const second = await countyHead.post(
        '/api/random-checks/plans',
        planBody({ title: '南昌县第二个抽查计划（测试）' }),
      );
      expectOk(second);
      expect(Number(second.body.number.slice(-3))).toBe(Number(planNumber.slice(-3)) + 1);
      expectOk(await countyHead.delete(`/api/random-checks/plans/${second.body.id}`));
      expectError(await countyHead.get(`/api/random-checks/plans/${second.body.id}`), 404, 'NOT_FOUND');
    });

    it('lists and exports plans within the jurisdiction only', async () => {
      const list = await cityHead.get('/api/random-checks/plans?year=2026&q=测试');
      expectOk(list);
      expect(list.body.items.map((plan: { id: string }) => plan.id)).toContain(planId);
      const outsider = await server.as('jj.inspector');
      const theirs = await outsider.get('/api/random-checks/plans?q=测试');
      expectOk(theirs);
      expect(theirs.body.items).toEqual([]);
      expectError(await outsider.get(`/api/random-checks/plans/${planId}`), 404, 'NOT_FOUND');
      const exported = await cityHead.get('/api/random-checks/plans/export.xlsx?q=测试');
      expectOk(exported);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(exported.raw.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).getCell(1).value).toBe('计划编号');
      expect(sheet.getRow(2).getCell(1).value).toBe(planNumber);
    });

    it('edits the draft; a superior and an outsider cannot', async () => {
      const patched = await countyHead.patch(`/api/random-checks/plans/${planId}`, { ratioEntities: 10 });
      expectOk(patched);
      expect(patched.body.ratioEntities).toBe(10);
      expectError(
        await cityHead.patch(`/api/random-checks/plans/${planId}`, { ratioEntities: 9 }),
        403,
        'FORBIDDEN',
      );
      const nantong = await server.as('nt.head');
      expectError(
        await nantong.patch(`/api/random-checks/plans/${planId}`, { title: '不应改变的名称' }),
        404,
        'NOT_FOUND',
      );
      expectError(await nantong.post(`/api/random-checks/plans/${planId}/commit`), 404, 'NOT_FOUND');
      const [row] = await server.db
        .select({ title: randomCheckPlans.title, status: randomCheckPlans.status })
        .from(randomCheckPlans)
        .where(eq(randomCheckPlans.id, planId));
      expect(row).toEqual({ title: planBody().title, status: 'draft' });
    });

    it('previews the pool per county with a rehearsal of the draw', async () => {
      const preview = await countyHead.get(`/api/random-checks/plans/${planId}/pool-preview`);
      expectOk(preview);
      expect(preview.body.counties).toHaveLength(1);
      const county = preview.body.counties[0];
      expect(county).toMatchObject({ countyCode: '360121', countyName: '南昌县' });
      expect(county.entities).toBeGreaterThan(0);
      expect(county.eligibleOfficers).toBeGreaterThanOrEqual(2);
      expect(county.expectedTasks).toBeGreaterThan(0);
      expect(preview.body.shortfalls).toEqual([]);
    });

    it('publishes the commitment; the plan is then fixed (409)', async () => {
      const before = await latestAuditId(server);
      const committed = await countyHead.post(`/api/random-checks/plans/${planId}/commit`);
      expectOk(committed);
      expect(committed.body.status).toBe('committed');
      expect(committed.body.commitment).toMatch(/^[0-9a-f]{64}$/);
      expect(committed.body.secret).toBeNull();
      expect(committed.body).toMatchObject({ canEdit: false, canCommit: false, canDraw: true });
      const [row] = await server.db
        .select({ secret: randomCheckPlans.secret })
        .from(randomCheckPlans)
        .where(eq(randomCheckPlans.id, planId));
      expect(row!.secret).toMatch(/^[0-9a-f]{64}$/);
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['random_checks.plan_commit']);
      expect(entries[0]!.summary).toContain(committed.body.commitment);

      const edit = await countyHead.patch(`/api/random-checks/plans/${planId}`, { title: '公布后再改名称' });
      expectError(edit, 409, 'CONFLICT');
      expect(edit.body.error.message).toContain('不能再修改');
      expectError(await countyHead.delete(`/api/random-checks/plans/${planId}`), 409, 'CONFLICT');
      expectError(await countyHead.post(`/api/random-checks/plans/${planId}/commit`), 409, 'CONFLICT');
      // The public page shows the commitment before the draw, nothing else.
      const published = await server.anonymous().get(`/api/public/random-checks/draws/${planId}`);
      expectOk(published);
      expect(published.body.plan.commitment).toBe(committed.body.commitment);
      expect(published.body.record).toBeNull();
    });

    it('draws with the dice in one act: tasks, officers, record, audit; a second draw is refused', async () => {
      // Only the owner draws; a superior is refused and nothing is written.
      expectError(
        await cityHead.post(`/api/random-checks/plans/${planId}/draw`, {
          publicEntropy: '3 5 1 6 2',
          witnesses: '张三',
        }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await countyHead.post(`/api/random-checks/plans/${planId}/draw`, {
          publicEntropy: '   ',
          witnesses: '张三、李四',
        }),
        400,
        'VALIDATION_FAILED',
        'publicEntropy',
      );
      const before = await latestAuditId(server);
      const started = performance.now();
      const drawn = await countyHead.post(`/api/random-checks/plans/${planId}/draw`, {
        publicEntropy: '3 5 1 6 2 4',
        witnesses: '南昌县司法局 王明；企业代表 李华',
      });
      const elapsed = performance.now() - started;
      expectOk(drawn);
      // A county plan draws well under a second (generous bound for a shared CI machine).
      expect(elapsed).toBeLessThan(3000);
      expect(drawn.body.status).toBe('drawn');
      expect(drawn.body.seed).toMatch(/^[0-9a-f]{64}$/);
      expect(drawn.body.secret).toMatch(/^[0-9a-f]{64}$/);
      expect(drawn.body.algorithmVersion).toBe('qingshan-draw/1');
      expect(drawn.body.taskCount).toBeGreaterThan(0);
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['random_checks.draw']);

      const tasks = await server.db
        .select({ id: randomCheckTasks.id, stratum: randomCheckTasks.stratum })
        .from(randomCheckTasks)
        .where(eq(randomCheckTasks.planId, planId));
      expect(tasks).toHaveLength(drawn.body.taskCount);
      const [assignments] = await server.db
        .select({ value: count() })
        .from(randomCheckTaskOfficers)
        .where(
          inArray(
            randomCheckTaskOfficers.taskId,
            tasks.map((task) => task.id),
          ),
        );
      expect(assignments!.value).toBeGreaterThanOrEqual(tasks.length * 2);

      expectError(
        await countyHead.post(`/api/random-checks/plans/${planId}/draw`, {
          publicEntropy: '1 1 1',
          witnesses: '张三',
        }),
        409,
        'CONFLICT',
      );

      // The stored record verifies (what `npm run draw:verify` and the public page do).
      const download = await countyHead.get(`/api/random-checks/plans/${planId}/draw-record`);
      expectOk(download);
      const record = JSON.parse(download.raw.body);
      expect(record.commitment).toBe(drawn.body.commitment);
      expect(record.publicEntropy).toBe('3 5 1 6 2 4');
      expect(verifyDrawRecord(record).isValid).toBe(true);
      // No names in the record: officers by id only.
      const names = await server.db.select({ name: officers.name }).from(officers).limit(50);
      for (const { name } of names) expect(download.raw.body.includes(`"${name}"`)).toBe(false);
    });

    it('outside the jurisdiction every plan route answers 404 and changes nothing', async () => {
      const nantong = await server.as('nt.head');
      const before = await latestAuditId(server);
      for (const path of ['', '/pool-preview', '/tasks', '/draw-record']) {
        expectError(await nantong.get(`/api/random-checks/plans/${planId}${path}`), 404, 'NOT_FOUND');
      }
      expectError(
        await nantong.post(`/api/random-checks/plans/${planId}/draw`, {
          publicEntropy: '1 2 3',
          witnesses: '张三',
        }),
        404,
        'NOT_FOUND',
      );
      expectError(await nantong.delete(`/api/random-checks/plans/${planId}`), 404, 'NOT_FOUND');
      expect(await latestAuditId(server)).toBe(before);
    });

    it('before the inspection day: tasks and names for the owner only, counts for everyone else', async () => {
      const own = await countyHead.get(`/api/random-checks/plans/${planId}/tasks?pageSize=200`);
      expectOk(own);
      expect(own.body.visibility).toBe('full');
      expect(own.body.tasks.items.length).toBe(own.body.counts.total);
      for (const task of own.body.tasks.items) {
        expect(task.officers.length).toBeGreaterThanOrEqual(2);
        expect(task.officers.filter((officer: { role: string }) => officer.role === 'lead')).toHaveLength(1);
        expect(task.items.length).toBeGreaterThan(0);
      }

      const superior = await cityHead.get(`/api/random-checks/plans/${planId}/tasks`);
      expectOk(superior);
      expect(superior.body.visibility).toBe('counts');
      expect(superior.body.tasks.items).toEqual([]);
      expect(superior.body.counts.total).toBe(own.body.counts.total);
      expect(superior.body.notice).toContain(inspectionStartsOn);

      const inspector = await countyInspector.get(`/api/random-checks/plans/${planId}/tasks`);
      expect(inspector.body.visibility).toBe('counts');
      const mine = await countyInspector.get('/api/random-checks/my-tasks?pageSize=200');
      expectOk(mine);
      expect(mine.body.items.filter((task: { plan: { id: string } }) => task.plan.id === planId)).toEqual([]);

      // The record (it names the drawn entities) is not public yet, and not for the superior either.
      expectError(await cityHead.get(`/api/random-checks/plans/${planId}/draw-record`), 403, 'FORBIDDEN');
      const published = await server.anonymous().get(`/api/public/random-checks/draws/${planId}`);
      expectOk(published);
      expect(published.body.record).toBeNull();
      expect(published.body.entities).toEqual([]);
      expect(published.body.plan.publicEntropy).toBe('3 5 1 6 2 4');
      expect(published.body.notice).toContain(inspectionStartsOn);
      const detail = await cityHead.get(`/api/random-checks/plans/${planId}`);
      expect(detail.body.secret).toBeNull();
      expect(detail.body.seed).toBeNull();
    });

    it('from the inspection day: the assigned officers see their tasks and team; others see tasks without names', async () => {
      // Beijing 09:00 on the inspection day.
      server.clock.set('2026-11-25T01:00:00.000Z');
      await relogin();
      const superior = await cityHead.get(`/api/random-checks/plans/${planId}/tasks?pageSize=200`);
      expectOk(superior);
      expect(superior.body.visibility).toBe('tasks');
      expect(superior.body.tasks.items.length).toBe(superior.body.counts.total);
      for (const task of superior.body.tasks.items) expect(task.officers).toBeNull();

      // An assigned officer with an inspector account.
      const [assigned] = await server.db
        .select({ username: users.username, officerId: officers.id })
        .from(randomCheckTaskOfficers)
        .innerJoin(randomCheckTasks, eq(randomCheckTasks.id, randomCheckTaskOfficers.taskId))
        .innerJoin(officers, eq(officers.id, randomCheckTaskOfficers.officerId))
        .innerJoin(users, eq(users.id, officers.userId))
        .where(and(eq(randomCheckTasks.planId, planId), eq(users.username, 'ncx.inspector')))
        .limit(1);
      expect(assigned, 'ncx.inspector is drawn: every eligible officer of 南昌县 gets tasks').toBeDefined();
      const mine = await countyInspector.get('/api/random-checks/my-tasks?pageSize=200');
      expectOk(mine);
      const ofPlan = mine.body.items.filter((task: { plan: { id: string } }) => task.plan.id === planId);
      expect(ofPlan.length).toBeGreaterThan(0);
      for (const task of ofPlan) {
        expect(task.plan.number).toBe(planNumber);
        expect(
          task.officers.some(
            (officer: { isMe: boolean; officerId: string }) =>
              officer.isMe && officer.officerId === assigned!.officerId,
          ),
        ).toBe(true);
        expect(task.officers.length).toBeGreaterThanOrEqual(2);
        expect(task.items[0].content).toBeTruthy();
        expect(task.status).toBe('pending');
        expect(task.recordId).toBeNull();
        expect(task.isOverdue).toBe(false);
      }
      // In the plan's list the officer sees names on their own tasks only.
      const list = await countyInspector.get(`/api/random-checks/plans/${planId}/tasks?pageSize=200`);
      expect(list.body.visibility).toBe('tasks');
      const ownIds = new Set(ofPlan.map((task: { id: string }) => task.id));
      for (const task of list.body.tasks.items) {
        if (ownIds.has(task.id)) expect(task.officers).not.toBeNull();
        else expect(task.officers).toBeNull();
      }

      // The record is public now, and it verifies.
      const published = await server.anonymous().get(`/api/public/random-checks/draws/${planId}`);
      expectOk(published);
      expect(published.body.record).not.toBeNull();
      expect(verifyDrawRecord(published.body.record).isValid).toBe(true);
      expect(published.body.entities.length).toBe(published.body.plan.taskCount);
      expect(published.body.entities[0].name).toBeTruthy();
      expectOk(await cityHead.get(`/api/random-checks/plans/${planId}/draw-record`));
      server.clock.set('2026-11-20T02:00:00.000Z');
      await relogin();
    });
  });

  describe('a draw short of officers', () => {
    it('answers 422 listing every shortfall in Chinese and writes nothing', async () => {
      // 核与辐射安全: the only 南昌县 officer with it is on leave.
      const created = await countyHead.post(
        '/api/random-checks/plans',
        planBody({
          title: '南昌县辐射安全专项抽查（测试）',
          kind: 'special',
          items: [{ catalogueItemId: itemIds['NC-SJ-2026-10'], requiredSpecialty: 'radiation' }],
          jointDepartments: [],
        }),
      );
      expectOk(created);
      const planId = created.body.id;
      const preview = await countyHead.get(`/api/random-checks/plans/${planId}/pool-preview`);
      expect(preview.body.shortfalls.length).toBeGreaterThan(0);
      expectOk(await countyHead.post(`/api/random-checks/plans/${planId}/commit`));
      const before = await latestAuditId(server);
      const drawn = await countyHead.post(`/api/random-checks/plans/${planId}/draw`, {
        publicEntropy: '6 6 6',
        witnesses: '王明',
      });
      expectError(drawn, 422, 'RULES_UNSATISFIABLE');
      expect(drawn.body.error.message).toContain(
        '南昌县: 需要1名具备“核与辐射安全”专业特长的持证人员，只有0名',
      );
      expect(drawn.body.error.issues.length).toBeGreaterThan(0);
      expect(await latestAuditId(server)).toBe(before);
      const [tasks] = await server.db
        .select({ value: count() })
        .from(randomCheckTasks)
        .where(eq(randomCheckTasks.planId, planId));
      expect(tasks!.value).toBe(0);
      const detail = await countyHead.get(`/api/random-checks/plans/${planId}`);
      expect(detail.body.status).toBe('committed');
      expect(detail.body.publicEntropy).toBeNull();
    });
  });
});
