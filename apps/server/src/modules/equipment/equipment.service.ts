import { randomUUID } from 'node:crypto';
import {
  type AgencyLevel,
  businessDateOf,
  type CreateEquipmentItemRequest,
  calculateEquipmentGap,
  describeEquipmentRule,
  type EquipmentCategory,
  type EquipmentGap,
  type EquipmentGapQuery,
  type EquipmentGapResponse,
  type EquipmentItem,
  type EquipmentItemDetail,
  type EquipmentListQuery,
  type EquipmentStatus,
  type EquipmentTransitionRequest,
  equipmentCategoryInfo,
  equipmentStandard,
  equipmentStandardLevelOf,
  equipmentStandardLevels,
  equipmentStatusLabels,
  equipmentTransitionLabels,
  type Paged,
  type ReplaceEquipmentItemRequest,
  sumEquipmentGaps,
  type UpdateEquipmentItemRequest,
  whyEquipmentTransitionRefused,
} from '@qingshan/domain';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/client';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { isAgencyInScope } from '../../lib/jurisdiction';
import { profileForRegion } from '../../lib/profile';
import { findAgency } from '../agencies/index';
import { loadCapacitySnapshot, resolveViewRoot, rollUpUnits } from '../capacity/index';
import {
  type EquipmentItemRow,
  findEquipmentEvents,
  findEquipmentForExport,
  findEquipmentInScope,
  findEquipmentPage,
  findReplacementLinks,
  insertEquipmentEvent,
  insertEquipmentItem,
  isAssetNumberTaken,
  updateEquipmentItem,
  updateEquipmentStatusFrom,
} from './equipment.repository';

function presentItem(row: EquipmentItemRow): EquipmentItem {
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    category: row.category as EquipmentCategory,
    name: row.name,
    model: row.model,
    serialNumber: row.serialNumber,
    assetNumber: row.assetNumber,
    acquiredOn: row.acquiredOn,
    status: row.status as EquipmentStatus,
    statusChangedOn: row.statusChangedOn,
    replacesId: row.replacesId,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit trail digests of an item. */
function auditState(row: {
  agencyId: string;
  category: string;
  name: string;
  model: string | null;
  serialNumber: string | null;
  assetNumber: string | null;
  acquiredOn: string | null;
  status: string;
  replacesId?: string | null;
  note: string | null;
}) {
  return {
    agencyId: row.agencyId,
    category: row.category,
    name: row.name,
    model: row.model,
    serialNumber: row.serialNumber,
    assetNumber: row.assetNumber,
    acquiredOn: row.acquiredOn,
    status: row.status,
    replacesId: row.replacesId ?? null,
    note: row.note,
  };
}

/** The PostgreSQL unique violation, however the driver wraps it. */
function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  while (current && typeof current === 'object') {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function assetNumberConflict(assetNumber: string, field = 'assetNumber'): AppError {
  return new AppError('CONFLICT', `资产编号 ${assetNumber} 已被其他装备使用，请核对`, field);
}

async function requireAssetNumberFree(db: Database, assetNumber: string, field: string, exceptId?: string) {
  if (await isAssetNumberTaken(db, assetNumber, exceptId)) throw assetNumberConflict(assetNumber, field);
}

function requireNotInFuture(date: string | null | undefined, today: string, field: string, label: string) {
  if (date && date > today) throw invalidField(field, `${label}（${date}）不能晚于今天（${today}）`);
}

async function requireAgencyInScope(ctx: AppContext, auth: AuthContext, agencyId: string) {
  const agency = (await isAgencyInScope(ctx.db, auth, agencyId))
    ? await findAgency(ctx.db, agencyId)
    : undefined;
  if (!agency || agency.kind === 'police') {
    throw new AppError('NOT_FOUND', '所选机构不存在，或不在您的管辖范围内', 'agencyId');
  }
  return agency;
}

async function requireItem(ctx: AppContext, auth: AuthContext, id: string): Promise<EquipmentItemRow> {
  const row = await findEquipmentInScope(ctx.db, auth, id);
  if (!row) throw notFound('装备');
  return row;
}

/** Runs a write; a concurrent duplicate asset number becomes the same 409 as the check before it. */
async function withAssetNumberGuard<T>(
  assetNumber: string,
  field: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw assetNumberConflict(assetNumber, field);
    throw error;
  }
}

const describeItem = (item: { name: string; assetNumber: string | null }) =>
  `${item.name}（${item.assetNumber ?? '无资产编号'}）`;

export async function listEquipment(
  ctx: AppContext,
  auth: AuthContext,
  query: EquipmentListQuery,
): Promise<Paged<EquipmentItem>> {
  const { rows, total } = await findEquipmentPage(ctx.db, auth, query);
  return { items: rows.map(presentItem), total, page: query.page, pageSize: query.pageSize };
}

export async function getEquipmentItem(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
): Promise<EquipmentItemDetail> {
  const row = await requireItem(ctx, auth, id);
  const [links, events] = await Promise.all([
    findReplacementLinks(ctx.db, row),
    findEquipmentEvents(ctx.db, row.id),
  ]);
  const link = (item: typeof links.replaces) =>
    item ? { ...item, status: item.status as EquipmentStatus } : null;
  return {
    ...presentItem(row),
    createdAt: row.createdAt.toISOString(),
    replaces: link(links.replaces),
    replacedBy: link(links.replacedBy),
    events: events.map((event) => ({
      id: event.id,
      occurredOn: event.occurredOn,
      fromStatus: event.fromStatus as EquipmentStatus | null,
      toStatus: event.toStatus as EquipmentStatus,
      note: event.note,
      createdByName: event.createdByName,
      createdAt: event.createdAt.toISOString(),
    })),
  };
}

export async function createEquipmentItem(
  ctx: AppContext,
  auth: AuthContext,
  input: CreateEquipmentItemRequest,
): Promise<EquipmentItemDetail> {
  const agency = await requireAgencyInScope(ctx, auth, input.agencyId);
  const now = ctx.clock.now();
  const today = businessDateOf(now);
  requireNotInFuture(input.acquiredOn, today, 'acquiredOn', '购置日期');
  await requireAssetNumberFree(ctx.db, input.assetNumber, 'assetNumber');
  const id = randomUUID();
  const values = {
    id,
    agencyId: agency.id,
    category: input.category,
    name: input.name,
    model: input.model,
    serialNumber: input.serialNumber,
    assetNumber: input.assetNumber,
    acquiredOn: input.acquiredOn,
    status: 'in_use',
    statusChangedOn: input.acquiredOn ?? today,
    replacesId: null,
    note: input.note,
    createdAt: now,
    updatedAt: now,
  };
  await withAssetNumberGuard(input.assetNumber, 'assetNumber', () =>
    ctx.db.transaction(async (tx) => {
      await insertEquipmentItem(tx, values);
      await insertEquipmentEvent(tx, {
        itemId: id,
        occurredOn: values.statusChangedOn,
        fromStatus: null,
        toStatus: 'in_use',
        note: '登记入账',
        createdBy: auth.user.id,
        createdAt: now,
      });
      await appendAudit(
        tx,
        actorOf(auth),
        {
          action: 'equipment.create',
          targetType: 'equipment',
          targetId: id,
          summary: `登记${equipmentCategoryInfo[input.category].label} ${describeItem(input)}，所属${agency.name}`,
          after: auditState(values),
        },
        now,
      );
    }),
  );
  return getEquipmentItem(ctx, auth, id);
}

const fieldLabels: Record<string, string> = {
  agencyId: '所属机构',
  category: '类别',
  name: '名称',
  model: '型号',
  serialNumber: '出厂编号',
  assetNumber: '资产编号',
  acquiredOn: '购置日期',
  note: '备注',
};

export async function updateEquipmentItemDetails(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: UpdateEquipmentItemRequest,
): Promise<EquipmentItemDetail> {
  const item = await requireItem(ctx, auth, id);
  if (input.agencyId && input.agencyId !== item.agencyId)
    await requireAgencyInScope(ctx, auth, input.agencyId);
  const now = ctx.clock.now();
  requireNotInFuture(input.acquiredOn, businessDateOf(now), 'acquiredOn', '购置日期');
  if (input.assetNumber && input.assetNumber !== item.assetNumber) {
    await requireAssetNumberFree(ctx.db, input.assetNumber, 'assetNumber', id);
  }
  const before = auditState(item);
  const after = auditState({ ...item, ...input });
  const changed = (Object.keys(input) as (keyof typeof before)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  await withAssetNumberGuard(input.assetNumber ?? item.assetNumber ?? '', 'assetNumber', () =>
    ctx.db.transaction(async (tx) => {
      await updateEquipmentItem(tx, id, { ...input, updatedAt: now });
      await appendAudit(
        tx,
        actorOf(auth),
        {
          action: 'equipment.update',
          targetType: 'equipment',
          targetId: id,
          summary: `修改装备 ${describeItem(item)}：${changed.map((key) => fieldLabels[key] ?? key).join('、') || '无变化'}`,
          before,
          after,
        },
        now,
      );
    }),
  );
  return getEquipmentItem(ctx, auth, id);
}

/** The date of a status change: not in the future, not before the item's last change. */
function requireChangeDate(item: EquipmentItemRow, occurredOn: string, today: string) {
  requireNotInFuture(occurredOn, today, 'occurredOn', '发生日期');
  const last = item.statusChangedOn ?? item.acquiredOn;
  if (last && occurredOn < last) {
    throw invalidField('occurredOn', `发生日期（${occurredOn}）不能早于该装备上次状态变更（${last}）`);
  }
}

function refuseTransition(item: EquipmentItemRow, to: EquipmentStatus) {
  const refusal = whyEquipmentTransitionRefused(item.status as EquipmentStatus, to);
  if (refusal) throw new AppError('CONFLICT', refusal, 'status');
}

const transitionActions: Record<EquipmentTransitionRequest['status'], string> = {
  maintenance: 'equipment.maintenance',
  in_use: 'equipment.restore',
  scrapped: 'equipment.scrap',
};

const staleStatus = () => new AppError('CONFLICT', '装备状态已被他人修改，请刷新后重试', 'status');

export async function transitionEquipmentItem(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: EquipmentTransitionRequest,
): Promise<EquipmentItemDetail> {
  const item = await requireItem(ctx, auth, id);
  refuseTransition(item, input.status);
  const now = ctx.clock.now();
  requireChangeDate(item, input.occurredOn, businessDateOf(now));
  const from = item.status as EquipmentStatus;
  await ctx.db.transaction(async (tx) => {
    const changed = await updateEquipmentStatusFrom(tx, id, from, {
      status: input.status,
      statusChangedOn: input.occurredOn,
      updatedAt: now,
    });
    if (!changed) throw staleStatus();
    await insertEquipmentEvent(tx, {
      itemId: id,
      occurredOn: input.occurredOn,
      fromStatus: from,
      toStatus: input.status,
      note: input.note,
      createdBy: auth.user.id,
      createdAt: now,
    });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: transitionActions[input.status],
        targetType: 'equipment',
        targetId: id,
        summary: `${equipmentTransitionLabels[input.status]} ${describeItem(item)}（${equipmentStatusLabels[from]} → ${equipmentStatusLabels[input.status]}，${input.occurredOn}）${input.note ? `：${input.note}` : ''}`,
        before: { status: from },
        after: { status: input.status, occurredOn: input.occurredOn },
      },
      now,
    );
  });
  return getEquipmentItem(ctx, auth, id);
}

/**
 * 以新换旧: the old item is closed as replaced, and a new item of the same agency and category,
 * acquired that day, records the item it replaces (`replacesId`). One act, one audit entry.
 */
export async function replaceEquipmentItem(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: ReplaceEquipmentItemRequest,
): Promise<EquipmentItemDetail> {
  const item = await requireItem(ctx, auth, id);
  refuseTransition(item, 'replaced');
  const now = ctx.clock.now();
  requireChangeDate(item, input.occurredOn, businessDateOf(now));
  await requireAssetNumberFree(ctx.db, input.newItem.assetNumber, 'newItem.assetNumber');
  const from = item.status as EquipmentStatus;
  const newId = randomUUID();
  const values = {
    id: newId,
    agencyId: item.agencyId,
    category: item.category,
    name: input.newItem.name,
    model: input.newItem.model,
    serialNumber: input.newItem.serialNumber,
    assetNumber: input.newItem.assetNumber,
    acquiredOn: input.occurredOn,
    status: 'in_use',
    statusChangedOn: input.occurredOn,
    replacesId: item.id,
    note: input.note,
    createdAt: now,
    updatedAt: now,
  };
  await withAssetNumberGuard(input.newItem.assetNumber, 'newItem.assetNumber', () =>
    ctx.db.transaction(async (tx) => {
      const changed = await updateEquipmentStatusFrom(tx, id, from, {
        status: 'replaced',
        statusChangedOn: input.occurredOn,
        updatedAt: now,
      });
      if (!changed) throw staleStatus();
      await insertEquipmentItem(tx, values);
      await insertEquipmentEvent(tx, {
        itemId: item.id,
        occurredOn: input.occurredOn,
        fromStatus: from,
        toStatus: 'replaced',
        note: `由 ${describeItem(values)} 替换${input.note ? `：${input.note}` : ''}`,
        createdBy: auth.user.id,
        createdAt: now,
      });
      await insertEquipmentEvent(tx, {
        itemId: newId,
        occurredOn: input.occurredOn,
        fromStatus: null,
        toStatus: 'in_use',
        note: `更新替换 ${describeItem(item)}`,
        createdBy: auth.user.id,
        createdAt: now,
      });
      await appendAudit(
        tx,
        actorOf(auth),
        {
          action: 'equipment.replace',
          targetType: 'equipment',
          targetId: item.id,
          summary: `以新换旧：${describeItem(item)} 由 ${describeItem(values)} 替换（${input.occurredOn}）`,
          before: { status: from },
          after: { status: 'replaced', replacedById: newId, newItem: auditState(values) },
        },
        now,
      );
    }),
  );
  return getEquipmentItem(ctx, auth, newId);
}

const exportRowLimit = 50_000;

export async function exportEquipment(
  ctx: AppContext,
  auth: AuthContext,
  query: EquipmentListQuery,
): Promise<Buffer> {
  const now = ctx.clock.now();
  const rows = await findEquipmentForExport(ctx.db, auth, query, exportRowLimit);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青山生态环境执法平台';
  workbook.created = now;
  const sheet = workbook.addWorksheet('装备台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '所属机构', key: 'agencyName', width: 34 },
    { header: '类别', key: 'category', width: 18 },
    { header: '名称', key: 'name', width: 24 },
    { header: '型号', key: 'model', width: 22 },
    { header: '资产编号', key: 'assetNumber', width: 20 },
    { header: '出厂编号', key: 'serialNumber', width: 20 },
    { header: '购置日期', key: 'acquiredOn', width: 12 },
    { header: '状态', key: 'status', width: 12 },
    { header: '状态变更日期', key: 'statusChangedOn', width: 14 },
    { header: '备注', key: 'note', width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({
      agencyName: row.agencyName,
      category: equipmentCategoryInfo[row.category as EquipmentCategory]?.label ?? row.category,
      name: row.name,
      model: row.model ?? '',
      assetNumber: row.assetNumber ?? '',
      serialNumber: row.serialNumber ?? '',
      acquiredOn: row.acquiredOn ?? '',
      status: equipmentStatusLabels[row.status as EquipmentStatus] ?? row.status,
      statusChangedOn: row.statusChangedOn ?? '',
      note: row.note ?? '',
    });
  }
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'equipment.export',
        targetType: 'equipment',
        targetId: null,
        summary: `导出装备台账 ${rows.length} 条`,
      },
      now,
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** GET /api/equipment/gaps: required vs in use per category, per agency and rolled up. */
export async function getEquipmentGaps(
  ctx: AppContext,
  auth: AuthContext,
  query: EquipmentGapQuery,
): Promise<EquipmentGapResponse> {
  const root = await resolveViewRoot(ctx.db, auth, query.agencyId);
  const date = todayOf(ctx);
  const units = await loadCapacitySnapshot(ctx.db, root.id, date);
  const own = new Map<string, EquipmentGap>(
    units.map((unit) => [
      unit.agency.id,
      calculateEquipmentGap({
        level: equipmentStandardLevelOf(unit.agency.level as AgencyLevel),
        onDutyOfficers: unit.counts.onDuty,
        holdings: unit.holdings,
      }),
    ]),
  );
  const rolled = rollUpUnits(units, (unit) => own.get(unit.agency.id)!, sumEquipmentGaps);
  const profile = profileForRegion(ctx, root.regionCode);
  const requiredByProvince = new Set<string>(
    profile.capacity.requiredEquipment.items.map((item) => item.key),
  );
  return {
    agencyId: root.id,
    agencyName: root.name,
    standard: {
      title: equipmentStandard.title,
      revisionNote: equipmentStandard.revisionNote,
      requiredBasis: profile.capacity.requiredEquipment.basis,
    },
    categories: equipmentStandard.entries.map((entry) => {
      const info = equipmentCategoryInfo[entry.category];
      return {
        category: entry.category,
        label: info.label,
        unit: info.unit,
        purpose: info.purpose,
        basis: entry.basis,
        isConfigurable: entry.isConfigurable,
        note: entry.note,
        isRequiredByProvince: requiredByProvince.has(entry.category),
        requirements: Object.fromEntries(
          equipmentStandardLevels.map((level) => [
            level,
            {
              tier: entry.levels[level].tier,
              description: describeEquipmentRule(entry.levels[level].rule, entry.category),
            },
          ]),
        ) as EquipmentGapResponse['categories'][number]['requirements'],
      };
    }),
    units: units.map((unit) => ({
      agencyId: unit.agency.id,
      name: unit.agency.name,
      shortName: unit.agency.shortName,
      kind: unit.agency.kind,
      level: unit.agency.level,
      parentAgencyId: unit.parentUnitId,
      onDutyOfficers: unit.counts.onDuty,
      own: own.get(unit.agency.id)!,
      rolledUp: rolled.get(unit.agency.id)!,
    })),
    total: sumEquipmentGaps(
      units.filter((unit) => unit.parentUnitId === null).map((unit) => rolled.get(unit.agency.id)!),
    ),
  };
}
