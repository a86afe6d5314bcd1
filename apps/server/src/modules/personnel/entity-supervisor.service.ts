import { randomUUID } from 'node:crypto';
import {
  businessDateOf,
  certificateStateOn,
  certificateWarningOf,
  type EntitySupervisors,
  type OfficerStatus,
  type SetEntitySupervisorsRequest,
  type Specialty,
  type SupervisorCandidates,
} from '@qingshan/domain';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { profileForRegion } from '../../lib/profile';
import { findEntityInScope, insertEntityEvents, type ScopedEntity } from '../entities/index';
import {
  deleteSupervisors,
  findSupervisorCandidates,
  findSupervisorsOfEntity,
  insertSupervisors,
} from './entity-supervisor.repository';
import { presentOfficerPersonalFields } from './officer.presenter';
import { warningDaysOf } from './officer.service';
import { blockerOf, checkOfficersAssignable } from './officer-assignment';

/**
 * 监管责任人: the officers responsible for an entity day to day. Assigning one is an enforcement
 * act, so the one assignment rule applies (`whyCannotAssign`: valid certificate on the day, on
 * duty); the officers come from the jurisdiction of the agency that owns the entity.
 */

async function requireEntity(ctx: AppContext, auth: AuthContext, entityId: string): Promise<ScopedEntity> {
  const entity = await findEntityInScope(ctx.db, auth, entityId);
  if (!entity) throw notFound('监管对象');
  return entity;
}

export async function getEntitySupervisors(
  ctx: AppContext,
  auth: AuthContext,
  entityId: string,
): Promise<EntitySupervisors> {
  const entity = await requireEntity(ctx, auth, entityId);
  const warning = certificateWarningOf(profileForRegion(ctx, entity.ownerRegionCode));
  const onDate = todayOf(ctx);
  const rows = await findSupervisorsOfEntity(ctx.db, entityId);
  return {
    entityId,
    ownerAgencyId: entity.ownerAgencyId,
    ownerAgencyName: entity.ownerAgencyName,
    onDate,
    warningDays: warningDaysOf(warning),
    supervisors: rows.map((row) => ({
      officerId: row.officerId,
      name: row.name,
      ...presentOfficerPersonalFields(auth, row),
      agencyId: row.agencyId,
      agencyName: row.agencyName,
      post: row.post,
      status: row.status as OfficerStatus,
      certificateState: certificateStateOn(
        {
          number: row.certificateNumber,
          validFrom: row.certificateValidFrom,
          validUntil: row.certificateValidUntil,
        },
        onDate,
        warning,
      ),
      certificateValidUntil: row.certificateValidUntil,
      assignedOn: row.assignedOn,
      assignedByName: row.assignedByName,
      blocker: blockerOf(row, onDate),
    })),
  };
}

const candidateLimit = 200;

export async function listSupervisorCandidates(
  ctx: AppContext,
  auth: AuthContext,
  entityId: string,
  q: string | undefined,
): Promise<SupervisorCandidates> {
  const entity = await requireEntity(ctx, auth, entityId);
  const warning = certificateWarningOf(profileForRegion(ctx, entity.ownerRegionCode));
  const onDate = todayOf(ctx);
  const [rows, current] = await Promise.all([
    findSupervisorCandidates(ctx.db, entity.ownerScopeRootId, q, candidateLimit + 1),
    findSupervisorsOfEntity(ctx.db, entityId),
  ]);
  const currentIds = new Set(current.map((row) => row.officerId));
  const items = rows.slice(0, candidateLimit).map((row) => ({
    officerId: row.officerId,
    name: row.name,
    realNameNumber: presentOfficerPersonalFields(auth, row).realNameNumber,
    agencyName: row.agencyName,
    post: row.post,
    status: row.status as OfficerStatus,
    certificateState: certificateStateOn(
      {
        number: row.certificateNumber,
        validFrom: row.certificateValidFrom,
        validUntil: row.certificateValidUntil,
      },
      onDate,
      warning,
    ),
    certificateValidUntil: row.certificateValidUntil,
    specialties: row.specialties as Specialty[],
    isCurrent: currentIds.has(row.officerId),
    blocker: blockerOf(row, onDate),
  }));
  // Those who can be chosen first; the others stay visible with their reason.
  items.sort((a, b) => Number(a.blocker !== null) - Number(b.blocker !== null));
  return { onDate, items, isTruncated: rows.length > candidateLimit };
}

/**
 * Replaces the entity's supervisors. Officers kept from the current list stay as they are; each
 * officer added must belong to the owner's jurisdiction and pass `whyCannotAssign` today —
 * otherwise 400 naming `officerIds.<n>` and nothing changes.
 */
export async function setEntitySupervisors(
  ctx: AppContext,
  auth: AuthContext,
  entityId: string,
  input: SetEntitySupervisorsRequest,
): Promise<EntitySupervisors> {
  const entity = await requireEntity(ctx, auth, entityId);
  const now = ctx.clock.now();
  const onDate = businessDateOf(now);
  const current = await findSupervisorsOfEntity(ctx.db, entityId);
  const currentIds = new Set(current.map((row) => row.officerId));
  const addedIds = input.officerIds.filter((id) => !currentIds.has(id));
  const removed = current.filter((row) => !input.officerIds.includes(row.officerId));
  const checked = await checkOfficersAssignable(ctx.db, entity.ownerScopeRootId, addedIds, onDate);

  const issues: { field: string; message: string }[] = [];
  input.officerIds.forEach((officerId, index) => {
    if (currentIds.has(officerId)) return;
    const found = checked.get(officerId);
    const field = `officerIds.${index}`;
    if (!found) {
      issues.push({
        field,
        message: `该人员不存在，或不属于${entity.ownerAgencyName}及其下属机构，不能担任本单位的监管责任人`,
      });
    } else if (found.blocker) {
      issues.push({
        field,
        message: `${found.officer.name}（${found.officer.realNameNumber}）不能指派为监管责任人：${found.blocker}`,
      });
    }
  });
  if (issues.length > 0) {
    const [first] = issues;
    throw new AppError('VALIDATION_FAILED', `${first!.field}：${first!.message}`, first!.field, issues);
  }
  if (addedIds.length === 0 && removed.length === 0) return getEntitySupervisors(ctx, auth, entityId);

  const names = (list: { name: string }[]) => list.map((officer) => officer.name).join('、') || '无';
  const added = addedIds.map((id) => checked.get(id)!.officer);
  const kept = current.filter((row) => input.officerIds.includes(row.officerId));
  const detail = [
    added.length > 0 ? `新增：${names(added)}` : null,
    removed.length > 0 ? `撤销：${names(removed)}` : null,
    `现任：${names([...kept, ...added])}`,
  ]
    .filter(Boolean)
    .join('；');
  await ctx.db.transaction(async (tx) => {
    await deleteSupervisors(
      tx,
      entityId,
      removed.map((row) => row.officerId),
    );
    await insertSupervisors(
      tx,
      addedIds.map((officerId) => ({
        entityId,
        officerId,
        assignedOn: onDate,
        assignedBy: auth.user.id,
        createdAt: now,
      })),
    );
    await insertEntityEvents(tx, [
      {
        id: randomUUID(),
        entityId,
        occurredOn: onDate,
        kind: 'supervisors_changed',
        title: '监管责任人变更',
        detail,
        sourceType: 'entity_supervisors',
        sourceId: entityId,
        agencyId: auth.agency.id,
        createdBy: auth.user.id,
        createdAt: now,
      },
    ]);
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'entities.supervisors_set',
        targetType: 'entity',
        targetId: entityId,
        summary: `调整 ${entity.name} 的监管责任人：${detail}`,
        before: { officerIds: current.map((row) => row.officerId) },
        after: { officerIds: input.officerIds },
      },
      now,
    );
  });
  return getEntitySupervisors(ctx, auth, entityId);
}
