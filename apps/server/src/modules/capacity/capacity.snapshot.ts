import {
  type AgencyKind,
  type AgencyLevel,
  type CapacityCounts,
  type EquipmentCategory,
  type EquipmentHolding,
  isEquipmentCategory,
  resolveCapacityUnits,
} from '@qingshan/domain';
import type { Database } from '../../db/client';
import type { AuthContext } from '../../lib/auth/auth.context';
import { notFound } from '../../lib/errors';
import { findAgencyInScope } from '../agencies/index';
import { countHeldEquipmentByAgency } from '../equipment/index';
import { countOfficersByAgency, findStaffingInSubtree } from '../personnel/index';
import { findAgenciesInSubtree } from './capacity.repository';

export type ViewRoot = NonNullable<Awaited<ReturnType<typeof findAgencyInScope>>>;

/**
 * The agency a capacity or gap view starts from: the one asked for (default: the user's scope
 * root), which must lie in the user's jurisdiction (404 otherwise). An enforcement unit is looked
 * at together with the bureau it serves (局队合一), where that bureau is in scope, so staff
 * registered at the bureau are counted.
 */
export async function resolveViewRoot(
  db: Database,
  auth: AuthContext,
  agencyId: string | undefined,
): Promise<ViewRoot> {
  const asked = await findAgencyInScope(db, auth, agencyId ?? auth.scopeRootAgencyId);
  if (!asked) throw notFound('机构');
  if (asked.jurisdictionAgencyId) {
    const bureau = await findAgencyInScope(db, auth, asked.jurisdictionAgencyId);
    if (bureau) return bureau;
  }
  return asked;
}

export interface SnapshotAgency {
  id: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  level: AgencyLevel;
  parentId: string | null;
  jurisdictionAgencyId: string | null;
  regionCode: string;
}

/** One capacity unit of a subtree with everything counted for it. */
export interface CapacityUnitSnapshot {
  agency: SnapshotAgency;
  parentUnitId: string | null;
  counts: CapacityCounts;
  staffingUpdatedAt: Date | null;
  holdings: Partial<Record<EquipmentCategory, EquipmentHolding>>;
}

/**
 * Staff, staffing and equipment of every capacity unit of the subtree under `rootId`, in four
 * grouped queries (no per-agency round trips), folded into units by the domain's unit rule. The
 * caller has checked that the root lies in the user's jurisdiction: the subtree then does too.
 */
export async function loadCapacitySnapshot(
  db: Database,
  rootId: string,
  date: string,
): Promise<CapacityUnitSnapshot[]> {
  const [agencyRows, officerRows, equipmentRows, staffingRows] = await Promise.all([
    findAgenciesInSubtree(db, rootId),
    countOfficersByAgency(db, rootId, date),
    countHeldEquipmentByAgency(db, rootId),
    findStaffingInSubtree(db, rootId),
  ]);
  const agencyList = agencyRows as SnapshotAgency[];
  const tree = resolveCapacityUnits(agencyList, rootId);
  const byId = new Map(agencyList.map((agency) => [agency.id, agency]));
  const units = new Map<string, CapacityUnitSnapshot>();
  for (const unit of tree.units) {
    units.set(unit.id, {
      agency: byId.get(unit.id)!,
      parentUnitId: unit.parentUnitId,
      counts: {
        authorizedPositions: null,
        enforcementStaff: 0,
        onDuty: 0,
        certified: 0,
        legallyQualified: 0,
      },
      staffingUpdatedAt: null,
      holdings: {},
    });
  }
  const unitFor = (agencyId: string) => {
    const unitId = tree.unitOf.get(agencyId);
    return unitId ? units.get(unitId) : undefined;
  };
  for (const row of officerRows) {
    const unit = unitFor(row.agencyId);
    if (!unit) continue;
    unit.counts.enforcementStaff += row.enforcementStaff;
    unit.counts.onDuty += row.onDuty;
    unit.counts.certified += row.certified;
    unit.counts.legallyQualified += row.legallyQualified;
  }
  for (const row of staffingRows) {
    const unit = unitFor(row.agencyId);
    if (!unit) continue;
    unit.counts.authorizedPositions = (unit.counts.authorizedPositions ?? 0) + row.authorizedPositions;
    if (!unit.staffingUpdatedAt || row.updatedAt > unit.staffingUpdatedAt)
      unit.staffingUpdatedAt = row.updatedAt;
  }
  for (const row of equipmentRows) {
    const unit = unitFor(row.agencyId);
    if (!unit || !isEquipmentCategory(row.category)) continue;
    const holding = unit.holdings[row.category] ?? { inUse: 0, inMaintenance: 0 };
    holding.inUse += row.inUse;
    holding.inMaintenance += row.inMaintenance;
    unit.holdings[row.category] = holding;
  }
  return [...units.values()];
}

/**
 * A value per unit with everything below it: `own` of the unit combined with the rolled-up
 * values of its child units.
 */
export function rollUpUnits<T>(
  units: readonly CapacityUnitSnapshot[],
  own: (unit: CapacityUnitSnapshot) => T,
  combine: (values: T[]) => T,
): Map<string, T> {
  const children = new Map<string, CapacityUnitSnapshot[]>();
  for (const unit of units) {
    if (!unit.parentUnitId) continue;
    const list = children.get(unit.parentUnitId) ?? [];
    list.push(unit);
    children.set(unit.parentUnitId, list);
  }
  const result = new Map<string, T>();
  const visit = (unit: CapacityUnitSnapshot): T => {
    const known = result.get(unit.agency.id);
    if (known !== undefined) return known;
    const value = combine([own(unit), ...(children.get(unit.agency.id) ?? []).map(visit)]);
    result.set(unit.agency.id, value);
    return value;
  };
  for (const unit of units) visit(unit);
  return result;
}
