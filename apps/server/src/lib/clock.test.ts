import { describe, expect, it } from 'vitest';
import { clockStartingAt } from './clock';

describe('clockStartingAt', () => {
  it('reads the start at once and then runs at the pace of the real clock', () => {
    let real = Date.parse('2031-03-05T17:45:00.000Z');
    const clock = clockStartingAt(new Date('2026-11-20T10:00:00+08:00'), () => real);
    expect(clock.now().toISOString()).toBe('2026-11-20T02:00:00.000Z');
    real += 90 * 60_000 + 250;
    expect(clock.now().toISOString()).toBe('2026-11-20T03:30:00.250Z');
  });
});
