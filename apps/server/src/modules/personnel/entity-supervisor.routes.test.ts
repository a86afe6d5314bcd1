import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityEvents } from '../../db/schema/index';
import {
  createAgency,
  createEntity,
  createOfficer,
  createUser,
  loginAgain,
  type TestUser,
} from '../../test/factories';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import type { TestAgent, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';
import { countEventsOf, expectError, supervisorIdsOf } from './personnel.test-support';

interface Candidate {
  officerId: string;
  name: string;
  certificateState: string;
  blocker: string | null;
  isCurrent: boolean;
}

describe('supervising officers of an entity (监管责任人)', () => {
  let server: TestServer;
  let countyHead: TestAgent;
  let countyInspector: TestAgent;
  let otherCountyInspector: TestAgent;
  let head: TestUser;
  let countyName: string;
  let inspector: TestUser;
  let otherInspector: TestUser;
  let hotline: TestUser;
  let police: TestUser;
  let entityId: string;
  let otherCountyEntityId: string;
  const officer: Record<
    'valid' | 'expiring' | 'expired' | 'missing' | 'onLeave' | 'otherCounty',
    { id: string; name: string; realNameNumber: string }
  > = {} as never;

  beforeAll(async () => {
    server = await createTestServer();
    const city = await createAgency(server);
    const county = await createAgency(server, { parent: city });
    countyName = county.name;
    const otherCounty = await createAgency(server);
    head = await createUser(server, county, ['agency_head']);
    inspector = await createUser(server, county, ['inspector'], { displayName: '测试执法人员' });
    otherInspector = await createUser(server, otherCounty, ['inspector']);
    hotline = await createUser(server, city, ['hotline_operator']);
    police = await createUser(server, city, ['police_liaison']);
    countyHead = head.agent;
    countyInspector = inspector.agent;
    otherCountyInspector = otherInspector.agent;
    entityId = (await createEntity(server, county)).id;
    otherCountyEntityId = (await createEntity(server, otherCounty)).id;
    officer.valid = await createOfficer(server, head, { name: '有效证' });
    officer.expiring = await createOfficer(server, head, {
      name: '将到期',
      certificateValidFrom: '2021-12-01',
      certificateValidUntil: '2026-11-30',
    });
    officer.expired = await createOfficer(server, head, {
      name: '已过期',
      certificateValidFrom: '2021-11-01',
      certificateValidUntil: '2026-10-31',
    });
    officer.missing = await createOfficer(server, head, {
      name: '未取证',
      certificateNumber: null,
      certificateIssuer: null,
      certificateValidFrom: null,
      certificateValidUntil: null,
    });
    officer.onLeave = await createOfficer(server, head, { name: '休假中' });
    await countyHead.post(`/api/officers/${officer.onLeave.id}/status`, { status: 'on_leave' });
    const otherHead = await createUser(server, otherCounty, ['agency_head']);
    officer.otherCounty = await createOfficer(server, otherHead, { name: '邻县人员' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('assigns a valid officer: 200, assigned today, one timeline event and one audit entry', async () => {
    const before = await latestAuditId(server);
    const response = await countyInspector.put(`/api/entities/${entityId}/supervisors`, {
      officerIds: [officer.valid.id],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.supervisors).toHaveLength(1);
    expect(response.body.supervisors[0]).toMatchObject({
      officerId: officer.valid.id,
      name: '有效证',
      certificateState: 'valid',
      assignedOn: '2026-11-20',
      assignedByName: '测试执法人员',
      blocker: null,
    });
    expect(await supervisorIdsOf(server, entityId)).toEqual([officer.valid.id]);
    const [event] = await server.db
      .select()
      .from(entityEvents)
      .where(and(eq(entityEvents.entityId, entityId), eq(entityEvents.kind, 'supervisors_changed')))
      .orderBy(desc(entityEvents.createdAt));
    expect(event).toMatchObject({ occurredOn: '2026-11-20', title: '监管责任人变更' });
    expect(event!.detail).toContain('新增：有效证');
    const entries = await auditEntriesAfter(server, before);
    expect(entries.map((entry) => entry.action)).toEqual(['entities.supervisors_set']);
  });

  it('an officer whose certificate is expired on the day cannot be assigned: 400 naming officerIds.<n>, nothing changes', async () => {
    const before = await latestAuditId(server);
    const events = await countEventsOf(server, entityId);
    const response = await countyInspector.put(`/api/entities/${entityId}/supervisors`, {
      officerIds: [officer.valid.id, officer.expired.id],
    });
    expectError(response, 400, 'VALIDATION_FAILED', 'officerIds.1');
    expect(response.body.error.message).toBe(
      `officerIds.1：已过期（${officer.expired.realNameNumber}）不能指派为监管责任人：执法证已于 2026-10-31 到期，须换证后方可执法`,
    );
    expect(await supervisorIdsOf(server, entityId)).toEqual([officer.valid.id]);
    expect(await countEventsOf(server, entityId)).toBe(events);
    expect(await auditEntriesAfter(server, before)).toEqual([]);
  });

  it('names every officer who cannot be assigned: no certificate, on leave, another county', async () => {
    const response = await countyHead.put(`/api/entities/${entityId}/supervisors`, {
      officerIds: [officer.missing.id, officer.onLeave.id, officer.otherCounty.id],
    });
    expectError(response, 400, 'VALIDATION_FAILED', 'officerIds.0');
    const issues = response.body.error.issues as { field: string; message: string }[];
    expect(issues.map((issue) => issue.field)).toEqual(['officerIds.0', 'officerIds.1', 'officerIds.2']);
    expect(issues[0]!.message).toContain('未取得执法证');
    expect(issues[1]!.message).toContain('当前状态为“休假”，不在岗');
    expect(issues[2]!.message).toContain(`不属于${countyName}及其下属机构`);
    expect(await supervisorIdsOf(server, entityId)).toEqual([officer.valid.id]);
  });

  it('an officer in the 60-day warning period can still be assigned, and is shown as expiring', async () => {
    const response = await countyInspector.put(`/api/entities/${entityId}/supervisors`, {
      officerIds: [officer.valid.id, officer.expiring.id],
    });
    expect(response.status).toBe(200);
    const expiring = response.body.supervisors.find(
      (row: { officerId: string }) => row.officerId === officer.expiring.id,
    );
    expect(expiring).toMatchObject({ certificateState: 'expiring', blocker: null });
    expect(response.body.warningDays).toBe(60);
  });

  it('the picker lists the county’s officers, those who cannot be assigned with their reason', async () => {
    const response = await countyInspector.get(`/api/entities/${entityId}/supervisor-candidates`);
    expect(response.status).toBe(200);
    const items = response.body.items as Candidate[];
    const byId = new Map(items.map((item) => [item.officerId, item]));
    expect(byId.get(officer.valid.id)).toMatchObject({ blocker: null, isCurrent: true });
    expect(byId.get(officer.expired.id)!.blocker).toContain('执法证已于 2026-10-31 到期');
    expect(byId.get(officer.missing.id)!.blocker).toContain('未取得执法证');
    expect(byId.has(officer.otherCounty.id)).toBe(false);
    const firstBlocked = items.findIndex((item) => item.blocker !== null);
    expect(items.slice(firstBlocked).every((item) => item.blocker !== null)).toBe(true);
    const searched = await countyInspector.get(
      `/api/entities/${entityId}/supervisor-candidates?q=${encodeURIComponent('已过期')}`,
    );
    expect(searched.body.items.map((item: Candidate) => item.officerId)).toEqual([officer.expired.id]);
  });

  it('when a kept supervisor’s certificate runs out, they stay listed with the reason but cannot be added back', async () => {
    server.clock.set('2026-12-02T02:00:00.000Z');
    const later = await loginAgain(server, head);
    const current = await later.get(`/api/entities/${entityId}/supervisors`);
    const expiring = current.body.supervisors.find(
      (row: { officerId: string }) => row.officerId === officer.expiring.id,
    );
    expect(expiring).toMatchObject({ certificateState: 'expired' });
    expect(expiring.blocker).toContain('2026-11-30 到期');
    // Keeping the list as it is changes nothing; removing works; adding back is refused.
    const kept = await later.put(`/api/entities/${entityId}/supervisors`, {
      officerIds: [officer.valid.id, officer.expiring.id],
    });
    expect(kept.status).toBe(200);
    const removed = await later.put(`/api/entities/${entityId}/supervisors`, {
      officerIds: [officer.valid.id],
    });
    expect(removed.body.supervisors).toHaveLength(1);
    expectError(
      await later.put(`/api/entities/${entityId}/supervisors`, {
        officerIds: [officer.valid.id, officer.expiring.id],
      }),
      400,
      'VALIDATION_FAILED',
      'officerIds.1',
    );
    server.clock.set('2026-11-20T02:00:00.000Z');
    countyHead = await loginAgain(server, head);
    countyInspector = await loginAgain(server, inspector);
    otherCountyInspector = await loginAgain(server, otherInspector);
    await loginAgain(server, hotline);
    await loginAgain(server, police);
  });

  it('refuses the same officer twice and more than ten', async () => {
    expectError(
      await countyHead.put(`/api/entities/${entityId}/supervisors`, {
        officerIds: [officer.valid.id, officer.valid.id],
      }),
      400,
      'VALIDATION_FAILED',
      'officerIds.1',
    );
    expectError(
      await countyHead.put(`/api/entities/${entityId}/supervisors`, {
        officerIds: Array.from(
          { length: 11 },
          (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        ),
      }),
      400,
      'VALIDATION_FAILED',
      'officerIds',
    );
  });

  it('another county can neither see nor change them (404, nothing changed)', async () => {
    const before = await latestAuditId(server);
    expectError(await otherCountyInspector.get(`/api/entities/${entityId}/supervisors`), 404, 'NOT_FOUND');
    expectError(
      await otherCountyInspector.get(`/api/entities/${entityId}/supervisor-candidates`),
      404,
      'NOT_FOUND',
    );
    const response = await otherCountyInspector.put(`/api/entities/${entityId}/supervisors`, {
      officerIds: [],
    });
    expectError(response, 404, 'NOT_FOUND');
    expect(response.body.error.message).toBe('监管对象不存在，或不在您的管辖范围内');
    expect(await supervisorIdsOf(server, entityId)).toEqual([officer.valid.id]);
    expect(await auditEntriesAfter(server, before)).toEqual([]);
    // …and the other way round: the county cannot put its officer on the other county's entity.
    expectError(
      await countyInspector.put(`/api/entities/${otherCountyEntityId}/supervisors`, {
        officerIds: [officer.valid.id],
      }),
      404,
      'NOT_FOUND',
    );
    expect(await supervisorIdsOf(server, otherCountyEntityId)).toEqual([]);
  });

  it('needs entities.manage to change them; the hotline may look', async () => {
    expect((await hotline.agent.get(`/api/entities/${entityId}/supervisors`)).status).toBe(200);
    expectError(
      await hotline.agent.put(`/api/entities/${entityId}/supervisors`, { officerIds: [] }),
      403,
      'FORBIDDEN',
    );
    expectError(await police.agent.get(`/api/entities/${entityId}/supervisors`), 403, 'FORBIDDEN');
  });

  it('shows the hotline who supervises but not the real-name number or mobile; a head sees both', async () => {
    const reachable = await createOfficer(server, head, { name: '有手机', phone: '13907918888' });
    const previous = await supervisorIdsOf(server, entityId);
    const put = await countyHead.put(`/api/entities/${entityId}/supervisors`, {
      officerIds: [...previous, reachable.id],
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const seen = await hotline.agent.get(`/api/entities/${entityId}/supervisors`);
    const asHotline = seen.body.supervisors.find(
      (row: { officerId: string }) => row.officerId === reachable.id,
    );
    expect(asHotline).toMatchObject({ name: '有手机', realNameNumber: null, phone: null });
    expect(JSON.stringify(seen.body)).not.toContain('13907918888');
    expect(JSON.stringify(seen.body)).not.toContain(reachable.realNameNumber);
    const asHead = (await countyHead.get(`/api/entities/${entityId}/supervisors`)).body.supervisors.find(
      (row: { officerId: string }) => row.officerId === reachable.id,
    );
    expect(asHead).toMatchObject({ realNameNumber: reachable.realNameNumber, phone: '13907918888' });
    await countyHead.put(`/api/entities/${entityId}/supervisors`, { officerIds: previous });
  });

  it('an officer who leaves stops supervising, and the entity’s timeline says so', async () => {
    const events = await countEventsOf(server, entityId);
    const before = await latestAuditId(server);
    const response = await countyHead.post(`/api/officers/${officer.valid.id}/status`, {
      status: 'departed',
    });
    expect(response.status).toBe(200);
    expect(response.body.supervisedEntityCount).toBe(0);
    expect(await supervisorIdsOf(server, entityId)).toEqual([]);
    expect(await countEventsOf(server, entityId)).toBe(events + 1);
    const entries = await auditEntriesAfter(server, before);
    expect(entries.map((entry) => entry.action)).toEqual(['personnel.officer_status']);
    expect(entries[0]!.summary).toContain('不再担任 1 个监管对象的监管责任人');
  });

  it('the picker, the supervisor lists and an officer’s supervised entities sort names by pinyin, not by code point', async () => {
    // By code point 中 (U+4E2D) comes before 丰 (U+4E30) and 华 before 和; by pinyin the reverse.
    const agency = await createAgency(server);
    const owner = await createUser(server, agency, ['agency_head']);
    const entity = await createEntity(server, agency);
    const ids = new Map<string, string>();
    for (const name of ['张中华', '张丰收', '张中和'])
      ids.set(name, (await createOfficer(server, owner, { name })).id);
    const pinyinOrder = ['张丰收', '张中和', '张中华'];

    const candidates = await owner.agent.get(`/api/entities/${entity.id}/supervisor-candidates`);
    expect(candidates.status, JSON.stringify(candidates.body)).toBe(200);
    expect(candidates.body.items.map((item: Candidate) => item.name)).toEqual(pinyinOrder);

    // Assigned the same day: the name decides, whatever order they were picked in.
    const assigned = await owner.agent.put(`/api/entities/${entity.id}/supervisors`, {
      officerIds: [ids.get('张中华'), ids.get('张中和'), ids.get('张丰收')],
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body.supervisors.map((row: { name: string }) => row.name)).toEqual(pinyinOrder);
    const detail = await owner.agent.get(`/api/entities/${entity.id}`);
    expect(detail.body.supervisors.map((row: { name: string }) => row.name)).toEqual(pinyinOrder);

    const entityNames = ['测拼县中合化工有限公司', '测拼县丰岭农业开发有限公司', '测拼县中合化工二厂'];
    for (const name of entityNames) {
      const supervised = await createEntity(server, agency, { name });
      const response = await owner.agent.put(`/api/entities/${supervised.id}/supervisors`, {
        officerIds: [ids.get('张中和')],
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    }
    const officerDetail = await owner.agent.get(`/api/officers/${ids.get('张中和')}`);
    expect(officerDetail.status, JSON.stringify(officerDetail.body)).toBe(200);
    expect(
      officerDetail.body.supervisedEntities
        .map((row: { name: string }) => row.name)
        .filter((name: string) => name.startsWith('测拼县')),
    ).toEqual(['测拼县丰岭农业开发有限公司', '测拼县中合化工二厂', '测拼县中合化工有限公司']);
  });
});
