import { type DrawRecord, officerPseudonymOf, verifyDrawRecord } from '@qingshan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client';
import { createTestServer, type TestServer } from '../test/test-server';

/**
 * The random-check demo (small scale, in the test template) obeys the rules it demonstrates:
 * every draw record verifies and matches the tasks written, every task has two officers, records
 * and outcomes are consistent, results are published only after completion, and the year's key
 * polluters are all drawn by the fourth quarter.
 */
describe('random-check demo data', () => {
  let server: TestServer;
  const today = '2026-11-20';

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  function rows<Row>(query: ReturnType<typeof sql>) {
    return queryRows<Row>(server.db, query);
  }

  it('draws quarterly plans and a joint special campaign, each record verifying and matching its tasks', async () => {
    const plans = await rows<{
      id: string;
      kind: string;
      quarter: number | null;
      status: string;
      commitment: string;
      seed: string;
      joint_departments: string[] | string;
      draw_record: DrawRecord;
    }>(sql`SELECT id, kind, quarter, status, commitment, seed, joint_departments, draw_record FROM random_check_plans
           WHERE draw_record IS NOT NULL ORDER BY number`);
    expect(plans.length).toBeGreaterThanOrEqual(12);
    expect(plans.filter((plan) => plan.kind === 'yearly').map((plan) => plan.quarter)).toContain(4);
    const special = plans.filter((plan) => plan.kind === 'special');
    expect(special.length).toBeGreaterThan(0);
    expect(String(special[0]!.joint_departments)).toContain('局');
    const tasks = await rows<{
      plan_id: string;
      entity_id: string;
      item_ids: string[];
      officer_ids: string[];
    }>(sql`
      SELECT t.plan_id, t.entity_id, t.item_ids::text[] AS item_ids,
             ARRAY(SELECT o.officer_id::text FROM random_check_task_officers o WHERE o.task_id = t.id ORDER BY o.officer_id) AS officer_ids
      FROM random_check_tasks t`);
    const tasksByPlan = new Map<string, typeof tasks>();
    for (const task of tasks) tasksByPlan.set(task.plan_id, [...(tasksByPlan.get(task.plan_id) ?? []), task]);
    for (const plan of plans) {
      const record = typeof plan.draw_record === 'string' ? JSON.parse(plan.draw_record) : plan.draw_record;
      const verification = verifyDrawRecord(record);
      expect(verification.differences, plan.id).toEqual([]);
      expect(verification.isValid).toBe(true);
      expect(record.commitment).toBe(plan.commitment);
      expect(record.seed).toBe(plan.seed);
      expect(plan.status).toBe('drawn');
      const drawn = record.outcome.tasks as { entityId: string; officerIds: string[]; itemIds: string[] }[];
      const written = tasksByPlan.get(plan.id) ?? [];
      expect(written.length).toBe(drawn.length);
      const byEntity = new Map(written.map((task) => [task.entity_id, task]));
      for (const task of drawn) {
        const row = byEntity.get(task.entityId)!;
        // The record names the team by the plan's pseudonyms of the stored officers.
        const pseudonyms = row.officer_ids.map((id) => officerPseudonymOf(record.secret, plan.id, id));
        expect(pseudonyms.sort()).toEqual([...task.officerIds].sort());
        expect(row.item_ids).toEqual(task.itemIds);
      }
    }
  });

  it('puts two or more officers on every task and covers every key polluter of the year by the fourth quarter', async () => {
    const [short] = await rows<{ total: number }>(sql`
      SELECT count(*)::int AS total FROM random_check_tasks t
      WHERE (SELECT count(*) FROM random_check_task_officers o WHERE o.task_id = t.id) < 2`);
    expect(Number(short!.total)).toBe(0);
    const uncovered = await rows<{ name: string }>(sql`
      SELECT e.name FROM key_polluter_listings l JOIN regulated_entities e ON e.id = l.entity_id
      WHERE l.year = 2026 AND e.operating_status <> 'closed'
        AND e.owner_agency_id IN (SELECT DISTINCT agency_id FROM random_check_plans WHERE quarter = 4)
        AND NOT EXISTS (SELECT 1 FROM random_check_tasks t JOIN random_check_plans p ON p.id = t.plan_id
                        WHERE t.entity_id = e.id AND p.year = 2026 AND p.kind = 'yearly')
      GROUP BY e.name`);
    expect(uncovered).toEqual([]);
  });

  it('records most past tasks consistently: outcomes, findings, confirmations, dates before today', async () => {
    const tasks = await rows<{
      id: string;
      status: string;
      outcome: string | null;
      inspected_on: string | null;
      starts: string;
      due: string;
      completed_at: string | null;
      published_at: string | null;
      record_outcome: string | null;
      findings: number;
      confirmations: number;
      officers: number;
    }>(sql`
      SELECT t.id, t.status, t.outcome, t.inspected_on::text AS inspected_on,
             p.inspection_starts_on::text AS starts, p.inspection_due_on::text AS due,
             t.completed_at::text AS completed_at, t.published_at::text AS published_at,
             r.outcome AS record_outcome,
             (SELECT count(*)::int FROM inspection_findings f WHERE f.record_id = r.id) AS findings,
             (SELECT count(*)::int FROM inspection_record_confirmations c WHERE c.record_id = r.id) AS confirmations,
             (SELECT count(*)::int FROM random_check_task_officers o WHERE o.task_id = t.id) AS officers
      FROM random_check_tasks t JOIN random_check_plans p ON p.id = t.plan_id
      LEFT JOIN inspection_records r ON r.task_id = t.id`);
    const past = tasks.filter((task) => task.due < today);
    const completed = tasks.filter((task) => task.status === 'completed');
    expect(completed.length / past.length).toBeGreaterThan(0.8);
    for (const task of completed) {
      expect(task.outcome).toBe(task.record_outcome);
      expect(
        task.inspected_on! >= task.starts && task.inspected_on! <= task.due && task.inspected_on! < today,
      ).toBe(true);
      expect(Number(task.confirmations)).toBe(Number(task.officers));
      expect(Number(task.findings) > 0).toBe(task.outcome === 'problem_found');
    }
    for (const task of tasks.filter((row) => row.status === 'recorded')) {
      expect(Number(task.confirmations)).toBeLessThan(Number(task.officers));
      expect(task.published_at).toBeNull();
    }
    for (const task of tasks.filter((row) => row.status === 'pending')) {
      expect(task.record_outcome).toBeNull();
      expect(task.published_at).toBeNull();
    }
    const share = (outcome: string) =>
      completed.filter((task) => task.outcome === outcome).length / completed.length;
    expect(share('no_problem')).toBeGreaterThan(0.65);
    expect(share('no_problem')).toBeLessThan(0.92);
    expect(share('problem_found')).toBeGreaterThan(0.05);
    expect(share('entity_closed')).toBeGreaterThan(0);
    // Some past tasks are overdue; the fourth quarter is under way.
    expect(past.some((task) => task.status !== 'completed')).toBe(true);
    const running = tasks.filter((task) => task.due >= today);
    expect(running.some((task) => task.status === 'completed')).toBe(true);
    expect(running.some((task) => task.status === 'pending')).toBe(true);
  });

  it('publishes most results after completion, not all of them: the disclosure rate is below 100 %', async () => {
    const [counts] = await rows<{ completed: number; published: number; early: number; future: number }>(sql`
      SELECT count(*) FILTER (WHERE status = 'completed')::int AS completed,
             count(*) FILTER (WHERE published_at IS NOT NULL)::int AS published,
             count(*) FILTER (WHERE published_at < completed_at)::int AS early,
             count(*) FILTER (WHERE published_at > '2026-11-20T02:00:00Z')::int AS future
      FROM random_check_tasks`);
    const rate = Number(counts!.published) / Number(counts!.completed);
    expect(rate).toBeGreaterThan(0.8);
    expect(rate).toBeLessThan(1);
    expect(Number(counts!.early)).toBe(0);
    expect(Number(counts!.future)).toBe(0);
  });

  it('findings made rectifications carry a due date; every completed inspection is on the entity’s timeline', async () => {
    const [findings] = await rows<{ missing: number; total: number }>(sql`
      SELECT count(*) FILTER (WHERE disposition <> 'case_referral' AND rectification_due_on IS NULL)::int AS missing,
             count(*)::int AS total FROM inspection_findings`);
    expect(Number(findings!.total)).toBeGreaterThan(10);
    expect(Number(findings!.missing)).toBe(0);
    const [events] = await rows<{ completed: number; events: number }>(sql`
      SELECT (SELECT count(*)::int FROM random_check_tasks WHERE status = 'completed') AS completed,
             (SELECT count(*)::int FROM entity_events WHERE kind = 'random_check') AS events`);
    expect(Number(events!.events)).toBe(Number(events!.completed));
  });
});
