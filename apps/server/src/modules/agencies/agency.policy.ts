import { type AgencyKind, canAgencyKindHaveNewUnit } from '@qingshan/domain';

/**
 * Who may do what with agencies. Route permissions come from @qingshan/domain permissionRoles
 * ('agencies.read' for everyone but the audit administrator, 'agencies.manage' for the system
 * administrator); jurisdiction is applied in every query. The rules below are the per-record ones
 * (shared with the web through @qingshan/domain org-rules).
 */
export const agencyPolicy = {
  canHaveNewChild(parentKind: AgencyKind): boolean {
    return canAgencyKindHaveNewUnit(parentKind);
  },
};
