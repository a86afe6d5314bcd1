import type { AgencyKind } from './org.contract';

/**
 * Organisation rules the server enforces and the web mirrors (to show only what will be allowed).
 */

/** New units go below a county-level unit, a city enforcement unit or a field office; the statutory bureaus are loaded, not created. */
export const agencyKindsAcceptingNewUnits: readonly AgencyKind[] = [
  'county_bureau',
  'county_enforcement_unit',
  'city_enforcement_unit',
  'zone_enforcement_bureau',
  'field_office',
];

export function canAgencyKindHaveNewUnit(kind: AgencyKind): boolean {
  return agencyKindsAcceptingNewUnits.includes(kind);
}

/**
 * The working calendar is shared by every agency (deadlines everywhere depend on it): only a
 * system administrator of a provincial department maintains it.
 */
export function canAgencyKindManageCalendar(kind: AgencyKind): boolean {
  return kind === 'provincial_department';
}
