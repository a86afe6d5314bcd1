import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  buildComplianceStrip,
  type ComplianceLevel,
  type EntityDetail,
  type EntityEvent,
  type EntityEventsQuery,
  type EntityInput,
  type EntityListItem,
  type EntityListQuery,
  type EntityPatch,
  entityExchangeColumns,
  entityInputSchema,
  findIndustry,
  formatEntityExchangeValue,
  industryPath,
  type KeyPolluterMedium,
  keyPolluterMedia,
  type OperatingStatus,
  type Paged,
  type PermitClass,
  quartersEndingWith,
  toShanghaiDate,
} from '@qingshan/domain';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { isAgencyInScope } from '../../lib/jurisdiction';
import { findAgency } from '../agencies/index';
import { type ExportFormat, streamEntityCsv, streamEntityWorkbook } from './entity.export';
import { loadOwnershipResolver } from './entity.ownership';
import { entityPolicy } from './entity.policy';
import {
  countEntities,
  type EntityListRow,
  type EntityRow,
  type EventRow,
  type FilterContext,
  findEntityByCreditCode,
  findEntityInScope,
  findEntityPage,
  findEntityPageRow,
  findEventPage,
  findKeyPolluterListings,
  findRegionsByCodes,
  insertEntity,
  insertEntityEvents,
  replaceKeyPolluterListings,
  updateEntityRow,
} from './entity.repository';

/** How many timeline events the entity page shows before "load more". */
export const timelineFirstPageSize = 20;
/** The most rows one export may hold (REG-5: a province of 100,000 entities in one file). */
export const exportRowLimit = 100_000;

function filterContext(ctx: AppContext, year?: number): FilterContext {
  const today = todayOf(ctx);
  return { today, keyPolluterYear: year ?? Number(today.slice(0, 4)) };
}

function toIso(moment: Date | string): string {
  return new Date(moment).toISOString();
}

/** 江西省南昌市南昌县莲塘镇 → 南昌市南昌县莲塘镇: the province is the same for nearly every row. */
function withoutProvince(fullName: string): string {
  return fullName.replace(/^.+?(省|自治区)/, '');
}

function presentListRow(row: EntityListRow): EntityListItem {
  return {
    id: row.id,
    creditCode: row.credit_code,
    name: row.name,
    regionCode: row.region_code,
    regionName: withoutProvince(row.region_full_name),
    ownerAgencyId: row.owner_agency_id,
    ownerAgencyName: row.owner_agency_name,
    industryCode: row.industry_code,
    industryName: findIndustry(row.industry_code)?.name ?? row.industry_code,
    permitClass: row.permit_class as PermitClass | null,
    operatingStatus: row.operating_status as OperatingStatus,
    keyPolluterMedia: sortMedia(row.key_polluter_media ?? []),
    isSpecialSupervision: row.is_special_supervision,
    hasAutomaticMonitoring: row.has_automatic_monitoring,
    isMonitoringNetworked: row.is_monitoring_networked,
    isOnPositiveList: row.is_on_positive_list,
    isBlacklisted: row.is_blacklisted,
    activeCard: row.active_card as 'red' | 'yellow' | null,
    creditLevel: row.credit_level as EntityListItem['creditLevel'],
    updatedAt: toIso(row.updated_at),
  };
}

/** Media in the order of the statute's list (water, air, soil, noise, risk). */
function sortMedia(media: readonly string[]): KeyPolluterMedium[] {
  return keyPolluterMedia.filter((medium) => media.includes(medium));
}

function presentEvent(row: EventRow): EntityEvent {
  return {
    id: row.id,
    occurredOn: row.occurred_on,
    kind: row.kind,
    title: row.title,
    detail: row.detail,
    compliance: row.compliance as ComplianceLevel | null,
    sourceType: row.source_type,
    sourceId: row.source_id,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    createdAt: toIso(row.created_at),
  };
}

export async function listEntities(
  ctx: AppContext,
  auth: AuthContext,
  query: EntityListQuery,
): Promise<Paged<EntityListItem>> {
  const { rows, total, isEstimate } = await findEntityPage(
    ctx.db,
    auth,
    query,
    filterContext(ctx, query.keyPolluterYear),
  );
  return {
    items: rows.map(presentListRow),
    total,
    totalIsEstimate: isEstimate,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getEntity(ctx: AppContext, auth: AuthContext, id: string): Promise<EntityDetail> {
  const at = filterContext(ctx);
  const firstQuarter = quartersEndingWith(at.today)[0]!;
  const row = await findEntityPageRow(ctx.db, auth, id, at, firstQuarter.startsOn, timelineFirstPageSize);
  if (!row) throw notFound('监管对象');
  const regionCodes = [
    `${row.county_code.slice(0, 2)}0000`,
    `${row.county_code.slice(0, 4)}00`,
    row.county_code,
    ...(row.region_code.length === 9 ? [row.region_code] : []),
  ];
  const regionByCode = new Map((row.regions ?? []).map((region) => [region.code, region]));
  const byYear = new Map<number, string[]>();
  for (const listing of row.listings ?? []) {
    const media = byYear.get(listing.year) ?? [];
    media.push(listing.medium);
    byYear.set(listing.year, media);
  }
  const membership = (list: string) => {
    const found = row.memberships?.find((item) => item.list === list);
    return found ? { listedOn: found.listed_on, reason: found.reason } : null;
  };
  return {
    ...presentListRow(row),
    legalRepresentative: row.legal_representative,
    address: row.address,
    countyCode: row.county_code,
    permitNumber: row.permit_number,
    permitValidUntil: row.permit_valid_until,
    specialSupervisionReason: row.special_supervision_reason,
    coordinates:
      row.longitude === null || row.latitude === null
        ? null
        : { longitude: Number(row.longitude), latitude: Number(row.latitude) },
    contactPerson: row.contact_person,
    contactPhone: row.contact_phone,
    createdAt: toIso(row.created_at),
    regionPath: regionCodes.flatMap((code) => {
      const region = regionByCode.get(code);
      return region ? [{ code, name: region.name }] : [];
    }),
    ownerAgency: {
      id: row.owner_agency_id,
      name: row.owner_agency_name,
      shortName: row.owner_agency_short_name,
    },
    industryPath: industryPath(row.industry_code).map((entry) => ({ code: entry.code, name: entry.name })),
    keyPolluterListings: [...byYear].map(([year, media]) => ({ year, media: sortMedia(media) })),
    credit: {
      activeCards: (row.cards ?? []).map((card) => ({
        color: card.color as 'red' | 'yellow',
        reason: card.reason,
        issuedOn: card.issued_on,
        documentNumber: card.document_number,
      })),
      latestEvaluation: row.evaluation
        ? {
            year: Number(row.evaluation.year),
            level: row.evaluation.level as 'trustworthy' | 'good' | 'warning' | 'untrustworthy',
            evaluatedOn: row.evaluation.evaluated_on,
          }
        : null,
      blacklist: membership('blacklist'),
      positiveList: membership('positive'),
      compliancePoints: Number(row.points ?? 0),
      latestCommitment: row.commitment
        ? {
            year: Number(row.commitment.year),
            letterDeliveredOn: row.commitment.letter_delivered_on,
            commitmentSignedOn: row.commitment.commitment_signed_on,
          }
        : null,
    },
    supervisors: (row.supervisors ?? []).map((supervisor) => ({
      officerId: supervisor.officer_id,
      name: supervisor.name,
      post: supervisor.post,
      agencyName: supervisor.agency_name,
      assignedOn: supervisor.assigned_on,
    })),
    complianceStrip: buildComplianceStrip(
      at.today,
      (row.compliance_events ?? []).map((event) => ({
        occurredOn: event.occurred_on,
        compliance: event.compliance as ComplianceLevel,
      })),
    ),
    timeline: {
      items: (row.timeline ?? []).map(presentEvent),
      total: Number(row.timeline_total),
      page: 1,
      pageSize: timelineFirstPageSize,
    },
  };
}

export async function listEntityEvents(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  query: EntityEventsQuery,
): Promise<Paged<EntityEvent>> {
  if (!(await findEntityInScope(ctx.db, auth, id))) throw notFound('监管对象');
  const { rows, total } = await findEventPage(ctx.db, id, query);
  return { items: rows.map(presentEvent), total, page: query.page, pageSize: query.pageSize };
}

/** The stored entity as the input it was made from, with this year's key-polluter media. */
function toInput(entity: EntityRow, media: string[]): EntityInput {
  return {
    creditCode: entity.creditCode,
    name: entity.name,
    legalRepresentative: entity.legalRepresentative,
    address: entity.address,
    regionCode: entity.regionCode,
    industryCode: entity.industryCode,
    permitNumber: entity.permitNumber,
    permitClass: entity.permitClass as PermitClass | null,
    permitValidUntil: entity.permitValidUntil,
    isSpecialSupervision: entity.isSpecialSupervision,
    specialSupervisionReason: entity.specialSupervisionReason,
    hasAutomaticMonitoring: entity.hasAutomaticMonitoring,
    isMonitoringNetworked: entity.isMonitoringNetworked,
    operatingStatus: entity.operatingStatus as OperatingStatus,
    coordinates:
      entity.longitude === null || entity.latitude === null
        ? null
        : { longitude: entity.longitude, latitude: entity.latitude },
    contactPerson: entity.contactPerson,
    contactPhone: entity.contactPhone,
    keyPolluterMedia: sortMedia(media),
  };
}

/** The columns of the table for an input (everything but id, owner, county and times). */
function toColumns(input: EntityInput) {
  return {
    creditCode: input.creditCode,
    name: input.name,
    legalRepresentative: input.legalRepresentative,
    address: input.address,
    regionCode: input.regionCode,
    industryCode: input.industryCode,
    permitNumber: input.permitNumber,
    permitClass: input.permitClass,
    permitValidUntil: input.permitValidUntil,
    isSpecialSupervision: input.isSpecialSupervision,
    specialSupervisionReason: input.isSpecialSupervision ? input.specialSupervisionReason : null,
    hasAutomaticMonitoring: input.hasAutomaticMonitoring,
    isMonitoringNetworked: input.isMonitoringNetworked,
    operatingStatus: input.operatingStatus,
    longitude: input.coordinates?.longitude ?? null,
    latitude: input.coordinates?.latitude ?? null,
    contactPerson: input.contactPerson,
    contactPhone: input.contactPhone,
  };
}

/**
 * Where an entity of this region belongs: the region must be a county or town, its owning
 * agency (entity.ownership.ts) must exist and lie in the user's subtree.
 */
async function resolveOwner(ctx: AppContext, auth: AuthContext, regionCode: string) {
  const [region] = await findRegionsByCodes(ctx.db, [regionCode]);
  if (!region) throw invalidField('regionCode', `行政区划代码 ${regionCode} 不存在`);
  const unfit = entityPolicy.whyRegionCannotHoldEntity(region);
  if (unfit) throw invalidField('regionCode', unfit);
  const ownerAgencyId = (await loadOwnershipResolver(ctx.db)).ownerOf(regionCode);
  if (!ownerAgencyId) {
    throw invalidField('regionCode', `${region.fullName}尚无对应的生态环境执法机构，无法确定所属机构`);
  }
  const refusal = entityPolicy.whyOwnerOutOfScope(region, await isAgencyInScope(ctx.db, auth, ownerAgencyId));
  if (refusal) throw invalidField('regionCode', refusal);
  const owner = await findAgency(ctx.db, ownerAgencyId);
  return { region, ownerAgencyId, ownerName: owner?.name ?? '', countyCode: regionCode.slice(0, 6) };
}

async function requireCreditCodeFree(
  ctx: AppContext,
  auth: AuthContext,
  creditCode: string,
  exceptId?: string,
) {
  const existing = await findEntityByCreditCode(ctx.db, creditCode);
  if (!existing || existing.id === exceptId) return;
  const inScope = await isAgencyInScope(ctx.db, auth, existing.ownerAgencyId);
  throw new AppError(
    'CONFLICT',
    entityPolicy.describeCreditCodeConflict(creditCode, existing, inScope),
    'creditCode',
  );
}

/** A unique violation on the credit code that slipped past the check (two requests at once). */
function isCreditCodeRace(error: unknown): boolean {
  let current: unknown = error;
  while (current instanceof Error) {
    const code = (current as { code?: string }).code;
    if (
      code === '23505' &&
      /credit_code/.test(String((current as { constraint?: string }).constraint ?? current.message))
    ) {
      return true;
    }
    current = current.cause;
  }
  return false;
}

/** What the audit trail digests: the entity's fields (no personal data beyond the register's own). */
function auditState(input: EntityInput, ownerAgencyId: string) {
  return { ...input, ownerAgencyId };
}

const coordinateLabel = '经纬度';

/** "单位名称：甲 → 乙；地址：…" for the timeline and the audit summary. */
function describeChanges(before: EntityInput, after: EntityInput): { fields: string[]; detail: string } {
  const fields: string[] = [];
  const parts: string[] = [];
  for (const column of entityExchangeColumns) {
    if (column.key === 'latitude') continue;
    if (column.key === 'longitude') {
      if (JSON.stringify(before.coordinates) === JSON.stringify(after.coordinates)) continue;
      const show = (value: EntityInput['coordinates']) =>
        value ? `${value.longitude}, ${value.latitude}` : '无';
      fields.push(coordinateLabel);
      parts.push(`${coordinateLabel}：${show(before.coordinates)} → ${show(after.coordinates)}`);
      continue;
    }
    const old = formatEntityExchangeValue(column, before);
    const next = formatEntityExchangeValue(column, after);
    if (old === next) continue;
    fields.push(column.header);
    parts.push(`${column.header}：${old || '无'} → ${next || '无'}`);
  }
  return { fields, detail: parts.join('；') };
}

export async function createEntity(
  ctx: AppContext,
  auth: AuthContext,
  input: EntityInput,
): Promise<EntityDetail> {
  const owner = await resolveOwner(ctx, auth, input.regionCode);
  await requireCreditCodeFree(ctx, auth, input.creditCode);
  const now = ctx.clock.now();
  const today = toShanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const id = randomUUID();
  const industryName = findIndustry(input.industryCode)?.name ?? input.industryCode;
  try {
    await ctx.db.transaction(async (tx) => {
      await insertEntity(tx, {
        id,
        ...toColumns(input),
        countyCode: owner.countyCode,
        ownerAgencyId: owner.ownerAgencyId,
        createdAt: now,
        updatedAt: now,
      });
      await replaceKeyPolluterListings(tx, id, year, sortMedia(input.keyPolluterMedia));
      await insertEntityEvents(tx, {
        entityId: id,
        occurredOn: today,
        kind: 'registry_created',
        title: '建立监管档案',
        detail: `纳入监管对象名录库：${withoutProvince(owner.region.fullName)}，${industryName}，所属${owner.ownerName}`,
        compliance: null,
        agencyId: auth.agency.id,
        createdBy: auth.user.id,
        createdAt: now,
      });
      await appendAudit(
        tx,
        actorOf(auth),
        {
          action: 'entities.create',
          targetType: 'regulated_entity',
          targetId: id,
          summary: `新建监管对象 ${input.name}（${input.creditCode}），所属${owner.ownerName}`,
          after: auditState(input, owner.ownerAgencyId),
        },
        now,
      );
    });
  } catch (error) {
    if (isCreditCodeRace(error)) await requireCreditCodeFree(ctx, auth, input.creditCode);
    throw error;
  }
  return getEntity(ctx, auth, id);
}

export async function updateEntity(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  patch: EntityPatch,
): Promise<EntityDetail> {
  const entity = await findEntityInScope(ctx.db, auth, id);
  if (!entity) throw notFound('监管对象');
  const now = ctx.clock.now();
  const today = toShanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const currentMedia = (await findKeyPolluterListings(ctx.db, id))
    .filter((listing) => listing.year === year)
    .map((listing) => listing.medium);
  const before = toInput(entity, currentMedia);
  const parsed = entityInputSchema.safeParse({ ...before, ...patch });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
    }));
    const first = issues[0]!;
    throw new AppError('VALIDATION_FAILED', `${first.field}：${first.message}`, first.field, issues);
  }
  const after = { ...parsed.data, keyPolluterMedia: sortMedia(parsed.data.keyPolluterMedia) };
  const changes = describeChanges(before, after);
  if (changes.fields.length === 0) return getEntity(ctx, auth, id);

  const owner =
    after.regionCode !== before.regionCode
      ? await resolveOwner(ctx, auth, after.regionCode)
      : { ownerAgencyId: entity.ownerAgencyId, countyCode: entity.countyCode };
  if (after.creditCode !== before.creditCode) await requireCreditCodeFree(ctx, auth, after.creditCode, id);
  try {
    await ctx.db.transaction(async (tx) => {
      await updateEntityRow(tx, id, {
        ...toColumns(after),
        countyCode: owner.countyCode,
        ownerAgencyId: owner.ownerAgencyId,
        updatedAt: now,
      });
      if (before.keyPolluterMedia.join() !== after.keyPolluterMedia.join()) {
        await replaceKeyPolluterListings(tx, id, year, after.keyPolluterMedia);
      }
      await insertEntityEvents(tx, {
        entityId: id,
        occurredOn: today,
        kind: 'registry_updated',
        title: `档案变更：${changes.fields.join('、')}`,
        detail: changes.detail,
        compliance: null,
        agencyId: auth.agency.id,
        createdBy: auth.user.id,
        createdAt: now,
      });
      await appendAudit(
        tx,
        actorOf(auth),
        {
          action: 'entities.update',
          targetType: 'regulated_entity',
          targetId: id,
          summary: `修改监管对象 ${entity.name}（${entity.creditCode}）：${changes.fields.join('、')}`,
          before: auditState(before, entity.ownerAgencyId),
          after: auditState(after, owner.ownerAgencyId),
        },
        now,
      );
    });
  } catch (error) {
    if (isCreditCodeRace(error)) await requireCreditCodeFree(ctx, auth, after.creditCode, id);
    throw error;
  }
  return getEntity(ctx, auth, id);
}

const formatNames: Record<ExportFormat, string> = { xlsx: 'Excel', csv: 'CSV' };

/**
 * The list as a file with the same filters (REG-5), in the columns the import reads back. One
 * audit entry records who exported how many rows; the file is streamed chunk by chunk.
 */
export async function exportEntities(
  ctx: AppContext,
  auth: AuthContext,
  query: EntityListQuery,
  format: ExportFormat,
): Promise<{ body: Readable; date: string }> {
  const at = filterContext(ctx, query.keyPolluterYear);
  const total = await countEntities(ctx.db, auth, query, at);
  if (total > exportRowLimit) {
    throw new AppError(
      'BAD_REQUEST',
      `符合条件的监管对象有 ${total.toLocaleString('zh-CN')} 个，单次最多导出 ${exportRowLimit.toLocaleString('zh-CN')} 个，请缩小筛选范围`,
    );
  }
  const now = ctx.clock.now();
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'entities.export',
        targetType: 'regulated_entity',
        targetId: null,
        summary: `导出监管对象名录 ${total} 条（${formatNames[format]}）`,
      },
      now,
    ),
  );
  const body =
    format === 'csv'
      ? streamEntityCsv(ctx.db, auth, query, at)
      : streamEntityWorkbook(ctx.db, auth, query, at, now);
  return { body, date: at.today };
}
