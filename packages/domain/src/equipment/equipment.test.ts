import { describe, expect, it } from 'vitest';
import { getProvinceProfile } from '../profile/profile.provinces';
import {
  equipmentCategories,
  equipmentCategoryInfo,
  profileEquipmentCategories,
} from './equipment.categories';
import { calculateEquipmentGap, sumEquipmentGaps } from './equipment.gap';
import {
  canTransitionEquipment,
  equipmentStatuses,
  isEquipmentHeld,
  nextEquipmentStatuses,
  whyEquipmentTransitionRefused,
} from './equipment.lifecycle';
import {
  calculateRequiredQuantity,
  describeEquipmentRule,
  type EquipmentStandard,
  equipmentStandard,
  equipmentStandardLevelOf,
} from './equipment.standard';

const lineOf = (gap: ReturnType<typeof calculateEquipmentGap>, category: string) =>
  gap.lines.find((line) => line.category === category)!;

describe('the equipment standard table', () => {
  it('has one entry per category, each with a citation, a unit and a note on configurable figures', () => {
    expect(equipmentStandard.entries.map((entry) => entry.category).sort()).toEqual(
      [...equipmentCategories].sort(),
    );
    for (const entry of equipmentStandard.entries) {
      expect(entry.basis).toContain('装备标准化建设指导标准（2020年版）');
      expect(equipmentCategoryInfo[entry.category].unit.length).toBeGreaterThan(0);
      if (entry.isConfigurable) expect(entry.note.length).toBeGreaterThan(10);
    }
  });

  it('makes the four items seed 004 item 12 names basic configuration at every level', () => {
    const required = getProvinceProfile('jiangxi').capacity.requiredEquipment.items.map((item) => item.key);
    expect(required).toEqual([
      'body_camera',
      'mobile_terminal',
      'portable_printer',
      'vapour_recovery_tester',
    ]);
    for (const key of required) {
      const entry = equipmentStandard.entries.find((candidate) => candidate.category === key)!;
      expect(entry.basis).toContain('重点任务第12项');
      for (const level of ['province', 'city', 'county'] as const) {
        expect(entry.levels[level].tier).toBe('basic');
      }
    }
    expect(profileEquipmentCategories).toEqual(expect.arrayContaining(required));
  });

  it('counts per-officer requirements rounded up and fixed ones as they are', () => {
    expect(calculateRequiredQuantity({ kind: 'per_on_duty_officers', officersPerItem: 1 }, 7)).toBe(7);
    expect(calculateRequiredQuantity({ kind: 'per_on_duty_officers', officersPerItem: 2 }, 7)).toBe(4);
    expect(calculateRequiredQuantity({ kind: 'per_on_duty_officers', officersPerItem: 5 }, 0)).toBe(0);
    expect(calculateRequiredQuantity({ kind: 'per_agency', quantity: 2 }, 0)).toBe(2);
    expect(
      describeEquipmentRule({ kind: 'per_on_duty_officers', officersPerItem: 2 }, 'portable_printer'),
    ).toBe('每2名在岗执法人员1台');
    expect(describeEquipmentRule({ kind: 'per_agency', quantity: 1 }, 'vapour_recovery_tester')).toBe(
      '每个机构1套',
    );
    expect(equipmentStandardLevelOf('field')).toBe('county');
    expect(equipmentStandardLevelOf('city')).toBe('city');
  });
});

describe('calculateEquipmentGap', () => {
  it('compares a county agency of 12 on-duty officers with the standard, category by category', () => {
    const gap = calculateEquipmentGap({
      level: 'county',
      onDutyOfficers: 12,
      holdings: {
        body_camera: { inUse: 9, inMaintenance: 1 },
        mobile_terminal: { inUse: 13, inMaintenance: 0 },
        portable_printer: { inUse: 6, inMaintenance: 0 },
        vehicle: { inUse: 2, inMaintenance: 1 },
        drone: { inUse: 1, inMaintenance: 0 },
        boat: { inUse: 1, inMaintenance: 0 },
      },
    });
    expect(lineOf(gap, 'body_camera')).toMatchObject({ tier: 'basic', required: 12, inUse: 9, shortfall: 3 });
    // A surplus never becomes a negative shortfall.
    expect(lineOf(gap, 'mobile_terminal')).toMatchObject({ required: 12, inUse: 13, shortfall: 0 });
    expect(lineOf(gap, 'portable_printer')).toMatchObject({ required: 6, shortfall: 0 });
    // Not held at all.
    expect(lineOf(gap, 'vapour_recovery_tester')).toMatchObject({ required: 1, inUse: 0, shortfall: 1 });
    // County: one vehicle per five officers, rounded up; a vehicle in the workshop does not count.
    expect(lineOf(gap, 'vehicle')).toMatchObject({ required: 3, inUse: 2, inMaintenance: 1, shortfall: 1 });
    expect(lineOf(gap, 'drone')).toMatchObject({ required: 1, shortfall: 0 });
    // Optional: recommended, never a shortfall.
    expect(lineOf(gap, 'boat')).toMatchObject({
      tier: 'optional',
      required: 0,
      recommended: 1,
      shortfall: 0,
    });
    expect(lineOf(gap, 'sound_level_meter')).toMatchObject({ required: 0, recommended: 1, shortfall: 0 });
    expect(gap.requiredTotal).toBe(12 + 12 + 6 + 1 + 3 + 1);
    expect(gap.shortfallTotal).toBe(3 + 1 + 1);
    expect(gap.fulfilledTotal).toBe(gap.requiredTotal - gap.shortfallTotal);
    expect(gap.shortCategories).toEqual(['body_camera', 'vapour_recovery_tester', 'vehicle']);
  });

  it('uses the level: a city needs more vehicles and drones than a county of the same size', () => {
    const input = { onDutyOfficers: 20, holdings: {} };
    const city = calculateEquipmentGap({ ...input, level: 'city' });
    const county = calculateEquipmentGap({ ...input, level: 'county' });
    expect(lineOf(city, 'vehicle').required).toBe(5);
    expect(lineOf(county, 'vehicle').required).toBe(4);
    expect(lineOf(city, 'drone').required).toBe(2);
    expect(lineOf(county, 'drone').required).toBe(1);
  });

  it('an agency without on-duty officers still needs its per-agency items', () => {
    const gap = calculateEquipmentGap({ level: 'county', onDutyOfficers: 0, holdings: {} });
    expect(lineOf(gap, 'body_camera').required).toBe(0);
    expect(lineOf(gap, 'vapour_recovery_tester').required).toBe(1);
    expect(gap.shortCategories).toEqual(['vapour_recovery_tester', 'drone']);
  });

  it('reads another standard when a province configures one', () => {
    const strict: EquipmentStandard = {
      ...equipmentStandard,
      entries: equipmentStandard.entries.map((entry) =>
        entry.category === 'boat'
          ? {
              ...entry,
              levels: {
                ...entry.levels,
                county: { tier: 'basic', rule: { kind: 'per_agency', quantity: 2 } },
              },
            }
          : entry,
      ),
    };
    const gap = calculateEquipmentGap(
      { level: 'county', onDutyOfficers: 4, holdings: { boat: { inUse: 1, inMaintenance: 0 } } },
      strict,
    );
    expect(lineOf(gap, 'boat')).toMatchObject({ tier: 'basic', required: 2, shortfall: 1 });
  });
});

describe('sumEquipmentGaps', () => {
  it('sums each agency’s shortfall: a surplus in one county does not cover a gap in another', () => {
    const first = calculateEquipmentGap({
      level: 'county',
      onDutyOfficers: 4,
      holdings: { body_camera: { inUse: 8, inMaintenance: 0 } },
    });
    const second = calculateEquipmentGap({
      level: 'county',
      onDutyOfficers: 6,
      holdings: { body_camera: { inUse: 2, inMaintenance: 1 } },
    });
    const total = sumEquipmentGaps([first, second]);
    expect(lineOf(total, 'body_camera')).toMatchObject({
      required: 10,
      inUse: 10,
      inMaintenance: 1,
      shortfall: 4,
    });
    expect(total.shortfallTotal).toBe(first.shortfallTotal + second.shortfallTotal);
    expect(total.requiredTotal).toBe(first.requiredTotal + second.requiredTotal);
    expect(total.fulfilledTotal).toBe(total.requiredTotal - total.shortfallTotal);
    expect(sumEquipmentGaps([])).toMatchObject({ lines: [], requiredTotal: 0, shortfallTotal: 0 });
  });
});

describe('the equipment lifecycle', () => {
  it('in use ⇄ maintenance; both may be scrapped or replaced', () => {
    expect(canTransitionEquipment('in_use', 'maintenance')).toBe(true);
    expect(canTransitionEquipment('maintenance', 'in_use')).toBe(true);
    expect(canTransitionEquipment('in_use', 'scrapped')).toBe(true);
    expect(canTransitionEquipment('maintenance', 'scrapped')).toBe(true);
    expect(canTransitionEquipment('in_use', 'replaced')).toBe(true);
    expect(nextEquipmentStatuses('in_use')).toEqual(['maintenance', 'scrapped']);
    expect(nextEquipmentStatuses('maintenance')).toEqual(['in_use', 'scrapped']);
  });

  it('nothing follows a scrapped or replaced item, and the refusal says why', () => {
    for (const closed of ['scrapped', 'replaced'] as const) {
      for (const to of equipmentStatuses) expect(canTransitionEquipment(closed, to)).toBe(false);
      expect(nextEquipmentStatuses(closed)).toEqual([]);
    }
    expect(whyEquipmentTransitionRefused('scrapped', 'in_use')).toBe('装备已报废，不能再恢复使用');
    expect(whyEquipmentTransitionRefused('replaced', 'maintenance')).toBe('装备已被新装备替换，不能再送修');
    expect(whyEquipmentTransitionRefused('in_use', 'in_use')).toBe('装备已是“在用”状态');
    expect(whyEquipmentTransitionRefused('in_use', 'maintenance')).toBeNull();
    expect(isEquipmentHeld('maintenance')).toBe(true);
    expect(isEquipmentHeld('scrapped')).toBe(false);
  });
});
