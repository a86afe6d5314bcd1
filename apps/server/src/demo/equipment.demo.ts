import {
  businessDateOf,
  type CapacityAgency,
  calculateRequiredQuantity,
  type EquipmentCategory,
  type EquipmentStatus,
  equipmentStandard,
  equipmentStandardLevelOf,
  resolveCapacityUnits,
} from '@qingshan/domain';
import { sql } from 'drizzle-orm';
import { insertMany } from '../db/bulk';
import type { Database } from '../db/client';
import { agencyStaffing, equipmentEvents, equipmentItems, officers } from '../db/schema/index';
import { withNameSortKey } from '../lib/name-sort-key';
import type { AgencyRecord } from './demo.agencies';
import type { DemoContext, DemoStep } from './demo.context';
import { SeededRandom, stableUuid } from './demo.random';

/**
 * The agencies' equipment (ORG-4) and 执法编制 (EVAL-3), built on the officers the personnel step
 * loaded (their on-duty counts per enforcement agency are read from the database). Most agencies
 * meet the equipment standard; about a quarter of the counties have the gaps agencies really
 * report — no vapour-recovery tester, too few recorders or printers, a vehicle short — and about a
 * fifth of the agencies have more than 5 % of their 编制 vacant. Some items are away for repair,
 * older ones scrapped, some replaced by new ones (the new item names the one it replaced).
 * Agencies without officers get no 编制 and only their per-agency items.
 */

interface ModelChoice {
  name: string;
  models: readonly string[];
}

const modelsByCategory: Record<EquipmentCategory, ModelChoice> = {
  body_camera: { name: '执法记录仪', models: ['DSJ-V9', 'DSJ-HA1', 'DSJ-T8', 'DSJ-Z9 4G'] },
  mobile_terminal: {
    name: '移动执法终端',
    models: ['华为 MatePad 11 执法版', '三防移动执法终端 ZF-P60', '荣耀 平板 V8 执法版'],
  },
  portable_printer: {
    name: '便携式打印机',
    models: ['HP OfficeJet 200 Mobile', 'Canon TR150', '汉印 HM-A300'],
  },
  vapour_recovery_tester: {
    name: '油气回收三项检测仪',
    models: ['MH3200 型（液阻、密闭性、气液比）', 'LB-7035 型油气回收多参数检测仪'],
  },
  vehicle: {
    name: '执法执勤车',
    models: ['长城炮 越野皮卡', '比亚迪 宋PLUS DM-i', '丰田 汉兰达', '大众 途观L'],
  },
  drone: {
    name: '无人机',
    models: ['DJI Mavic 3 行业版（Mavic 3E）', 'DJI Mavic 3T 热成像版', 'DJI Matrice 30T'],
  },
  boat: { name: '无人船', models: ['云洲 M80 水质监测无人船', '8.6 米执法快艇'] },
  mobile_monitoring_vehicle: {
    name: '走航监测车',
    models: ['VOCs 走航监测车（GC-MS）', '大气颗粒物走航监测车'],
  },
  voc_detector: { name: '便携式VOCs检测仪', models: ['TVA2020 FID', 'PGM-7340 PID'] },
  sound_level_meter: { name: '声级计', models: ['AWA5688 多功能声级计', 'AWA6228+ 声级计'] },
};

const assetPrefixes: Record<EquipmentCategory, string> = {
  body_camera: 'JLY',
  mobile_terminal: 'YDZD',
  portable_printer: 'DYJ',
  vapour_recovery_tester: 'YQJC',
  vehicle: 'CL',
  drone: 'WRJ',
  boat: 'WRC',
  mobile_monitoring_vehicle: 'ZHC',
  voc_detector: 'VOC',
  sound_level_meter: 'SJJ',
};

/** Licence-plate prefixes of the covered cities (vehicles carry their plate as asset number). */
const platePrefixes: Record<string, string> = {
  '3601': '赣A',
  '3602': '赣H',
  '3603': '赣J',
  '3604': '赣G',
  '3605': '赣K',
  '3606': '赣L',
  '3607': '赣B',
  '3608': '赣D',
  '3609': '赣C',
  '3610': '赣F',
  '3611': '赣E',
  '2201': '吉A',
  '2202': '吉B',
  '2203': '吉C',
  '2204': '吉D',
  '2205': '吉E',
  '2206': '吉F',
  '2207': '吉J',
  '2208': '吉G',
  '2224': '吉H',
  '3206': '苏F',
};
const plateLetters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * Agencies whose figures the tests and the browser test rely on: 进贤县大队 has no vapour-recovery
 * tester, too few recorders and 15 % of its 编制 vacant; 新建区大队 lacks a printer and its drone;
 * 九江市濂溪区大队 is a vehicle short and 10 % vacant; 南昌县大队 and 南昌市支队 meet the standard.
 */
const fixedGaps: Record<string, { gaps: Gap[]; vacancyPercent?: number }> = {
  '360124-ENF': { gaps: ['no_tester', 'few_recorders'], vacancyPercent: 15 },
  '360112-ENF': { gaps: ['few_printers', 'no_drone'] },
  '360121-ENF': { gaps: [] },
  '360402-ENF': { gaps: ['vehicle_short'], vacancyPercent: 10 },
  '360100-ENF': { gaps: [] },
};

type Gap = 'no_tester' | 'few_recorders' | 'few_printers' | 'vehicle_short' | 'no_drone';
const gapKinds: readonly Gap[] = ['no_tester', 'few_recorders', 'few_printers', 'vehicle_short', 'no_drone'];

interface UnitInfo {
  agency: AgencyRecord;
  staff: number;
  onDuty: number;
}

type ItemRow = typeof equipmentItems.$inferInsert;
type EventRow = typeof equipmentEvents.$inferInsert;

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

async function countOfficers(db: Database): Promise<Map<string, { staff: number; onDuty: number }>> {
  const rows = await db
    .select({
      agencyId: officers.agencyId,
      staff: sql<number>`(count(*) filter (where ${officers.status} <> 'departed'))::int`,
      onDuty: sql<number>`(count(*) filter (where ${officers.status} = 'on_duty'))::int`,
    })
    .from(officers)
    .groupBy(officers.agencyId);
  return new Map(rows.map((row) => [row.agencyId, { staff: row.staff, onDuty: row.onDuty }]));
}

/** Every enforcement agency (capacity unit) with the officers counted for it. */
function findUnits(agencies: AgencyRecord[], officerCounts: Map<string, { staff: number; onDuty: number }>) {
  const environmental = agencies.filter((agency) => agency.kind !== 'police');
  const byId = new Map(environmental.map((agency) => [agency.id, agency]));
  // Every agency of the covered provinces resolves to a unit (each department has its bureau).
  const tree = resolveCapacityUnits(environmental as CapacityAgency[], environmental[0]?.id ?? '');
  const units = new Map<string, UnitInfo>(
    tree.units.map((unit) => [unit.id, { agency: byId.get(unit.id)!, staff: 0, onDuty: 0 }]),
  );
  for (const [agencyId, unitId] of tree.unitOf) {
    const counts = officerCounts.get(agencyId);
    const unit = units.get(unitId);
    if (!counts || !unit) continue;
    unit.staff += counts.staff;
    unit.onDuty += counts.onDuty;
  }
  return [...units.values()].sort((a, b) => a.agency.sortOrder - b.agency.sortOrder);
}

export const equipmentDemoStep: DemoStep = {
  name: '执法装备',
  async load(db: Database, context: DemoContext): Promise<string> {
    const random = new SeededRandom(`qingshan-demo-equipment-${context.scale}`);
    const now = context.now;
    const today = businessDateOf(now);
    const thisYear = Number(today.slice(0, 4));
    const officerCounts = await countOfficers(db);
    const units = findUnits(context.agencies, officerCounts);

    const items: ItemRow[] = [];
    const events: EventRow[] = [];
    const staffing: (typeof agencyStaffing.$inferInsert)[] = [];
    const usedAssetNumbers = new Set<string>();
    const sequence = new Map<string, number>();
    let replacedCount = 0;
    let scrappedCount = 0;
    let maintenanceCount = 0;
    let unitsWithGaps = 0;
    let unitsWithVacancy = 0;

    const assetNumberFor = (unit: UnitInfo, category: EquipmentCategory, year: number): string => {
      if (category === 'vehicle' || category === 'mobile_monitoring_vehicle') {
        const prefix = platePrefixes[unit.agency.regionCode.slice(0, 4)] ?? '赣A';
        for (;;) {
          const plate = `${prefix}·${random.pick(plateLetters.split(''))}${random.integer(1000, 9999)}`;
          if (!usedAssetNumbers.has(plate)) {
            usedAssetNumbers.add(plate);
            return plate;
          }
        }
      }
      const key = `${unit.agency.code}-${category}`;
      const next = (sequence.get(key) ?? 0) + 1;
      sequence.set(key, next);
      const number = `${unit.agency.regionCode}${unit.agency.level === 'city' ? 'S' : unit.agency.level === 'province' ? 'P' : 'X'}-${assetPrefixes[category]}-${String(year).slice(2)}${String(next).padStart(3, '0')}`;
      usedAssetNumbers.add(number);
      return number;
    };

    const acquisitionDate = (from: number, to: number) =>
      isoDate(random.integer(from, to), random.integer(1, 12), random.integer(1, 28));

    const addItem = (
      unit: UnitInfo,
      category: EquipmentCategory,
      acquiredOn: string,
      replacesId: string | null,
    ) => {
      const choice = modelsByCategory[category];
      const id = stableUuid('equipment', `${unit.agency.code}-${items.length}`);
      const row: ItemRow = {
        id,
        agencyId: unit.agency.id,
        category,
        name: choice.name,
        model: random.pick(choice.models),
        serialNumber: `SN${acquiredOn.slice(0, 4)}${String(random.integer(0, 99_999_999)).padStart(8, '0')}`,
        assetNumber: assetNumberFor(unit, category, Number(acquiredOn.slice(0, 4))),
        acquiredOn,
        status: 'in_use',
        statusChangedOn: acquiredOn,
        replacesId,
        note: null,
        createdAt: now,
        updatedAt: now,
      };
      // Its first history entry (登记入账) is written in bulk by the database after the items.
      items.push(row);
      return row;
    };

    const close = (row: ItemRow, status: EquipmentStatus, on: string, note: string) => {
      events.push({
        id: stableUuid('equipment-event', `${row.id}-${status}`),
        itemId: row.id!,
        occurredOn: on,
        fromStatus: row.status,
        toStatus: status,
        note,
        createdAt: now,
      });
      row.status = status;
      row.statusChangedOn = on;
    };

    /**
     * `count` working items of a category, some with a history behind them. Only spares (beyond
     * what the standard requires) are ever away for repair, so the gaps are the deliberate ones.
     */
    const equip = (unit: UnitInfo, category: EquipmentCategory, count: number, spares: number) => {
      let sparesLeft = spares;
      for (let index = 0; index < count; index++) {
        // About one item in twelve replaced an older one (scrapped and replaced in 2022–2025).
        if (random.chance(0.08)) {
          const old = addItem(unit, category, acquisitionDate(2015, 2018), null);
          const replacedOn = acquisitionDate(2022, thisYear - 1);
          const successor = addItem(unit, category, replacedOn, old.id!);
          close(old, 'replaced', replacedOn, `已达报废年限，由 ${successor.assetNumber} 更新替换`);
          replacedCount++;
          continue;
        }
        const row = addItem(unit, category, acquisitionDate(2019, thisYear - 1), null);
        if (sparesLeft > 0 && random.chance(0.25)) {
          sparesLeft--;
          const month = random.integer(8, 10);
          close(row, 'maintenance', isoDate(thisYear, month, random.integer(1, 28)), '故障送修');
          maintenanceCount++;
        }
      }
      // Scrapped without replacement yet: old items that stay in the ledger.
      if (count > 0 && random.chance(0.1)) {
        const old = addItem(unit, category, acquisitionDate(2014, 2017), null);
        close(old, 'scrapped', acquisitionDate(2023, thisYear - 1), '损坏无法修复，已按规定报废');
        scrappedCount++;
      }
    };

    for (const unit of units) {
      const level = equipmentStandardLevelOf(unit.agency.level);
      const fixed = fixedGaps[unit.agency.code];
      const isCounty = level === 'county';
      const gaps = new Set<Gap>(
        fixed?.gaps ??
          (isCounty && random.chance(0.25) ? [random.pick(gapKinds), random.pick(gapKinds)] : []),
      );
      if (gaps.size > 0) unitsWithGaps++;
      for (const entry of equipmentStandard.entries) {
        const requirement = entry.levels[level];
        const quantity = calculateRequiredQuantity(requirement.rule, unit.onDuty);
        let count: number;
        if (requirement.tier === 'optional') {
          count = quantity > 0 && random.chance(isCounty ? 0.3 : 0.6) ? quantity : 0;
        } else if (requirement.rule.kind === 'per_on_duty_officers') {
          count = quantity + (quantity > 0 ? random.integer(0, 1) : 0);
        } else {
          count = quantity + (random.chance(0.15) ? 1 : 0);
        }
        if (entry.category === 'vapour_recovery_tester' && gaps.has('no_tester')) count = 0;
        if (entry.category === 'body_camera' && gaps.has('few_recorders') && quantity > 0) {
          count = Math.max(0, quantity - random.integer(2, 4));
        }
        if (entry.category === 'portable_printer' && gaps.has('few_printers') && quantity > 0) {
          count = Math.max(0, quantity - 1);
        }
        if (entry.category === 'vehicle' && gaps.has('vehicle_short') && quantity > 0) count = quantity - 1;
        if (entry.category === 'drone' && gaps.has('no_drone')) count = 0;
        const required = requirement.tier === 'basic' ? quantity : 0;
        equip(unit, entry.category, count, Math.max(0, count - required));
      }

      if (unit.staff > 0) {
        const vacancyPercent = fixed?.vacancyPercent ?? (random.chance(0.2) ? random.integer(8, 20) : 0);
        // 编制 = staff / (1 − vacancy): a unit meeting the target has its 编制 filled.
        const authorizedPositions =
          vacancyPercent > 0
            ? Math.max(unit.staff + 1, Math.ceil(unit.staff / (1 - vacancyPercent / 100)))
            : unit.staff + (random.chance(0.3) && unit.staff >= 20 ? 1 : 0);
        if (
          authorizedPositions > unit.staff &&
          (authorizedPositions - unit.staff) * 100 > 5 * authorizedPositions
        ) {
          unitsWithVacancy++;
        }
        staffing.push({ agencyId: unit.agency.id, authorizedPositions, updatedBy: null, updatedAt: now });
      }
    }

    await insertMany(
      db,
      equipmentItems,
      items.map((item) => withNameSortKey({ ...item, updatedAt: item.createdAt })),
    );
    // Every item's first entry, as createEquipmentItem writes it, then the later changes.
    await db.execute(sql`
      INSERT INTO ${equipmentEvents} (item_id, occurred_on, from_status, to_status, note, created_at)
      SELECT id, acquired_on, NULL, 'in_use',
             CASE WHEN replaces_id IS NULL THEN '登记入账' ELSE '更新替换入账' END, created_at
      FROM ${equipmentItems}`);
    await insertMany(db, equipmentEvents, events);
    await insertMany(db, agencyStaffing, staffing);
    const withOfficers = units.filter((unit) => unit.staff > 0).length;
    return (
      `执法装备：${units.length} 个执法机构（${withOfficers} 个有执法人员）装备 ${items.length} 件` +
      `（维修中 ${maintenanceCount}、已报废 ${scrappedCount}、更新替换 ${replacedCount}），` +
      `${unitsWithGaps} 个机构有装备缺口；执法编制 ${staffing.length} 个机构，其中 ${unitsWithVacancy} 个空编率超过 5%`
    );
  },
};
