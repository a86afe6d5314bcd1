import type { OfficerRatio } from '../profile/profile.schema';

/**
 * The general-object ratio for a plan's period. The profile's ratio (seed 002 二（二）3: 市级至少
 * 1:5、县区至少 1:10) is a yearly figure; a plan covering part of the year draws its share of it, so
 * four quarterly plans together meet the year's ratio (D25: a county's quarterly plan at 2:5). The
 * draw applies the plan's ratio per draw, so a quarterly plan at the yearly 1:10 would inspect four
 * times the yearly target.
 */

/** How many calendar quarters the period touches, 1–4 (a period of a year or more counts 4). */
export function quartersOfPeriod(periodStart: string, periodEnd: string): number {
  const quarterIndexOf = (date: string) =>
    Number(date.slice(0, 4)) * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  return Math.min(4, Math.max(1, quarterIndexOf(periodEnd) - quarterIndexOf(periodStart) + 1));
}

function greatestCommonDivisor(left: number, right: number): number {
  return right === 0 ? left : greatestCommonDivisor(right, left % right);
}

/** The yearly ratio scaled to `quarters` of four, in lowest terms: 1:10 over one quarter is 2:5. */
export function generalObjectRatioForPeriod(yearly: OfficerRatio, quarters: number): OfficerRatio {
  const officers = yearly.officers * 4;
  const entities = yearly.entities * quarters;
  const divisor = greatestCommonDivisor(officers, entities);
  return { officers: officers / divisor, entities: entities / divisor };
}

/** The general objects a draw inspects: ⌈E × N ÷ M⌉ (docs/random-check-draw.md §5), before the pool's cap. */
export function generalObjectTargetOf(eligibleOfficers: number, ratio: OfficerRatio): number {
  return Math.ceil((eligibleOfficers * ratio.entities) / ratio.officers);
}
