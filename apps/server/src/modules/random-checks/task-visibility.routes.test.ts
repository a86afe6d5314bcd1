import { randomUUID } from 'node:crypto';
import { generateCreditCode } from '@qingshan/domain';
import { and, eq, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agencies,
  officers,
  randomCheckPlans,
  randomCheckTaskOfficers,
  randomCheckTasks,
  regulatedEntities,
  users,
} from '../../db/schema/index';
import { agencyId } from '../../demo/demo.agencies';
import { demoDate } from '../../test/test-constants';
import type { TestAgent, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';

/**
 * DR-4: one visibility rule for a task, whichever route returns it. Before the inspection day only
 * the head of the plan's own agency sees the task; superiors (the city's head, the province's
 * head) and the assigned officers see counts only — on the task list AND on the single task.
 */
describe('task secrecy until the inspection day (DR-4), on every route that returns a task', () => {
  let server: TestServer;
  let planId: string;
  let taskId: string;
  const entityName = '保密测试南昌县有限公司';
  const inspectionStartsOn = '2026-11-25';
  let agents: Record<'owner' | 'cityHead' | 'provinceHead' | 'lead' | 'member', TestAgent>;
  let officerNames: string[];
  const usernames: Record<string, string> = {};

  async function officerOf(username: string) {
    const [row] = await server.db
      .select({ id: officers.id, name: officers.name })
      .from(officers)
      .innerJoin(users, eq(users.id, officers.userId))
      .where(eq(users.username, username));
    return row!;
  }

  beforeAll(async () => {
    server = await createTestServer();
    const now = server.clock.now();
    const [provinceHead] = await server.db
      .select({ username: users.username })
      .from(users)
      .innerJoin(agencies, eq(agencies.id, users.agencyId))
      .where(
        and(
          eq(agencies.code, '360000-DEPT'),
          sql`'agency_head' = ANY(${users.roles})`,
          eq(users.status, 'active'),
          eq(users.mustChangePassword, false),
          sql`${users.lockedUntil} IS NULL`,
        ),
      )
      .limit(1);
    const lead = await officerOf('ncx.inspector');
    const [colleague] = await server.db
      .select({ username: users.username, id: officers.id, name: officers.name })
      .from(officers)
      .innerJoin(users, eq(users.id, officers.userId))
      .innerJoin(agencies, eq(agencies.id, officers.agencyId))
      .where(
        and(
          eq(agencies.code, '360121-ENF'),
          ne(users.username, 'ncx.inspector'),
          eq(users.status, 'active'),
          eq(users.mustChangePassword, false),
          sql`'inspector' = ANY(${users.roles})`,
          // The unit's first account is also its head (局队合一): the plan's owner, not just an officer.
          sql`NOT ('agency_head' = ANY(${users.roles}))`,
          sql`${users.lockedUntil} IS NULL`,
        ),
      )
      .orderBy(users.username)
      .limit(1);
    officerNames = [lead.name, colleague!.name];
    planId = randomUUID();
    await server.db.insert(randomCheckPlans).values({
      id: planId,
      agencyId: agencyId('360121-BUR'),
      number: '2026-SJ-TEST-SECRET',
      title: '保密测试计划',
      year: 2026,
      kind: 'special',
      periodStart: '2026-11-01',
      periodEnd: '2026-12-31',
      inspectionStartsOn,
      inspectionDueOn: '2026-12-10',
      publicationDueOn: '2026-12-31',
      poolFilter: {},
      ratioOfficers: 1,
      ratioEntities: 10,
      keyPolluterPercent: 25,
      specialObjectPercent: 10,
      minOfficersPerTask: 2,
      status: 'drawn',
      createdAt: now,
      updatedAt: now,
    });
    const entityId = randomUUID();
    await server.db.insert(regulatedEntities).values({
      id: entityId,
      creditCode: generateCreditCode(Math.random, { regionCode: '360121' }),
      name: entityName,
      address: '南昌县保密测试厂区',
      regionCode: '360121',
      countyCode: '360121',
      ownerAgencyId: agencyId('360121-BUR'),
      industryCode: '2614',
      createdAt: now,
      updatedAt: now,
    });
    taskId = randomUUID();
    await server.db.insert(randomCheckTasks).values({
      id: taskId,
      planId,
      entityId,
      agencyId: agencyId('360121-BUR'),
      stratum: 'general',
      position: 1,
      itemIds: [],
      status: 'pending',
      createdAt: now,
      updatedAt: now,
    });
    await server.db.insert(randomCheckTaskOfficers).values([
      { taskId, officerId: lead.id, role: 'lead' },
      { taskId, officerId: colleague!.id, role: 'member' },
    ]);
    Object.assign(usernames, {
      owner: 'ncx.head',
      cityHead: 'nc.head',
      provinceHead: provinceHead!.username,
      lead: 'ncx.inspector',
      member: colleague!.username,
    });
    await signInAll();
  });

  async function signInAll() {
    agents = Object.fromEntries(
      await Promise.all(Object.entries(usernames).map(async ([key, name]) => [key, await server.as(name)])),
    );
  }
  afterAll(async () => {
    await server.close();
  });

  const listOf = (agent: TestAgent) => agent.get(`/api/random-checks/plans/${planId}/tasks`);
  const taskOf = (agent: TestAgent) => agent.get(`/api/field-inspections/tasks/${taskId}`);
  const myTasksOf = async (agent: TestAgent) =>
    ((await agent.get('/api/random-checks/my-tasks?pageSize=100')).body.items as { id: string }[]).map(
      (task) => task.id,
    );

  describe('before the inspection day', () => {
    it('shows the owning head the task, the entity and the officers on both routes', async () => {
      const list = await listOf(agents.owner);
      expect(list.body.visibility).toBe('full');
      expect(list.body.tasks.items[0].entity.name).toBe(entityName);
      const single = await taskOf(agents.owner);
      expect(single.status, JSON.stringify(single.body)).toBe(200);
      expect(JSON.stringify(single.body)).toContain(entityName);
    });

    for (const viewer of ['cityHead', 'provinceHead'] as const) {
      it(`gives the superior (${viewer}) counts on the list and "not found" for the task itself`, async () => {
        const list = await listOf(agents[viewer]);
        expect(list.status).toBe(200);
        expect(list.body.visibility).toBe('counts');
        expect(list.body.counts.total).toBe(1);
        expect(list.body.tasks.items).toEqual([]);
        const single = await taskOf(agents[viewer]);
        expect(single.status).toBe(404);
        const text = JSON.stringify(single.body);
        expect(text).not.toContain(entityName);
        for (const name of officerNames) expect(text).not.toContain(name);
      });
    }

    for (const viewer of ['lead', 'member'] as const) {
      it(`keeps the task from the assigned officer (${viewer}) on the list, the task and my-tasks`, async () => {
        expect((await listOf(agents[viewer])).body.visibility).toBe('counts');
        expect((await taskOf(agents[viewer])).status).toBe(404);
        expect(await myTasksOf(agents[viewer])).not.toContain(taskId);
      });
    }
  });

  describe('on the inspection day', () => {
    beforeAll(async () => {
      server.clock.set(`${inspectionStartsOn}T02:00:00.000Z`);
      // Five days on, the sessions have expired: sign in again on the day.
      await signInAll();
    });
    afterAll(() => {
      server.clock.set(demoDate);
    });

    it('shows the assigned officers the task with their team on every route', async () => {
      for (const viewer of ['lead', 'member'] as const) {
        const list = await listOf(agents[viewer]);
        expect(list.body.visibility).toBe('tasks');
        expect(
          list.body.tasks.items[0].officers.map((officer: { name: string }) => officer.name).sort(),
        ).toEqual([...officerNames].sort());
        expect((await taskOf(agents[viewer])).status).toBe(200);
        expect(await myTasksOf(agents[viewer])).toContain(taskId);
      }
    });

    it('shows superiors the task without the officer names on the list, and lets them read it', async () => {
      for (const viewer of ['cityHead', 'provinceHead'] as const) {
        const list = await listOf(agents[viewer]);
        expect(list.body.visibility).toBe('tasks');
        expect(list.body.tasks.items[0].entity.name).toBe(entityName);
        expect(list.body.tasks.items[0].officers).toBeNull();
        expect((await taskOf(agents[viewer])).status).toBe(200);
      }
    });

    it('still shows the owner everything', async () => {
      expect((await listOf(agents.owner)).body.visibility).toBe('full');
      expect((await taskOf(agents.owner)).status).toBe(200);
    });
  });
});
