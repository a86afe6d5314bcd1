import type { AgencyLevel } from '../org/org.contract';
import { type EquipmentCategory, equipmentCategoryInfo } from './equipment.categories';

/**
 * What an enforcement agency should hold, per category and agency level: the configured reading of
 * 《生态环境保护综合行政执法装备标准化建设指导标准（2020年版）》 (生态环境部, 2020), which sets a
 * basic configuration (基本配置) and optional items (选配) per level of agency.
 *
 * What could be confirmed: the standard exists and was replaced by the 2024 edition
 * (环办执法〔2024〕27号), which changed categories and quantities; seed 004 item 12 requires every
 * level in Jiangxi to be fully equipped with 执法记录仪、移动执法终端、便携式打印机、油气回收三项检测仪
 * by the end of 2022, item 13 asks for enforcement vehicles, item 5 for drones, unmanned boats and
 * mobile monitoring vehicles. The quantities of the standard's own tables could not be checked
 * against its text, so every quantity here is a platform default marked `isConfigurable` with the
 * reasoning in `note` — no figure below is presented as the standard's.
 */

export const equipmentStandardTitle = '《生态环境保护综合行政执法装备标准化建设指导标准（2020年版）》';
const seed004 = '《江西省生态环境综合执法能力建设年活动实施意见》';
const unverifiedQuantity = '未能核对2020年版标准原文的配备数量，此为平台默认值，可配置';

export const equipmentStandardLevels = ['province', 'city', 'county'] as const;
export type EquipmentStandardLevel = (typeof equipmentStandardLevels)[number];

/** 基本配置 counts towards the gap; 选配 is shown as a recommendation only. */
export const equipmentRequirementTiers = ['basic', 'optional'] as const;
export type EquipmentRequirementTier = (typeof equipmentRequirementTiers)[number];
export const equipmentRequirementTierLabels: Record<EquipmentRequirementTier, string> = {
  basic: '基本配置',
  optional: '选配',
};

export type EquipmentQuantityRule =
  /** A fixed number for the agency. */
  | { kind: 'per_agency'; quantity: number }
  /** One item for every `officersPerItem` on-duty officers (rounded up). */
  | { kind: 'per_on_duty_officers'; officersPerItem: number };

export interface EquipmentLevelRequirement {
  tier: EquipmentRequirementTier;
  rule: EquipmentQuantityRule;
}

export interface EquipmentStandardEntry {
  category: EquipmentCategory;
  levels: Record<EquipmentStandardLevel, EquipmentLevelRequirement>;
  /** The citation, in Chinese. */
  basis: string;
  isConfigurable: boolean;
  note: string;
}

export interface EquipmentStandard {
  title: string;
  /** Where the standard stands now, in Chinese. */
  revisionNote: string;
  entries: EquipmentStandardEntry[];
}

const perOfficer = (officersPerItem: number): EquipmentQuantityRule => ({
  kind: 'per_on_duty_officers',
  officersPerItem,
});
const perAgency = (quantity: number): EquipmentQuantityRule => ({ kind: 'per_agency', quantity });
const everyLevel = (
  tier: EquipmentRequirementTier,
  rule: EquipmentQuantityRule,
): Record<EquipmentStandardLevel, EquipmentLevelRequirement> => ({
  province: { tier, rule },
  city: { tier, rule },
  county: { tier, rule },
});

export const equipmentStandard: EquipmentStandard = {
  title: equipmentStandardTitle,
  revisionNote:
    '2020年版已由《生态环境保护综合行政执法装备标准化建设指导标准（2024年版）》（环办执法〔2024〕27号）修订，新版调整了装备类别和配备数量；本表按2020年版口径配置，各地可按新版或本地配备方案调整。',
  entries: [
    {
      category: 'body_camera',
      levels: everyLevel('basic', perOfficer(1)),
      basis: `${equipmentStandardTitle}；${seed004}重点任务第12项（2022年底前配齐）`,
      isConfigurable: true,
      note: `${unverifiedQuantity}：每名在岗执法人员1台，保证现场执法全过程记录。`,
    },
    {
      category: 'mobile_terminal',
      levels: everyLevel('basic', perOfficer(1)),
      basis: `${equipmentStandardTitle}；${seed004}重点任务第12项（2022年底前配齐，移动执法系统全覆盖）`,
      isConfigurable: true,
      note: `${unverifiedQuantity}：每名在岗执法人员1台，满足移动执法系统全覆盖。`,
    },
    {
      category: 'portable_printer',
      levels: everyLevel('basic', perOfficer(2)),
      basis: `${equipmentStandardTitle}；${seed004}重点任务第12项（2022年底前配齐）`,
      isConfigurable: true,
      note: `${unverifiedQuantity}：现场执法不少于2人，每个2人执法小组1台（在岗人数除以2向上取整）。`,
    },
    {
      category: 'vapour_recovery_tester',
      levels: everyLevel('basic', perAgency(1)),
      basis: `${equipmentStandardTitle}；${seed004}重点任务第12项（2022年底前配齐）`,
      isConfigurable: true,
      note: `${unverifiedQuantity}：每个执法机构至少1套，用于加油站油气回收检查。`,
    },
    {
      category: 'vehicle',
      levels: {
        province: { tier: 'basic', rule: perOfficer(3) },
        city: { tier: 'basic', rule: perOfficer(4) },
        county: { tier: 'basic', rule: perOfficer(5) },
      },
      basis: `${equipmentStandardTitle}；${seed004}重点任务第13项（保障一线执法人员现场执法用车）`,
      isConfigurable: true,
      note: `${unverifiedQuantity}：省级每3名、市级每4名、县级每5名在岗执法人员1辆，取原环境监察标准化建设标准的车辆配置口径；执法执勤用车编制以本地公务用车管理规定为准。`,
    },
    {
      category: 'drone',
      levels: {
        province: { tier: 'basic', rule: perAgency(2) },
        city: { tier: 'basic', rule: perAgency(2) },
        county: { tier: 'basic', rule: perAgency(1) },
      },
      basis: `${equipmentStandardTitle}；${seed004}重点任务第5项（利用无人机、无人船、走航车等科技手段）`,
      isConfigurable: true,
      note: `${unverifiedQuantity}：省、市级各2架，县级1架，用于非现场执法巡查。`,
    },
    {
      category: 'boat',
      levels: everyLevel('optional', perAgency(1)),
      basis: `${equipmentStandardTitle}；${seed004}重点任务第5项`,
      isConfigurable: true,
      note: `${unverifiedQuantity}：有通航水域或入河排污口监管任务的机构选配1艘。`,
    },
    {
      category: 'mobile_monitoring_vehicle',
      levels: {
        province: { tier: 'optional', rule: perAgency(1) },
        city: { tier: 'optional', rule: perAgency(1) },
        county: { tier: 'optional', rule: perAgency(0) },
      },
      basis: `${equipmentStandardTitle}；${seed004}重点任务第5项`,
      isConfigurable: true,
      note: `${unverifiedQuantity}：省、市级选配1辆，县级可购买走航监测服务。`,
    },
    {
      category: 'voc_detector',
      levels: everyLevel('optional', perAgency(1)),
      basis: equipmentStandardTitle,
      isConfigurable: true,
      note: `${unverifiedQuantity}：有涉VOCs排放企业监管任务的机构选配1台。`,
    },
    {
      category: 'sound_level_meter',
      levels: everyLevel('optional', perAgency(1)),
      basis: equipmentStandardTitle,
      isConfigurable: true,
      note: `${unverifiedQuantity}：承担噪声污染执法的机构选配1台。`,
    },
  ],
};

/** Field offices and grids equip themselves like the county-level unit they belong to. */
export function equipmentStandardLevelOf(level: AgencyLevel): EquipmentStandardLevel {
  return level === 'field' ? 'county' : level;
}

export function calculateRequiredQuantity(rule: EquipmentQuantityRule, onDutyOfficers: number): number {
  if (rule.kind === 'per_agency') return rule.quantity;
  return Math.ceil(Math.max(0, onDutyOfficers) / rule.officersPerItem);
}

/** "每名在岗执法人员1台", "每2名在岗执法人员1台", "每个机构1套". */
export function describeEquipmentRule(rule: EquipmentQuantityRule, category: EquipmentCategory): string {
  const unit = equipmentCategoryInfo[category].unit;
  if (rule.kind === 'per_agency') return rule.quantity === 0 ? '不作要求' : `每个机构${rule.quantity}${unit}`;
  return rule.officersPerItem === 1
    ? `每名在岗执法人员1${unit}`
    : `每${rule.officersPerItem}名在岗执法人员1${unit}`;
}

export function findStandardEntry(
  category: EquipmentCategory,
  standard: EquipmentStandard = equipmentStandard,
): EquipmentStandardEntry | undefined {
  return standard.entries.find((entry) => entry.category === category);
}
