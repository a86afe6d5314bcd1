import type { EquipmentCategory } from './equipment.categories';
import {
  calculateRequiredQuantity,
  type EquipmentRequirementTier,
  type EquipmentStandard,
  type EquipmentStandardLevel,
  equipmentStandard,
} from './equipment.standard';

/** What an agency holds of one category: items in use, and items away for maintenance. */
export interface EquipmentHolding {
  inUse: number;
  inMaintenance: number;
}

export interface EquipmentGapLine {
  category: EquipmentCategory;
  tier: EquipmentRequirementTier;
  /** What the standard requires (基本配置); 0 for optional categories. */
  required: number;
  /** What the standard recommends for optional categories (选配); 0 for basic ones. */
  recommended: number;
  inUse: number;
  inMaintenance: number;
  /** Required minus in use, never below zero. Items under maintenance do not fill the gap. */
  shortfall: number;
}

export interface EquipmentGap {
  lines: EquipmentGapLine[];
  requiredTotal: number;
  /** Required items that are in use (到位数): required total minus shortfall. */
  fulfilledTotal: number;
  shortfallTotal: number;
  /** Basic categories with a shortfall. */
  shortCategories: EquipmentCategory[];
}

export interface EquipmentGapInput {
  level: EquipmentStandardLevel;
  /** On-duty officers of the agency: the base of the per-officer requirements. */
  onDutyOfficers: number;
  holdings: Partial<Record<EquipmentCategory, EquipmentHolding>>;
}

function summarise(lines: EquipmentGapLine[]): EquipmentGap {
  const basic = lines.filter((line) => line.tier === 'basic');
  return {
    lines,
    requiredTotal: basic.reduce((sum, line) => sum + line.required, 0),
    // Extra items of one category never offset a missing item of another.
    fulfilledTotal: basic.reduce((sum, line) => sum + Math.min(line.inUse, line.required), 0),
    shortfallTotal: basic.reduce((sum, line) => sum + line.shortfall, 0),
    shortCategories: basic.filter((line) => line.shortfall > 0).map((line) => line.category),
  };
}

/** The gap of one agency against the standard, category by category. */
export function calculateEquipmentGap(
  input: EquipmentGapInput,
  standard: EquipmentStandard = equipmentStandard,
): EquipmentGap {
  const lines = standard.entries.map((entry): EquipmentGapLine => {
    const requirement = entry.levels[input.level];
    const quantity = calculateRequiredQuantity(requirement.rule, input.onDutyOfficers);
    const holding = input.holdings[entry.category] ?? { inUse: 0, inMaintenance: 0 };
    const required = requirement.tier === 'basic' ? quantity : 0;
    return {
      category: entry.category,
      tier: requirement.tier,
      required,
      recommended: requirement.tier === 'optional' ? quantity : 0,
      inUse: holding.inUse,
      inMaintenance: holding.inMaintenance,
      shortfall: Math.max(0, required - holding.inUse),
    };
  });
  return summarise(lines);
}

/**
 * The gap of several agencies together (a city and its counties). Each line sums the agencies'
 * own figures — the shortfall is the sum of each agency's shortfall, so a surplus of recorders in
 * one county does not hide a missing one in the next.
 */
export function sumEquipmentGaps(gaps: readonly EquipmentGap[]): EquipmentGap {
  const byCategory = new Map<EquipmentCategory, EquipmentGapLine>();
  for (const gap of gaps) {
    for (const line of gap.lines) {
      const total = byCategory.get(line.category);
      if (!total) {
        byCategory.set(line.category, { ...line });
        continue;
      }
      total.required += line.required;
      total.recommended += line.recommended;
      total.inUse += line.inUse;
      total.inMaintenance += line.inMaintenance;
      total.shortfall += line.shortfall;
      // A category basic anywhere in the group is basic for the group.
      if (line.tier === 'basic') total.tier = 'basic';
    }
  }
  const lines = [...byCategory.values()];
  const basic = lines.filter((line) => line.tier === 'basic');
  return {
    lines,
    requiredTotal: basic.reduce((sum, line) => sum + line.required, 0),
    fulfilledTotal: gaps.reduce((sum, gap) => sum + gap.fulfilledTotal, 0),
    shortfallTotal: basic.reduce((sum, line) => sum + line.shortfall, 0),
    shortCategories: basic.filter((line) => line.shortfall > 0).map((line) => line.category),
  };
}
