import { getProvinceProfile } from '@qingshan/domain';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clocks, officers, randomCheckTaskOfficers, randomCheckTasks } from '../../db/schema/index';
import type { TestAgent, TestResponse, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';
import { startReportClocks } from './index';

function expectOk(response: TestResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body).slice(0, 500)).toBe(status);
}

interface Clock {
  id: string;
  kind: string;
  ruleKey: string;
  label: string;
  basis: string;
  subject: string;
  startedOn: string;
  dueOn: string | null;
  daysLeft: number | null;
  status: string;
  days: { date: string; kind: string; count?: number }[];
}

interface Todo {
  kind: string;
  key: string;
  dueOn: string;
  basis: string;
  path: string;
}

/**
 * The random-check deadlines on statutory clocks (SYS-3): started by the draw, the completion
 * and the period's start, stopped by the record, the publication and the submission; each page
 * shows its subject's clocks. The demo clock stands at 2026-11-20 (南昌县 plans, as the
 * random-check tests use them).
 */
describe('the random-check deadlines on statutory clocks (SYS-3, DR-5, DR-6, DR-7)', () => {
  let server: TestServer;
  let countyHead: TestAgent;
  let otherCounty: TestAgent;
  let itemId: string;

  beforeAll(async () => {
    server = await createTestServer();
    countyHead = await server.as('ncx.head');
    otherCounty = await server.as('jxx.inspector');
    const options = await countyHead.get('/api/random-checks/item-options');
    itemId = (options.body.items as { code: string; catalogueItemId: string }[]).find(
      (item) => item.code === 'NC-SJ-2026-02',
    )!.catalogueItemId;
  });
  afterAll(async () => {
    await server.close();
  });

  async function drawnPlan(title: string, inspectionStartsOn: string, inspectionDueOn: string) {
    const created = await countyHead.post('/api/random-checks/plans', {
      title,
      kind: 'special',
      year: 2026,
      periodStart: '2026-11-01',
      periodEnd: '2026-12-31',
      inspectionStartsOn,
      inspectionDueOn,
      items: [{ catalogueItemId: itemId, requiredSpecialty: null }],
      poolFilter: { countyCodes: [], industryCodes: [], permitClasses: [], strata: ['general'] },
      jointDepartments: [],
    });
    expectOk(created);
    expectOk(await countyHead.post(`/api/random-checks/plans/${created.body.id}/commit`));
    expectOk(
      await countyHead.post(`/api/random-checks/plans/${created.body.id}/draw`, {
        publicEntropy: '3 1 4 1 5 9',
        witnesses: '南昌县司法局 王明',
      }),
    );
    const tasks = await server.db
      .select({ id: randomCheckTasks.id })
      .from(randomCheckTasks)
      .where(eq(randomCheckTasks.planId, created.body.id));
    return { id: created.body.id as string, taskIds: tasks.map((task) => task.id) };
  }

  it('starts a field-record clock per drawn task on its inspectors, due on the plan’s deadline moved off a rest day, with its per-day explanation', async () => {
    // 2026-12-13 is a Sunday: the record is due on Monday 2026-12-14 (民法典 art. 203).
    const plan = await drawnPlan('南昌县专项抽查（计时测试）', '2026-11-27', '2026-12-13');
    expect(plan.taskIds.length).toBeGreaterThan(0);
    const response = await countyHead.get(`/api/random-checks/plans/${plan.id}/clocks`);
    expectOk(response);
    const items = response.body.items as Clock[];
    expect(items).toHaveLength(plan.taskIds.length);
    for (const clock of items) {
      expect(clock).toMatchObject({
        kind: 'inspection_record',
        ruleKey: 'inspectionResults',
        startedOn: '2026-11-20',
        dueOn: '2026-12-14',
        daysLeft: 24,
        status: 'running',
      });
      expect(clock.basis).toContain('第二百零三条');
      expect(clock.days[0]).toEqual({ date: '2026-11-20', kind: 'event_day' });
      expect(clock.days.at(-1)).toMatchObject({ date: '2026-12-14', kind: 'due' });
      expect(clock.days.find((day) => day.date === '2026-12-14')?.kind).toBe('due');
    }
    const [task] = plan.taskIds;
    const stored = await server.db
      .select({ responsible: clocks.responsibleUserIds, visibleFrom: clocks.visibleFrom })
      .from(clocks)
      .where(eq(clocks.subjectId, task!));
    const inspectors = await server.db
      .select({ userId: officers.userId })
      .from(randomCheckTaskOfficers)
      .innerJoin(officers, eq(officers.id, randomCheckTaskOfficers.officerId))
      .where(and(eq(randomCheckTaskOfficers.taskId, task!), isNotNull(officers.userId)));
    expect([...stored[0]!.responsible].sort()).toEqual(inspectors.map((row) => row.userId).sort());
    // DR-4: secret until the inspection day, on the to-do list too.
    expect(stored[0]!.visibleFrom).toBe('2026-11-27');

    const taskClocks = await countyHead.get(`/api/field-inspections/tasks/${task}/clocks`);
    expectOk(taskClocks);
    expect(taskClocks.body.items).toHaveLength(1);
  });

  it('answers 404 for our plan’s and task’s clocks to a user of another county', async () => {
    const plan = await drawnPlan('南昌县专项抽查（管辖测试）', '2026-11-20', '2026-12-10');
    expect((await otherCounty.get(`/api/random-checks/plans/${plan.id}/clocks`)).status).toBe(404);
    expect((await otherCounty.get(`/api/field-inspections/tasks/${plan.taskIds[0]}/clocks`)).status).toBe(
      404,
    );
    expect((await server.anonymous().get(`/api/random-checks/plans/${plan.id}/clocks`)).status).toBe(401);
  });

  it('cancels the clocks of an annulled draw', async () => {
    const plan = await drawnPlan('南昌县专项抽查（撤销计时测试）', '2026-11-30', '2026-12-18');
    expectOk(
      await countyHead.post(`/api/random-checks/plans/${plan.id}/annul-draw`, {
        reason: '筛选条件录入错误，误将已关闭企业纳入',
      }),
    );
    const rows = await server.db
      .select({ status: clocks.status, metOn: clocks.metOn })
      .from(clocks)
      .where(inArray(clocks.subjectId, plan.taskIds));
    expect(rows).toHaveLength(plan.taskIds.length);
    expect(rows.every((row) => row.status === 'cancelled' && row.metOn === '2026-11-20')).toBe(true);
    expect((await countyHead.get(`/api/random-checks/plans/${plan.id}/clocks`)).body.items).toEqual([]);
  });

  it('stops a result’s publication clock when it is published', async () => {
    const before = (await countyHead.get('/api/todos')).body.items as Todo[];
    const result = before.find((item) => item.kind === 'results_publication');
    expect(result, 'the demo has an unpublished 南昌县 result').toBeDefined();
    const taskId = result!.key.replace('publication:', '');
    const published = await countyHead.post('/api/random-checks/publication/publish', { taskIds: [taskId] });
    expectOk(published);
    const after = (await countyHead.get('/api/todos')).body.items as Todo[];
    expect(after.some((item) => item.key === result!.key)).toBe(false);
    const clocksOfTask = (await countyHead.get(`/api/field-inspections/tasks/${taskId}/clocks`)).body
      .items as Clock[];
    expect(clocksOfTask.find((clock) => clock.ruleKey === 'resultsPublication')).toMatchObject({
      status: expect.stringMatching(/^met/),
    });
  });

  it('stops the monthly table’s clock on submission and starts it again when the submission is withdrawn', async () => {
    const reportItems = async () =>
      ((await countyHead.get('/api/todos')).body.items as Todo[]).filter(
        (item) => item.kind === 'report_submission',
      );
    expect((await reportItems()).map((item) => item.path)).toEqual(['/random-checks/reports?month=2026-10']);
    const submitted = await countyHead.post('/api/random-checks/reports/submissions', {
      kind: 'monthly',
      period: '2026-10',
    });
    expectOk(submitted);
    expect(await reportItems()).toEqual([]);
    const withdrawn = await countyHead.post(
      `/api/random-checks/reports/submissions/${submitted.body.current.id}/withdraw`,
      { reason: '第三行数字录入有误，更正后重新上报' },
    );
    expectOk(withdrawn);
    expect(await reportItems()).toMatchObject([
      { dueOn: '2026-11-05', path: '/random-checks/reports?month=2026-10' },
    ]);
  });

  it('starts each period’s tables on its first day, once however often the job runs, due as the reminders date them', async () => {
    const ctx = { db: server.db, clock: server.clock, profile: getProvinceProfile('jiangxi') };
    const count = async () =>
      (
        await server.db
          .select({ id: clocks.id })
          .from(clocks)
          .where(eq(clocks.subjectKind, 'random_check_report'))
      ).length;
    const atDemoDate = await count();
    await startReportClocks(ctx);
    expect(await count(), 'the demo loader already started 2026-10').toBe(atDemoDate);

    server.clock.advanceMinutes(11 * 24 * 60); // 2026-12-01
    await startReportClocks(ctx);
    const started = await count();
    expect(started).toBeGreaterThan(atDemoDate);
    await startReportClocks(ctx);
    expect(await count()).toBe(started);

    const head = await server.as('ncx.head');
    const [todos, reminders] = await Promise.all([
      head.get('/api/todos'),
      head.get('/api/random-checks/reports/reminders'),
    ]);
    const items = (todos.body.items as Todo[]).filter((item) => item.kind === 'report_submission');
    for (const reminder of reminders.body.reminders as { kind: string; period: string; dueOn: string }[]) {
      const path =
        reminder.kind === 'monthly'
          ? `/random-checks/reports?month=${reminder.period}`
          : `/random-checks/reports?tab=yearly&year=${reminder.period}`;
      expect(items.find((item) => item.path === path)).toMatchObject({ dueOn: reminder.dueOn });
    }
    // 2026-12-05 is a Saturday: November's table is due on Monday 2026-12-07.
    expect(items.find((item) => item.path.endsWith('month=2026-11'))).toMatchObject({ dueOn: '2026-12-07' });
    expect(items.find((item) => item.path.endsWith('year=2026'))).toMatchObject({ dueOn: '2026-12-15' });
  });
});
