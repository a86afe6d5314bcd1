/**
 * 专业特长: the vocabulary the inspector database is organised by ("按照执法人员的执法类别、专业特长等，
 * 建立检查人员数据库", seed 002 二(二)1). The random draw (DR-2) matches an inspection item's
 * specialties against these keys, so they are fixed codes with Chinese names; the fields follow
 * the powers merged into the comprehensive enforcement teams (seed 003 三(一): pollution,
 * ecology, nuclear and radiation, marine, groundwater, agricultural non-point sources) and the
 * campaigns of seed 004 四(五) (hazardous waste, monitoring-data fraud, carbon reports).
 */
export const specialties = [
  'water',
  'air',
  'solid_waste',
  'hazardous_waste',
  'soil',
  'noise',
  'radiation',
  'ecology',
  'marine',
  'agriculture',
  'mobile_sources',
  'monitoring',
  'automatic_monitoring',
  'emergency',
  'carbon',
  'law',
  'case_handling',
] as const;
export type Specialty = (typeof specialties)[number];

export const specialtyLabels: Record<Specialty, string> = {
  water: '水污染防治',
  air: '大气污染防治',
  solid_waste: '固体废物',
  hazardous_waste: '危险废物',
  soil: '土壤与地下水',
  noise: '噪声与振动',
  radiation: '核与辐射安全',
  ecology: '生态保护',
  marine: '海洋生态环境',
  agriculture: '农业面源污染',
  mobile_sources: '机动车与油气回收',
  monitoring: '执法监测',
  automatic_monitoring: '自动监控与数据核查',
  emergency: '环境应急',
  carbon: '碳排放核查',
  law: '法制审核',
  case_handling: '案件查办与两法衔接',
};

export function isSpecialty(value: string): value is Specialty {
  return (specialties as readonly string[]).includes(value);
}

/** Whether an officer covers every specialty an item needs (an item needing none fits anyone). */
export function coversSpecialties(officer: readonly string[], needed: readonly string[]): boolean {
  return needed.every((specialty) => officer.includes(specialty));
}
