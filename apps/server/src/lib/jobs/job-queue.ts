import PgBoss from 'pg-boss';
import type { Database, DatabaseHandle } from '../../db/client';
import { executorOf, type SqlExecutor, transactionExecutor } from './executor';

/**
 * Durable background jobs on pg-boss (docs/DECISIONS.md D47): the jobs are rows in the database's
 * `pgboss` schema, so any server process on the same database may run a job another enqueued, a
 * job survives a restart, and a failed or interrupted one is retried with backoff.
 */

export interface JobOptions {
  /** Attempts after the first one. */
  retryLimit?: number;
  /** Seconds before the first retry; doubled for each further one when `retryBackoff`. */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /**
   * A job running longer than this counts as interrupted (its process stopped): the queue's
   * maintenance puts it back for a retry, or fails it when the retries are used up.
   */
  expireInSeconds?: number;
  /**
   * How `singletonKey` is enforced (pg-boss queue policies): 'short' — at most one job per key
   * waiting; 'singleton' — at most one per key running; 'stately' — one of each. 'standard'
   * ignores the key.
   */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
  /** Where a job goes once its retries are used up, so someone can record why it ended. */
  deadLetter?: string;
}

export interface EnqueueOptions {
  singletonKey?: string;
  /** Enqueue inside this transaction: the job exists exactly when the rows written with it do. */
  transaction?: Database;
}

export interface JobInfo {
  id: string;
  /** 0 for the first attempt. */
  retryCount: number;
}

export type JobHandler<Payload> = (payload: Payload, job: JobInfo) => Promise<void>;

export interface JobQueueOptions {
  /**
   * Workers poll the queue and maintenance runs (what a server does). Off, nothing runs on its own:
   * `runPending` and `maintain` run the work when called (API tests, which must not wait on timers).
   */
  polling: boolean;
  pollingIntervalSeconds?: number;
  onError?: (error: unknown) => void;
}

interface Registration {
  handler: JobHandler<unknown>;
  workerId: string | null;
}

/** pg-boss's schema, created and migrated with the application's tables (db/migrate.ts). */
export const jobQueueSchema = 'pgboss';

function bossOptions(executor: SqlExecutor, polling: boolean): PgBoss.ConstructorOptions {
  return {
    db: executor,
    schema: jobQueueSchema,
    // Installed by applyMigrations, under its lock; a server only checks the version.
    migrate: false,
    supervise: polling,
    // Our schedules follow the application's clock (scheduler.ts), not pg-boss's cron.
    schedule: false,
  };
}

/** Creates or migrates pg-boss's tables; run once per start, before any server uses the queue. */
export async function installJobQueue(handle: DatabaseHandle): Promise<void> {
  const boss = new PgBoss({ ...bossOptions(executorOf(handle), false), migrate: true });
  await boss.start();
  await boss.stop({ graceful: false, close: false, wait: true });
}

export class JobQueue {
  private readonly registrations = new Map<string, Registration>();
  private knownQueues: Set<string> | null = null;
  private stopped = false;

  private constructor(
    private readonly boss: PgBoss,
    private readonly options: JobQueueOptions,
  ) {}

  static async open(handle: DatabaseHandle, options: JobQueueOptions): Promise<JobQueue> {
    const boss = new PgBoss(bossOptions(executorOf(handle), options.polling));
    boss.on('error', (error) => options.onError?.(error));
    await boss.start();
    return new JobQueue(boss, options);
  }

  /** Makes sure the queue exists (a table partition in pg-boss); idempotent across processes. */
  async declare(name: string, options: JobOptions = {}): Promise<void> {
    if (!this.knownQueues) {
      this.knownQueues = new Set((await this.boss.getQueues()).map((queue) => queue.name));
    }
    if (this.knownQueues.has(name)) return;
    if (options.deadLetter) await this.declare(options.deadLetter);
    try {
      await this.boss.createQueue(name, {
        name,
        policy: options.policy ?? 'standard',
        retryLimit: options.retryLimit ?? 2,
        retryDelay: options.retryDelaySeconds ?? 30,
        retryBackoff: options.retryBackoff ?? true,
        expireInSeconds: options.expireInSeconds ?? 15 * 60,
        ...(options.deadLetter ? { deadLetter: options.deadLetter } : {}),
      });
    } catch (error) {
      // Another process created it between our look and our insert.
      if (!(await this.boss.getQueue(name))) throw error;
    }
    this.knownQueues.add(name);
  }

  /**
   * Runs `handler` for each job of the queue `name`, in whichever process fetches it first. A
   * handler that throws fails the attempt; the queue retries it as declared.
   */
  async work<Payload>(name: string, options: JobOptions, handler: JobHandler<Payload>): Promise<void> {
    if (this.registrations.has(name)) throw new Error(`job ${name} already has a worker`);
    await this.declare(name, options);
    const registration: Registration = { handler: handler as JobHandler<unknown>, workerId: null };
    this.registrations.set(name, registration);
    if (this.options.polling) {
      registration.workerId = await this.boss.work<unknown>(
        name,
        {
          batchSize: 1,
          includeMetadata: true,
          pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2,
        },
        async ([job]) => {
          if (job) await registration.handler(job.data, { id: job.id, retryCount: job.retryCount });
        },
      );
    }
  }

  /** Adds a job; returns its id, or null when the queue's policy refused a duplicate `singletonKey`. */
  async enqueue(name: string, payload: object, options: EnqueueOptions = {}): Promise<string | null> {
    const id = await this.boss.send(name, payload, {
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.transaction ? { db: transactionExecutor(options.transaction) } : {}),
    });
    // Inside a transaction the job is not visible until the caller commits: the caller wakes the
    // worker then (`wake`); otherwise the others find it at their next poll.
    if (id && !options.transaction) this.wake(name);
    return id;
  }

  /** Lets this process's worker for `name` fetch at once instead of at its next poll. */
  wake(name: string): void {
    const workerId = this.registrations.get(name)?.workerId;
    if (workerId) this.boss.notifyWorker(workerId);
  }

  /**
   * Runs every job that is due now, one after another, until none is left; returns how many ran.
   * For tests and tools: with polling off, nothing else runs them.
   */
  async runPending(): Promise<number> {
    let count = 0;
    for (let found = true; found && !this.stopped; ) {
      found = false;
      for (const [name, registration] of this.registrations) {
        const [job] = await this.boss.fetch<unknown>(name, { batchSize: 1, includeMetadata: true });
        if (!job) continue;
        found = true;
        count++;
        try {
          await registration.handler(job.data, { id: job.id, retryCount: job.retryCount });
          await this.boss.complete(name, job.id);
        } catch (error) {
          await this.boss.fail(name, job.id, {
            message: error instanceof Error ? error.message : String(error),
          });
        }
      }
    }
    return count;
  }

  /** The queue's upkeep: interrupted jobs (past `expireInSeconds`) retried or failed, old ones archived. */
  async maintain(): Promise<void> {
    await this.boss.maintain();
  }

  /** A job's state as the queue keeps it, or null. */
  async findJob(name: string, id: string): Promise<{ state: string; retryCount: number } | null> {
    const job = await this.boss.getJobById(name, id);
    return job ? { state: job.state, retryCount: job.retryCount } : null;
  }

  /** Stops the workers and timers; waits for running handlers (a cut-off one would be retried anyway). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: 30_000 });
  }
}
