import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCheckTaskOfficers, randomCheckTasks } from '../../db/schema/index';
import {
  createAgency,
  createCatalogue,
  createEntity,
  createInspector,
  createPlan,
  createUser,
  loginAgain,
  type TestUser,
} from '../../test/factories';
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
  const entityName = '保密测试有限公司';
  const inspectionStartsOn = '2026-11-25';
  let agents: Record<'owner' | 'cityHead' | 'provinceHead' | 'lead' | 'member', TestAgent>;
  let officerNames: string[];
  const users: Record<string, TestUser> = {};

  beforeAll(async () => {
    server = await createTestServer();
    // Three levels of the test's own: a province above a city above the county unit that owns the
    // plan, one entity (so the draw makes exactly one task) and two inspectors (one team of two).
    const province = await createAgency(server, { kind: 'county_bureau' });
    const city = await createAgency(server, { parent: province, kind: 'county_bureau' });
    const county = await createAgency(server, { parent: city, towns: 1 });
    const owner = await createUser(server, county, ['agency_head']);
    const cityHead = await createUser(server, city, ['agency_head']);
    const provinceHead = await createUser(server, province, ['agency_head']);
    const inspectors = [await createInspector(server, owner), await createInspector(server, owner)];
    await createEntity(server, county, { name: entityName });
    const catalogue = await createCatalogue(server, owner);
    planId = (await createPlan(server, owner, catalogue, { inspectionStartsOn })).id;
    const [task] = await server.db
      .select({ id: randomCheckTasks.id })
      .from(randomCheckTasks)
      .where(eq(randomCheckTasks.planId, planId));
    taskId = task!.id;
    const team = await server.db
      .select({ officerId: randomCheckTaskOfficers.officerId, role: randomCheckTaskOfficers.role })
      .from(randomCheckTaskOfficers)
      .where(eq(randomCheckTaskOfficers.taskId, taskId));
    const byRole = (role: string) => {
      const officerId = team.find((member) => member.role === role)!.officerId;
      return inspectors.find((inspector) => inspector.officer.id === officerId)!;
    };
    officerNames = inspectors.map((inspector) => inspector.officer.name);
    Object.assign(users, {
      owner,
      cityHead,
      provinceHead,
      lead: byRole('lead').user,
      member: byRole('member').user,
    });
    await signInAll();
  });

  async function signInAll() {
    agents = Object.fromEntries(
      await Promise.all(
        Object.entries(users).map(async ([key, user]) => [key, await loginAgain(server, user)]),
      ),
    ) as typeof agents;
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
