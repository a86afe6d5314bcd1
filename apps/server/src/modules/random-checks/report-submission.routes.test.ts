import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import {
  createAgency,
  createCatalogue,
  createEntity,
  createInspector,
  createPlan,
  createUser,
  loginAgain,
  type TestAgency,
  type TestUser,
} from '../../test/factories';
import { demoDate } from '../../test/test-constants';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import type { TestAgent, TestResponse, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';

function expectError(response: TestResponse, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  expect(response.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  if (field !== undefined) expect(response.body.error.field).toBe(field);
}

const submissions = '/api/random-checks/reports/submissions';

/** 上报 (DR-7): the demo clock stands at 2026-11-20, past October's due day (2026-11-05). */
describe('submitting the tables to the superior agency (上报)', () => {
  let server: TestServer;
  let cityHead: TestAgent;
  let countyHead: TestAgent;
  let county: TestAgency;
  let neighbour: TestAgency;
  let users: Record<'city' | 'county' | 'neighbour' | 'inspector' | 'supervisor' | 'outsider', TestUser>;

  beforeAll(async () => {
    server = await createTestServer();
    // A city of the test's own with two counties; the county draws two entities in October, so
    // its October table has figures of its own.
    server.clock.set('2026-10-12T02:00:00.000Z');
    const city = await createAgency(server, { kind: 'county_bureau' });
    county = await createAgency(server, { parent: city, kind: 'county_bureau' });
    neighbour = await createAgency(server, { parent: city, kind: 'county_bureau' });
    const outside = await createAgency(server, { kind: 'county_bureau' });
    users = {
      city: await createUser(server, city, ['agency_head']),
      county: await createUser(server, county, ['agency_head']),
      neighbour: await createUser(server, neighbour, ['agency_head']),
      inspector: await createUser(server, county, ['inspector']),
      supervisor: await createUser(server, city, ['supervisor']),
      outsider: await createUser(server, outside, ['agency_head']),
    };
    await createInspector(server, users.county);
    await createInspector(server, users.county);
    await createEntity(server, county);
    await createEntity(server, county);
    await createPlan(server, users.county, await createCatalogue(server, users.county), {
      inspectionStartsOn: '2026-10-20',
      fields: { periodStart: '2026-10-01' },
    });
    server.clock.set(demoDate);
    for (const user of Object.values(users)) await loginAgain(server, user);
    cityHead = users.city.agent;
    countyHead = users.county.agent;
  });
  afterAll(async () => {
    await server.close();
  });

  it('records who submitted which period with a hash of the figures, audited, and stops the reminder', async () => {
    const reminders = await countyHead.get('/api/random-checks/reports/reminders');
    expect(reminders.body.reminders).toEqual([
      expect.objectContaining({ kind: 'monthly', period: '2026-10', dueOn: '2026-11-05', isOverdue: true }),
    ]);
    const before = await latestAuditId(server);
    const response = await countyHead.post(submissions, { kind: 'monthly', period: '2026-10' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.current).toMatchObject({
      agencyId: county.id,
      status: 'submitted',
      period: '2026-10',
      submittedByName: expect.any(String),
      submittedAt: '2026-11-20T02:00:00.000Z',
      dueOn: '2026-11-05',
      isLate: true,
      figuresHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const [stored] = await queryRows<{ figures: { total: { drawnTotal: number } } }>(
      server.db,
      sql`SELECT figures FROM random_check_report_submissions WHERE id = ${response.body.current.id}`,
    );
    const table = await countyHead.get('/api/random-checks/reports/monthly?month=2026-10');
    expect(table.body.total.drawnTotal).toBe(2);
    expect(stored!.figures.total.drawnTotal).toBe(table.body.total.drawnTotal);
    const audits = await auditEntriesAfter(server, before);
    expect(audits.map((entry) => entry.action)).toEqual(['random_checks.report_submitted']);
    expect(audits[0]!.summary).toContain('逾期');
    expect((await countyHead.get('/api/random-checks/reports/reminders')).body.reminders).toEqual([]);
  });

  it('refuses a second submission of the same period (409), a month not yet over and a bad period (400)', async () => {
    expectError(await countyHead.post(submissions, { kind: 'monthly', period: '2026-10' }), 409, 'CONFLICT');
    expectError(
      await countyHead.post(submissions, { kind: 'monthly', period: '2026-11' }),
      400,
      'VALIDATION_FAILED',
      'period',
    );
    expectError(
      await countyHead.post(submissions, { kind: 'yearly', period: '2026-10' }),
      400,
      'VALIDATION_FAILED',
      'period',
    );
  });

  it('shows the superior which units have and have not submitted, the missing ones overdue', async () => {
    const response = await cityHead.get(`${submissions}?kind=monthly&period=2026-10`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ dueOn: '2026-11-05', isPastDue: true, current: null });
    expect(response.body.subordinates.map((row: { agencyId: string }) => row.agencyId).sort()).toEqual(
      [county.id, neighbour.id].sort(),
    );
    const submitted = response.body.subordinates.find(
      (row: { agencyId: string }) => row.agencyId === county.id,
    );
    expect(submitted).toMatchObject({ state: 'submitted', isOverdue: false });
    const missing = response.body.subordinates.find(
      (row: { agencyId: string }) => row.agencyId === neighbour.id,
    );
    expect(missing).toMatchObject({ state: 'not_submitted', isOverdue: true, submission: null });
    // A county sees its own table only: no units below it.
    expect((await countyHead.get(`${submissions}?kind=monthly&period=2026-10`)).body.subordinates).toEqual(
      [],
    );
  });

  it('rolls a due day that falls on a rest day to the next working day', async () => {
    // 2026-12-05 (November's table) is a Saturday.
    const response = await cityHead.get(`${submissions}?kind=monthly&period=2026-11`);
    expect(response.body).toMatchObject({ dueOn: '2026-12-07', isPastDue: false });
    expect(response.body.subordinates.every((row: { isOverdue: boolean }) => !row.isOverdue)).toBe(true);
  });

  it('withdraws with a reason before acceptance and resubmits; history keeps the withdrawn one', async () => {
    const current = (await countyHead.get(`${submissions}?kind=monthly&period=2026-10`)).body.current;
    expectError(
      await countyHead.post(`${submissions}/${current.id}/withdraw`, { reason: '' }),
      400,
      'VALIDATION_FAILED',
    );
    const before = await latestAuditId(server);
    const withdrawn = await countyHead.post(`${submissions}/${current.id}/withdraw`, {
      reason: '漏报一项检查',
    });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body.current).toBeNull();
    expect(withdrawn.body.history[0]).toMatchObject({ status: 'withdrawn', withdrawReason: '漏报一项检查' });
    expect((await countyHead.get('/api/random-checks/reports/reminders')).body.reminders).toHaveLength(1);
    const again = await countyHead.post(submissions, { kind: 'monthly', period: '2026-10' });
    expect(again.status).toBe(200);
    expect(again.body.history).toHaveLength(1);
    const audits = await auditEntriesAfter(server, before);
    expect(audits.map((entry) => entry.action)).toEqual([
      'random_checks.report_withdrawn',
      'random_checks.report_submitted',
    ]);
  });

  it('the direct superior accepts; after that the unit can no longer withdraw', async () => {
    const current = (await countyHead.get(`${submissions}?kind=monthly&period=2026-10`)).body.current;
    expectError(await countyHead.post(`${submissions}/${current.id}/accept`), 403, 'FORBIDDEN');
    const accepted = await cityHead.post(`${submissions}/${current.id}/accept`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const row = accepted.body.subordinates.find(
      (subordinate: { agencyId: string }) => subordinate.agencyId === county.id,
    );
    expect(row).toMatchObject({ state: 'accepted', submission: { acceptedByName: expect.any(String) } });
    expectError(
      await countyHead.post(`${submissions}/${current.id}/withdraw`, { reason: '想更正' }),
      409,
      'CONFLICT',
    );
    expectError(await cityHead.post(`${submissions}/${current.id}/accept`), 409, 'CONFLICT');
  });

  it('keeps submissions inside the jurisdiction: 401, 403 and 404', async () => {
    const current = (await countyHead.get(`${submissions}?kind=monthly&period=2026-10`)).body.current;
    expectError(
      await server.anonymous().get(`${submissions}?kind=monthly&period=2026-10`),
      401,
      'UNAUTHENTICATED',
    );
    for (const user of [users.inspector, users.supervisor]) {
      expectError(
        await user.agent.post(submissions, { kind: 'monthly', period: '2026-10' }),
        403,
        'FORBIDDEN',
      );
    }
    const sibling = users.neighbour.agent;
    expectError(
      await sibling.post(`${submissions}/${current.id}/withdraw`, { reason: '试图撤回' }),
      404,
      'NOT_FOUND',
    );
    expectError(await sibling.post(`${submissions}/${current.id}/accept`), 404, 'NOT_FOUND');
    const outsider = users.outsider.agent;
    expectError(await outsider.post(`${submissions}/${current.id}/accept`), 404, 'NOT_FOUND');
    const seen = await outsider.get(`${submissions}?kind=monthly&period=2026-10`);
    expect(JSON.stringify(seen.body)).not.toContain(county.id);
  });
});
