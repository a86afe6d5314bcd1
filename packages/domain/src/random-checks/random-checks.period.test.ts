import { describe, expect, it } from 'vitest';
import { generalObjectRatioForPeriod, generalObjectTargetOf, quartersOfPeriod } from './random-checks.period';

describe('the general-object ratio for a plan period', () => {
  it('gives a quarterly county plan 2:5 of the yearly 1:10, so 8 officers draw 20, not 80', () => {
    const quarterly = generalObjectRatioForPeriod({ officers: 1, entities: 10 }, 1);
    expect(quarterly).toEqual({ officers: 2, entities: 5 });
    expect(generalObjectTargetOf(8, quarterly)).toBe(20);
    expect(generalObjectTargetOf(8, { officers: 1, entities: 10 })).toBe(80);
  });

  it('keeps the yearly ratio for a whole year and halves it for two quarters', () => {
    expect(generalObjectRatioForPeriod({ officers: 1, entities: 10 }, 4)).toEqual({
      officers: 1,
      entities: 10,
    });
    expect(generalObjectRatioForPeriod({ officers: 1, entities: 10 }, 2)).toEqual({
      officers: 1,
      entities: 5,
    });
    expect(generalObjectRatioForPeriod({ officers: 1, entities: 5 }, 1)).toEqual({
      officers: 4,
      entities: 5,
    });
  });

  it('counts the quarters a period touches', () => {
    expect(quartersOfPeriod('2026-10-01', '2026-12-31')).toBe(1);
    expect(quartersOfPeriod('2026-01-01', '2026-12-31')).toBe(4);
    expect(quartersOfPeriod('2026-05-15', '2026-08-01')).toBe(2);
    expect(quartersOfPeriod('2026-11-01', '2027-02-01')).toBe(2);
  });
});
