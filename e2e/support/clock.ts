import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser tests' "now": `start` at the real instant `at` (ms), then running in real time. */
    clockAnchor: ClockAnchor;
  }
}

export interface ClockAnchor {
  start: string;
  at: number;
}

/**
 * The instant the browser tests' clock starts at unless QINGSHAN_CLOCK_START says otherwise: the
 * API tests' `demoDate`, a Friday in the fourth quarter (demo plans drawn, inspections under way).
 */
export const defaultClockStart = '2026-11-20T10:00:00+08:00';

/** Run-wide anchor, made once in the global setup so every process reads the same "now". */
export function makeClockAnchor(env: NodeJS.ProcessEnv = process.env): ClockAnchor {
  const start = env.QINGSHAN_CLOCK_START?.trim() || defaultClockStart;
  if (Number.isNaN(Date.parse(start))) throw new Error(`QINGSHAN_CLOCK_START 不是有效时刻：${start}`);
  return { start, at: Date.now() };
}

export function nowOf(anchor: ClockAnchor, realNow: number = Date.now()): Date {
  return new Date(Date.parse(anchor.start) + (realNow - anchor.at));
}

/**
 * "Now" for a browser test: what the server's and the browser's clocks read. Tests take dates from
 * here, never from Date.now(), so they hold the same data on any day they run.
 */
export function testNow(): Date {
  return nowOf(inject('clockAnchor'));
}

/** The calendar day in 北京时间 `offsetDays` from the tests' today, as YYYY-MM-DD. */
export function shanghaiDate(offsetDays = 0): string {
  return new Date(testNow().getTime() + offsetDays * 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Asia/Shanghai',
  });
}
