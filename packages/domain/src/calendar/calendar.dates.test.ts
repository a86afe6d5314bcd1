import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { businessDateOf, formatBusinessDateTime } from './calendar.dates';

describe('business dates of moments', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the Asia/Shanghai date and time a per-call locale conversion gives, for any moment', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), (time) => {
        const moment = new Date(time);
        expect(businessDateOf(moment)).toBe(
          moment.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }),
        );
        expect(formatBusinessDateTime(moment)).toBe(
          moment.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reuses one formatter instead of building one per call (every request asks for today)', () => {
    const perCallDate = vi.spyOn(Date.prototype, 'toLocaleDateString');
    const perCallDateTime = vi.spyOn(Date.prototype, 'toLocaleString');
    expect(businessDateOf(new Date(Date.UTC(2026, 10, 19, 16, 0)))).toBe('2026-11-20');
    expect(formatBusinessDateTime(new Date(Date.UTC(2026, 10, 20, 2, 0)))).toBe('2026/11/20 10:00:00');
    expect(perCallDate).not.toHaveBeenCalled();
    expect(perCallDateTime).not.toHaveBeenCalled();
  });
});
