import { randomCheckOutcomeLabels } from '@qingshan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { agencyId } from '../../demo/demo.agencies';
import { createAgency } from '../../test/factories';
import { auditEntriesAfter, createAccount, latestAuditId } from '../../test/test-fixtures';
import type { TestAgent, TestResponse, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';

function expectError(response: TestResponse, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  expect(response.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
}

const nanchangCounty = agencyId('360121-BUR');
const nanchangCity = agencyId('360100-BUR');

/**
 * Publication of random-check results (DR-6) and the public results page (PUB-1), against the
 * demo year of random checks in the test template (南昌县, 进贤县 and 濂溪区 at small scale).
 */
describe('random-check results: publication and the public page', () => {
  let server: TestServer;
  let countyHead: TestAgent;
  let cityHead: TestAgent;

  beforeAll(async () => {
    server = await createTestServer();
    countyHead = await server.as('ncx.head');
    cityHead = await server.as('nc.head');
  });
  afterAll(async () => {
    await server.close();
  });

  function rows<Row>(query: ReturnType<typeof sql>) {
    return queryRows<Row>(server.db, query);
  }

  async function publishedAtOf(taskId: string): Promise<string | null> {
    const [row] = await rows<{ published_at: string | null }>(
      sql`SELECT published_at::text AS published_at FROM random_check_tasks WHERE id = ${taskId}`,
    );
    return row?.published_at ?? null;
  }

  async function unpublishedTask(agencyCode: string): Promise<{ id: string; name: string }> {
    const [row] = await rows<{ id: string; name: string }>(sql`
      SELECT t.id, e.name FROM random_check_tasks t JOIN regulated_entities e ON e.id = t.entity_id
      WHERE t.status = 'completed' AND t.published_at IS NULL AND t.agency_id = ${agencyId(agencyCode)}
      ORDER BY t.id LIMIT 1`);
    if (!row) throw new Error(`no unpublished completed task of ${agencyCode} in the demo`);
    return row;
  }

  describe('the public page (no login)', () => {
    it('lists published results with enterprise facts and the outcome in Chinese, and nothing personal', async () => {
      const response = await server.anonymous().get('/api/public/random-checks/results?pageSize=100');
      expect(response.status).toBe(200);
      const page = response.body;
      expect(page.total).toBeGreaterThan(50);
      expect(page.items.length).toBe(100);
      for (const item of page.items) {
        expect(Object.keys(item).sort()).toEqual(
          [
            'agencyName',
            'countyName',
            'creditCode',
            'entityName',
            'id',
            'inspectedOn',
            'items',
            'outcome',
            'outcomeLabel',
            'planId',
            'planNumber',
            'planTitle',
            'publishedOn',
          ].sort(),
        );
        expect(item.outcomeLabel).toBe(randomCheckOutcomeLabels[item.outcome as 'no_problem']);
        expect(item.items.length).toBeGreaterThan(0);
        expect(item.creditCode).toMatch(/^[0-9A-Z]{18}$/);
      }
      // No officer, no person present, no phone anywhere in the answer.
      const ids = page.items.map((item: { id: string }) => item.id);
      const people = await rows<{ value: string | null }>(sql`
        SELECT o.name AS value FROM random_check_task_officers t JOIN officers o ON o.id = t.officer_id
          WHERE t.task_id IN (SELECT unnest(${sql.param(ids)}::uuid[]))
        UNION SELECT o.phone FROM random_check_task_officers t JOIN officers o ON o.id = t.officer_id
          WHERE t.task_id IN (SELECT unnest(${sql.param(ids)}::uuid[]))
        UNION SELECT r.person_present FROM inspection_records r WHERE r.task_id IN (SELECT unnest(${sql.param(ids)}::uuid[]))
        UNION SELECT e.contact_phone FROM regulated_entities e JOIN random_check_tasks t ON t.entity_id = e.id
          WHERE t.id IN (SELECT unnest(${sql.param(ids)}::uuid[]))
        UNION SELECT e.legal_representative FROM regulated_entities e JOIN random_check_tasks t ON t.entity_id = e.id
          WHERE t.id IN (SELECT unnest(${sql.param(ids)}::uuid[]))`);
      const text = JSON.stringify(page);
      const values = people.map((row) => row.value).filter((value): value is string => Boolean(value));
      expect(values.length).toBeGreaterThan(100);
      for (const value of values) expect(text.includes(value), value).toBe(false);
      expect(text).not.toMatch(/officer|phone|personPresent|photo/i);
    });

    it('shows only published results', async () => {
      const task = await unpublishedTask('360121-BUR');
      const response = await server
        .anonymous()
        .get(`/api/public/random-checks/results?q=${encodeURIComponent(task.name)}&pageSize=100`);
      expect(response.status).toBe(200);
      expect(response.body.items.map((item: { id: string }) => item.id)).not.toContain(task.id);
    });

    it('gives the disclosure rate of the chosen agency and of each unit below it, from the same counts', async () => {
      const response = await server
        .anonymous()
        .get(`/api/public/random-checks/results?agencyId=${nanchangCity}&month=2026-09`);
      expect(response.status).toBe(200);
      const [expected] = await rows<{ completed: number; published: number }>(sql`
        SELECT count(*)::int AS completed, count(*) FILTER (WHERE t.published_at IS NOT NULL)::int AS published
        FROM random_check_tasks t
        WHERE t.status = 'completed' AND t.inspected_on BETWEEN '2026-09-01' AND '2026-09-30'
          AND t.agency_id IN (SELECT descendant_id FROM agency_closure WHERE ancestor_id = ${nanchangCity})`);
      const { disclosure, agencies, periodLabel } = response.body;
      expect(periodLabel).toBe('2026年9月');
      expect(disclosure.agencyName).toBe('南昌市生态环境局');
      expect(disclosure.completed).toBe(Number(expected!.completed));
      expect(disclosure.published).toBe(Number(expected!.published));
      expect(disclosure.completed).toBeGreaterThan(0);
      expect(disclosure.ratePercent).toBe(
        Math.round((disclosure.published / disclosure.completed) * 1000) / 10,
      );
      expect(disclosure.targetPercent).toBe(100);
      const county = agencies.find((row: { agencyName: string }) => row.agencyName === '南昌县生态环境局');
      expect(county.completed).toBeGreaterThan(0);
      const sum = agencies.reduce((total: number, row: { completed: number }) => total + row.completed, 0);
      expect(sum).toBe(disclosure.completed);
      for (const item of response.body.items) {
        expect(item.inspectedOn >= '2026-09-01' && item.inspectedOn <= '2026-09-30').toBe(true);
      }
    });

    it('filters by agency: a county sees its own results only', async () => {
      const response = await server
        .anonymous()
        .get(`/api/public/random-checks/results?agencyId=${nanchangCounty}&pageSize=100`);
      expect(response.status).toBe(200);
      expect(response.body.total).toBeGreaterThan(0);
      for (const item of response.body.items) expect(item.agencyName).toBe('南昌县生态环境局');
      expect(response.body.agencies.map((row: { agencyName: string }) => row.agencyName)).toEqual([
        '南昌县生态环境局',
      ]);
    });

    it('refuses a bad month or outcome with a Chinese message, and an unknown agency with 404', async () => {
      const anonymous = server.anonymous();
      const month = await anonymous.get('/api/public/random-checks/results?month=2026-13');
      expectError(month, 400, 'VALIDATION_FAILED');
      expect(month.body.error.message).toContain('月份');
      expectError(
        await anonymous.get('/api/public/random-checks/results?outcome=bad'),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await anonymous.get(
          '/api/public/random-checks/results?agencyId=00000000-0000-4000-8000-000000000000',
        ),
        404,
        'NOT_FOUND',
      );
    });

    it('offers the bureaus of every province for the agency selector, not police or enforcement units', async () => {
      const response = await server.anonymous().get('/api/public/random-checks/agencies');
      expect(response.status).toBe(200);
      const names = response.body.agencies.map((agency: { name: string }) => agency.name);
      expect(names).toContain('江西省生态环境厅');
      expect(names).toContain('南昌市生态环境局');
      expect(names).toContain('南昌县生态环境局');
      expect(names.some((name: string) => name.includes('公安') || name.includes('大队'))).toBe(false);
      const county = response.body.agencies.find(
        (agency: { name: string }) => agency.name === '南昌县生态环境局',
      );
      expect(county.parentId).toBe(nanchangCity);
    });

    it('lists agencies of the same place in the list by the pinyin of their names, not by code point', async () => {
      // By code point 中 (U+4E2D) comes before 丰 (U+4E30); by pinyin zhong comes after feng.
      await createAgency(server, { kind: 'county_bureau', name: '中合县生态环境局' });
      await createAgency(server, { kind: 'county_bureau', name: '丰岭县生态环境局' });
      const response = await server.anonymous().get('/api/public/random-checks/agencies');
      const names = response.body.agencies.map((agency: { name: string }) => agency.name);
      expect(
        names.filter((name: string) => name === '中合县生态环境局' || name === '丰岭县生态环境局'),
      ).toEqual(['丰岭县生态环境局', '中合县生态环境局']);
    });
  });

  describe('the agency head’s list and the publish act', () => {
    it('lists the completed results of the jurisdiction, unpublished first, with the disclosure rate', async () => {
      const response = await countyHead.get('/api/random-checks/publication?pageSize=50');
      expect(response.status).toBe(200);
      const { items, counts, total } = response.body;
      expect(total).toBe(counts.completed);
      expect(counts.unpublished).toBe(counts.completed - counts.published);
      expect(counts.unpublished).toBeGreaterThan(0);
      expect(items[0].publishedAt).toBeNull();
      expect(items[0].canPublish).toBe(true);
      for (const item of items) expect(item.agencyName).toBe('南昌县生态环境局');
      const unpublished = await countyHead.get(
        '/api/random-checks/publication?status=unpublished&pageSize=200',
      );
      expect(unpublished.body.total).toBe(counts.unpublished);
      expect(
        unpublished.body.items.every((item: { publishedAt: string | null }) => item.publishedAt === null),
      ).toBe(true);
      const month = await countyHead.get('/api/random-checks/publication?month=2026-10');
      for (const item of month.body.items) expect(item.inspectedOn.startsWith('2026-10')).toBe(true);
      expectError(
        await countyHead.get('/api/random-checks/publication?month=2026-1'),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('orders results of the same day by the pinyin of the entity name, not by code point', async () => {
      type Item = {
        entity: { id: string; name: string };
        inspectedOn: string | null;
        publishedAt: string | null;
      };
      const list = async () =>
        (await countyHead.get('/api/random-checks/publication?pageSize=200')).body.items as Item[];
      const dayOf = (item: Item) => `${item.publishedAt !== null}:${item.inspectedOn}`;
      const items = await list();
      const day = dayOf(items.find((item, index) => index > 0 && dayOf(items[index - 1]!) === dayOf(item))!);
      const sameDay = items.filter((item) => dayOf(item) === day).slice(0, 2);
      // By code point 中 (U+4E2D) comes before 丰 (U+4E30); by pinyin zhong comes after feng.
      const inspector = await server.as('ncx.inspector');
      const names = ['测拼县中合化工有限公司', '测拼县丰岭农业开发有限公司'];
      for (const [index, item] of sameDay.entries()) {
        const renamed = await inspector.patch(`/api/entities/${item.entity.id}`, { name: names[index] });
        expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
      }
      const listed = (await list()).filter((item) => dayOf(item) === day).map((item) => item.entity.name);
      expect(listed.filter((name) => name.startsWith('测拼县'))).toEqual([names[1], names[0]]);
      for (const item of sameDay)
        await inspector.patch(`/api/entities/${item.entity.id}`, { name: item.entity.name });
    });

    it('the plan’s agency head publishes a completed result: it appears on the public page, audited', async () => {
      const task = await unpublishedTask('360121-BUR');
      const before = await latestAuditId(server);
      const response = await countyHead.post('/api/random-checks/publication/publish', {
        taskIds: [task.id],
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.published).toBe(1);
      expect(await publishedAtOf(task.id)).not.toBeNull();
      const audit = await auditEntriesAfter(server, before);
      expect(audit.map((entry) => entry.action)).toEqual(['random_checks.results_publish']);
      expect(audit[0]!.summary).toContain(task.name);
      const publicPage = await server
        .anonymous()
        .get(`/api/public/random-checks/results?q=${encodeURIComponent(task.name)}&pageSize=100`);
      expect(publicPage.body.items.map((item: { id: string }) => item.id)).toContain(task.id);
      // Again: nothing to publish.
      expectError(
        await countyHead.post('/api/random-checks/publication/publish', { taskIds: [task.id] }),
        409,
        'CONFLICT',
      );
    });

    it('refuses a result whose inspection is not completed, and changes nothing', async () => {
      const [pending] = await rows<{ id: string }>(sql`
        SELECT id FROM random_check_tasks WHERE status <> 'completed' AND agency_id = ${nanchangCounty} LIMIT 1`);
      const done = await unpublishedTask('360121-BUR');
      const response = await countyHead.post('/api/random-checks/publication/publish', {
        taskIds: [done.id, pending!.id],
      });
      expectError(response, 409, 'CONFLICT');
      expect(response.body.error.message).toContain('尚未完成');
      expect(await publishedAtOf(done.id)).toBeNull();
      expect(await publishedAtOf(pending!.id)).toBeNull();
    });

    it('a superior sees the county’s results but does not publish them (403), and nothing changes', async () => {
      const task = await unpublishedTask('360121-BUR');
      const list = await cityHead.get(
        `/api/random-checks/publication?agencyId=${nanchangCounty}&status=unpublished`,
      );
      expect(list.status).toBe(200);
      expect(list.body.total).toBeGreaterThan(0);
      expect(list.body.items.every((item: { canPublish: boolean }) => !item.canPublish)).toBe(true);
      const response = await cityHead.post('/api/random-checks/publication/publish', { taskIds: [task.id] });
      expectError(response, 403, 'FORBIDDEN');
      expect(response.body.error.message).toContain('制定机关');
      expect(await publishedAtOf(task.id)).toBeNull();
    });

    it('a head outside the jurisdiction gets 404 for the list and the act, and nothing changes', async () => {
      const other = await createAccount(server, {
        username: 'jxx.publication.head',
        agencyCode: '360124-BUR',
        roles: ['agency_head'],
      });
      const task = await unpublishedTask('360121-BUR');
      expectError(
        await other.agent.get(`/api/random-checks/publication?agencyId=${nanchangCounty}`),
        404,
        'NOT_FOUND',
      );
      expectError(
        await other.agent.post('/api/random-checks/publication/publish', { taskIds: [task.id] }),
        404,
        'NOT_FOUND',
      );
      expect(await publishedAtOf(task.id)).toBeNull();
      // Their own list holds 进贤县 only.
      const own = await other.agent.get('/api/random-checks/publication');
      for (const item of own.body.items) expect(item.agencyName).toBe('进贤县生态环境局');
    });

    it('an inspector may not publish (403) and a bad body is a 400', async () => {
      const inspector = await server.as('ncx.inspector');
      const task = await unpublishedTask('360121-BUR');
      expectError(
        await inspector.post('/api/random-checks/publication/publish', { taskIds: [task.id] }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await countyHead.post('/api/random-checks/publication/publish', { taskIds: [] }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await countyHead.post('/api/random-checks/publication/publish', { taskIds: ['x'] }),
        400,
        'VALIDATION_FAILED',
      );
      expect(await publishedAtOf(task.id)).toBeNull();
    });
  });
});
