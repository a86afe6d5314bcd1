import type { AgencyKind, AgencyLevel } from '../org/org.contract';

/**
 * The agencies capacity is measured for (EVAL-3): the enforcement agencies that hold enforcement
 * staff and equipment — the provincial enforcement bureau, city and county enforcement units
 * (支队/大队, Nantong's 执法局), regional enforcement bureaus, and a county-level bureau that
 * has no enforcement unit of its own (a development-zone 分局 enforces itself).
 *
 * Officers and equipment registered at a bureau count for the enforcement unit that serves it
 * (局队合一, seed 003 三(二); 局队站合一, seed 004 item 2); those of a field office or grid count for
 * the county-level unit above it (seed 003: 执法N局 are offices of the county unit).
 */
export const enforcementAgencyKinds: readonly AgencyKind[] = [
  'provincial_enforcement_bureau',
  'city_enforcement_unit',
  'county_enforcement_unit',
  'zone_enforcement_bureau',
];

export interface CapacityAgency {
  id: string;
  parentId: string | null;
  kind: AgencyKind;
  level: AgencyLevel;
  jurisdictionAgencyId: string | null;
}

export interface CapacityUnitTree {
  /** Every agency of the subtree → the unit its staff and equipment count for. */
  unitOf: Map<string, string>;
  /** The units, in the order the agencies were given, each with the unit above it (null at the top). */
  units: { id: string; parentUnitId: string | null }[];
}

/**
 * Whether an agency is a unit of its own. `agencies` must hold its children (whether an
 * enforcement unit serves a county bureau is read from them).
 */
export function isCapacityUnit(agency: CapacityAgency, agencies: readonly CapacityAgency[]): boolean {
  if (enforcementAgencyKinds.includes(agency.kind)) return true;
  return (
    agency.kind === 'county_bureau' && !agencies.some((other) => other.jurisdictionAgencyId === agency.id)
  );
}

/**
 * Groups the agencies of a subtree (rooted at `rootId`, parents before children or in any order)
 * into units. A root that belongs to no unit inside the subtree (a field office looked at on its
 * own) becomes a unit itself, so nothing of the subtree is left out.
 */
export function resolveCapacityUnits(agencies: readonly CapacityAgency[], rootId: string): CapacityUnitTree {
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const unitIds = new Set(agencies.filter((agency) => isCapacityUnit(agency, agencies)).map((a) => a.id));
  const servingUnit = new Map<string, string>();
  for (const agency of agencies) {
    if (unitIds.has(agency.id) && agency.jurisdictionAgencyId && byId.has(agency.jurisdictionAgencyId)) {
      servingUnit.set(agency.jurisdictionAgencyId, agency.id);
    }
  }

  const memo = new Map<string, string | null>();
  const findUnit = (id: string): string | null => {
    if (memo.has(id)) return memo.get(id)!;
    let unit: string | null = null;
    if (unitIds.has(id)) unit = id;
    else if (servingUnit.has(id)) unit = servingUnit.get(id)!;
    else {
      const parentId = byId.get(id)?.parentId;
      unit = parentId && byId.has(parentId) ? findUnit(parentId) : null;
    }
    memo.set(id, unit);
    return unit;
  };
  if (agencies.some((agency) => findUnit(agency.id) === null) && byId.has(rootId)) {
    unitIds.add(rootId);
    memo.clear();
  }

  const unitOf = new Map<string, string>();
  for (const agency of agencies) {
    const unit = findUnit(agency.id);
    if (unit) unitOf.set(agency.id, unit);
  }

  const parentUnitOf = (unitId: string): string | null => {
    let current = byId.get(unitId)?.parentId ?? null;
    while (current && byId.has(current)) {
      const unit = unitOf.get(current);
      if (unit && unit !== unitId) return unit;
      current = byId.get(current)?.parentId ?? null;
    }
    return null;
  };
  const units = agencies
    .filter((agency) => unitIds.has(agency.id))
    .map((agency) => ({ id: agency.id, parentUnitId: parentUnitOf(agency.id) }));
  return { unitOf, units };
}
