import { getProvinceProfile } from '@qingshan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAgency,
  createDrawnTask,
  createEntity,
  createInspector,
  createOfficer,
  createUser,
  loginAgain,
  type TestTask,
  type TestUser,
} from '../../test/factories';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import type { TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';
import { escalateOverdueClocks } from '../clocks/index';

interface Todo {
  kind: string;
  key: string;
  dueOn: string;
  daysLeft: number;
  isOverdue: boolean;
  basis: string;
  path: string;
}

/**
 * GET /api/todos (SYS-3): each user's open items from the areas' own lists, within their
 * jurisdiction and role. The inspector's tasks are the test's own; the county head's results to
 * publish and their escalation still come from the demo province's history (completed tasks).
 */
describe('the to-do workbench (SYS-3)', () => {
  let server: TestServer;
  /** An inspector of the test's own county, on a team with three tasks: running, overdue, secret. */
  let inspector: TestUser;
  let tasks: Record<'running' | 'overdue' | 'secret', TestTask>;
  beforeAll(async () => {
    server = await createTestServer();
    const county = await createAgency(server, { kind: 'county_bureau' });
    const head = await createUser(server, county, ['agency_head']);
    const team = [await createInspector(server, head), await createInspector(server, head)];
    inspector = team[0]!.user;
    const officers = team.map((member) => member.officer);
    const taskOn = async (inspectionStartsOn: string, inspectionDueOn: string) =>
      createDrawnTask(server, await createEntity(server, county), {
        officers,
        itemIds: [],
        inspectionStartsOn,
        inspectionDueOn,
      });
    tasks = {
      running: await taskOn('2026-11-16', '2026-11-30'),
      overdue: await taskOn('2026-11-02', '2026-11-13'),
      // Before its inspection day the team does not know of it (DR-4): no to-do either.
      secret: await taskOn('2026-11-25', '2026-12-10'),
    };
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a caller who is not signed in', async () => {
    const response = await server.anonymous().get('/api/todos');
    expect(response.status).toBe(401);
  });

  it('gives an inspector the field records due on their own open tasks, overdue first, each with its basis and page', async () => {
    const [todos, mine] = await Promise.all([
      inspector.agent.get('/api/todos'),
      inspector.agent.get('/api/random-checks/my-tasks?pageSize=200'),
    ]);
    expect(todos.status).toBe(200);
    const open = (mine.body.items as { id: string; status: string }[]).filter(
      (task) => task.status !== 'completed',
    );
    expect(open.map((task) => task.id).sort()).toEqual([tasks.running.taskId, tasks.overdue.taskId].sort());
    const records = (todos.body.items as Todo[]).filter((item) => item.kind === 'inspection_record');
    expect(records.map((item) => item.key).sort()).toEqual(open.map((task) => `task:${task.id}`).sort());
    for (const item of records) {
      expect(item.path).toMatch(/^\/field-inspections\/[0-9a-f-]{36}$/);
      expect(item.basis).toContain('第二百零三条');
    }
    // An inspector neither publishes nor submits tables.
    expect((todos.body.items as Todo[]).every((item) => item.kind === 'inspection_record')).toBe(true);
    const order = (todos.body.items as Todo[]).map((item) => `${item.isOverdue ? 0 : 1}${item.dueOn}`);
    expect(order).toEqual([...order].sort());
    expect((todos.body.items as Todo[]).map((item) => [item.key, item.isOverdue])).toEqual([
      [`task:${tasks.overdue.taskId}`, true],
      [`task:${tasks.running.taskId}`, false],
    ]);
    expect(todos.body.counts.total).toBe(todos.body.items.length);
    expect(todos.body.counts.overdue).toBe(
      (todos.body.items as Todo[]).filter((item) => item.isOverdue).length,
    );
  });

  it('gives a county head the results of its own plans to publish and the tables to submit', async () => {
    const head = await server.as('ncx.head');
    const [todos, unpublished, reminders] = await Promise.all([
      head.get('/api/todos'),
      head.get('/api/random-checks/publication?status=unpublished&pageSize=200'),
      head.get('/api/random-checks/reports/reminders'),
    ]);
    expect(todos.status).toBe(200);
    const items = todos.body.items as Todo[];
    const publishable = (
      unpublished.body.items as { taskId: string; canPublish: boolean; isPublicationOverdue: boolean }[]
    ).filter((result) => result.canPublish || result.isPublicationOverdue);
    expect(
      items
        .filter((item) => item.kind === 'results_publication')
        .map((item) => item.key)
        .sort(),
    ).toEqual(publishable.map((result) => `publication:${result.taskId}`).sort());
    expect(items.filter((item) => item.kind === 'report_submission')).toHaveLength(
      reminders.body.reminders.length,
    );
    for (const item of items.filter((entry) => entry.kind === 'report_submission')) {
      expect(item.basis).toMatch(/日前上报/);
      expect(item.path).toMatch(/^\/random-checks\/reports\?/);
    }
  });

  it('escalates a county’s overdue result to the city head, naming the county, and keeps the county’s results not yet due off it', async () => {
    const county = (await (await server.as('ncx.head')).get('/api/todos')).body.items as Todo[];
    const countyPublication = county.filter((item) => item.kind === 'results_publication');
    const overdue = countyPublication.filter((item) => item.isOverdue);
    const notYetDue = countyPublication.filter((item) => !item.isOverdue);
    expect(overdue.length, 'the demo has an overdue result in 南昌县').toBeGreaterThan(0);
    const city = (await (await server.as('nc.head')).get('/api/todos')).body.items as (Todo & {
      escalatedFrom: string | null;
    })[];
    for (const item of overdue) {
      expect(city.find((entry) => entry.key === item.key)).toMatchObject({
        escalatedFrom: '南昌县生态环境局',
      });
    }
    for (const item of notYetDue) expect(city.find((entry) => entry.key === item.key)).toBeUndefined();
  });

  it('never shows one county’s items to another county, nor business items to the system administrator', async () => {
    const [ours, theirs, admin] = await Promise.all([
      server.as('ncx.head').then((agent) => agent.get('/api/todos')),
      server.as('jxx.inspector').then((agent) => agent.get('/api/todos')),
      server.as('admin').then((agent) => agent.get('/api/todos')),
    ]);
    const ourKeys = new Set((ours.body.items as Todo[]).map((item) => item.key));
    expect(ourKeys.size).toBeGreaterThan(0);
    expect((theirs.body.items as Todo[]).filter((item) => ourKeys.has(item.key))).toEqual([]);
    expect(admin.status).toBe(200);
    expect(admin.body.items).toEqual([]);
  });

  it('answers every demo account with its list', async () => {
    for (const username of [
      'jx.head',
      'jx.supervisor',
      'jx.inspector',
      'nc.legal',
      'nc.hotline',
      'jxx.inspector',
      'jj.inspector',
      'police.nc',
      'nt.head',
      'nt.inspector',
      'jl.inspector',
      'security',
      'auditor',
    ]) {
      const response = await (await server.as(username)).get('/api/todos');
      expect(response.status, `${username}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(200);
    }
  });

  it('counts an item overdue the day after its due day', async () => {
    const before = (await (await loginAgain(server, inspector)).get('/api/todos')).body.items as Todo[];
    const running = before.find((item) => !item.isOverdue);
    expect(running?.key, 'an item not yet due').toBe(`task:${tasks.running.taskId}`);
    server.clock.advanceMinutes((running!.daysLeft + 1) * 24 * 60);
    const again = await loginAgain(server, inspector);
    const after = (await again.get('/api/todos')).body.items as Todo[];
    expect(after.find((item) => item.key === running!.key)).toMatchObject({ isOverdue: true });
  });
});

interface ClockTodo extends Todo {
  subject: string;
  escalatedFrom: string | null;
}

/**
 * The statutory clocks on the workbench (modules/clocks): each module starts its clock at the
 * subject's event, and the list shows it to the agency whose duty it is — never to another one.
 * Data from the factories; the manual clock starts on demoDate (2026-11-20).
 */
describe('the statutory clocks on the to-do workbench (SYS-3)', () => {
  let server: TestServer;
  let cityHead: TestUser;
  let countyHead: TestUser;
  let countyInspector: TestUser;
  let otherHead: TestUser;
  beforeAll(async () => {
    server = await createTestServer();
    const city = await createAgency(server);
    const county = await createAgency(server, { parent: city });
    const other = await createAgency(server);
    cityHead = await createUser(server, city, ['agency_head']);
    countyHead = await createUser(server, county, ['agency_head']);
    countyInspector = await createUser(server, county, ['inspector']);
    otherHead = await createUser(server, other, ['agency_head']);
  });
  afterAll(async () => {
    await server.close();
  });

  const todosOf = async (user: TestUser) => {
    const response = await user.agent.get('/api/todos');
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200);
    return response.body.items as ClockTodo[];
  };

  it('shows an officer’s certificate from the profile’s warning period on, to the head of its agency only', async () => {
    const warning = getProvinceProfile('jiangxi').deadlines.certificateExpiryWarning.amount;
    const soon = await createOfficer(server, countyHead, { certificateValidUntil: '2026-12-20' });
    const later = await createOfficer(server, countyHead, { certificateValidUntil: '2027-06-30' });
    const items = (await todosOf(countyHead)).filter((item) => item.kind === 'certificate_expiry');
    const mine = items.find((item) => item.path === `/officers/${soon.id}`);
    expect(mine).toMatchObject({ dueOn: '2026-12-20', daysLeft: 30, isOverdue: false, escalatedFrom: null });
    expect(mine!.basis).toContain('执法证到期提醒');
    expect(30).toBeLessThanOrEqual(warning);
    expect(items.find((item) => item.path === `/officers/${later.id}`)).toBeUndefined();
    // Neither an inspector (no personnel duty), the head above (not escalated), nor another county.
    for (const user of [countyInspector, cityHead, otherHead]) {
      expect((await todosOf(user)).find((item) => item.path === `/officers/${soon.id}`)).toBeUndefined();
    }
  });

  it('follows the certificate: a renewal beyond the warning period takes it off the list', async () => {
    const officer = await createOfficer(server, countyHead, { certificateValidUntil: '2026-12-10' });
    expect((await todosOf(countyHead)).some((item) => item.path === `/officers/${officer.id}`)).toBe(true);
    const renewed = await countyHead.agent.patch(`/api/officers/${officer.id}`, {
      certificateValidUntil: '2031-12-10',
    });
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
    expect((await todosOf(countyHead)).some((item) => item.path === `/officers/${officer.id}`)).toBe(false);
  });

  it('shows a secondment planned beyond a year as needing approval until the officer returns (seed 004 item 17)', async () => {
    const officer = await createOfficer(server, countyHead);
    const created = await countyHead.agent.post(`/api/officers/${officer.id}/secondments`, {
      hostOrganisation: '省生态环境厅',
      startsOn: '2026-11-02',
      plannedEndsOn: '2028-01-31',
      leavesCity: false,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const item = (await todosOf(countyHead)).find(
      (entry) => entry.kind === 'secondment_approval' && entry.path === `/officers/${officer.id}`,
    );
    expect(item).toMatchObject({ dueOn: created.body.secondments[0].approvalFreeUntil, isOverdue: false });
    expect(item!.basis).toContain('第17项');
    expect((await todosOf(otherHead)).some((entry) => entry.kind === 'secondment_approval')).toBe(false);
    const returned = await countyHead.agent.post(
      `/api/officers/${officer.id}/secondments/${created.body.secondments[0].id}/return`,
      { returnedOn: '2026-11-19' },
    );
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(
      (await todosOf(countyHead)).some(
        (entry) => entry.kind === 'secondment_approval' && entry.path === `/officers/${officer.id}`,
      ),
    ).toBe(false);
  });

  it('shows a card’s rectification due on the day the credit page shows, until the card is lifted', async () => {
    const entity = await createEntity(server, countyHead.agency);
    const issued = await countyHead.agent.post(`/api/entities/${entity.id}/credit/cards`, {
      color: 'yellow',
      reason: '废水总排口化学需氧量超过排放标准，已被依法处罚',
      documentNumber: '测环罚〔2026〕1号',
      issuedOn: '2026-09-01',
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const card = issued.body.currentCard as { id: string; rectificationDueOn: string };
    const item = (await todosOf(countyHead)).find(
      (entry) => entry.kind === 'card_rectification' && entry.subject === entity.name,
    );
    expect(item).toMatchObject({
      dueOn: card.rectificationDueOn,
      daysLeft: 10,
      path: `/entities/${entity.id}`,
    });
    expect((await todosOf(otherHead)).some((entry) => entry.subject === entity.name)).toBe(false);
    const lifted = await countyHead.agent.post(`/api/entities/${entity.id}/credit/cards/${card.id}/lift`, {
      liftedOn: '2026-11-20',
      liftReason: '复核：已完成整改，连续监测达标',
    });
    expect(lifted.status, JSON.stringify(lifted.body)).toBe(200);
    expect((await todosOf(countyHead)).some((entry) => entry.subject === entity.name)).toBe(false);
  });

  it('escalates an overdue clock once: the responsible head and the head above are notified, and the item reaches the head above', async () => {
    const officer = await createOfficer(server, countyHead, { certificateValidUntil: '2026-11-25' });
    const path = `/officers/${officer.id}`;
    const ctx = { db: server.db, clock: server.clock, profile: getProvinceProfile('jiangxi') };
    await escalateOverdueClocks(ctx);
    expect(
      (await todosOf(cityHead)).some((item) => item.path === path),
      'not overdue yet',
    ).toBe(false);

    server.clock.advanceMinutes(6 * 24 * 60);
    for (const user of [cityHead, countyHead, otherHead]) await loginAgain(server, user);
    const before = await latestAuditId(server);
    await escalateOverdueClocks(ctx);
    await escalateOverdueClocks(ctx);

    const escalations = (await auditEntriesAfter(server, before)).filter(
      (entry) => entry.action === 'clocks.escalate' && entry.targetType === 'clock',
    );
    const ours = escalations.filter((entry) => entry.summary.includes(officer.name));
    expect(ours, 'one escalation however often the sweep runs').toHaveLength(1);
    expect(ours[0]!.summary).toContain('到期日 2026-11-25');
    const notificationsOf = async (user: TestUser) =>
      (
        (await user.agent.get('/api/notifications?pageSize=200')).body.items as {
          kind: string;
          path: string;
        }[]
      ).filter((item) => item.path === path);
    expect((await notificationsOf(countyHead)).map((item) => item.kind)).toEqual(['clock_overdue']);
    expect((await notificationsOf(cityHead)).map((item) => item.kind)).toEqual(['clock_escalated']);
    expect(await notificationsOf(otherHead)).toEqual([]);

    expect((await todosOf(countyHead)).find((item) => item.path === path)).toMatchObject({
      isOverdue: true,
      escalatedFrom: null,
    });
    expect((await todosOf(cityHead)).find((item) => item.path === path)).toMatchObject({
      isOverdue: true,
      escalatedFrom: countyHead.agency.name,
    });
    expect((await todosOf(otherHead)).some((item) => item.path === path)).toBe(false);
  });
});
