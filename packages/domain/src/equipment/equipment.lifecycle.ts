/**
 * The life of an item of equipment (ORG-4; seed 004 item 14: 使用、维护、报废、更新): in use, away for
 * maintenance and back, scrapped, or replaced by a new item that names the one it replaces.
 * Scrapped and replaced items are closed: nothing follows.
 */
export const equipmentStatuses = ['in_use', 'maintenance', 'scrapped', 'replaced'] as const;
export type EquipmentStatus = (typeof equipmentStatuses)[number];
export const equipmentStatusLabels: Record<EquipmentStatus, string> = {
  in_use: '在用',
  maintenance: '维修中',
  scrapped: '已报废',
  replaced: '已更新替换',
};

/** Status changes a person records directly; replacement has its own act (it creates the new item). */
export const equipmentTransitionTargets = ['in_use', 'maintenance', 'scrapped'] as const;
export type EquipmentTransitionTarget = (typeof equipmentTransitionTargets)[number];

const allowedTransitions: Record<EquipmentStatus, readonly EquipmentStatus[]> = {
  in_use: ['maintenance', 'scrapped', 'replaced'],
  maintenance: ['in_use', 'scrapped', 'replaced'],
  scrapped: [],
  replaced: [],
};

/** The verbs of each change, for history and audit summaries. */
export const equipmentTransitionLabels: Record<EquipmentStatus, string> = {
  in_use: '恢复使用',
  maintenance: '送修',
  scrapped: '报废',
  replaced: '更新替换',
};

export function isEquipmentStatusClosed(status: EquipmentStatus): boolean {
  return allowedTransitions[status].length === 0;
}

export function canTransitionEquipment(from: EquipmentStatus, to: EquipmentStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** Why the change is not allowed, in Chinese, or null when it is. */
export function whyEquipmentTransitionRefused(from: EquipmentStatus, to: EquipmentStatus): string | null {
  if (canTransitionEquipment(from, to)) return null;
  if (from === to) return `装备已是“${equipmentStatusLabels[from]}”状态`;
  if (isEquipmentStatusClosed(from)) {
    return `装备已${from === 'scrapped' ? '报废' : '被新装备替换'}，不能再${equipmentTransitionLabels[to]}`;
  }
  return `“${equipmentStatusLabels[from]}”的装备不能直接${equipmentTransitionLabels[to]}`;
}

/** Statuses an item can move to from `from` by a direct change (for the buttons of the page). */
export function nextEquipmentStatuses(from: EquipmentStatus): EquipmentTransitionTarget[] {
  return equipmentTransitionTargets.filter((to) => canTransitionEquipment(from, to));
}

/** Items that count as held by the agency (in use or away for maintenance). */
export function isEquipmentHeld(status: EquipmentStatus): boolean {
  return status === 'in_use' || status === 'maintenance';
}
