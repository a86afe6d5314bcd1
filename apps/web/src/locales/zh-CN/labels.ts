import {
  type AgencyKind,
  agencyKindLabels,
  agencyLevelLabels,
  auditActionLabels,
  type Role,
  regionLevelLabels,
  roleLabels,
  roles,
  userStatusLabels,
} from '@qingshan/domain';

// Chinese names come from the shared domain maps (the server uses the same ones in exports and
// audit summaries); only what the domain does not name is written here.
const roleNames = Object.fromEntries(roles.map((role) => [role, roleLabels[role].zh])) as Record<
  Role,
  string
>;

export const labels = {
  role: roleNames,
  agencyKind: { ...agencyKindLabels },
  agencyLevel: { ...agencyLevelLabels },
  regionLevel: { ...regionLevelLabels },
  userStatus: { ...userStatusLabels },
  auditAction: { ...auditActionLabels },
  /** Short tags for the agency tree. Enforcement units are named by the province's model (see agencyTag). */
  /** A county-level bureau of a 市辖区 (see isCityDistrict). */
  districtBureauTag: '区局',
  agencyTag: {
    provincial_department: '省厅',
    provincial_enforcement_bureau: '执法局',
    city_bureau: '市局',
    city_enforcement_unit: '支队',
    county_bureau: '县局',
    county_enforcement_unit: '大队',
    zone_enforcement_bureau: '区域执法局',
    field_office: '派出',
    grid: '网格',
    police: '公安',
  } satisfies Record<AgencyKind, string>,
  enforcementUnitTag: { detachment: '支队', brigade: '大队', bureau: '执法局' },
  auditTargetType: {
    user: '用户',
    agency: '机构',
    audit_log: '审计记录',
    calendar_day: '日历日期',
    calendar_year: '日历年度',
    database: '数据库',
    officer: '执法人员',
    equipment: '执法装备',
    // random checks: field inspection record (issue 4, DR-5)
    random_check_task: '抽查任务',
  } as Record<string, string>,
  dayKind: {
    workday: '工作日',
    weekend: '周末',
    holiday: '法定节假日',
    makeup_workday: '调休上班',
  },
};
