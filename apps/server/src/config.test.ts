import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig: QINGSHAN_CLOCK_START', () => {
  it('leaves the clock to the system when unset or empty', () => {
    expect(readConfig({}).clockStart).toBeNull();
    expect(readConfig({ QINGSHAN_CLOCK_START: ' ' }).clockStart).toBeNull();
  });

  it('takes an instant with its offset', () => {
    expect(readConfig({ QINGSHAN_CLOCK_START: '2026-11-20T10:00:00+08:00' }).clockStart?.toISOString()).toBe(
      '2026-11-20T02:00:00.000Z',
    );
    expect(readConfig({ QINGSHAN_CLOCK_START: '2026-11-20T02:00:00.000Z' }).clockStart?.toISOString()).toBe(
      '2026-11-20T02:00:00.000Z',
    );
  });

  it('refuses a value without an offset or that is no instant, saying what to write', () => {
    for (const value of ['2026-11-20T10:00:00', '2026-11-20', 'tomorrow', '2026-13-45T10:00:00+08:00']) {
      expect(() => readConfig({ QINGSHAN_CLOCK_START: value })).toThrow(
        `QINGSHAN_CLOCK_START 应为带时区的时刻，例如 2026-11-20T10:00:00+08:00，当前为 ${value}`,
      );
    }
  });
});
