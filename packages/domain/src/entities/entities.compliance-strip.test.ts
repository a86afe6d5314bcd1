import { describe, expect, it } from 'vitest';
import {
  buildComplianceStrip,
  quarterOf,
  quartersEndingWith,
  toShanghaiDate,
  worseComplianceLevel,
} from './entities.compliance-strip';

describe('quarterOf', () => {
  it('puts each month in its quarter with the right first and last day', () => {
    expect(quarterOf('2026-01-01')).toEqual({
      year: 2026,
      quarter: 1,
      startsOn: '2026-01-01',
      endsOn: '2026-03-31',
    });
    expect(quarterOf('2026-06-30')).toEqual({
      year: 2026,
      quarter: 2,
      startsOn: '2026-04-01',
      endsOn: '2026-06-30',
    });
    expect(quarterOf('2026-07-01').quarter).toBe(3);
    expect(quarterOf('2026-09-30').endsOn).toBe('2026-09-30');
    expect(quarterOf('2026-12-31')).toEqual({
      year: 2026,
      quarter: 4,
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
    });
  });

  it('refuses what is not a date', () => {
    expect(() => quarterOf('2026-13-01')).toThrow(RangeError);
    expect(() => quarterOf('20261120')).toThrow(RangeError);
  });
});

describe('quartersEndingWith', () => {
  it('gives 12 quarters, oldest first, ending with the current one across year boundaries', () => {
    const quarters = quartersEndingWith('2026-11-20');
    expect(quarters).toHaveLength(12);
    expect(quarters[0]).toMatchObject({ year: 2024, quarter: 1, startsOn: '2024-01-01' });
    expect(quarters[11]).toMatchObject({ year: 2026, quarter: 4, endsOn: '2026-12-31' });
    const q1 = quartersEndingWith('2026-02-10', 3);
    expect(q1.map((quarter) => `${quarter.year}Q${quarter.quarter}`)).toEqual(['2025Q3', '2025Q4', '2026Q1']);
  });
});

describe('toShanghaiDate', () => {
  it('uses Beijing time, not UTC', () => {
    // 2026-03-31 16:30 UTC is 2026-04-01 00:30 in Beijing: already the second quarter.
    expect(toShanghaiDate(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04-01');
    expect(toShanghaiDate(new Date('2026-03-31T15:59:00Z'))).toBe('2026-03-31');
  });
});

describe('buildComplianceStrip', () => {
  it('shows the worst level of each quarter and no_record where nothing says anything', () => {
    const strip = buildComplianceStrip('2026-11-20', [
      { occurredOn: '2026-10-08', compliance: 'compliant' },
      { occurredOn: '2026-11-02', compliance: 'minor_issue' },
      { occurredOn: '2026-05-10', compliance: 'serious_violation' },
      { occurredOn: '2026-06-30', compliance: 'compliant' },
      { occurredOn: '2025-03-31', compliance: 'violation' },
      { occurredOn: '2025-04-01', compliance: null },
    ]);
    const byKey = Object.fromEntries(strip.map((quarter) => [quarter.key, quarter]));
    expect(byKey['2026Q4']).toMatchObject({ level: 'minor_issue', eventCount: 2 });
    expect(byKey['2026Q2']).toMatchObject({ level: 'serious_violation', eventCount: 2 });
    expect(byKey['2025Q1']).toMatchObject({ level: 'violation', eventCount: 1 });
    // A timeline entry without compliance (registry_updated, a card …) leaves the quarter empty.
    expect(byKey['2025Q2']).toMatchObject({ level: 'no_record', eventCount: 0 });
    expect(byKey['2026Q3']!.level).toBe('no_record');
  });

  it('ignores events before the first quarter and after today', () => {
    const strip = buildComplianceStrip('2026-11-20', [
      { occurredOn: '2023-12-31', compliance: 'serious_violation' },
      { occurredOn: '2026-11-21', compliance: 'violation' },
      { occurredOn: '2024-01-01', compliance: 'compliant' },
    ]);
    expect(strip[0]).toMatchObject({ key: '2024Q1', level: 'compliant' });
    expect(strip[11]).toMatchObject({ key: '2026Q4', level: 'no_record' });
    expect(strip.filter((quarter) => quarter.level !== 'no_record')).toHaveLength(1);
  });

  it('orders levels compliant < minor issue < violation < serious violation', () => {
    expect(worseComplianceLevel('no_record', 'compliant')).toBe('compliant');
    expect(worseComplianceLevel('violation', 'minor_issue')).toBe('violation');
    expect(worseComplianceLevel('violation', 'serious_violation')).toBe('serious_violation');
    expect(worseComplianceLevel('compliant', 'no_record')).toBe('compliant');
  });
});
