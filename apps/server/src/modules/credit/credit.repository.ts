import type {
  CardListQuery,
  CommitmentListQuery,
  CommitmentStatus,
  EntityList,
  EvaluationListQuery,
  MembershipListQuery,
  PointsListQuery,
} from '@qingshan/domain';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client';
import {
  compliancePointEntries,
  creditCards,
  creditEvaluations,
  entityCommitments,
  entityListMemberships,
} from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { agencyIdsInScope } from '../../lib/jurisdiction';
import { orderByName } from '../../lib/name-sort-key';
import { agencies, agencyClosure, regions } from '../../lib/organisation';
import { toContainsPattern } from '../../lib/sql-helpers';
import { entityRows, keyPolluterMediaOfYear } from '../entities/index';

// ---------------------------------------------------------------------------------------------
// The entity, through the jurisdiction sub-select
// ---------------------------------------------------------------------------------------------

/** The entity columns every list joins, filters and sorts on (the entities face, D54b). */
const entity = entityRows;
const ownerAgency = alias(agencies, 'owner_agency');
const countyRegion = alias(regions, 'county_region');
const townRegion = alias(regions, 'town_region');
const actingAgency = alias(agencies, 'acting_agency');
const liftingAgency = alias(agencies, 'lifting_agency');

/** 南昌县 or 南昌县·武阳镇: the county, and the town when the entity is located in one. */
const regionNameColumn = sql<string>`CASE WHEN ${townRegion.code} IS NOT NULL AND ${townRegion.code} <> ${countyRegion.code}
  THEN ${countyRegion.name} || '·' || ${townRegion.name} ELSE coalesce(${countyRegion.name}, ${entity.countyCode}) END`;

const entityColumns = {
  entityId: entity.id,
  entityName: entity.name,
  creditCode: entity.creditCode,
  regionCode: entity.regionCode,
  regionName: regionNameColumn,
  ownerAgencyName: ownerAgency.name,
};

/** Which of `agencyIds` lie in the caller's subtree. */
export async function findAgencyIdsInScope(
  db: Database,
  auth: AuthContext,
  agencyIds: string[],
): Promise<Set<string>> {
  if (agencyIds.length === 0) return new Set();
  const rows = await db
    .select({ id: agencyClosure.descendantId })
    .from(agencyClosure)
    .where(
      and(
        eq(agencyClosure.ancestorId, auth.scopeRootAgencyId),
        inArray(agencyClosure.descendantId, [...new Set(agencyIds)]),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

// ---------------------------------------------------------------------------------------------
// One entity's credit record
// ---------------------------------------------------------------------------------------------

export function findCardsOfEntity(db: Database, entityId: string) {
  return db
    .select({
      id: creditCards.id,
      color: creditCards.color,
      reason: creditCards.reason,
      basis: creditCards.basis,
      documentNumber: creditCards.documentNumber,
      issuedOn: creditCards.issuedOn,
      agencyId: creditCards.agencyId,
      agencyName: actingAgency.name,
      liftedOn: creditCards.liftedOn,
      liftReason: creditCards.liftReason,
      liftedByAgencyName: liftingAgency.name,
    })
    .from(creditCards)
    .innerJoin(actingAgency, eq(actingAgency.id, creditCards.agencyId))
    .leftJoin(liftingAgency, eq(liftingAgency.id, creditCards.liftedByAgencyId))
    .where(eq(creditCards.entityId, entityId))
    .orderBy(desc(creditCards.issuedOn), desc(creditCards.createdAt));
}
export type CardRow = Awaited<ReturnType<typeof findCardsOfEntity>>[number];

export function findEvaluationsOfEntity(db: Database, entityId: string) {
  return db
    .select({
      id: creditEvaluations.id,
      year: creditEvaluations.year,
      level: creditEvaluations.level,
      evaluatedOn: creditEvaluations.evaluatedOn,
      agencyName: actingAgency.name,
      note: creditEvaluations.note,
    })
    .from(creditEvaluations)
    .innerJoin(actingAgency, eq(actingAgency.id, creditEvaluations.agencyId))
    .where(eq(creditEvaluations.entityId, entityId))
    .orderBy(desc(creditEvaluations.year));
}

export function findPointEntriesOfEntity(db: Database, entityId: string) {
  return db
    .select({
      id: compliancePointEntries.id,
      occurredOn: compliancePointEntries.occurredOn,
      points: compliancePointEntries.points,
      reason: compliancePointEntries.reason,
      agencyName: actingAgency.name,
    })
    .from(compliancePointEntries)
    .innerJoin(actingAgency, eq(actingAgency.id, compliancePointEntries.agencyId))
    .where(eq(compliancePointEntries.entityId, entityId))
    .orderBy(asc(compliancePointEntries.occurredOn), asc(compliancePointEntries.createdAt));
}

export function findMembershipsOfEntity(db: Database, entityId: string) {
  return db
    .select({
      id: entityListMemberships.id,
      list: entityListMemberships.list,
      listedOn: entityListMemberships.listedOn,
      reason: entityListMemberships.reason,
      basis: entityListMemberships.basis,
      agencyId: entityListMemberships.agencyId,
      agencyName: actingAgency.name,
      removedOn: entityListMemberships.removedOn,
      removalReason: entityListMemberships.removalReason,
    })
    .from(entityListMemberships)
    .innerJoin(actingAgency, eq(actingAgency.id, entityListMemberships.agencyId))
    .where(eq(entityListMemberships.entityId, entityId))
    .orderBy(desc(entityListMemberships.listedOn), desc(entityListMemberships.createdAt));
}
export type MembershipRow = Awaited<ReturnType<typeof findMembershipsOfEntity>>[number];

export function findCommitmentsOfEntity(db: Database, entityId: string) {
  return db
    .select({
      id: entityCommitments.id,
      year: entityCommitments.year,
      letterDeliveredOn: entityCommitments.letterDeliveredOn,
      deliveryMethod: entityCommitments.deliveryMethod,
      commitmentSignedOn: entityCommitments.commitmentSignedOn,
      signatory: entityCommitments.signatory,
      documentSha256: entityCommitments.documentSha256,
      note: entityCommitments.note,
      agencyName: actingAgency.name,
    })
    .from(entityCommitments)
    .innerJoin(actingAgency, eq(actingAgency.id, entityCommitments.agencyId))
    .where(eq(entityCommitments.entityId, entityId))
    .orderBy(desc(entityCommitments.year));
}

export async function findCommitment(db: Database, entityId: string, year: number) {
  const [row] = await db
    .select()
    .from(entityCommitments)
    .where(and(eq(entityCommitments.entityId, entityId), eq(entityCommitments.year, year)))
    .limit(1);
  return row;
}

export async function findEvaluation(db: Database, entityId: string, year: number) {
  const [row] = await db
    .select()
    .from(creditEvaluations)
    .where(and(eq(creditEvaluations.entityId, entityId), eq(creditEvaluations.year, year)))
    .limit(1);
  return row;
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

export async function insertCard(db: Database, values: typeof creditCards.$inferInsert) {
  await db.insert(creditCards).values(values);
}

export async function liftCardRow(
  db: Database,
  id: string,
  changes: { liftedOn: string; liftReason: string; liftedByAgencyId: string; updatedAt: Date },
) {
  await db.update(creditCards).set(changes).where(eq(creditCards.id, id));
}

export async function insertEvaluation(db: Database, values: typeof creditEvaluations.$inferInsert) {
  await db.insert(creditEvaluations).values(values);
}

export async function updateEvaluation(
  db: Database,
  id: string,
  changes: Partial<typeof creditEvaluations.$inferInsert>,
) {
  await db.update(creditEvaluations).set(changes).where(eq(creditEvaluations.id, id));
}

export async function insertPointEntry(db: Database, values: typeof compliancePointEntries.$inferInsert) {
  await db.insert(compliancePointEntries).values(values);
}

export async function insertMembership(db: Database, values: typeof entityListMemberships.$inferInsert) {
  await db.insert(entityListMemberships).values(values);
}

export async function closeMembership(
  db: Database,
  id: string,
  changes: { removedOn: string; removalReason: string; updatedAt: Date },
) {
  await db.update(entityListMemberships).set(changes).where(eq(entityListMemberships.id, id));
}

export async function insertCommitment(db: Database, values: typeof entityCommitments.$inferInsert) {
  await db.insert(entityCommitments).values(values);
}

export async function updateCommitment(
  db: Database,
  id: string,
  changes: Partial<typeof entityCommitments.$inferInsert>,
) {
  await db.update(entityCommitments).set(changes).where(eq(entityCommitments.id, id));
}

// ---------------------------------------------------------------------------------------------
// Agency-wide lists: every query starts from the entities the caller's subtree owns
// ---------------------------------------------------------------------------------------------

interface ListFilters {
  q?: string;
  agencyId?: string;
  regionCode?: string;
}

function entityConditions(db: Database, auth: AuthContext, filters: ListFilters): SQL[] {
  const conditions: SQL[] = [inArray(entity.ownerAgencyId, agencyIdsInScope(db, auth))];
  if (filters.q) {
    const pattern = toContainsPattern(filters.q);
    conditions.push(or(ilike(entity.name, pattern), ilike(entity.creditCode, pattern.toUpperCase()))!);
  }
  if (filters.agencyId) {
    conditions.push(
      inArray(
        entity.ownerAgencyId,
        db
          .select({ id: agencyClosure.descendantId })
          .from(agencyClosure)
          .where(eq(agencyClosure.ancestorId, filters.agencyId)),
      ),
    );
  }
  if (filters.regionCode) conditions.push(regionCondition(filters.regionCode));
  return conditions;
}

/** A town exactly; a county, city or province by its code's prefix. */
function regionCondition(code: string): SQL {
  if (code.length === 9) return eq(entity.regionCode, code);
  const prefix = code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
  return prefix.length === 6 ? eq(entity.countyCode, prefix) : sql`${entity.countyCode} LIKE ${`${prefix}%`}`;
}

/** A sortable column, or the terms of a name sorted by its pinyin key (lib/name-sort-key). */
type SortTerm = PgColumn | SQL | ((direction: 'asc' | 'desc') => SQL[]);

const byEntityName = (direction: 'asc' | 'desc') => orderByName(entity.nameSortKey, entity.name, direction);

function orderBy(sort: string, columns: Record<string, SortTerm>, tieBreaker: PgColumn): SQL[] {
  const descending = sort.startsWith('-');
  const column = columns[sort.replace(/^-/, '')]!;
  if (typeof column === 'function') return [...column(descending ? 'desc' : 'asc'), asc(tieBreaker)];
  return [descending ? sql`${column} DESC NULLS LAST` : sql`${column} ASC NULLS LAST`, asc(tieBreaker)];
}

// Cards ----------------------------------------------------------------------------------------

export interface CardPeriods {
  today: string;
  yellowRectificationDays: number;
  redRectificationDays: number;
}

function rectificationDue(periods: CardPeriods): SQL {
  return sql`(${creditCards.issuedOn} + (CASE WHEN ${creditCards.color} = 'red' THEN ${periods.redRectificationDays}::int ELSE ${periods.yellowRectificationDays}::int END))`;
}

function cardConditions(
  db: Database,
  auth: AuthContext,
  query: Omit<CardListQuery, 'page' | 'pageSize' | 'sort'>,
  periods: CardPeriods,
) {
  const conditions = entityConditions(db, auth, query);
  if (query.color) conditions.push(eq(creditCards.color, query.color));
  if (query.issuedFrom) conditions.push(gte(creditCards.issuedOn, query.issuedFrom));
  if (query.issuedTo) conditions.push(lte(creditCards.issuedOn, query.issuedTo));
  const today = sql`${periods.today}::date`;
  switch (query.status) {
    case 'lifted':
      conditions.push(isNotNull(creditCards.liftedOn));
      break;
    case 'current':
      conditions.push(isNull(creditCards.liftedOn));
      break;
    case 'active':
      conditions.push(isNull(creditCards.liftedOn), sql`${rectificationDue(periods)} >= ${today}`);
      break;
    case 'overdue':
      conditions.push(isNull(creditCards.liftedOn), sql`${rectificationDue(periods)} < ${today}`);
      break;
  }
  return and(...conditions);
}

const cardListColumns = {
  id: creditCards.id,
  ...entityColumns,
  color: creditCards.color,
  reason: creditCards.reason,
  basis: creditCards.basis,
  documentNumber: creditCards.documentNumber,
  issuedOn: creditCards.issuedOn,
  agencyId: creditCards.agencyId,
  agencyName: actingAgency.name,
  liftedOn: creditCards.liftedOn,
  liftReason: creditCards.liftReason,
  liftedByAgencyName: liftingAgency.name,
};
export type CardListRow = Awaited<ReturnType<typeof findCardsPage>>['rows'][number];

function cardsFrom(db: Database) {
  return db
    .select(cardListColumns)
    .from(creditCards)
    .innerJoin(entity, eq(entity.id, creditCards.entityId))
    .innerJoin(ownerAgency, eq(ownerAgency.id, entity.ownerAgencyId))
    .innerJoin(actingAgency, eq(actingAgency.id, creditCards.agencyId))
    .leftJoin(liftingAgency, eq(liftingAgency.id, creditCards.liftedByAgencyId))
    .leftJoin(countyRegion, eq(countyRegion.code, entity.countyCode))
    .leftJoin(townRegion, eq(townRegion.code, entity.regionCode));
}

const cardSortColumns = {
  issuedOn: creditCards.issuedOn,
  entityName: byEntityName,
  liftedOn: creditCards.liftedOn,
};

export async function findCardsPage(
  db: Database,
  auth: AuthContext,
  query: CardListQuery,
  periods: CardPeriods,
) {
  const where = cardConditions(db, auth, query, periods);
  const [rows, [total]] = await Promise.all([
    cardsFrom(db)
      .where(where)
      .orderBy(...orderBy(query.sort, cardSortColumns, creditCards.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ value: count() })
      .from(creditCards)
      .innerJoin(entity, eq(entity.id, creditCards.entityId))
      .where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export function findCardsForExport(
  db: Database,
  auth: AuthContext,
  query: CardListQuery,
  periods: CardPeriods,
  limit: number,
) {
  return cardsFrom(db)
    .where(cardConditions(db, auth, query, periods))
    .orderBy(...orderBy(query.sort, cardSortColumns, creditCards.id))
    .limit(limit);
}

// List memberships -----------------------------------------------------------------------------

function membershipConditions(
  db: Database,
  auth: AuthContext,
  list: EntityList,
  query: Omit<MembershipListQuery, 'page' | 'pageSize' | 'sort'>,
) {
  const conditions = entityConditions(db, auth, query);
  conditions.push(eq(entityListMemberships.list, list));
  if (query.status === 'active') conditions.push(isNull(entityListMemberships.removedOn));
  if (query.status === 'removed') conditions.push(isNotNull(entityListMemberships.removedOn));
  if (query.listedFrom) conditions.push(gte(entityListMemberships.listedOn, query.listedFrom));
  if (query.listedTo) conditions.push(lte(entityListMemberships.listedOn, query.listedTo));
  return and(...conditions);
}

const membershipListColumns = {
  id: entityListMemberships.id,
  ...entityColumns,
  list: entityListMemberships.list,
  listedOn: entityListMemberships.listedOn,
  reason: entityListMemberships.reason,
  basis: entityListMemberships.basis,
  agencyName: actingAgency.name,
  removedOn: entityListMemberships.removedOn,
  removalReason: entityListMemberships.removalReason,
};
export type MembershipListRow = Awaited<ReturnType<typeof findMembershipsPage>>['rows'][number];

function membershipsFrom(db: Database) {
  return db
    .select(membershipListColumns)
    .from(entityListMemberships)
    .innerJoin(entity, eq(entity.id, entityListMemberships.entityId))
    .innerJoin(ownerAgency, eq(ownerAgency.id, entity.ownerAgencyId))
    .innerJoin(actingAgency, eq(actingAgency.id, entityListMemberships.agencyId))
    .leftJoin(countyRegion, eq(countyRegion.code, entity.countyCode))
    .leftJoin(townRegion, eq(townRegion.code, entity.regionCode));
}

const membershipSortColumns = {
  listedOn: entityListMemberships.listedOn,
  entityName: byEntityName,
  removedOn: entityListMemberships.removedOn,
};

export async function findMembershipsPage(
  db: Database,
  auth: AuthContext,
  list: EntityList,
  query: MembershipListQuery,
) {
  const where = membershipConditions(db, auth, list, query);
  const [rows, [total]] = await Promise.all([
    membershipsFrom(db)
      .where(where)
      .orderBy(...orderBy(query.sort, membershipSortColumns, entityListMemberships.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ value: count() })
      .from(entityListMemberships)
      .innerJoin(entity, eq(entity.id, entityListMemberships.entityId))
      .where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export function findMembershipsForExport(
  db: Database,
  auth: AuthContext,
  list: EntityList,
  query: MembershipListQuery,
  limit: number,
) {
  return membershipsFrom(db)
    .where(membershipConditions(db, auth, list, query))
    .orderBy(...orderBy(query.sort, membershipSortColumns, entityListMemberships.id))
    .limit(limit);
}

// Commitment coverage --------------------------------------------------------------------------

const commitmentStatusColumn = sql<CommitmentStatus>`CASE
  WHEN ${entityCommitments.commitmentSignedOn} IS NOT NULL THEN 'signed'
  WHEN ${entityCommitments.letterDeliveredOn} IS NOT NULL THEN 'delivered'
  ELSE 'missing' END`;

function commitmentStatusCondition(status: CommitmentStatus): SQL {
  if (status === 'signed') return isNotNull(entityCommitments.commitmentSignedOn);
  if (status === 'delivered') {
    return and(isNotNull(entityCommitments.letterDeliveredOn), isNull(entityCommitments.commitmentSignedOn))!;
  }
  return and(isNull(entityCommitments.letterDeliveredOn), isNull(entityCommitments.commitmentSignedOn))!;
}

function commitmentsFrom(db: Database, year: number) {
  const keyPolluters = keyPolluterMediaOfYear(year);
  return db
    .select({
      ...entityColumns,
      media: keyPolluters.media,
      status: commitmentStatusColumn,
      letterDeliveredOn: entityCommitments.letterDeliveredOn,
      deliveryMethod: entityCommitments.deliveryMethod,
      commitmentSignedOn: entityCommitments.commitmentSignedOn,
      signatory: entityCommitments.signatory,
    })
    .from(entity)
    .innerJoin(keyPolluters, eq(keyPolluters.entityId, entity.id))
    .innerJoin(ownerAgency, eq(ownerAgency.id, entity.ownerAgencyId))
    .leftJoin(
      entityCommitments,
      and(eq(entityCommitments.entityId, entity.id), eq(entityCommitments.year, year)),
    )
    .leftJoin(countyRegion, eq(countyRegion.code, entity.countyCode))
    .leftJoin(townRegion, eq(townRegion.code, entity.regionCode));
}
export type CommitmentListRow = Awaited<ReturnType<typeof findCommitmentsPage>>['rows'][number];

const commitmentSortColumns = {
  entityName: byEntityName,
  letterDeliveredOn: entityCommitments.letterDeliveredOn,
  signedOn: entityCommitments.commitmentSignedOn,
};

export async function findCommitmentsPage(
  db: Database,
  auth: AuthContext,
  query: CommitmentListQuery,
  year: number,
) {
  const base = entityConditions(db, auth, query);
  const where = and(...base, ...(query.status ? [commitmentStatusCondition(query.status)] : []));
  const [rows, [total], coverage] = await Promise.all([
    commitmentsFrom(db, year)
      .where(where)
      .orderBy(...orderBy(query.sort, commitmentSortColumns, entity.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    commitmentsCount(db, year, where),
    countCommitmentStatuses(db, year, and(...base)),
  ]);
  return { rows, total: total?.value ?? 0, coverage };
}

function commitmentsCount(db: Database, year: number, where: SQL | undefined) {
  const keyPolluters = keyPolluterMediaOfYear(year);
  return db
    .select({ value: count() })
    .from(entity)
    .innerJoin(keyPolluters, eq(keyPolluters.entityId, entity.id))
    .leftJoin(
      entityCommitments,
      and(eq(entityCommitments.entityId, entity.id), eq(entityCommitments.year, year)),
    )
    .where(where);
}

/** Signed / delivered / missing key polluters of `year` under `where`. */
export async function countCommitmentStatuses(
  db: Database,
  year: number,
  where: SQL | undefined,
): Promise<Record<CommitmentStatus, number>> {
  const keyPolluters = keyPolluterMediaOfYear(year);
  const rows = await db
    .select({ status: commitmentStatusColumn, value: count() })
    .from(entity)
    .innerJoin(keyPolluters, eq(keyPolluters.entityId, entity.id))
    .leftJoin(
      entityCommitments,
      and(eq(entityCommitments.entityId, entity.id), eq(entityCommitments.year, year)),
    )
    .where(where)
    .groupBy(commitmentStatusColumn);
  const counts: Record<CommitmentStatus, number> = { signed: 0, delivered: 0, missing: 0 };
  for (const row of rows) counts[row.status] = Number(row.value);
  return counts;
}

export function findCommitmentsForExport(
  db: Database,
  auth: AuthContext,
  query: CommitmentListQuery,
  year: number,
  limit: number,
) {
  const where = and(
    ...entityConditions(db, auth, query),
    ...(query.status ? [commitmentStatusCondition(query.status)] : []),
  );
  return commitmentsFrom(db, year)
    .where(where)
    .orderBy(...orderBy(query.sort, commitmentSortColumns, entity.id))
    .limit(limit);
}

// Evaluations ----------------------------------------------------------------------------------

function evaluationConditions(
  db: Database,
  auth: AuthContext,
  query: Omit<EvaluationListQuery, 'page' | 'pageSize' | 'sort'>,
) {
  const conditions = entityConditions(db, auth, query);
  if (query.year) conditions.push(eq(creditEvaluations.year, query.year));
  if (query.level) conditions.push(eq(creditEvaluations.level, query.level));
  return and(...conditions);
}

/** Best first when sorted ascending. */
const levelRank = sql`array_position(ARRAY['trustworthy','good','warning','untrustworthy']::varchar[], ${creditEvaluations.level})`;

const evaluationSortColumns = {
  evaluatedOn: creditEvaluations.evaluatedOn,
  entityName: byEntityName,
  level: levelRank,
  year: creditEvaluations.year,
};

function evaluationsFrom(db: Database) {
  return db
    .select({
      id: creditEvaluations.id,
      ...entityColumns,
      year: creditEvaluations.year,
      level: creditEvaluations.level,
      evaluatedOn: creditEvaluations.evaluatedOn,
      agencyName: actingAgency.name,
      note: creditEvaluations.note,
    })
    .from(creditEvaluations)
    .innerJoin(entity, eq(entity.id, creditEvaluations.entityId))
    .innerJoin(ownerAgency, eq(ownerAgency.id, entity.ownerAgencyId))
    .innerJoin(actingAgency, eq(actingAgency.id, creditEvaluations.agencyId))
    .leftJoin(countyRegion, eq(countyRegion.code, entity.countyCode))
    .leftJoin(townRegion, eq(townRegion.code, entity.regionCode));
}
export type EvaluationListRow = Awaited<ReturnType<typeof findEvaluationsPage>>['rows'][number];

export async function findEvaluationsPage(db: Database, auth: AuthContext, query: EvaluationListQuery) {
  const where = evaluationConditions(db, auth, query);
  const [rows, [total]] = await Promise.all([
    evaluationsFrom(db)
      .where(where)
      .orderBy(...orderBy(query.sort, evaluationSortColumns, creditEvaluations.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ value: count() })
      .from(creditEvaluations)
      .innerJoin(entity, eq(entity.id, creditEvaluations.entityId))
      .where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export function findEvaluationsForExport(
  db: Database,
  auth: AuthContext,
  query: EvaluationListQuery,
  limit: number,
) {
  return evaluationsFrom(db)
    .where(evaluationConditions(db, auth, query))
    .orderBy(...orderBy(query.sort, evaluationSortColumns, creditEvaluations.id))
    .limit(limit);
}

// Compliance points ----------------------------------------------------------------------------

function pointsConditions(
  db: Database,
  auth: AuthContext,
  query: Omit<PointsListQuery, 'page' | 'pageSize' | 'sort'>,
) {
  const conditions = entityConditions(db, auth, query);
  if (query.direction === 'award') conditions.push(sql`${compliancePointEntries.points} > 0`);
  if (query.direction === 'deduction') conditions.push(lt(compliancePointEntries.points, 0));
  if (query.from) conditions.push(gte(compliancePointEntries.occurredOn, query.from));
  if (query.to) conditions.push(lte(compliancePointEntries.occurredOn, query.to));
  return and(...conditions);
}

const entityBalance = sql<number>`(SELECT coalesce(sum(b.points), 0)::int FROM compliance_point_entries b WHERE b.entity_id = ${entity.id})`;

function pointsFrom(db: Database) {
  return db
    .select({
      id: compliancePointEntries.id,
      ...entityColumns,
      occurredOn: compliancePointEntries.occurredOn,
      points: compliancePointEntries.points,
      reason: compliancePointEntries.reason,
      agencyName: actingAgency.name,
      entityBalance,
    })
    .from(compliancePointEntries)
    .innerJoin(entity, eq(entity.id, compliancePointEntries.entityId))
    .innerJoin(ownerAgency, eq(ownerAgency.id, entity.ownerAgencyId))
    .innerJoin(actingAgency, eq(actingAgency.id, compliancePointEntries.agencyId))
    .leftJoin(countyRegion, eq(countyRegion.code, entity.countyCode))
    .leftJoin(townRegion, eq(townRegion.code, entity.regionCode));
}
export type PointsListRow = Awaited<ReturnType<typeof findPointsPage>>['rows'][number];

const pointsSortColumns = {
  occurredOn: compliancePointEntries.occurredOn,
  points: compliancePointEntries.points,
  entityName: byEntityName,
};

export async function findPointsPage(db: Database, auth: AuthContext, query: PointsListQuery) {
  const where = pointsConditions(db, auth, query);
  const [rows, [total]] = await Promise.all([
    pointsFrom(db)
      .where(where)
      .orderBy(...orderBy(query.sort, pointsSortColumns, compliancePointEntries.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ value: count() })
      .from(compliancePointEntries)
      .innerJoin(entity, eq(entity.id, compliancePointEntries.entityId))
      .where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export function findPointsForExport(db: Database, auth: AuthContext, query: PointsListQuery, limit: number) {
  return pointsFrom(db)
    .where(pointsConditions(db, auth, query))
    .orderBy(...orderBy(query.sort, pointsSortColumns, compliancePointEntries.id))
    .limit(limit);
}

// Summary --------------------------------------------------------------------------------------

export async function countSummary(db: Database, auth: AuthContext, periods: CardPeriods, year: number) {
  const inScope = inArray(entity.ownerAgencyId, agencyIdsInScope(db, auth));
  const today = sql`${periods.today}::date`;
  const [cards, lists, evaluations, points, commitments] = await Promise.all([
    db
      .select({
        red: sql<number>`count(*) FILTER (WHERE ${creditCards.color} = 'red')::int`,
        yellow: sql<number>`count(*) FILTER (WHERE ${creditCards.color} = 'yellow')::int`,
        overdue: sql<number>`count(*) FILTER (WHERE ${rectificationDue(periods)} < ${today})::int`,
      })
      .from(creditCards)
      .innerJoin(entity, eq(entity.id, creditCards.entityId))
      .where(and(inScope, isNull(creditCards.liftedOn))),
    db
      .select({
        blacklisted: sql<number>`count(DISTINCT ${entityListMemberships.entityId}) FILTER (WHERE ${entityListMemberships.list} = 'blacklist')::int`,
        positive: sql<number>`count(DISTINCT ${entityListMemberships.entityId}) FILTER (WHERE ${entityListMemberships.list} = 'positive')::int`,
      })
      .from(entityListMemberships)
      .innerJoin(entity, eq(entity.id, entityListMemberships.entityId))
      .where(and(inScope, isNull(entityListMemberships.removedOn))),
    db
      .select({ year: creditEvaluations.year, level: creditEvaluations.level, value: count() })
      .from(creditEvaluations)
      .innerJoin(entity, eq(entity.id, creditEvaluations.entityId))
      .where(and(inScope, lte(creditEvaluations.year, year)))
      .groupBy(creditEvaluations.year, creditEvaluations.level),
    db
      .select({
        entities: sql<number>`count(DISTINCT ${compliancePointEntries.entityId})::int`,
        entries: sql<number>`count(*)::int`,
      })
      .from(compliancePointEntries)
      .innerJoin(entity, eq(entity.id, compliancePointEntries.entityId))
      .where(inScope),
    countCommitmentStatuses(db, year, inScope),
  ]);
  return { cards: cards[0]!, lists: lists[0]!, evaluations, points: points[0]!, commitments };
}
