import { type Role, roles } from './roles';

const everyone = roles;
const businessAndOperators = roles.filter((role) => role !== 'audit_admin');

/**
 * What each role may do, by permission name. The server checks these on every route (each
 * module's `*.policy.ts` adds the per-record rules: jurisdiction, self-service, 三员分立);
 * the web builds its menu from the same names (apps/web/src/access.ts).
 * The audit administrator reads the audit trail and nothing else (三员分立).
 */
export const permissionRoles = {
  'agencies.read': businessAndOperators,
  'agencies.manage': ['system_admin'],
  'regions.read': businessAndOperators,
  'users.read': ['system_admin', 'security_admin', 'agency_head'],
  'users.manage': ['system_admin'],
  'users.assign_roles': ['security_admin'],
  'users.unlock': ['security_admin'],
  'audit.read': ['audit_admin'],
  'calendar.read': everyone,
  'calendar.manage': ['system_admin'],
  'profile.read': businessAndOperators,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;

export function hasPermission(userRoles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissionRoles[permission];
  return userRoles.some((role) => allowed.includes(role));
}

export function listPermissions(userRoles: readonly Role[]): Permission[] {
  return (Object.keys(permissionRoles) as Permission[]).filter((permission) =>
    hasPermission(userRoles, permission),
  );
}
