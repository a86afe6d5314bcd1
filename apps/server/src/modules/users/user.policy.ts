import {
  type AgencyKind,
  findRoleCombinationProblem,
  isAdministratorRole,
  type Role,
  roleLabels,
} from '@qingshan/domain';

/**
 * Per-record rules for accounts (SYS-2). Route permissions ('users.read', 'users.manage',
 * 'users.assign_roles', 'users.unlock') are in @qingshan/domain; jurisdiction is in the queries.
 * Each rule returns a Chinese reason when the act is refused, null when it is allowed.
 */
export const userPolicy = {
  /**
   * 三员分立: the system administrator runs accounts but may not take over another
   * administrator's account (reset its password, disable or move it), nor their own.
   */
  whyCannotManage(actorId: string, target: { id: string; roles: string[] }): string | null {
    if (actorId === target.id) return '不能在用户管理中修改本人账号，请使用"个人设置"';
    const adminRole = (target.roles as Role[]).find(isAdministratorRole);
    if (adminRole) return `三员分立：系统管理员不能修改${roleLabels[adminRole].zh}的账号`;
    return null;
  },

  /** The security administrator grants roles, never to themselves. */
  whyCannotAssignRoles(
    actorId: string,
    targetId: string,
    assigned: Role[],
    agencyKind: AgencyKind,
  ): string | null {
    if (actorId === targetId) return '三员分立：不能为本人分配角色';
    return findRoleCombinationProblem(assigned) ?? userPolicy.whyRolesDoNotFitAgency(assigned, agencyKind);
  },

  /** Police liaisons belong to police agencies, and police accounts hold no environmental role. */
  whyRolesDoNotFitAgency(assigned: Role[], agencyKind: AgencyKind): string | null {
    const isPolice = agencyKind === 'police';
    if (isPolice && assigned.some((role) => role !== 'police_liaison')) {
      return '公安机关的账号只能担任公安联络员';
    }
    if (!isPolice && assigned.includes('police_liaison')) return '公安联络员只能由公安机关的账号担任';
    return null;
  },

  whyCannotUnlock(actorId: string, targetId: string): string | null {
    return actorId === targetId ? '不能为本人解锁或强制下线' : null;
  },
};
