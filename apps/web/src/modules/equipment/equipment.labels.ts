import type { EquipmentCategory, EquipmentStatus } from '@qingshan/domain';
import type { BadgeProps } from 'antd';

/** Badge states of the lifecycle: working, away, closed. */
export const equipmentStatusBadges: Record<EquipmentStatus, BadgeProps['status']> = {
  in_use: 'success',
  maintenance: 'warning',
  scrapped: 'default',
  replaced: 'default',
};

export const equipmentCategoryColors: Record<EquipmentCategory, string> = {
  body_camera: 'blue',
  mobile_terminal: 'geekblue',
  portable_printer: 'cyan',
  vapour_recovery_tester: 'volcano',
  vehicle: 'green',
  drone: 'purple',
  boat: 'magenta',
  mobile_monitoring_vehicle: 'gold',
  voc_detector: 'orange',
  sound_level_meter: 'lime',
};
