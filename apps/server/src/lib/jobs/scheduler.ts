import cronParser from 'cron-parser';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { jobSchedules } from '../../db/schema/index';
import type { AppContext } from '../context';
import type { JobOptions, JobQueue } from './job-queue';

/** A job run on a cron schedule; its ticks are read in Asia/Shanghai, where the agencies work. */
export interface Schedule {
  name: string;
  /** Five fields (minute hour day month weekday), e.g. '15 3 * * *' = 03:15 every day. */
  cron: string;
  run(ctx: AppContext): Promise<void>;
}

const scheduleTimeZone = 'Asia/Shanghai';
/** A failed tick is tried again a few times; the next tick comes anyway. */
const scheduleJobOptions: JobOptions = { retryLimit: 3, retryDelaySeconds: 60, expireInSeconds: 30 * 60 };

export function scheduleQueueName(schedule: Pick<Schedule, 'name'>): string {
  return `schedule-${schedule.name}`;
}

/** The latest time the cron expression names at or before `now`. */
export function latestTick(cron: string, now: Date): Date {
  const expression = cronParser.parseExpression(cron, {
    // prev() looks strictly before its start: start a millisecond later so `now` itself counts.
    currentDate: new Date(now.getTime() + 1),
    tz: scheduleTimeZone,
  });
  return expression.prev().toDate();
}

/**
 * The schedules on the queue. Every process checks them (`claimDueTicks`, from a timer or a test);
 * the one that moves a schedule's last tick forward in `job_schedules` — one UPDATE, so only one
 * can — enqueues the tick, and whichever process fetches the job runs it, with the queue's retries.
 * The ticks follow the application's clock, so tests move a ManualClock instead of waiting.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<unknown> | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly queue: JobQueue,
    private readonly schedules: readonly Schedule[],
  ) {
    const names = new Set<string>();
    for (const schedule of schedules) {
      if (names.has(schedule.name)) throw new Error(`two schedules are named ${schedule.name}`);
      names.add(schedule.name);
      latestTick(schedule.cron, ctx.clock.now());
    }
  }

  async registerWorkers(): Promise<void> {
    for (const schedule of this.schedules) {
      await this.queue.work<{ tick: string }>(scheduleQueueName(schedule), scheduleJobOptions, () =>
        schedule.run(this.ctx),
      );
    }
  }

  /** Enqueues each schedule's latest tick unless some process already did; returns the names enqueued. */
  async claimDueTicks(): Promise<string[]> {
    const now = this.ctx.clock.now();
    const claimed: string[] = [];
    for (const schedule of this.schedules) {
      const tick = latestTick(schedule.cron, now);
      const enqueued = await this.ctx.db.transaction(async (tx) => {
        const rows = await queryRows<{ name: string }>(
          tx,
          sql`INSERT INTO ${jobSchedules} (name, last_tick_at) VALUES (${schedule.name}, ${tick.toISOString()}::timestamptz)
              ON CONFLICT (name) DO UPDATE SET last_tick_at = EXCLUDED.last_tick_at
              WHERE ${jobSchedules.lastTickAt} < EXCLUDED.last_tick_at
              RETURNING name`,
        );
        if (rows.length === 0) return false;
        await this.queue.enqueue(
          scheduleQueueName(schedule),
          { tick: tick.toISOString() },
          { transaction: tx },
        );
        return true;
      });
      if (enqueued) {
        claimed.push(schedule.name);
        this.queue.wake(scheduleQueueName(schedule));
      }
    }
    return claimed;
  }

  /** Checks for due ticks every `seconds` (a server); the timer does not keep the process alive. */
  start(seconds: number, onError: (error: unknown) => void): void {
    const check = () => {
      if (this.checking) return;
      this.checking = this.claimDueTicks()
        .catch(onError)
        .finally(() => {
          this.checking = null;
        });
    };
    check();
    this.timer = setInterval(check, seconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checking;
  }
}
