import {
  type AgencyKind,
  type AgencyLevel,
  agencyLevelLabels,
  type CapacityFigures,
  type CapacityQuery,
  type CapacityResponse,
  type CapacityRow,
  type CapacityTarget,
  type CapacityTargets,
  type CapacityTotals,
  calculateEquipmentGap,
  capacityIndicatorLabels,
  countMissedTargets,
  type EquipmentGap,
  enforcementAgencyKinds,
  equipmentCategoryInfo,
  equipmentStandard,
  equipmentStandardLevelOf,
  evaluateCapacity,
  type ProvinceProfile,
  type SetStaffingRequest,
  type Staffing,
  sumCapacityTotals,
  sumEquipmentGaps,
  totalsOfUnit,
} from '@qingshan/domain';
import ExcelJS from 'exceljs';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { invalidField, notFound } from '../../lib/errors';
import { profileForRegion } from '../../lib/profile';
import { findAgencyInScope } from '../agencies/index';
import { findStaffing, upsertStaffing } from '../personnel/index';
import { hasServingEnforcementUnit } from './capacity.repository';
import {
  type CapacityUnitSnapshot,
  loadCapacitySnapshot,
  resolveViewRoot,
  rollUpUnits,
} from './capacity.snapshot';

function gapOfUnit(unit: CapacityUnitSnapshot): EquipmentGap {
  return calculateEquipmentGap({
    level: equipmentStandardLevelOf(unit.agency.level),
    onDutyOfficers: unit.counts.onDuty,
    holdings: unit.holdings,
  });
}

function present(
  totals: CapacityTotals,
  gap: EquipmentGap,
  targets: CapacityTargets,
  scope: { scope: 'unit' | 'rollup'; level: AgencyLevel; kind: AgencyKind },
  authorizedPositions: number | null,
): CapacityFigures {
  const indicators = evaluateCapacity(totals, targets, scope);
  const shortfalls = new Map(gap.lines.map((line) => [line.category, line.shortfall]));
  return {
    ...totals,
    authorizedPositions,
    indicators,
    equipment: {
      requiredTotal: gap.requiredTotal,
      fulfilledTotal: gap.fulfilledTotal,
      shortfallTotal: gap.shortfallTotal,
      shortCategories: gap.shortCategories.map((category) => ({
        category,
        shortfall: shortfalls.get(category) ?? 0,
      })),
    },
    missedTargets: countMissedTargets(indicators) + (gap.shortfallTotal > 0 ? 1 : 0),
  };
}

function describeTargets(profile: ProvinceProfile, date: string): CapacityTarget[] {
  const staffing = profile.capacity.staffing;
  const staffingNote = staffing.note ? `${staffing.note}` : null;
  const withNote = (text: string) => (staffingNote ? `${text}（${staffingNote}）` : text);
  return [
    {
      key: 'vacancy',
      label: capacityIndicatorLabels.vacancy,
      target: `≤ ${staffing.maxVacancyRatePercent}%`,
      basis: staffing.basis,
      note: withNote(
        '空编率 =（执法编制数 − 实有执法人员）÷ 执法编制数，逐个机构计算后汇总；实有执法人员含借调、休假人员，不含离岗人员；目标约束市县执法机构',
      ),
    },
    {
      key: 'onDuty',
      label: capacityIndicatorLabels.onDuty,
      target: `≥ ${staffing.minOnDutyRatePercent}%`,
      basis: staffing.basis,
      note: withNote('在岗率 = 状态为“在岗”的人数 ÷ 实有执法人员；目标约束市县执法机构'),
    },
    {
      key: 'certificate',
      label: capacityIndicatorLabels.certificate,
      target: `${staffing.certificateRatePercent}%`,
      basis: staffing.basis,
      note: withNote(`持证率 = ${date} 当日持有效执法证的人数 ÷ 实有执法人员`),
    },
    {
      key: 'legalQualification',
      label: capacityIndicatorLabels.legalQualification,
      target: `设区市执法机构 ≥ ${staffing.minLegallyQualifiedPerCityAgency} 人`,
      basis: staffing.basis,
      note: withNote('取得国家统一法律职业资格的执法人员人数；汇总行为达标的设区市执法机构数'),
    },
    {
      key: 'equipment',
      label: '装备缺口',
      target: '基本配置无缺口',
      basis: `${equipmentStandard.title}；${profile.capacity.requiredEquipment.basis}`,
      note: `按在用装备与配备标准（基本配置）逐类比较，维修中的装备不计入；${equipmentStandard.revisionNote}`,
    },
  ];
}

/** GET /api/capacity: every capacity unit of the view with its own and rolled-up indicators. */
export async function getCapacity(
  ctx: AppContext,
  auth: AuthContext,
  query: CapacityQuery,
): Promise<CapacityResponse> {
  const root = await resolveViewRoot(ctx.db, auth, query.agencyId);
  const date = query.date ?? todayOf(ctx);
  const profile = profileForRegion(ctx, root.regionCode);
  const targets = profile.capacity.staffing;
  const units = await loadCapacitySnapshot(ctx.db, root.id, date);

  const ownTotals = new Map(
    units.map((unit) => [unit.agency.id, totalsOfUnit(unit.counts, unit.agency, targets)]),
  );
  const ownGaps = new Map(units.map((unit) => [unit.agency.id, gapOfUnit(unit)]));
  const rolledTotals = rollUpUnits(units, (unit) => ownTotals.get(unit.agency.id)!, sumCapacityTotals);
  const rolledGaps = rollUpUnits(units, (unit) => ownGaps.get(unit.agency.id)!, sumEquipmentGaps);
  const authorizedOf = (totals: CapacityTotals) =>
    totals.unitsWithStaffing > 0 ? totals.authorizedPositions : null;

  const rows: CapacityRow[] = units.map((unit) => {
    const id = unit.agency.id;
    const scope = { level: unit.agency.level, kind: unit.agency.kind };
    return {
      agencyId: id,
      name: unit.agency.name,
      shortName: unit.agency.shortName,
      kind: unit.agency.kind,
      level: unit.agency.level,
      parentAgencyId: unit.parentUnitId,
      staffingUpdatedAt: unit.staffingUpdatedAt?.toISOString() ?? null,
      own: present(
        ownTotals.get(id)!,
        ownGaps.get(id)!,
        targets,
        { ...scope, scope: 'unit' },
        unit.counts.authorizedPositions,
      ),
      rolledUp: present(
        rolledTotals.get(id)!,
        rolledGaps.get(id)!,
        targets,
        { ...scope, scope: 'rollup' },
        authorizedOf(rolledTotals.get(id)!),
      ),
    };
  });
  const tops = units.filter((unit) => unit.parentUnitId === null).map((unit) => unit.agency.id);
  const totalTotals = sumCapacityTotals(tops.map((id) => rolledTotals.get(id)!));
  const totalGap = sumEquipmentGaps(tops.map((id) => rolledGaps.get(id)!));
  return {
    agencyId: root.id,
    agencyName: root.name,
    date,
    thresholds: {
      maxVacancyRatePercent: targets.maxVacancyRatePercent,
      minOnDutyRatePercent: targets.minOnDutyRatePercent,
      certificateRatePercent: targets.certificateRatePercent,
      minLegallyQualifiedPerCityAgency: targets.minLegallyQualifiedPerCityAgency,
    },
    targets: describeTargets(profile, date),
    rows,
    total: present(
      totalTotals,
      totalGap,
      targets,
      { scope: 'rollup', level: root.level as AgencyLevel, kind: root.kind as AgencyKind },
      authorizedOf(totalTotals),
    ),
  };
}

/** PUT /api/capacity/staffing/:agencyId: the 执法编制数 of one enforcement agency. */
export async function setStaffing(
  ctx: AppContext,
  auth: AuthContext,
  agencyId: string,
  input: SetStaffingRequest,
): Promise<Staffing> {
  const agency = await findAgencyInScope(ctx.db, auth, agencyId);
  if (!agency) throw notFound('机构');
  const isUnit =
    enforcementAgencyKinds.includes(agency.kind as AgencyKind) ||
    (agency.kind === 'county_bureau' && !(await hasServingEnforcementUnit(ctx.db, agency.id)));
  if (!isUnit) {
    throw invalidField(
      'agencyId',
      `${agency.name}不是执法机构：执法编制数登记在承担执法的机构（执法局、支队、大队）`,
    );
  }
  const before = await findStaffing(ctx.db, agency.id);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await upsertStaffing(tx, {
      agencyId: agency.id,
      authorizedPositions: input.authorizedPositions,
      updatedBy: auth.user.id,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'capacity.staffing_set',
        targetType: 'agency',
        targetId: agency.id,
        summary: `设置${agency.name}执法编制数：${before ? `${before.authorizedPositions} 名` : '未填报'} → ${input.authorizedPositions} 名`,
        before: before ? { authorizedPositions: before.authorizedPositions } : null,
        after: { authorizedPositions: input.authorizedPositions },
      },
      now,
    );
  });
  return {
    agencyId: agency.id,
    agencyName: agency.name,
    authorizedPositions: input.authorizedPositions,
    updatedAt: now.toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------
// Excel export
// ---------------------------------------------------------------------------------------------

/** Excel's own "bad" style: light red fill, dark red text. */
const missedFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const missedFont: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };

const formatPercent = (value: number | null) => (value === null ? '—' : `${value}%`);

/** GET /api/capacity/export.xlsx: the view as a workbook, missed targets in red. */
export async function exportCapacity(
  ctx: AppContext,
  auth: AuthContext,
  query: CapacityQuery,
): Promise<Buffer> {
  const view = await getCapacity(ctx, auth, query);
  const now = ctx.clock.now();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青山生态环境执法平台';
  workbook.created = now;
  const sheet = workbook.addWorksheet('能力指标', { views: [{ state: 'frozen', ySplit: 2, xSplit: 1 }] });
  const columns = [
    { header: '机构', key: 'name', width: 34 },
    { header: '层级', key: 'level', width: 8 },
    { header: '统计范围', key: 'scope', width: 10 },
    { header: '执法编制数', key: 'authorized', width: 11 },
    { header: '实有执法人员', key: 'staff', width: 12 },
    { header: '在岗人数', key: 'onDuty', width: 10 },
    { header: '持证人数', key: 'certified', width: 10 },
    { header: '空编率', key: 'vacancy', width: 10 },
    { header: '在岗率', key: 'onDutyRate', width: 10 },
    { header: '持证率', key: 'certificateRate', width: 10 },
    { header: '法律职业资格人数', key: 'legal', width: 16 },
    { header: '装备应配（基本配置）', key: 'equipmentRequired', width: 18 },
    { header: '装备缺口', key: 'equipmentShortfall', width: 10 },
    { header: '缺口类别', key: 'equipmentCategories', width: 40 },
    { header: '未达标项数', key: 'missed', width: 11 },
  ];
  sheet.columns = columns.map((column) => ({ key: column.key, width: column.width }));
  sheet.mergeCells(1, 1, 1, columns.length);
  const title = sheet.getCell(1, 1);
  title.value = `${view.agencyName} 执法能力指标（统计日 ${view.date}；目标：空编率 ≤ ${view.thresholds.maxVacancyRatePercent}%，在岗率 ≥ ${view.thresholds.minOnDutyRatePercent}%，持证率 ${view.thresholds.certificateRatePercent}%，设区市执法机构法律职业资格 ≥ ${view.thresholds.minLegallyQualifiedPerCityAgency} 人；红色为未达标）`;
  title.font = { bold: true };
  title.alignment = { wrapText: true, vertical: 'middle' };
  sheet.getRow(1).height = 32;
  const header = sheet.getRow(2);
  header.values = columns.map((column) => column.header);
  header.font = { bold: true };

  const hasChildren = new Set(view.rows.map((row) => row.parentAgencyId).filter(Boolean));
  const depthOf = new Map<string, number>();
  for (const row of view.rows) {
    depthOf.set(row.agencyId, row.parentAgencyId ? (depthOf.get(row.parentAgencyId) ?? 0) + 1 : 0);
  }
  const addFigures = (
    name: string,
    level: string,
    scope: string,
    figures: CapacityFigures,
    depth: number,
    isSum = false,
  ) => {
    const excelRow = sheet.addRow({
      name,
      level,
      scope,
      authorized: figures.authorizedPositions ?? '未填报',
      staff: figures.enforcementStaff,
      onDuty: figures.onDuty,
      certified: figures.certified,
      vacancy: formatPercent(figures.indicators.vacancy.value),
      onDutyRate: formatPercent(figures.indicators.onDuty.value),
      certificateRate: formatPercent(figures.indicators.certificate.value),
      legal:
        scope === '本级'
          ? figures.legallyQualified
          : `${figures.legallyQualified}（设区市达标 ${figures.cityUnitsWithLegalQualification}/${figures.cityUnitCount}）`,
      equipmentRequired: figures.equipment.requiredTotal,
      equipmentShortfall: figures.equipment.shortfallTotal,
      equipmentCategories: figures.equipment.shortCategories
        .map(
          (item) =>
            `${equipmentCategoryInfo[item.category].label}缺${item.shortfall}${equipmentCategoryInfo[item.category].unit}`,
        )
        .join('、'),
      missed: figures.missedTargets,
    });
    excelRow.getCell('name').alignment = { indent: depth * 2 };
    if (isSum) excelRow.getCell('name').font = { bold: true };
    if (depth > 0) excelRow.outlineLevel = Math.min(depth, 7);
    const markMissed = (key: string, isMissed: boolean) => {
      if (!isMissed) return;
      const cell = excelRow.getCell(key);
      cell.fill = missedFill;
      cell.font = missedFont;
    };
    markMissed('vacancy', figures.indicators.vacancy.isMet === false);
    markMissed('onDutyRate', figures.indicators.onDuty.isMet === false);
    markMissed('certificateRate', figures.indicators.certificate.isMet === false);
    markMissed('legal', figures.indicators.legalQualification.isMet === false);
    markMissed('equipmentShortfall', figures.equipment.shortfallTotal > 0);
    markMissed('equipmentCategories', figures.equipment.shortfallTotal > 0);
  };
  for (const row of view.rows) {
    const depth = depthOf.get(row.agencyId) ?? 0;
    const level = agencyLevelLabels[row.level];
    addFigures(row.name, level, '本级', row.own, depth);
    if (hasChildren.has(row.agencyId)) {
      addFigures(`${row.name}（含下级）`, level, '含下级合计', row.rolledUp, depth, true);
    }
  }
  addFigures(`${view.agencyName} 合计`, '', '全部', view.total, 0, true);

  const notes = workbook.addWorksheet('指标说明');
  notes.columns = [
    { header: '指标', key: 'label', width: 14 },
    { header: '目标', key: 'target', width: 26 },
    { header: '依据', key: 'basis', width: 60 },
    { header: '口径说明', key: 'note', width: 90 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const target of view.targets) {
    notes.addRow({
      label: target.label,
      target: target.target,
      basis: target.basis,
      note: target.note ?? '',
    });
  }
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'capacity.export',
        targetType: 'agency',
        targetId: view.agencyId,
        summary: `导出${view.agencyName}执法能力指标（统计日 ${view.date}，${view.rows.length} 个执法机构）`,
      },
      now,
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
