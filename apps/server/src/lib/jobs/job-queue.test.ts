import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryRows } from '../../db/client';
import { createTestServer, type TestServer } from '../../test/test-server';
import type { Schedule } from './index';

/** The queue's own record of its jobs (pg-boss keeps them in the database, schema pgboss). */
async function jobStates(
  server: TestServer,
  queue: string,
): Promise<{ state: string; retry_count: number }[]> {
  return queryRows(
    server.db,
    sql`SELECT state, retry_count FROM pgboss.job WHERE name = ${queue} ORDER BY created_on`,
  );
}

describe('job queue (lib/jobs)', () => {
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('a job that fails is retried until it succeeds, its state kept in the database', async () => {
    server = await createTestServer();
    const attempts: number[] = [];
    await server.app.jobs.work<{ n: number }>(
      'test-flaky',
      { retryLimit: 3, retryDelaySeconds: 0, retryBackoff: false },
      async (payload, job) => {
        attempts.push(job.retryCount);
        if (job.retryCount < 2) throw new Error(`attempt ${job.retryCount} of ${payload.n} fails`);
      },
    );
    const id = await server.app.jobs.enqueue('test-flaky', { n: 7 });
    expect(id).toBeTruthy();
    expect(await jobStates(server, 'test-flaky')).toEqual([{ state: 'created', retry_count: 0 }]);
    expect(await server.runJobs()).toBe(3);
    expect(attempts).toEqual([0, 1, 2]);
    expect(await server.app.jobs.findJob('test-flaky', id!)).toEqual({ state: 'completed', retryCount: 2 });
  });

  it('a job whose retries are used up fails and goes to its dead-letter queue', async () => {
    server = await createTestServer();
    const buried: unknown[] = [];
    await server.app.jobs.work(
      'test-doomed',
      { retryLimit: 1, retryDelaySeconds: 0, retryBackoff: false, deadLetter: 'test-doomed-dead' },
      async () => {
        throw new Error('always');
      },
    );
    await server.app.jobs.work('test-doomed-dead', {}, async (payload) => {
      buried.push(payload);
    });
    const id = await server.app.jobs.enqueue('test-doomed', { file: 'a.csv' });
    await server.runJobs();
    expect((await server.app.jobs.findJob('test-doomed', id!))?.state).toBe('failed');
    expect(buried).toEqual([{ file: 'a.csv' }]);
  });

  it('a job enqueued in a transaction exists only if the transaction commits', async () => {
    server = await createTestServer();
    const ran: string[] = [];
    await server.app.jobs.work<{ label: string }>('test-transactional', {}, async ({ label }) => {
      ran.push(label);
    });
    const jobs = server.app.jobs;
    await expect(
      server.db.transaction(async (tx) => {
        await jobs.enqueue('test-transactional', { label: 'rolled back' }, { transaction: tx });
        throw new Error('the request failed after enqueueing');
      }),
    ).rejects.toThrow('the request failed');
    await server.db.transaction(async (tx) => {
      await jobs.enqueue('test-transactional', { label: 'committed' }, { transaction: tx });
    });
    await server.runJobs();
    expect(ran).toEqual(['committed']);
  });

  it("a 'short' queue keeps one waiting job per singletonKey", async () => {
    server = await createTestServer();
    await server.app.jobs.work('test-singleton', { policy: 'short' }, async () => undefined);
    const first = await server.app.jobs.enqueue('test-singleton', {}, { singletonKey: 'agency-1' });
    const duplicate = await server.app.jobs.enqueue('test-singleton', {}, { singletonKey: 'agency-1' });
    const other = await server.app.jobs.enqueue('test-singleton', {}, { singletonKey: 'agency-2' });
    expect(first).toBeTruthy();
    expect(duplicate).toBeNull();
    expect(other).toBeTruthy();
    expect(await server.runJobs()).toBe(2);
  });

  it('a scheduled job runs once per tick however many processes check it, and again at the next tick', async () => {
    const runs: string[] = [];
    const hourly: Schedule = {
      name: 'test-hourly',
      cron: '0 * * * *',
      run: async (ctx) => {
        runs.push(ctx.clock.now().toISOString());
      },
    };
    server = await createTestServer({ schedules: [hourly] });
    const other = await server.startAnotherProcess();
    // Both processes see the tick of 10:00 (Shanghai) at 10:00; one claims it.
    const claims = [
      ...(await server.app.scheduler.claimDueTicks()),
      ...(await other.app.scheduler.claimDueTicks()),
      ...(await server.app.scheduler.claimDueTicks()),
    ];
    expect(claims).toEqual(['test-hourly']);
    await other.app.jobs.runPending();
    await server.runJobs();
    expect(runs).toHaveLength(1);

    server.clock.advanceMinutes(59);
    expect(await other.app.scheduler.claimDueTicks()).toEqual([]);
    server.clock.advanceMinutes(1);
    expect(await other.app.scheduler.claimDueTicks()).toEqual(['test-hourly']);
    expect(await server.app.scheduler.claimDueTicks()).toEqual([]);
    await server.runJobs();
    await other.app.jobs.runPending();
    expect(runs).toEqual(['2026-11-20T02:00:00.000Z', '2026-11-20T03:00:00.000Z']);
  });

  it('with polling on, a worker runs a job another process enqueued, and closing stops it', async () => {
    server = await createTestServer();
    const worker = await server.startAnotherProcess({ jobs: { polling: true, pollingIntervalSeconds: 0.5 } });
    let done: (label: string) => void = () => undefined;
    const finished = new Promise<string>((resolve) => {
      done = resolve;
    });
    await worker.app.jobs.work<{ label: string }>('test-polled', {}, async ({ label }) => done(label));
    // The enqueueing process has no worker for it; the polling one finds it.
    await server.app.jobs.declare('test-polled');
    await server.app.jobs.enqueue('test-polled', { label: 'from the other process' });
    expect(await finished).toBe('from the other process');
    // The queue records the completion just after the handler returns, on its own connection.
    await vi.waitFor(
      async () =>
        expect(await jobStates(server!, 'test-polled')).toEqual([{ state: 'completed', retry_count: 0 }]),
      { timeout: 10_000, interval: 100 },
    );
    await worker.app.close();
  });
});
