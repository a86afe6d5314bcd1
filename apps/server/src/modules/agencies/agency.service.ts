import { randomUUID } from 'node:crypto';
import {
  type Agency,
  type AgencyDetail,
  type AgencyKind,
  type AgencyLevel,
  agencyKindLabels,
  type CreateAgencyRequest,
  type UpdateAgencyRequest,
} from '@qingshan/domain';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { countUsersByRole } from '../users/index';
import { agencyPolicy } from './agency.policy';
import {
  type AgencyRow,
  countChildren,
  findAgencyDetailInScope,
  findAgencySummary,
  findRegions,
  insertAgencyWithClosure,
  listAgenciesInScope,
  listChildAgencies,
  listCoveredRegions,
  listRegionPath,
  updateAgencyRow,
} from './agency.repository';

function presentAgency(row: AgencyRow): Agency {
  return { ...row, kind: row.kind as AgencyKind, level: row.level as AgencyLevel };
}

export async function listAgencies(ctx: AppContext, auth: AuthContext): Promise<{ items: Agency[] }> {
  const rows = await listAgenciesInScope(ctx.db, auth);
  return { items: rows.map(presentAgency) };
}

export async function getAgencyDetail(ctx: AppContext, auth: AuthContext, id: string): Promise<AgencyDetail> {
  const row = await findAgencyDetailInScope(ctx.db, auth, id);
  if (!row) throw notFound('机构');
  const [parent, jurisdictionAgency, children, regionPath, coveredRegions, users] = await Promise.all([
    row.parentId ? findAgencySummary(ctx.db, row.parentId) : undefined,
    row.jurisdictionAgencyId ? findAgencySummary(ctx.db, row.jurisdictionAgencyId) : undefined,
    listChildAgencies(ctx.db, row.id),
    listRegionPath(ctx.db, row.regionCode),
    listCoveredRegions(ctx.db, row.id),
    countUsersByRole(ctx.db, row.id),
  ]);
  return {
    ...presentAgency(row),
    address: row.address,
    phone: row.phone,
    headName: row.headName,
    description: row.description,
    updatedAt: row.updatedAt.toISOString(),
    parent: parent ? presentAgency(parent) : null,
    jurisdictionAgency: jurisdictionAgency ? presentAgency(jurisdictionAgency) : null,
    children: children.map(presentAgency),
    regionPath,
    coveredRegions,
    ...users,
  };
}

export async function updateAgency(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: UpdateAgencyRequest,
): Promise<AgencyDetail> {
  const before = await findAgencyDetailInScope(ctx.db, auth, id);
  if (!before) throw notFound('机构');
  if (input.isActive === false && id === auth.agency.id) {
    throw invalidField('isActive', '不能停用本人所在的机构');
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await updateAgencyRow(tx, id, input, now);
    const { updatedAt: _updatedAt, ...beforeState } = before;
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'agencies.update',
        targetType: 'agency',
        targetId: id,
        summary: `修改机构信息：${before.name}`,
        before: beforeState,
        after: { ...beforeState, ...input },
      },
      now,
    );
  });
  return getAgencyDetail(ctx, auth, id);
}

export async function createAgency(
  ctx: AppContext,
  auth: AuthContext,
  input: CreateAgencyRequest,
): Promise<AgencyDetail> {
  const parent = await findAgencyDetailInScope(ctx.db, auth, input.parentId);
  if (!parent) throw new AppError('NOT_FOUND', '上级机构不存在，或不在您的管辖范围内', 'parentId');
  if (!agencyPolicy.canHaveNewChild(parent.kind as AgencyKind)) {
    throw invalidField(
      'parentId',
      `${agencyKindLabels[parent.kind as AgencyKind]}下不能直接新建机构，请选择县级执法机构或派出执法机构`,
    );
  }
  const codes = [input.regionCode, ...input.coveredRegionCodes];
  const found = new Map((await findRegions(ctx.db, codes)).map((region) => [region.code, region]));
  const region = found.get(input.regionCode);
  if (!region) throw invalidField('regionCode', `区划代码 ${input.regionCode} 不存在`);
  if (!isWithinRegion(input.regionCode, parent.regionCode)) {
    throw invalidField('regionCode', `所在区划须在上级机构的区划（${parent.regionName}）之内`);
  }
  input.coveredRegionCodes.forEach((code, index) => {
    const covered = found.get(code);
    if (!covered) throw invalidField(`coveredRegionCodes.${index}`, `区划代码 ${code} 不存在`);
    if (covered.level !== 'town' || !isWithinRegion(code, input.regionCode)) {
      throw invalidField(`coveredRegionCodes.${index}`, `${covered.name}不是所在区划下的乡镇（街道）`);
    }
  });
  const now = ctx.clock.now();
  const id = randomUUID();
  const sequence = (await countChildren(ctx.db, parent.id)) + 1;
  const level: AgencyLevel = input.kind === 'zone_enforcement_bureau' ? 'county' : 'field';
  await ctx.db.transaction(async (tx) => {
    await insertAgencyWithClosure(
      tx,
      {
        id,
        code: `${parent.code}-${input.kind === 'grid' ? 'G' : 'F'}${String(sequence).padStart(2, '0')}`,
        name: input.name,
        shortName: input.shortName,
        kind: input.kind,
        level,
        regionCode: input.regionCode,
        parentId: parent.id,
        jurisdictionAgencyId: null,
        address: input.address,
        phone: input.phone,
        // Siblings share the parent's place in the list and sort among themselves by code.
        sortOrder: parent.sortOrder,
        createdAt: now,
        updatedAt: now,
      },
      input.coveredRegionCodes,
    );
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'agencies.create',
        targetType: 'agency',
        targetId: id,
        summary: `新建${agencyKindLabels[input.kind]}：${input.name}（上级：${parent.name}）`,
        after: input,
      },
      now,
    );
  });
  return getAgencyDetail(ctx, auth, id);
}

/**
 * GB/T 2260 codes (6 digits) nest by prefix once trailing zero pairs are dropped: 360121 lies
 * within 360100. The zeros of a 9-digit town code are its own number (360123100 龙津镇 does not
 * contain 360123101 万埠镇): a town contains only itself.
 */
function isWithinRegion(code: string, containerCode: string): boolean {
  if (containerCode.length > 6) return code === containerCode;
  const prefix = containerCode.replace(/(00)+$/, '');
  return code.startsWith(prefix);
}
