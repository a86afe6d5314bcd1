import type { AgencyKind, AgencyLevel, RegionLevel, Role, UserStatus } from '@qingshan/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The one place pages get names for codes (roles, agency kinds, statuses, audit actions …). The
 * Chinese names come from the @qingshan/domain label maps via locales/zh-CN/labels.ts.
 */

export type EnforcementUnitStyle = 'detachment' | 'brigade' | 'bureau';

/**
 * Enforcement units are 支队/大队 in the detachment–brigade model and 执法局 in the comprehensive
 * model (seed 003); the agency's own name says which.
 */
export function enforcementUnitStyle(name: string): EnforcementUnitStyle | null {
  if (name.endsWith('支队')) return 'detachment';
  if (name.endsWith('大队')) return 'brigade';
  if (/执法(?:[一二三四五六七八九十]+)?局$/.test(name)) return 'bureau';
  return null;
}

/**
 * A county-level region that is a 市辖区 (青山湖区, 濂溪区): its bureau is a 区局, not a 县局.
 * Development zones and industrial parks also end in 区 but are not districts. Reads the region's
 * name (or the bureau's, e.g. 南昌市生态环境局青山湖区分局) because that is all a tree node carries.
 */
export function isCityDistrict(name: string): boolean {
  const place = name.replace(/(?:生态环境)?(?:分局|局)$/, '').replace(/^.*生态环境局/, '');
  return /区$/.test(place) && !/(?:开发区|园区|示范区|保护区)$/.test(place);
}

export const agencyKindColors: Record<AgencyKind, string> = {
  provincial_department: 'purple',
  provincial_enforcement_bureau: 'magenta',
  city_bureau: 'geekblue',
  city_enforcement_unit: 'blue',
  county_bureau: 'cyan',
  county_enforcement_unit: 'green',
  zone_enforcement_bureau: 'orange',
  field_office: 'gold',
  grid: 'lime',
  police: 'red',
};

export const roleColors: Record<Role, string> = {
  inspector: 'green',
  agency_head: 'blue',
  legal_reviewer: 'purple',
  supervisor: 'geekblue',
  hotline_operator: 'cyan',
  police_liaison: 'red',
  system_admin: 'volcano',
  security_admin: 'orange',
  audit_admin: 'gold',
};

export function useLabels() {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels change with the language
  return useMemo(
    () => ({
      role: (role: string) => t(`labels.role.${role as Role}`, { defaultValue: role }),
      agencyKind: (kind: AgencyKind) => t(`labels.agencyKind.${kind}`),
      agencyLevel: (level: AgencyLevel) => t(`labels.agencyLevel.${level}`),
      regionLevel: (level: RegionLevel) => t(`labels.regionLevel.${level}`),
      userStatus: (status: UserStatus) => t(`labels.userStatus.${status}`),
      auditAction: (action: string, fallback?: string) =>
        t(`labels.auditAction.${action}`, { defaultValue: fallback ?? action }),
      dayKindName: (kind: 'workday' | 'weekend' | 'holiday' | 'makeup_workday') =>
        t(`labels.dayKind.${kind}`),
      auditTargetType: (type: string) => t(`labels.auditTargetType.${type}`, { defaultValue: type }),
      agencyTag: (agency: { kind: AgencyKind; name: string; regionName?: string }) => {
        if (agency.kind === 'city_enforcement_unit' || agency.kind === 'county_enforcement_unit') {
          const style = enforcementUnitStyle(agency.name);
          if (style) return t(`labels.enforcementUnitTag.${style}`);
        }
        if (agency.kind === 'county_bureau' && isCityDistrict(agency.regionName ?? agency.name)) {
          return t('labels.districtBureauTag');
        }
        return t(`labels.agencyTag.${agency.kind}`);
      },
    }),
    [t, i18n.language],
  );
}
