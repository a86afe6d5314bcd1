import type { AgencyKind } from '@qingshan/domain';

/**
 * Who may do what with agencies. Route permissions come from @qingshan/domain permissionRoles
 * ('agencies.read' for everyone but the audit administrator, 'agencies.manage' for the system
 * administrator); jurisdiction is applied in every query. The rules below are the per-record ones.
 */
export const agencyPolicy = {
  /** New units go below a county-level unit or a field office; the statutory bureaus are loaded, not created. */
  canHaveNewChild(parentKind: AgencyKind): boolean {
    return [
      'county_bureau',
      'county_enforcement_unit',
      'city_enforcement_unit',
      'zone_enforcement_bureau',
      'field_office',
    ].includes(parentKind);
  },
};
