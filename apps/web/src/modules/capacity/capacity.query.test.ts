import { describe, expect, it } from 'vitest';
import { formatRate, parseCapacityFilters, serializeCapacityFilters } from './capacity.query';

describe('capacity page filters', () => {
  it('round-trips and drops what the API would refuse', () => {
    const filters = {
      agencyId: '5f0d7a0c-2b1e-5c3a-9d4e-0a1b2c3d4e5f',
      date: '2026-11-20',
      figures: 'own' as const,
    };
    expect(parseCapacityFilters(serializeCapacityFilters(filters))).toEqual(filters);
    expect(parseCapacityFilters(new URLSearchParams('agencyId=1&date=tomorrow&figures=x'))).toEqual({
      agencyId: undefined,
      date: undefined,
      figures: 'rolledUp',
    });
    expect(serializeCapacityFilters({ figures: 'rolledUp' }).toString()).toBe('');
  });

  it('formats rates', () => {
    expect(formatRate(9.1)).toBe('9.1%');
    expect(formatRate(null)).toBe('—');
  });
});
