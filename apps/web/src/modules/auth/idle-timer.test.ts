import { describe, expect, it } from 'vitest';
import {
  evaluateIdle,
  expiryReason,
  formatCountdown,
  idleMinutes,
  keepAliveIntervalMs,
  mergeSharedActivity,
  shouldSendKeepAlive,
  warningLeadMs,
} from './idle-timer';

const minute = 60_000;
const thirtyMinutes = 30 * minute;
const start = Date.UTC(2026, 10, 21, 2, 0, 0);

describe('evaluateIdle', () => {
  it('stays active until two minutes before the 30-minute limit', () => {
    const state = evaluateIdle({
      now: start + 27 * minute,
      lastActivityAt: start,
      idleTimeoutMs: thirtyMinutes,
    });
    expect(state).toEqual({ phase: 'active', warnAt: start + 28 * minute, logoutAt: start + 30 * minute });
  });

  it('warns from two minutes before the limit with the seconds left', () => {
    const state = evaluateIdle({
      now: start + 28 * minute + 1_000,
      lastActivityAt: start,
      idleTimeoutMs: thirtyMinutes,
    });
    expect(state).toEqual({ phase: 'warning', logoutAt: start + thirtyMinutes, secondsLeft: 119 });
  });

  it('expires exactly at the limit', () => {
    expect(
      evaluateIdle({ now: start + thirtyMinutes, lastActivityAt: start, idleTimeoutMs: thirtyMinutes }),
    ).toEqual({
      phase: 'expired',
    });
  });

  it('counts from the latest activity', () => {
    const state = evaluateIdle({
      now: start + 29 * minute,
      lastActivityAt: start + 10 * minute,
      idleTimeoutMs: thirtyMinutes,
    });
    expect(state.phase).toBe('active');
  });

  it('reads the limit it is given, so a short limit warns after a quarter of it', () => {
    const idleTimeoutMs = 60_000;
    expect(evaluateIdle({ now: start + 44_000, lastActivityAt: start, idleTimeoutMs }).phase).toBe('active');
    expect(evaluateIdle({ now: start + 45_000, lastActivityAt: start, idleTimeoutMs })).toEqual({
      phase: 'warning',
      logoutAt: start + 60_000,
      secondsLeft: 15,
    });
  });

  it('ends at the absolute session expiry even while the user is active', () => {
    const input = {
      now: start + 5 * minute,
      lastActivityAt: start + 4 * minute,
      idleTimeoutMs: thirtyMinutes,
      sessionExpiresAt: start + 6 * minute,
    };
    expect(evaluateIdle(input)).toEqual({ phase: 'warning', logoutAt: start + 6 * minute, secondsLeft: 60 });
    expect(expiryReason(input)).toBe('session');
    expect(evaluateIdle({ ...input, now: start + 6 * minute }).phase).toBe('expired');
  });

  it('names idleness as the reason when the session would outlast it', () => {
    expect(
      expiryReason({
        now: start,
        lastActivityAt: start,
        idleTimeoutMs: thirtyMinutes,
        sessionExpiresAt: start + 12 * 60 * minute,
      }),
    ).toBe('idle');
  });
});

describe('keep-alive', () => {
  it('reports activity once the last request is a minute old', () => {
    expect(keepAliveIntervalMs(thirtyMinutes)).toBe(minute);
    expect(
      shouldSendKeepAlive({ now: start + 59_999, lastRequestAt: start, idleTimeoutMs: thirtyMinutes }),
    ).toBe(false);
    expect(
      shouldSendKeepAlive({ now: start + minute, lastRequestAt: start, idleTimeoutMs: thirtyMinutes }),
    ).toBe(true);
  });

  it('reports more often under a short limit', () => {
    expect(keepAliveIntervalMs(60_000)).toBe(6_000);
  });
});

describe('helpers', () => {
  it('warns two minutes ahead under the platform limit', () => {
    expect(warningLeadMs(thirtyMinutes)).toBe(2 * minute);
  });

  it('formats the countdown as m:ss', () => {
    expect(formatCountdown(120)).toBe('2:00');
    expect(formatCountdown(61)).toBe('1:01');
    expect(formatCountdown(9)).toBe('0:09');
    expect(formatCountdown(-3)).toBe('0:00');
  });

  it('names the limit in minutes', () => {
    expect(idleMinutes(1800)).toBe(30);
    expect(idleMinutes(20)).toBe(1);
  });

  it('takes the latest activity of any tab and ignores garbage or the future', () => {
    expect(mergeSharedActivity(start, String(start + 5_000), start + 6_000)).toBe(start + 5_000);
    expect(mergeSharedActivity(start + 5_000, String(start), start + 6_000)).toBe(start + 5_000);
    expect(mergeSharedActivity(start, 'x', start)).toBe(start);
    expect(mergeSharedActivity(start, null, start)).toBe(start);
    expect(mergeSharedActivity(start, String(start + 60_000), start)).toBe(start);
  });
});
