/**
 * Roles a user can hold (ORG-2). The three administrators (三员分立, SYS-2) are mutually
 * exclusive and hold no business role: the system administrator runs accounts and settings,
 * the security administrator grants roles and unlocks accounts, the audit administrator only
 * reads the audit trail.
 */
export const roles = [
  'inspector',
  'agency_head',
  'legal_reviewer',
  'supervisor',
  'hotline_operator',
  'police_liaison',
  'system_admin',
  'security_admin',
  'audit_admin',
] as const;

export type Role = (typeof roles)[number];

export const administratorRoles = [
  'system_admin',
  'security_admin',
  'audit_admin',
] as const satisfies readonly Role[];
export type AdministratorRole = (typeof administratorRoles)[number];

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  inspector: { zh: '执法人员', en: 'Inspector' },
  agency_head: { zh: '机构负责人', en: 'Agency head' },
  legal_reviewer: { zh: '法制审核人员', en: 'Legal reviewer' },
  supervisor: { zh: '督办稽查人员', en: 'Supervisor' },
  hotline_operator: { zh: '12369热线受理员', en: 'Hotline operator' },
  police_liaison: { zh: '公安联络员', en: 'Police liaison' },
  system_admin: { zh: '系统管理员', en: 'System administrator' },
  security_admin: { zh: '安全管理员', en: 'Security administrator' },
  audit_admin: { zh: '安全审计员', en: 'Audit administrator' },
};

export function isAdministratorRole(role: Role): role is AdministratorRole {
  return (administratorRoles as readonly Role[]).includes(role);
}

/**
 * 三员分立: an administrator role stands alone. Returns a Chinese message naming the problem,
 * or null when the combination is allowed.
 */
export function findRoleCombinationProblem(assigned: readonly Role[]): string | null {
  const unique = new Set(assigned);
  if (unique.size !== assigned.length) return '角色不能重复';
  const admins = assigned.filter(isAdministratorRole);
  if (admins.length > 1) {
    return `三员分立：${admins.map((role) => roleLabels[role].zh).join('、')}不能由同一账号兼任`;
  }
  if (admins.length === 1 && assigned.length > 1) {
    return `三员分立：${roleLabels[admins[0]!].zh}不能同时担任业务角色`;
  }
  return null;
}
