import { type Permission, permissionRoles } from '@qingshan/domain';

/**
 * What the current user may see and do, derived from the `permissions` of /api/auth/me (the
 * server computes them from the same @qingshan/domain table it enforces). The menu, the routes and
 * every action button ask here; the server still checks each request.
 */
export interface Access {
  can(permission: Permission): boolean;
  /** A route or menu entry without a permission is open to every logged-in user. */
  canOpen(permission: Permission | undefined): boolean;
}

const knownPermissions = new Set(Object.keys(permissionRoles));

export function buildAccess(permissions: readonly string[]): Access {
  const granted = new Set(permissions.filter((permission) => knownPermissions.has(permission)));
  const can = (permission: Permission) => granted.has(permission);
  return {
    can,
    canOpen: (permission) => permission === undefined || can(permission),
  };
}
