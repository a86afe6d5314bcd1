import type { AgencyKind, AgencyLevel } from '../org/org.contract';
import type { CapacityRules } from '../profile/profile.schema';

/**
 * Capacity indicators (EVAL-3; seed 004 items 17 and 18): 空编率 ≤ 5 %, 在岗率 ≥ 90 %, 持证率
 * 100 %, and at least one officer with the national legal qualification in every city-level
 * enforcement agency. The targets come from the province profile (`capacity.staffing`).
 *
 * Counting: 执法人员 are the officers of the registry who have not left (status other than
 * `departed`) — seconded and on-leave officers still hold a position, so they fill the 编制 but are
 * not 在岗. 持证 means an enforcement certificate with a number, valid on the day.
 */

/** What is counted for one unit. */
export interface CapacityCounts {
  /** 执法编制数; null when the agency has not entered it. */
  authorizedPositions: number | null;
  enforcementStaff: number;
  onDuty: number;
  certified: number;
  legallyQualified: number;
}

/**
 * Counts of one unit or of several together. Sums, never averages of rates: a rolled-up rate is
 * the sum of numerators over the sum of denominators.
 */
export interface CapacityTotals {
  unitCount: number;
  /** Units that entered their 编制数. */
  unitsWithStaffing: number;
  /** Sum of the 编制数 entered. */
  authorizedPositions: number;
  /** Vacant positions, unit by unit (编制 − 实有, never below zero), summed. */
  vacantPositions: number;
  enforcementStaff: number;
  onDuty: number;
  certified: number;
  legallyQualified: number;
  /** City-level enforcement units among the units, and how many have a legally qualified officer. */
  cityUnitCount: number;
  cityUnitsWithLegalQualification: number;
}

export const capacityIndicatorKeys = ['vacancy', 'onDuty', 'certificate', 'legalQualification'] as const;
export type CapacityIndicatorKey = (typeof capacityIndicatorKeys)[number];
export const capacityIndicatorLabels: Record<CapacityIndicatorKey, string> = {
  vacancy: '空编率',
  onDuty: '在岗率',
  certificate: '持证率',
  legalQualification: '法律职业资格',
};

export interface CapacityIndicator {
  key: CapacityIndicatorKey;
  /** Percent with one decimal for the rates; for legalQualification the count of qualified officers. */
  value: number | null;
  numerator: number;
  denominator: number;
  /** Whether the target applies to this row (vacancy and on-duty targets bind city and county agencies). */
  isApplicable: boolean;
  /** null when the target does not apply or nothing can be measured (no 编制 entered, no staff). */
  isMet: boolean | null;
}

export type CapacityTargets = CapacityRules['staffing'];

export function isCityEnforcementUnit(kind: AgencyKind): boolean {
  return kind === 'city_enforcement_unit';
}

/** The totals of a single unit. */
export function totalsOfUnit(
  counts: CapacityCounts,
  unit: { kind: AgencyKind },
  targets: Pick<CapacityTargets, 'minLegallyQualifiedPerCityAgency'>,
): CapacityTotals {
  const hasStaffing = counts.authorizedPositions !== null;
  const isCity = isCityEnforcementUnit(unit.kind);
  return {
    unitCount: 1,
    unitsWithStaffing: hasStaffing ? 1 : 0,
    authorizedPositions: counts.authorizedPositions ?? 0,
    vacantPositions: hasStaffing ? Math.max(0, counts.authorizedPositions! - counts.enforcementStaff) : 0,
    enforcementStaff: counts.enforcementStaff,
    onDuty: counts.onDuty,
    certified: counts.certified,
    legallyQualified: counts.legallyQualified,
    cityUnitCount: isCity ? 1 : 0,
    cityUnitsWithLegalQualification:
      isCity && counts.legallyQualified >= targets.minLegallyQualifiedPerCityAgency ? 1 : 0,
  };
}

export const emptyCapacityTotals: CapacityTotals = {
  unitCount: 0,
  unitsWithStaffing: 0,
  authorizedPositions: 0,
  vacantPositions: 0,
  enforcementStaff: 0,
  onDuty: 0,
  certified: 0,
  legallyQualified: 0,
  cityUnitCount: 0,
  cityUnitsWithLegalQualification: 0,
};

export function sumCapacityTotals(list: readonly CapacityTotals[]): CapacityTotals {
  const total = { ...emptyCapacityTotals };
  for (const item of list) {
    for (const key of Object.keys(total) as (keyof CapacityTotals)[]) total[key] += item[key];
  }
  return total;
}

function percentOf(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}

export interface CapacityScope {
  /** `unit`: one agency's own figures; `rollup`: an agency with everything below it. */
  scope: 'unit' | 'rollup';
  level: AgencyLevel;
  kind: AgencyKind;
}

/** The four indicators of a row, judged against the targets. */
export function evaluateCapacity(
  totals: CapacityTotals,
  targets: CapacityTargets,
  scope: CapacityScope,
): Record<CapacityIndicatorKey, CapacityIndicator> {
  // Seed 004 item 17 binds 市县生态环境部门 to the vacancy and on-duty targets.
  const bindsStaffingTargets = scope.scope === 'rollup' || scope.level !== 'province';
  const authorized = totals.unitsWithStaffing > 0 ? totals.authorizedPositions : 0;

  const vacancy: CapacityIndicator = {
    key: 'vacancy',
    value: percentOf(totals.vacantPositions, authorized),
    numerator: totals.vacantPositions,
    denominator: authorized,
    isApplicable: bindsStaffingTargets,
    isMet:
      bindsStaffingTargets && authorized > 0
        ? totals.vacantPositions * 100 <= targets.maxVacancyRatePercent * authorized
        : null,
  };
  const onDuty: CapacityIndicator = {
    key: 'onDuty',
    value: percentOf(totals.onDuty, totals.enforcementStaff),
    numerator: totals.onDuty,
    denominator: totals.enforcementStaff,
    isApplicable: bindsStaffingTargets,
    isMet:
      bindsStaffingTargets && totals.enforcementStaff > 0
        ? totals.onDuty * 100 >= targets.minOnDutyRatePercent * totals.enforcementStaff
        : null,
  };
  const certificate: CapacityIndicator = {
    key: 'certificate',
    value: percentOf(totals.certified, totals.enforcementStaff),
    numerator: totals.certified,
    denominator: totals.enforcementStaff,
    isApplicable: true,
    isMet:
      totals.enforcementStaff > 0
        ? totals.certified * 100 >= targets.certificateRatePercent * totals.enforcementStaff
        : null,
  };
  // Seed 004 item 17: 设区市执法机构至少配备1名取得国家统一法律职业资格的执法人员.
  const legalQualification: CapacityIndicator =
    scope.scope === 'unit'
      ? {
          key: 'legalQualification',
          value: totals.legallyQualified,
          numerator: totals.legallyQualified,
          denominator: targets.minLegallyQualifiedPerCityAgency,
          isApplicable: isCityEnforcementUnit(scope.kind),
          isMet: isCityEnforcementUnit(scope.kind)
            ? totals.legallyQualified >= targets.minLegallyQualifiedPerCityAgency
            : null,
        }
      : {
          key: 'legalQualification',
          value: totals.legallyQualified,
          numerator: totals.cityUnitsWithLegalQualification,
          denominator: totals.cityUnitCount,
          isApplicable: totals.cityUnitCount > 0,
          isMet:
            totals.cityUnitCount > 0 ? totals.cityUnitsWithLegalQualification === totals.cityUnitCount : null,
        };
  return { vacancy, onDuty, certificate, legalQualification };
}

/** How many applicable targets a row misses. */
export function countMissedTargets(indicators: Record<CapacityIndicatorKey, CapacityIndicator>): number {
  return Object.values(indicators).filter((indicator) => indicator.isMet === false).length;
}
