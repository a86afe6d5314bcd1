import { randomUUID } from 'node:crypto';
import {
  type CatalogueComparison,
  type CatalogueDetail,
  type CatalogueItem,
  type CatalogueItemInput,
  type CatalogueItemQuery,
  type CatalogueItemUpdate,
  type CatalogueKind,
  type CatalogueListQuery,
  type CatalogueReorder,
  type CatalogueStatus,
  type CatalogueSummary,
  type CreateCatalogueRequest,
  catalogueItemDataSchemas,
  catalogueKindLabels,
  compareCatalogueItems,
  nextVersionNumber,
  type Paged,
  type UpdateCatalogueRequest,
  whyCannotPublish,
  whyCannotStartDraft,
  whyOrderIsInvalid,
} from '@qingshan/domain';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import type { AppContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { isAgencyInScope } from '../../lib/jurisdiction';
import { findAgency } from '../agencies/index';
import { buildCatalogueWorkbook } from './catalogue.export';
import { cataloguePolicy } from './catalogue.policy';
import {
  type CatalogueRow,
  copyItems,
  deleteCatalogueRow,
  deleteItemRow,
  findAllItems,
  findCataloguePage,
  findItem,
  findItemPage,
  findVisibleCatalogue,
  findVisibleSeries,
  insertCatalogue,
  insertItem,
  isItemCodeTaken,
  lockSeries,
  nextItemPosition,
  setItemOrder,
  updateCatalogueRow,
  updateItemRow,
} from './catalogue.repository';

type SummaryRow = NonNullable<CatalogueRow>;
type ItemRow = Awaited<ReturnType<typeof findAllItems>>[number];

function presentSummary(row: SummaryRow): CatalogueSummary {
  return {
    id: row.id,
    kind: row.kind as CatalogueKind,
    ownerAgencyId: row.ownerAgencyId,
    ownerAgencyName: row.ownerAgencyName,
    version: row.version,
    title: row.title,
    status: row.status as CatalogueStatus,
    effectiveFrom: row.effectiveFrom,
    basedOnId: row.basedOnId,
    basedOnVersion: row.basedOnVersion,
    note: row.note,
    itemCount: Number(row.itemCount),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedByName: row.publishedByName,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentItem(row: ItemRow): CatalogueItem {
  return {
    id: row.id,
    catalogueId: row.catalogueId,
    position: row.position,
    code: row.code,
    name: row.name,
    data: row.data as Record<string, unknown>,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const label = (row: { title: string; version: number }) => `《${row.title}》第 ${row.version} 版`;

/** The item's data checked against its kind's schema; problems name the field (`data.factors.0.options`). */
function parseItemData(kind: CatalogueKind, data: unknown): Record<string, unknown> {
  const result = catalogueItemDataSchemas[kind].safeParse(data);
  if (result.success) return result.data as Record<string, unknown>;
  const issues = result.error.issues.map((issue) => ({
    field: ['data', ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const first = issues[0]!;
  throw new AppError('VALIDATION_FAILED', `${first.field}：${first.message}`, first.field, issues);
}

async function requireVisible(ctx: AppContext, auth: AuthContext, id: string): Promise<SummaryRow> {
  const row = await findVisibleCatalogue(ctx.db, auth, id);
  if (!row) throw notFound('清单');
  return row;
}

/** A draft the user may change: visible, owned in their subtree, and still a draft. */
async function requireEditableDraft(ctx: AppContext, auth: AuthContext, id: string): Promise<SummaryRow> {
  const row = await requireVisible(ctx, auth, id);
  const isOwnedInScope = await isAgencyInScope(ctx.db, auth, row.ownerAgencyId);
  const refusal = cataloguePolicy.whyCannotManage(row.ownerAgencyName, isOwnedInScope);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  const notEditable = cataloguePolicy.whyNotEditable(row.status as CatalogueStatus);
  if (notEditable) throw new AppError('BAD_REQUEST', notEditable);
  return row;
}

export async function listCatalogues(
  ctx: AppContext,
  auth: AuthContext,
  query: CatalogueListQuery,
): Promise<Paged<CatalogueSummary>> {
  const { rows, total } = await findCataloguePage(ctx.db, auth, query);
  return { items: rows.map(presentSummary), total, page: query.page, pageSize: query.pageSize };
}

export async function getCatalogue(ctx: AppContext, auth: AuthContext, id: string): Promise<CatalogueDetail> {
  const row = await requireVisible(ctx, auth, id);
  const [isOwnedInScope, series] = await Promise.all([
    isAgencyInScope(ctx.db, auth, row.ownerAgencyId),
    findVisibleSeries(ctx.db, auth, row.kind, row.ownerAgencyId),
  ]);
  const abilities = cataloguePolicy.abilities(
    auth.user.roles,
    { status: row.status as CatalogueStatus, ownerAgencyName: row.ownerAgencyName },
    isOwnedInScope,
  );
  const hasDraft = series.some((version) => version.status === 'draft');
  return {
    ...presentSummary(row),
    ...abilities,
    canCreateVersion: abilities.canCreateVersion && !hasDraft,
    versions: series.map(presentSummary),
  };
}

export async function createCatalogue(
  ctx: AppContext,
  auth: AuthContext,
  input: CreateCatalogueRequest,
): Promise<CatalogueDetail> {
  if (!(await isAgencyInScope(ctx.db, auth, input.ownerAgencyId))) {
    throw new AppError('NOT_FOUND', '所选机构不存在，或不在您的管辖范围内', 'ownerAgencyId');
  }
  const owner = await findAgency(ctx.db, input.ownerAgencyId);
  if (!owner) throw new AppError('NOT_FOUND', '所选机构不存在', 'ownerAgencyId');
  if (owner.kind === 'police') {
    throw new AppError('VALIDATION_FAILED', 'ownerAgencyId：公安机关不制定生态环境执法清单', 'ownerAgencyId');
  }
  let basedOn: SummaryRow | undefined;
  if (input.basedOnId) {
    basedOn = await findVisibleCatalogue(ctx.db, auth, input.basedOnId);
    if (!basedOn)
      throw new AppError('NOT_FOUND', '作为基础的清单版本不存在，或不在您的管辖范围内', 'basedOnId');
    if (basedOn.kind !== input.kind) {
      throw new AppError(
        'VALIDATION_FAILED',
        `basedOnId：基础版本是${catalogueKindLabels[basedOn.kind as CatalogueKind]}，与新建的${catalogueKindLabels[input.kind]}类型不同`,
        'basedOnId',
      );
    }
    if (basedOn.status === 'draft') {
      throw new AppError('VALIDATION_FAILED', 'basedOnId：只能基于已发布或历史版本新建草稿', 'basedOnId');
    }
  }
  const now = ctx.clock.now();
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    const series = await lockSeries(tx, input.kind, input.ownerAgencyId);
    const refusal = whyCannotStartDraft(
      series.map((row) => ({ status: row.status as CatalogueStatus, version: row.version })),
    );
    if (refusal) throw new AppError('CONFLICT', refusal);
    const version = nextVersionNumber(series.map((row) => row.version));
    const values = {
      id,
      kind: input.kind,
      ownerAgencyId: input.ownerAgencyId,
      version,
      title: input.title,
      status: 'draft',
      effectiveFrom: input.effectiveFrom,
      basedOnId: basedOn?.id ?? null,
      note: input.note,
      createdBy: auth.user.id,
      createdAt: now,
      updatedAt: now,
    };
    await insertCatalogue(tx, values);
    if (basedOn) await copyItems(tx, basedOn.id, id, now);
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'catalogues.create',
        targetType: 'catalogue',
        targetId: id,
        summary:
          `新建${owner.name}${catalogueKindLabels[input.kind]}草稿 ${label(values)}` +
          (basedOn ? `，复制${label(basedOn)}的 ${Number(basedOn.itemCount)} 个事项` : ''),
        after: values,
      },
      now,
    );
  });
  return getCatalogue(ctx, auth, id);
}

export async function updateCatalogue(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: UpdateCatalogueRequest,
): Promise<CatalogueDetail> {
  const row = await requireEditableDraft(ctx, auth, id);
  const before = { title: row.title, effectiveFrom: row.effectiveFrom, note: row.note };
  const after = { ...before, ...input };
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await updateCatalogueRow(tx, id, { ...input, updatedAt: now });
    const changed = (Object.keys(input) as (keyof typeof before)[]).filter(
      (key) => before[key] !== after[key],
    );
    const names = { title: '标题', effectiveFrom: '生效日期', note: '说明' };
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'catalogues.update',
        targetType: 'catalogue',
        targetId: id,
        summary: `修改草稿${label(row)}：${changed.map((key) => names[key]).join('、') || '无变化'}`,
        before,
        after,
      },
      now,
    );
  });
  return getCatalogue(ctx, auth, id);
}

export async function deleteCatalogue(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  const row = await requireEditableDraft(ctx, auth, id);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await deleteCatalogueRow(tx, id);
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'catalogues.delete',
        targetType: 'catalogue',
        targetId: id,
        summary: `删除${row.ownerAgencyName}${catalogueKindLabels[row.kind as CatalogueKind]}草稿${label(row)}（${Number(row.itemCount)} 个事项）`,
        before: { title: row.title, version: row.version, itemCount: Number(row.itemCount) },
      },
      now,
    );
  });
}

/**
 * Publishes a draft. The version of the same kind and agency published before it becomes
 * superseded in the same transaction, with the series locked, so there is never a moment with
 * two published versions or none.
 */
export async function publishCatalogue(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
): Promise<CatalogueDetail> {
  const row = await requireVisible(ctx, auth, id);
  const isOwnedInScope = await isAgencyInScope(ctx.db, auth, row.ownerAgencyId);
  const refusal = cataloguePolicy.whyCannotPublishHere(row.ownerAgencyName, isOwnedInScope);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const series = await lockSeries(tx, row.kind, row.ownerAgencyId);
    const current = series.find((version) => version.id === id);
    if (!current) throw notFound('清单');
    const locked = await findVisibleCatalogue(tx, auth, id);
    const problem = whyCannotPublish({
      status: current.status as CatalogueStatus,
      itemCount: Number(locked?.itemCount ?? 0),
      effectiveFrom: locked?.effectiveFrom ?? null,
    });
    if (problem) throw new AppError('BAD_REQUEST', problem);
    const previous = series.filter((version) => version.status === 'published');
    for (const version of previous) {
      await updateCatalogueRow(tx, version.id, { status: 'superseded', updatedAt: now });
    }
    await updateCatalogueRow(tx, id, {
      status: 'published',
      publishedAt: now,
      publishedBy: auth.user.id,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'catalogues.publish',
        targetType: 'catalogue',
        targetId: id,
        summary:
          `发布${row.ownerAgencyName}${catalogueKindLabels[row.kind as CatalogueKind]}${label(row)}（${Number(locked?.itemCount ?? 0)} 个事项，${locked?.effectiveFrom} 起施行）` +
          (previous.length > 0
            ? `；第 ${previous.map((version) => version.version).join('、')} 版同时被替代`
            : ''),
        before: { status: 'draft', superseded: previous.map((version) => version.id) },
        after: { status: 'published', publishedAt: now.toISOString() },
      },
      now,
    );
  });
  return getCatalogue(ctx, auth, id);
}

// ---------------------------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------------------------

export async function listItems(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  query: CatalogueItemQuery,
): Promise<Paged<CatalogueItem>> {
  await requireVisible(ctx, auth, id);
  const { rows, total } = await findItemPage(ctx.db, id, query);
  return { items: rows.map(presentItem), total, page: query.page, pageSize: query.pageSize };
}

export async function createItem(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: CatalogueItemInput,
): Promise<CatalogueItem> {
  const row = await requireEditableDraft(ctx, auth, id);
  const data = parseItemData(row.kind as CatalogueKind, input.data);
  if (await isItemCodeTaken(ctx.db, id, input.code)) {
    throw new AppError('CONFLICT', `事项编码 ${input.code} 在该清单中已存在`, 'code');
  }
  const now = ctx.clock.now();
  const itemId = randomUUID();
  await ctx.db.transaction(async (tx) => {
    const position = await nextItemPosition(tx, id);
    const values = {
      id: itemId,
      catalogueId: id,
      position,
      code: input.code,
      name: input.name,
      data,
      createdAt: now,
      updatedAt: now,
    };
    await insertItem(tx, values);
    await updateCatalogueRow(tx, id, { updatedAt: now });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'catalogues.item_create',
        targetType: 'catalogue',
        targetId: id,
        summary: `在草稿${label(row)}中新增事项 ${input.code}「${input.name}」`,
        after: { code: input.code, name: input.name, data },
      },
      now,
    );
  });
  const created = await findItem(ctx.db, id, itemId);
  return presentItem(created!);
}

async function requireItem(ctx: AppContext, catalogueId: string, itemId: string) {
  const item = await findItem(ctx.db, catalogueId, itemId);
  if (!item) throw notFound('事项');
  return item;
}

export async function updateItem(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  itemId: string,
  input: CatalogueItemUpdate,
): Promise<CatalogueItem> {
  const row = await requireEditableDraft(ctx, auth, id);
  const item = await requireItem(ctx, id, itemId);
  const data = input.data === undefined ? undefined : parseItemData(row.kind as CatalogueKind, input.data);
  if (input.code && input.code !== item.code && (await isItemCodeTaken(ctx.db, id, input.code, itemId))) {
    throw new AppError('CONFLICT', `事项编码 ${input.code} 在该清单中已存在`, 'code');
  }
  const now = ctx.clock.now();
  const before = { code: item.code, name: item.name, data: item.data };
  const after = { code: input.code ?? item.code, name: input.name ?? item.name, data: data ?? item.data };
  await ctx.db.transaction(async (tx) => {
    await updateItemRow(tx, itemId, { ...after, updatedAt: now });
    await updateCatalogueRow(tx, id, { updatedAt: now });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'catalogues.item_update',
        targetType: 'catalogue',
        targetId: id,
        summary: `修改草稿${label(row)}的事项 ${after.code}「${after.name}」`,
        before,
        after,
      },
      now,
    );
  });
  return presentItem((await findItem(ctx.db, id, itemId))!);
}

export async function deleteItem(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  itemId: string,
): Promise<void> {
  const row = await requireEditableDraft(ctx, auth, id);
  const item = await requireItem(ctx, id, itemId);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await deleteItemRow(tx, id, itemId, item.position);
    await updateCatalogueRow(tx, id, { updatedAt: now });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'catalogues.item_delete',
        targetType: 'catalogue',
        targetId: id,
        summary: `删除草稿${label(row)}的事项 ${item.code}「${item.name}」`,
        before: { code: item.code, name: item.name, data: item.data },
      },
      now,
    );
  });
}

export async function reorderItems(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: CatalogueReorder,
): Promise<CatalogueItem[]> {
  const row = await requireEditableDraft(ctx, auth, id);
  const items = await findAllItems(ctx.db, id);
  const problem = whyOrderIsInvalid(
    items.map((item) => item.id),
    input.itemIds,
  );
  if (problem) throw new AppError('VALIDATION_FAILED', `itemIds：${problem}`, 'itemIds');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await setItemOrder(tx, id, input.itemIds, now);
    await updateCatalogueRow(tx, id, { updatedAt: now });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'catalogues.items_reorder',
        targetType: 'catalogue',
        targetId: id,
        summary: `调整草稿${label(row)}的事项顺序（${input.itemIds.length} 项）`,
        before: items.map((item) => item.id),
        after: input.itemIds,
      },
      now,
    );
  });
  return (await findAllItems(ctx.db, id)).map(presentItem);
}

export async function compareCatalogues(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  withId: string,
): Promise<CatalogueComparison> {
  const [to, from] = await Promise.all([
    requireVisible(ctx, auth, id),
    findVisibleCatalogue(ctx.db, auth, withId),
  ]);
  if (!from) throw new AppError('NOT_FOUND', '用于比较的版本不存在，或不在您的管辖范围内', 'with');
  if (from.kind !== to.kind)
    throw new AppError('VALIDATION_FAILED', 'with：只能比较同一类清单的版本', 'with');
  const [fromItems, toItems] = await Promise.all([
    findAllItems(ctx.db, from.id),
    findAllItems(ctx.db, to.id),
  ]);
  const strip = (item: ItemRow) => ({
    code: item.code,
    name: item.name,
    data: item.data as Record<string, unknown>,
  });
  const comparison = compareCatalogueItems(fromItems.map(strip), toItems.map(strip));
  return { from: presentSummary(from), to: presentSummary(to), ...comparison };
}

export async function exportCatalogue(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
): Promise<{ workbook: Buffer; title: string }> {
  const row = await requireVisible(ctx, auth, id);
  const items = await findAllItems(ctx.db, id);
  const now = ctx.clock.now();
  const workbook = await buildCatalogueWorkbook(presentSummary(row), items.map(presentItem), now);
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'catalogues.export',
        targetType: 'catalogue',
        targetId: id,
        summary: `导出${row.ownerAgencyName}${label(row)}（${items.length} 个事项）`,
      },
      now,
    ),
  );
  return { workbook, title: `${row.title}-第${row.version}版` };
}
