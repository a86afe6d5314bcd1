import {
  type AgencyKind,
  type AgencyLevel,
  type BackbonePool,
  backbonePoolLabels,
  isAdministratorRole,
  type Role,
  roleLabels,
} from '@qingshan/domain';

interface ActorAgency {
  kind: AgencyKind;
  level: AgencyLevel;
}

/**
 * Per-record rules of the personnel registry (ORG-3). Route permissions ('personnel.read',
 * 'personnel.manage', 'entities.manage') are in @qingshan/domain; jurisdiction is in the queries.
 * Each rule returns a Chinese reason when the act is refused, null when it is allowed.
 */
export const personnelPolicy = {
  /** Officers belong to environmental agencies; the police keep their own staff. */
  whyAgencyCannotHoldOfficers(kind: AgencyKind): string | null {
    return kind === 'police' ? '公安机关的人员不属于生态环境执法人员名录库' : null;
  },

  /**
   * Seed 004 item 17: a secondment longer than the threshold needs the consent of the provincial
   * enforcement bureau (省厅执法局) — so only its users record that consent.
   */
  whyCannotApproveSecondment(actor: ActorAgency, approver: string): string | null {
    return actor.kind === 'provincial_enforcement_bureau'
      ? null
      : `借调超过期限须经${approver}同意，只有${approver}的人员可以登记批准`;
  },

  /**
   * Seed 004 item 8: the provincial pool is managed by the provincial enforcement bureau; a
   * city's own backbone by the city (or the province above it). Counties nominate, cities decide.
   */
  whyCannotManageBackbone(
    actor: ActorAgency,
    pool: BackbonePool,
    officerAgencyLevel: AgencyLevel,
    managedBy: string,
  ): string | null {
    if (pool === 'province') {
      return actor.kind === 'provincial_enforcement_bureau'
        ? null
        : `${backbonePoolLabels.province}由${managedBy}统一管理，只有${managedBy}的人员可以调整`;
    }
    if (actor.level !== 'province' && actor.level !== 'city') {
      return `${backbonePoolLabels.city}由设区市生态环境部门确定，县级机构不能调整`;
    }
    if (officerAgencyLevel === 'province') return '省级机构的人员不列入市级执法骨干';
    return null;
  },

  /**
   * An officer's platform account: of the officer's own agency, and never an administrator's
   * (三员分立: administrators hold no business role, so they do not act as officers).
   */
  whyAccountCannotBeLinked(
    account: { agencyId: string; roles: string[]; username: string },
    officerAgencyId: string,
  ): string | null {
    if (account.agencyId !== officerAgencyId) {
      return `账号 ${account.username} 与该执法人员不属于同一机构，只能关联本机构的账号`;
    }
    const adminRole = (account.roles as Role[]).find(isAdministratorRole);
    if (adminRole) return `三员分立：${roleLabels[adminRole].zh}的账号不能关联执法人员`;
    return null;
  },
};
