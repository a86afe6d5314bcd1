import { verifyDrawRecord } from '@qingshan/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officers, randomCheckPlans, randomCheckTasks } from '../../db/schema/index';
import {
  createAgency,
  createCatalogue,
  createEntity,
  createInspector,
  createUser,
  loginAgain,
  type TestCatalogue,
  type TestUser,
} from '../../test/factories';
import { demoDate } from '../../test/test-constants';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import type { TestAgent, TestResponse, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';

function expectOk(response: TestResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body).slice(0, 500)).toBe(status);
}

const inspectionStartsOn = '2026-11-27';

/**
 * A quarterly plan's ratio follows its period (1:10 a year → 2:5 a quarter), a draw made in error
 * can be annulled before the inspection day, and the public can find every commitment and draw.
 */
describe('a quarterly plan, its draw annulled and drawn again, in public (DR-1, DR-3, PUB)', () => {
  let server: TestServer;
  let countyHead: TestAgent;
  let cityHead: TestAgent;
  let planId: string;
  let firstCommitment: string;
  let heads: { county: TestUser; city: TestUser };
  let outsider: TestUser;
  let catalogue: TestCatalogue;

  async function signIn() {
    countyHead = await loginAgain(server, heads.county);
    cityHead = await loginAgain(server, heads.city);
  }

  beforeAll(async () => {
    server = await createTestServer();
    // A county of the test's own under a city: two inspectors, eight entities, its own catalogue.
    const city = await createAgency(server, { kind: 'county_bureau' });
    const county = await createAgency(server, { parent: city, kind: 'county_bureau' });
    heads = {
      county: await createUser(server, county, ['agency_head']),
      city: await createUser(server, city, ['agency_head']),
    };
    outsider = await createUser(server, await createAgency(server), ['agency_head']);
    for (let index = 0; index < 2; index += 1) await createInspector(server, heads.county);
    for (let index = 0; index < 8; index += 1) await createEntity(server, county);
    catalogue = await createCatalogue(server, heads.county);
    await signIn();
  });
  afterAll(async () => {
    await server.close();
  });

  it('defaults a Q4 county plan to its quarter of the yearly 1:10 — 2:5 — and previews that target', async () => {
    const options = await countyHead.get('/api/random-checks/item-options');
    const offered = (options.body.items as { catalogueItemId: string }[]).map((item) => item.catalogueItemId);
    expect(offered).toEqual(catalogue.itemIds);
    const defaults = await countyHead.get('/api/random-checks/plan-defaults');
    expect(defaults.body.eligibleOfficerCount).toBe(2);
    const created = await countyHead.post('/api/random-checks/plans', {
      title: '测试县2026年第四季度抽查计划（撤销测试）',
      kind: 'yearly',
      year: 2026,
      quarter: 4,
      periodStart: '2026-10-01',
      periodEnd: '2026-12-31',
      inspectionStartsOn,
      inspectionDueOn: '2026-12-15',
      items: [{ catalogueItemId: catalogue.itemIds[0], requiredSpecialty: null }],
      poolFilter: { countyCodes: [], industryCodes: [], permitClasses: [], strata: ['general'] },
      jointDepartments: [],
    });
    expectOk(created);
    planId = created.body.id;
    expect(created.body).toMatchObject({ ratioOfficers: 2, ratioEntities: 5 });
    const preview = await countyHead.get(`/api/random-checks/plans/${planId}/pool-preview`);
    expectOk(preview);
    expect(preview.body.totals.eligibleOfficers).toBe(2);
    // Two officers at 2:5 owe five general entities.
    expect(preview.body.generalTargetCount).toBe(5);
  });

  it('lists the commitment publicly before the draw, without the secret', async () => {
    const committed = await countyHead.post(`/api/random-checks/plans/${planId}/commit`);
    expectOk(committed);
    firstCommitment = committed.body.commitment;
    const [row] = await server.db
      .select({ secret: randomCheckPlans.secret })
      .from(randomCheckPlans)
      .where(eq(randomCheckPlans.id, planId));
    const list = await server.anonymous().get('/api/public/random-checks/plans?pageSize=200&year=2026');
    expectOk(list);
    const listed = list.body.items.find((plan: { id: string }) => plan.id === planId);
    expect(listed).toMatchObject({
      commitment: firstCommitment,
      status: 'committed',
      inspectionStartsOn,
      drawnAt: null,
    });
    expect(listed.committedAt).toEqual(expect.any(String));
    expect(JSON.stringify(list.body)).not.toContain(row!.secret!);
    expect(Object.keys(listed)).not.toContain('secret');
    const bad = await server.anonymous().get('/api/public/random-checks/plans?year=abc');
    expect(bad.status).toBe(400);
  });

  it('publishes a record that verifies and holds no officer id', async () => {
    const drawn = await countyHead.post(`/api/random-checks/plans/${planId}/draw`, {
      publicEntropy: '6 2 3 1 5 4',
      witnesses: '测试县司法局 王明',
    });
    expectOk(drawn);
    expect(drawn.body.canAnnulDraw).toBe(true);
    const download = await countyHead.get(`/api/random-checks/plans/${planId}/draw-record`);
    const record = JSON.parse(download.raw.body);
    expect(verifyDrawRecord(record).isValid).toBe(true);
    const officerIds = await server.db.select({ id: officers.id }).from(officers);
    for (const { id } of officerIds) expect(download.raw.body.includes(id)).toBe(false);
    for (const officer of record.input.officers) expect(officer.id).toMatch(/^o-[0-9a-f]{20}$/);
  });

  it('refuses an annulment by a superior (403) and without a reason (400), changing nothing', async () => {
    const denied = await cityHead.post(`/api/random-checks/plans/${planId}/annul-draw`, {
      reason: '比例设置错误，需重新抽取',
    });
    expect(denied.status).toBe(403);
    const empty = await countyHead.post(`/api/random-checks/plans/${planId}/annul-draw`, { reason: ' ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('reason');
    const refused = await outsider.agent.post(`/api/random-checks/plans/${planId}/annul-draw`, {
      reason: '比例设置错误，需重新抽取',
    });
    // A head of an agency outside the county's jurisdiction: the plan does not exist for them.
    expect(refused.status).toBe(404);
    const tasks = await server.db.select().from(randomCheckTasks).where(eq(randomCheckTasks.planId, planId));
    expect(tasks.length).toBeGreaterThan(0);
  });

  it('annuls the draw: the tasks go, the plan is a draft without commitment, audited and public', async () => {
    const before = await latestAuditId(server);
    const annulled = await countyHead.post(`/api/random-checks/plans/${planId}/annul-draw`, {
      reason: '季度比例误按全年设置，抽取数量过多',
    });
    expectOk(annulled);
    expect(annulled.body).toMatchObject({ status: 'draft', commitment: null, taskCount: 0, canCommit: true });
    expect(annulled.body.annulledDraws).toHaveLength(1);
    expect(annulled.body.annulledDraws[0]).toMatchObject({
      commitment: firstCommitment,
      reason: '季度比例误按全年设置，抽取数量过多',
    });
    const tasks = await server.db.select().from(randomCheckTasks).where(eq(randomCheckTasks.planId, planId));
    expect(tasks).toEqual([]);
    const entries = await auditEntriesAfter(server, before);
    expect(entries.map((entry) => entry.action)).toEqual(['random_checks.draw_annul']);
    expect(entries[0]!.summary).toContain('季度比例误按全年设置');

    const page = await server.anonymous().get(`/api/public/random-checks/draws/${planId}`);
    expectOk(page);
    expect(page.body.annulledDraws[0]).toMatchObject({
      commitment: firstCommitment,
      reason: '季度比例误按全年设置，抽取数量过多',
      annulledAt: expect.any(String),
    });
    expect(page.body.record).toBeNull();
    const list = await server.anonymous().get('/api/public/random-checks/plans?pageSize=200');
    expect(list.body.items.find((plan: { id: string }) => plan.id === planId)).toMatchObject({
      annulledDrawCount: 1,
      commitment: null,
    });
    // The annulment stays on record: the draft cannot be deleted.
    expect((await countyHead.delete(`/api/random-checks/plans/${planId}`)).status).toBe(409);
  });

  it('needs a new commitment to draw again, and cannot annul once the inspection day has come', async () => {
    const recommitted = await countyHead.post(`/api/random-checks/plans/${planId}/commit`);
    expectOk(recommitted);
    expect(recommitted.body.commitment).not.toBe(firstCommitment);
    expectOk(
      await countyHead.post(`/api/random-checks/plans/${planId}/draw`, {
        publicEntropy: '1 4 2 6 3 5',
        witnesses: '测试县司法局 王明',
      }),
    );
    server.clock.set(`${inspectionStartsOn}T02:00:00.000Z`);
    try {
      await signIn();
      const late = await countyHead.post(`/api/random-checks/plans/${planId}/annul-draw`, {
        reason: '检查开始后再撤销（应被拒绝）',
      });
      expect(late.status).toBe(409);
      expect(late.body.error.message).toContain('不能再撤销');
    } finally {
      server.clock.set(demoDate);
    }
  });

  it('links each published result to its plan’s draw', async () => {
    const results = await server.anonymous().get('/api/public/random-checks/results?pageSize=5');
    expectOk(results);
    for (const item of results.body.items) expect(item.planId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
