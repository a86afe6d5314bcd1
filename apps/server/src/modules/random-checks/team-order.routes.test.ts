import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAgency,
  createDrawnTask,
  createEntity,
  createOfficer,
  createUser,
  type TestUser,
} from '../../test/factories';
import type { TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';

/**
 * A drawn team lists its lead first, then the members by the pinyin of their names: by code point
 * 中 (U+4E2D) comes before 丰 (U+4E30) and 华 before 和, by pinyin the reverse.
 */
describe('the officers of a drawn task', () => {
  let server: TestServer;
  let owner: TestUser;
  let planId: string;
  let taskId: string;

  beforeAll(async () => {
    server = await createTestServer();
    const agency = await createAgency(server);
    owner = await createUser(server, agency, ['agency_head']);
    const entity = await createEntity(server, agency);
    const lead = await createOfficer(server, owner, { name: '王组长' });
    const members = [];
    for (const name of ['张中华', '张丰收', '张中和'])
      members.push(await createOfficer(server, owner, { name }));
    ({ planId, taskId } = await createDrawnTask(server, entity, {
      officers: [lead, ...members],
      itemIds: [],
      inspectionStartsOn: '2026-11-25',
      inspectionDueOn: '2026-12-10',
    }));
  });
  afterAll(async () => {
    await server.close();
  });

  const pinyinOrder = ['王组长', '张丰收', '张中和', '张中华'];

  it('on the plan’s task list: the lead, then the members by pinyin', async () => {
    const list = await owner.agent.get(`/api/random-checks/plans/${planId}/tasks`);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.tasks.items[0].officers.map((officer: { name: string }) => officer.name)).toEqual(
      pinyinOrder,
    );
  });

  it('on the single task: the lead, then the members by pinyin', async () => {
    const single = await owner.agent.get(`/api/field-inspections/tasks/${taskId}`);
    expect(single.status, JSON.stringify(single.body)).toBe(200);
    expect(single.body.officers.map((officer: { name: string }) => officer.name)).toEqual(pinyinOrder);
  });
});
