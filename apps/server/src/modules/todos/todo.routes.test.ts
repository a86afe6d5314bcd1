import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';

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
 * jurisdiction and role. The demo province's history gives the county tasks and results.
 */
describe('the to-do workbench (SYS-3)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a caller who is not signed in', async () => {
    const response = await server.anonymous().get('/api/todos');
    expect(response.status).toBe(401);
  });

  it('gives an inspector the field records due on their own open tasks, overdue first, each with its basis and page', async () => {
    const inspector = await server.as('ncx.inspector');
    const [todos, mine] = await Promise.all([
      inspector.get('/api/todos'),
      inspector.get('/api/random-checks/my-tasks?pageSize=200'),
    ]);
    expect(todos.status).toBe(200);
    const open = (mine.body.items as { id: string; status: string }[]).filter(
      (task) => task.status !== 'completed',
    );
    expect(open.length, 'the demo gives 南昌县 inspectors open tasks').toBeGreaterThan(0);
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
    const inspector = await server.as('ncx.inspector');
    const before = (await inspector.get('/api/todos')).body.items as Todo[];
    const running = before.find((item) => !item.isOverdue);
    expect(running, 'an item not yet due').toBeDefined();
    server.clock.advanceMinutes((running!.daysLeft + 1) * 24 * 60);
    const again = await server.as('ncx.inspector');
    const after = (await again.get('/api/todos')).body.items as Todo[];
    expect(after.find((item) => item.key === running!.key)).toMatchObject({ isOverdue: true });
  });
});
