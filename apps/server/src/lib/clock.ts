import { businessDateOf, type IsoDate } from '@qingshan/domain';

/** The source of "now". Tests move it forward to prove idle timeouts and lockouts. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that reads `start` at the moment it is made and then runs in real time. The demo data is
 * laid out around "today", so a server started with a fixed start (QINGSHAN_CLOCK_START) holds the
 * same data and the same deadlines whatever day it runs — the browser tests rely on that.
 */
export function clockStartingAt(start: Date, realNow: () => number = Date.now): Clock {
  const offset = start.getTime() - realNow();
  return { now: () => new Date(realNow() + offset) };
}

export class ManualClock implements Clock {
  #now: Date;
  constructor(start: Date | string = '2026-11-20T02:00:00.000Z') {
    this.#now = new Date(start);
  }
  now(): Date {
    return new Date(this.#now);
  }
  advanceMinutes(minutes: number): void {
    this.#now = new Date(this.#now.getTime() + minutes * 60_000);
  }
  set(to: Date | string): void {
    this.#now = new Date(to);
  }
}

/** Today's business date (北京时间) by the context's clock: what every rule and deadline calls today. */
export function todayOf(ctx: { clock: Clock }): IsoDate {
  return businessDateOf(ctx.clock.now());
}
