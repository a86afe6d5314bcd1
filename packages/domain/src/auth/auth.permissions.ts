import { type Role, roles } from './auth.roles';

const everyone = roles;
const businessAndOperators = roles.filter((role) => role !== 'audit_admin');
/** The environmental agencies' own staff (not the police, not the security and audit administrators). */
const agencyStaff: Role[] = [
  'inspector',
  'agency_head',
  'legal_reviewer',
  'supervisor',
  'hotline_operator',
  'system_admin',
];

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
  // Regulated entities (REG-1, REG-2, REG-5)
  'entities.read': agencyStaff,
  // 三员分立 (GB/T 22239-2019 8.1.4.2 c): the system administrator runs accounts, agencies and
  // settings, never business data; the registry is kept by inspectors and the agency head.
  'entities.manage': ['inspector', 'agency_head'],
  'entities.import': ['agency_head'],
  // Commitments and credit (REG-3, REG-4): inspectors record deliveries and signatures; the
  // agency decides cards, credit levels and list memberships.
  'credit.read': agencyStaff,
  'commitments.manage': ['inspector', 'agency_head'],
  'credit.manage': ['agency_head', 'supervisor'],
  // Personnel (ORG-3) and equipment (ORG-4); capacity indicators (EVAL-3)
  'personnel.read': ['inspector', 'agency_head', 'legal_reviewer', 'supervisor', 'system_admin'],
  'personnel.manage': ['agency_head'],
  'equipment.read': ['inspector', 'agency_head', 'supervisor', 'system_admin'],
  'equipment.manage': ['agency_head'],
  'capacity.read': ['agency_head', 'supervisor', 'system_admin'],
  // Published lists (CAT-1 … CAT-5): the legal reviewers draft, the agency head publishes.
  'catalogues.read': businessAndOperators,
  'catalogues.manage': ['legal_reviewer', 'agency_head'],
  'catalogues.publish': ['agency_head'],
  // Double random, one public (DR-1 … DR-7): inspectors and heads read plans of their scope;
  // the agency head makes plans and draws; the assigned officers fill the inspection record;
  // heads and supervisors read the monthly and yearly tables. Task lists stay secret until the
  // inspection day (DR-4): the policy narrows `random_checks.read` per task.
  'random_checks.read': ['inspector', 'agency_head', 'legal_reviewer', 'supervisor'],
  'random_checks.manage': ['agency_head'],
  'random_checks.inspect': ['inspector', 'agency_head'],
  'random_checks.report': ['agency_head', 'supervisor'],
  // 上报: the head sends the own agency's table to the superior, withdraws it before it is
  // accepted, and accepts the tables of the units below.
  'random_checks.submit_report': ['agency_head'],
  'random_checks.accept_report': ['agency_head'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;

/**
 * The permissions of the three administrators' operations (accounts, roles, unlocking, agencies,
 * the working calendar, the audit trail). A refused attempt at one of them is a security event
 * and is audited (GB/T 22239-2019 8.1.4.3 a); refusals of business permissions are not, so that
 * a menu probe does not flood the trail.
 */
export const administrativePermissions: readonly Permission[] = [
  'agencies.manage',
  'users.read',
  'users.manage',
  'users.assign_roles',
  'users.unlock',
  'audit.read',
  'calendar.manage',
];

export function isAdministrativePermission(permission: Permission): boolean {
  return administrativePermissions.includes(permission);
}

export function hasPermission(userRoles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissionRoles[permission];
  return userRoles.some((role) => allowed.includes(role));
}

export function listPermissions(userRoles: readonly Role[]): Permission[] {
  return (Object.keys(permissionRoles) as Permission[]).filter((permission) =>
    hasPermission(userRoles, permission),
  );
}
