import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client';
import { createTestServer, type TestServer } from '../test/test-server';
import { buildStaffAccounts } from './demo.accounts';
import { buildDemoAgencies } from './demo.agencies';
import type { DemoContext } from './demo.context';
import { loadCoveredRegions } from './demo.regions';
import {
  buildCountyYear,
  historyColumns,
  randomCheckHistoryDemoStep,
  readHistoryCounties,
} from './random-checks.history.demo';

/**
 * The province load set's earlier years of random checks (`npm run demo:scale`), at a tiny size on
 * the test template: the rows load through COPY with every constraint on, and the generator gives
 * the same rows for the same input.
 */
describe('random-check history of the province load set', () => {
  let server: TestServer;
  let context: DemoContext;
  const options = { years: 1, visitsPerEntityYear: 0.6 };

  beforeAll(async () => {
    server = await createTestServer();
    const regions = loadCoveredRegions();
    const agencies = buildDemoAgencies(regions);
    context = {
      now: server.clock.now(),
      scale: 'small',
      regions,
      agencies,
      namedAccounts: [],
      staffAccounts: buildStaffAccounts(agencies),
    };
  });
  afterAll(async () => {
    await server.close();
  });

  it('builds the same rows from the same county and year, and other rows for another year', async () => {
    const counties = (await readHistoryCounties(server.db, context)).filter(
      (county) => county.entities.length > 0 && county.officers.length >= 2,
    );
    expect(counties.length).toBeGreaterThan(0);
    const digest = (year: number) =>
      createHash('sha256')
        .update(JSON.stringify(counties.map((county) => buildCountyYear(county, year, options))))
        .digest('hex');
    expect(digest(2024)).toBe(digest(2024));
    expect(digest(2024)).not.toBe(digest(2023));
  });

  it('gives each month distinct entities of the county, two officers of the county and one record per task', async () => {
    const [county] = (await readHistoryCounties(server.db, context)).filter(
      (candidate) => candidate.entities.length >= 20 && candidate.officers.length >= 2,
    );
    const batch = buildCountyYear(county!, 2024, options);
    const perMonth = Math.round((county!.entities.length * options.visitsPerEntityYear) / 12);
    expect(batch.plans).toHaveLength(12);
    expect(batch.tasks).toHaveLength(12 * perMonth);
    expect(batch.records).toHaveLength(batch.tasks.length);
    expect(batch.taskOfficers).toHaveLength(2 * batch.tasks.length);
    expect(batch.confirmations).toHaveLength(2 * batch.tasks.length);
    for (const row of [...batch.tasks, ...batch.records]) {
      expect(row).toHaveLength(
        batch.tasks.includes(row) ? historyColumns.tasks.length : historyColumns.records.length,
      );
    }
    const entityIds = new Set(county!.entities.map((entity) => entity.id));
    const officerIds = new Set(county!.officers.map((officer) => officer.id));
    const pairs = new Set(batch.tasks.map((task) => `${task[1]}|${task[2]}`));
    expect(pairs.size).toBe(batch.tasks.length);
    expect(batch.tasks.every((task) => entityIds.has(task[2] as string))).toBe(true);
    expect(batch.tasks.every((task) => String(task[9]).startsWith('2024-'))).toBe(true);
    for (let index = 0; index < batch.taskOfficers.length; index += 2) {
      const [lead, member] = [batch.taskOfficers[index]!, batch.taskOfficers[index + 1]!];
      expect(lead[0]).toBe(member[0]);
      expect(lead[1]).not.toBe(member[1]);
      expect(officerIds.has(lead[1] as string) && officerIds.has(member[1] as string)).toBe(true);
    }
  });

  it('loads through COPY with every constraint checked, as closed plans with completed tasks and records', async () => {
    const kind = process.env.QS_TEST_DB === 'postgres' ? 'postgresql' : 'pglite';
    const [before] = await queryRows<{ plans: number; tasks: number }>(
      server.db,
      sql`SELECT (SELECT count(*)::int FROM random_check_plans) AS plans, (SELECT count(*)::int FROM random_check_tasks) AS tasks`,
    );
    const summary = await server.db.transaction((tx) =>
      randomCheckHistoryDemoStep(kind, options).load(tx, context),
    );
    const [after] = await queryRows<{
      plans: number;
      tasks: number;
      records: number;
      confirmations: number;
      closed: number;
    }>(
      server.db,
      sql`SELECT (SELECT count(*)::int FROM random_check_plans) AS plans,
                 (SELECT count(*)::int FROM random_check_tasks) AS tasks,
                 (SELECT count(*)::int FROM inspection_records r JOIN random_check_tasks t ON t.id = r.task_id
                   JOIN random_check_plans p ON p.id = t.plan_id WHERE p.number LIKE '%-SJLS-%') AS records,
                 (SELECT count(*)::int FROM inspection_record_confirmations c JOIN inspection_records r ON r.id = c.record_id
                   JOIN random_check_tasks t ON t.id = r.task_id JOIN random_check_plans p ON p.id = t.plan_id
                   WHERE p.number LIKE '%-SJLS-%') AS confirmations,
                 (SELECT count(*)::int FROM random_check_plans WHERE number LIKE '%-SJLS-%' AND status = 'closed') AS closed`,
    );
    const added = after!.tasks - before!.tasks;
    expect(added).toBeGreaterThan(0);
    expect(after!.records).toBe(added);
    expect(after!.confirmations).toBe(2 * added);
    expect(after!.closed).toBe(after!.plans - before!.plans);
    expect(summary).toContain(`检查任务及笔录 ${added} 个`);
  });
});
