import type { RandomCheckPlanListQuery } from '@qingshan/domain';
import { and, asc, count, desc, eq, ilike, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client';
import { randomCheckPlanItems, randomCheckPlans, randomCheckTasks } from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { agencyIdsInScope } from '../../lib/jurisdiction';
import { agencies, agencyClosure, regions } from '../../lib/organisation';
import { toContainsPattern } from '../../lib/sql-helpers';
import { catalogueItemRows } from '../catalogues/index';

/** Plans (DR-1): SQL only. Every read of a plan goes through the caller's jurisdiction sub-select. */

const planColumns = {
  id: randomCheckPlans.id,
  agencyId: randomCheckPlans.agencyId,
  agencyName: agencies.name,
  agencyLevel: agencies.level,
  agencyRegionCode: agencies.regionCode,
  number: randomCheckPlans.number,
  title: randomCheckPlans.title,
  year: randomCheckPlans.year,
  kind: randomCheckPlans.kind,
  quarter: randomCheckPlans.quarter,
  periodStart: randomCheckPlans.periodStart,
  periodEnd: randomCheckPlans.periodEnd,
  inspectionStartsOn: randomCheckPlans.inspectionStartsOn,
  inspectionDueOn: randomCheckPlans.inspectionDueOn,
  publicationDueOn: randomCheckPlans.publicationDueOn,
  poolFilter: randomCheckPlans.poolFilter,
  ratioOfficers: randomCheckPlans.ratioOfficers,
  ratioEntities: randomCheckPlans.ratioEntities,
  keyPolluterPercent: randomCheckPlans.keyPolluterPercent,
  specialObjectPercent: randomCheckPlans.specialObjectPercent,
  minOfficersPerTask: randomCheckPlans.minOfficersPerTask,
  isCrossRegion: randomCheckPlans.isCrossRegion,
  jointDepartments: randomCheckPlans.jointDepartments,
  status: randomCheckPlans.status,
  secret: randomCheckPlans.secret,
  commitment: randomCheckPlans.commitment,
  committedAt: randomCheckPlans.committedAt,
  publicEntropy: randomCheckPlans.publicEntropy,
  drawWitnesses: randomCheckPlans.drawWitnesses,
  seed: randomCheckPlans.seed,
  algorithmVersion: randomCheckPlans.algorithmVersion,
  drawnAt: randomCheckPlans.drawnAt,
  note: randomCheckPlans.note,
  createdAt: randomCheckPlans.createdAt,
  updatedAt: randomCheckPlans.updatedAt,
  itemCount: sql<number>`(SELECT count(*)::int FROM ${randomCheckPlanItems} WHERE ${randomCheckPlanItems.planId} = ${randomCheckPlans.id})`,
  taskCount: sql<number>`(SELECT count(*)::int FROM ${randomCheckTasks} WHERE ${randomCheckTasks.planId} = ${randomCheckPlans.id})`,
};

export type PlanRow = Awaited<ReturnType<typeof findPlanInScope>> & {};

function plansFrom(db: Database) {
  return db
    .select(planColumns)
    .from(randomCheckPlans)
    .innerJoin(agencies, eq(agencies.id, randomCheckPlans.agencyId));
}

/** A plan whose agency lies in the caller's subtree, or undefined. */
export async function findPlanInScope(
  db: Database,
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
  id: string,
) {
  const [row] = await plansFrom(db)
    .where(and(eq(randomCheckPlans.id, id), inArray(randomCheckPlans.agencyId, agencyIdsInScope(db, auth))))
    .limit(1);
  return row;
}

/** A plan by id with no jurisdiction (the public draw record; the draw inside its transaction). */
export async function findPlanById(db: Database, id: string) {
  const [row] = await plansFrom(db).where(eq(randomCheckPlans.id, id)).limit(1);
  return row;
}

/** Locks the plan row for the rest of the transaction (commit and draw are one at a time). */
export async function lockPlan(tx: Database, id: string): Promise<{ status: string } | undefined> {
  const [row] = await tx
    .select({ status: randomCheckPlans.status })
    .from(randomCheckPlans)
    .where(eq(randomCheckPlans.id, id))
    .for('update');
  return row;
}

function planConditions(
  db: Database,
  auth: AuthContext,
  query: Omit<RandomCheckPlanListQuery, 'page' | 'pageSize' | 'sort'>,
) {
  const conditions: SQL[] = [inArray(randomCheckPlans.agencyId, agencyIdsInScope(db, auth))];
  if (query.year !== undefined) conditions.push(eq(randomCheckPlans.year, query.year));
  if (query.kind) conditions.push(eq(randomCheckPlans.kind, query.kind));
  if (query.status) conditions.push(eq(randomCheckPlans.status, query.status));
  if (query.agencyId) {
    // The agency and the agencies below it.
    conditions.push(
      inArray(
        randomCheckPlans.agencyId,
        db
          .select({ id: agencyClosure.descendantId })
          .from(agencyClosure)
          .where(eq(agencyClosure.ancestorId, query.agencyId)),
      ),
    );
  }
  if (query.q) {
    const pattern = toContainsPattern(query.q);
    conditions.push(or(ilike(randomCheckPlans.title, pattern), ilike(randomCheckPlans.number, pattern))!);
  }
  return and(...conditions);
}

const sortColumns: Record<string, PgColumn> = {
  createdAt: randomCheckPlans.createdAt,
  inspectionStartsOn: randomCheckPlans.inspectionStartsOn,
  number: randomCheckPlans.number,
};

function orderOf(sort: string): SQL[] {
  const column = sortColumns[sort.replace(/^-/, '')]!;
  return [sort.startsWith('-') ? desc(column) : asc(column), asc(randomCheckPlans.id)];
}

export async function findPlansPage(db: Database, auth: AuthContext, query: RandomCheckPlanListQuery) {
  const where = planConditions(db, auth, query);
  const [rows, [total]] = await Promise.all([
    plansFrom(db)
      .where(where)
      .orderBy(...orderOf(query.sort))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(randomCheckPlans).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export function findPlansForExport(
  db: Database,
  auth: AuthContext,
  query: Omit<RandomCheckPlanListQuery, 'page' | 'pageSize'>,
  limit: number,
) {
  return plansFrom(db)
    .where(planConditions(db, auth, query))
    .orderBy(...orderOf(query.sort))
    .limit(limit);
}

// ---------------------------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------------------------

export function findPlanItems(db: Database, planId: string) {
  return db
    .select({
      catalogueItemId: randomCheckPlanItems.catalogueItemId,
      requiredSpecialty: randomCheckPlanItems.requiredSpecialty,
      code: catalogueItemRows.code,
      name: catalogueItemRows.name,
      data: catalogueItemRows.data,
      catalogueTitle: catalogueItemRows.catalogueTitle,
    })
    .from(randomCheckPlanItems)
    .innerJoin(catalogueItemRows, eq(catalogueItemRows.id, randomCheckPlanItems.catalogueItemId))
    .where(eq(randomCheckPlanItems.planId, planId))
    .orderBy(asc(catalogueItemRows.code));
}

/**
 * The published random-inspection item lists (CAT-2) the agency may draw from: its own and its
 * superiors' (a county uses the city's list, seed 002 二(二)1).
 */
export function findItemOptions(db: Database, agencyId: string) {
  const owner = agencies;
  return db
    .select({
      catalogueItemId: catalogueItemRows.id,
      code: catalogueItemRows.code,
      name: catalogueItemRows.name,
      data: catalogueItemRows.data,
      catalogueTitle: catalogueItemRows.catalogueTitle,
      ownerAgencyName: owner.name,
    })
    .from(catalogueItemRows)
    .innerJoin(owner, eq(owner.id, catalogueItemRows.catalogueOwnerAgencyId))
    .where(
      and(
        eq(catalogueItemRows.catalogueKind, 'random_inspection_items'),
        eq(catalogueItemRows.catalogueStatus, 'published'),
        inArray(
          catalogueItemRows.catalogueOwnerAgencyId,
          db
            .select({ id: agencyClosure.ancestorId })
            .from(agencyClosure)
            .where(eq(agencyClosure.descendantId, agencyId)),
        ),
      ),
    )
    .orderBy(asc(catalogueItemRows.catalogueTitle), asc(catalogueItemRows.position));
}

export async function replacePlanItems(
  tx: Database,
  planId: string,
  items: { catalogueItemId: string; requiredSpecialty: string | null }[],
): Promise<void> {
  await tx.delete(randomCheckPlanItems).where(eq(randomCheckPlanItems.planId, planId));
  if (items.length > 0) {
    await tx.insert(randomCheckPlanItems).values(items.map((item) => ({ planId, ...item })));
  }
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

export type PlanInsert = typeof randomCheckPlans.$inferInsert;

export async function insertPlan(tx: Database, row: PlanInsert): Promise<void> {
  await tx.insert(randomCheckPlans).values(row);
}

export async function updatePlan(tx: Database, id: string, values: Partial<PlanInsert>): Promise<void> {
  await tx.update(randomCheckPlans).set(values).where(eq(randomCheckPlans.id, id));
}

export async function deletePlan(tx: Database, id: string): Promise<void> {
  await tx.delete(randomCheckPlanItems).where(eq(randomCheckPlanItems.planId, id));
  await tx.delete(randomCheckPlans).where(eq(randomCheckPlans.id, id));
}

/** The highest sequence number among the agency's plan numbers of the year (`…-NNN`). */
export async function findLastPlanSequence(tx: Database, agencyId: string, prefix: string): Promise<number> {
  const rows = await tx
    .select({ number: randomCheckPlans.number })
    .from(randomCheckPlans)
    .where(and(eq(randomCheckPlans.agencyId, agencyId), like(randomCheckPlans.number, `${prefix}%`)));
  let last = 0;
  for (const row of rows) {
    const sequence = Number(row.number.slice(prefix.length));
    if (Number.isInteger(sequence) && sequence > last) last = sequence;
  }
  return last;
}

// ---------------------------------------------------------------------------------------------
// Agencies and counties
// ---------------------------------------------------------------------------------------------

/**
 * The counties (county-level divisions) of an agency's region: a county agency's own county, a
 * city's counties and districts, a province's every county.
 */
export function findCountiesOfRegion(db: Database, regionCode: string) {
  const county = regionCode.slice(0, 6);
  const city = `${county.slice(0, 4)}00`;
  const province = `${county.slice(0, 2)}0000`;
  const condition =
    county === province
      ? like(regions.code, `${county.slice(0, 2)}%`)
      : county === city
        ? eq(regions.parentCode, city)
        : eq(regions.code, county);
  return db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(eq(regions.level, 'county'), condition))
    .orderBy(asc(regions.code));
}

/** Plan counts per status for a set of plans' agencies (for the home page's to-do). */
export async function countPlansToDraw(db: Database, auth: AuthContext): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(randomCheckPlans)
    .where(
      and(eq(randomCheckPlans.agencyId, auth.scopeRootAgencyId), eq(randomCheckPlans.status, 'committed')),
    );
  return row?.value ?? 0;
}
