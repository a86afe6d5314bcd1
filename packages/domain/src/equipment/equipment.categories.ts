import { equipmentKeys } from '../profile/profile.schema';

/**
 * Equipment categories of the registry (ORG-4). The first seven are the ones ORG-4 (docs/FEATURES.md) and
 * the province profile (`capacity.requiredEquipment`) name; the last three are further field
 * instruments of enforcement work that agencies keep in the same ledger.
 */
export const equipmentCategories = [
  'body_camera',
  'mobile_terminal',
  'portable_printer',
  'vapour_recovery_tester',
  'vehicle',
  'drone',
  'boat',
  'mobile_monitoring_vehicle',
  'voc_detector',
  'sound_level_meter',
] as const;
export type EquipmentCategory = (typeof equipmentCategories)[number];

/** The keys the province profile may list as required; the type checks they are all categories. */
export const profileEquipmentCategories: readonly EquipmentCategory[] = equipmentKeys;

export interface EquipmentCategoryInfo {
  category: EquipmentCategory;
  /** Chinese name, as agencies write it in their ledgers. */
  label: string;
  labelEn: string;
  /** What the equipment is for in enforcement work, in Chinese. */
  purpose: string;
  /** Counting unit (台、套、辆、架、艘). */
  unit: string;
}

export const equipmentCategoryInfo: Record<EquipmentCategory, EquipmentCategoryInfo> = {
  body_camera: {
    category: 'body_camera',
    label: '执法记录仪',
    labelEn: 'Body-worn recorder',
    purpose: '现场检查、调查取证全过程音像记录（行政执法全过程记录制度）',
    unit: '台',
  },
  mobile_terminal: {
    category: 'mobile_terminal',
    label: '移动执法终端',
    labelEn: 'Mobile enforcement terminal',
    purpose: '现场调阅污染源档案、制作检查笔录、采集上传证据（移动执法系统）',
    unit: '台',
  },
  portable_printer: {
    category: 'portable_printer',
    label: '便携式打印机',
    labelEn: 'Portable printer',
    purpose: '现场打印检查笔录、责令改正等执法文书并当场送达',
    unit: '台',
  },
  vapour_recovery_tester: {
    category: 'vapour_recovery_tester',
    label: '油气回收三项检测仪',
    labelEn: 'Vapour-recovery tester (three tests)',
    purpose: '检测加油站油气回收系统液阻、密闭性和气液比',
    unit: '套',
  },
  vehicle: {
    category: 'vehicle',
    label: '执法车辆',
    labelEn: 'Enforcement vehicle',
    purpose: '一线执法人员现场执法、应急处置用车',
    unit: '辆',
  },
  drone: {
    category: 'drone',
    label: '无人机',
    labelEn: 'Drone',
    purpose: '空中巡查、偷排暗管和违法排污溯源、航拍取证（非现场执法）',
    unit: '架',
  },
  boat: {
    category: 'boat',
    label: '执法船艇（无人船）',
    labelEn: 'Boat or unmanned vessel',
    purpose: '水域巡查、入河排污口排查、水样采集',
    unit: '艘',
  },
  mobile_monitoring_vehicle: {
    category: 'mobile_monitoring_vehicle',
    label: '走航监测车',
    labelEn: 'Mobile monitoring vehicle',
    purpose: '大气污染走航监测、VOCs 排放溯源',
    unit: '辆',
  },
  voc_detector: {
    category: 'voc_detector',
    label: '便携式VOCs检测仪',
    labelEn: 'Portable VOC detector',
    purpose: '挥发性有机物无组织排放和泄漏现场快速检测',
    unit: '台',
  },
  sound_level_meter: {
    category: 'sound_level_meter',
    label: '声级计',
    labelEn: 'Sound level meter',
    purpose: '噪声污染执法现场测量取证',
    unit: '台',
  },
};

export function isEquipmentCategory(value: string): value is EquipmentCategory {
  return (equipmentCategories as readonly string[]).includes(value);
}
