import { type CatalogueItemQuery, type CatalogueListQuery, catalogueKinds } from '@qingshan/domain';
import { and, asc, count, desc, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client';
import { catalogueItems, catalogues } from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { agencyIdsInScope } from '../../lib/jurisdiction';
import { agencies, agencyClosure } from '../../lib/organisation';
import { toContainsPattern } from '../../lib/sql-helpers';
import { userDisplayName } from '../users/index';

type Scope = Pick<AuthContext, 'scopeRootAgencyId'>;

/** The agencies above the user's scope root (and the root itself): their published lists apply. */
function ancestorAgencyIds(db: Database, auth: Scope) {
  return db
    .select({ id: agencyClosure.ancestorId })
    .from(agencyClosure)
    .where(eq(agencyClosure.descendantId, auth.scopeRootAgencyId));
}

/**
 * Who reads a catalogue version (CAT read scope): everything owned inside the user's subtree,
 * drafts included; and the published and superseded versions of the agencies above it (a county
 * inspector works by the province's and the city's lists). Drafts of other agencies, and
 * anything of another city or province, are never read.
 */
export function visibleCatalogueCondition(db: Database, auth: Scope): SQL {
  return or(
    inArray(catalogues.ownerAgencyId, agencyIdsInScope(db, auth)),
    and(ne(catalogues.status, 'draft'), inArray(catalogues.ownerAgencyId, ancestorAgencyIds(db, auth))),
  )!;
}

const basedOn = alias(catalogues, 'based_on');

const itemCount = sql<number>`(SELECT count(*)::int FROM ${catalogueItems} WHERE ${catalogueItems.catalogueId} = ${catalogues.id})`;

const summaryColumns = {
  id: catalogues.id,
  kind: catalogues.kind,
  ownerAgencyId: catalogues.ownerAgencyId,
  ownerAgencyName: agencies.name,
  version: catalogues.version,
  title: catalogues.title,
  status: catalogues.status,
  effectiveFrom: catalogues.effectiveFrom,
  basedOnId: catalogues.basedOnId,
  basedOnVersion: basedOn.version,
  note: catalogues.note,
  itemCount,
  publishedAt: catalogues.publishedAt,
  publishedByName: userDisplayName(catalogues.publishedBy),
  createdByName: userDisplayName(catalogues.createdBy),
  createdAt: catalogues.createdAt,
  updatedAt: catalogues.updatedAt,
};

export type CatalogueRow = Awaited<ReturnType<typeof findVisibleCatalogue>> & {};

function selectSummaries(db: Database) {
  return db
    .select(summaryColumns)
    .from(catalogues)
    .innerJoin(agencies, eq(agencies.id, catalogues.ownerAgencyId))
    .leftJoin(basedOn, eq(basedOn.id, catalogues.basedOnId));
}

function listFilter(db: Database, auth: Scope, query: CatalogueListQuery): SQL {
  const conditions: SQL[] = [visibleCatalogueCondition(db, auth)];
  if (query.kind) conditions.push(eq(catalogues.kind, query.kind));
  if (query.status) conditions.push(eq(catalogues.status, query.status));
  if (query.ownerAgencyId) conditions.push(eq(catalogues.ownerAgencyId, query.ownerAgencyId));
  if (query.year) conditions.push(sql`EXTRACT(YEAR FROM ${catalogues.effectiveFrom}) = ${query.year}`);
  if (query.q) {
    const pattern = toContainsPattern(query.q);
    conditions.push(or(ilike(catalogues.title, pattern), ilike(agencies.name, pattern))!);
  }
  if (query.isCurrentOnly) conditions.push(ne(catalogues.status, 'superseded'));
  return and(...conditions)!;
}

export async function findCataloguePage(db: Database, auth: Scope, query: CatalogueListQuery) {
  const where = listFilter(db, auth, query);
  const order: SQL[] = {
    // CAT-1 … CAT-5 in the order of the features, then agencies top-down, newest version first.
    kind: [
      sql`array_position(ARRAY[${sql.join(
        catalogueKinds.map((kind) => sql`${kind}`),
        sql`, `,
      )}]::text[], ${catalogues.kind}::text)`,
      asc(agencies.sortOrder),
      desc(catalogues.version),
    ],
    effectiveFrom: [sql`${catalogues.effectiveFrom} ASC NULLS LAST`, asc(catalogues.id)],
    '-effectiveFrom': [sql`${catalogues.effectiveFrom} DESC NULLS FIRST`, asc(catalogues.id)],
    updatedAt: [asc(catalogues.updatedAt), asc(catalogues.id)],
    '-updatedAt': [desc(catalogues.updatedAt), asc(catalogues.id)],
    title: [asc(catalogues.title), asc(catalogues.id)],
  }[query.sort];
  const [rows, [total]] = await Promise.all([
    selectSummaries(db)
      .where(where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ value: count() })
      .from(catalogues)
      .innerJoin(agencies, eq(agencies.id, catalogues.ownerAgencyId))
      .where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findVisibleCatalogue(db: Database, auth: Scope, id: string) {
  const [row] = await selectSummaries(db)
    .where(and(eq(catalogues.id, id), visibleCatalogueCondition(db, auth)))
    .limit(1);
  return row;
}

/** The visible versions of one series (kind and agency), newest first. */
export function findVisibleSeries(db: Database, auth: Scope, kind: string, ownerAgencyId: string) {
  return selectSummaries(db)
    .where(
      and(
        eq(catalogues.kind, kind),
        eq(catalogues.ownerAgencyId, ownerAgencyId),
        visibleCatalogueCondition(db, auth),
      ),
    )
    .orderBy(desc(catalogues.version));
}

/** Every version of a series, locked until the transaction ends (publishing and new drafts). */
export function lockSeries(db: Database, kind: string, ownerAgencyId: string) {
  return db
    .select({ id: catalogues.id, version: catalogues.version, status: catalogues.status })
    .from(catalogues)
    .where(and(eq(catalogues.kind, kind), eq(catalogues.ownerAgencyId, ownerAgencyId)))
    .orderBy(asc(catalogues.version))
    .for('update');
}

export async function insertCatalogue(db: Database, values: typeof catalogues.$inferInsert): Promise<void> {
  await db.insert(catalogues).values(values);
}

export async function updateCatalogueRow(
  db: Database,
  id: string,
  changes: Partial<typeof catalogues.$inferInsert>,
): Promise<void> {
  await db.update(catalogues).set(changes).where(eq(catalogues.id, id));
}

export async function deleteCatalogueRow(db: Database, id: string): Promise<void> {
  await db.delete(catalogueItems).where(eq(catalogueItems.catalogueId, id));
  await db.delete(catalogues).where(eq(catalogues.id, id));
}

/** Copies every item of one version into another, keeping order, codes and data. */
export async function copyItems(db: Database, fromId: string, toId: string, now: Date): Promise<void> {
  await db.execute(
    sql`INSERT INTO ${catalogueItems} (id, catalogue_id, position, code, name, data, created_at, updated_at)
        SELECT gen_random_uuid(), ${toId}, position, code, name, data, ${now}, ${now}
        FROM ${catalogueItems} WHERE catalogue_id = ${fromId}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------------------------

const itemColumns = {
  id: catalogueItems.id,
  catalogueId: catalogueItems.catalogueId,
  position: catalogueItems.position,
  code: catalogueItems.code,
  name: catalogueItems.name,
  data: catalogueItems.data,
  updatedAt: catalogueItems.updatedAt,
};

function itemFilter(catalogueId: string, query: Omit<CatalogueItemQuery, 'page' | 'pageSize'>): SQL {
  const conditions: SQL[] = [eq(catalogueItems.catalogueId, catalogueId)];
  if (query.q) {
    const pattern = toContainsPattern(query.q);
    conditions.push(
      or(
        ilike(catalogueItems.name, pattern),
        ilike(catalogueItems.code, pattern),
        sql`${catalogueItems.data}::text ILIKE ${pattern}`,
      )!,
    );
  }
  if (query.powerType) conditions.push(sql`${catalogueItems.data}->>'powerType' = ${query.powerType}`);
  if (query.level) conditions.push(sql`${catalogueItems.data}->>'firstResponsibleLevel' = ${query.level}`);
  if (query.category) conditions.push(sql`${catalogueItems.data}->>'category' = ${query.category}`);
  if (query.law) {
    const pattern = toContainsPattern(query.law);
    conditions.push(
      sql`EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(${catalogueItems.data}->'legalBases', ${catalogueItems.data}->'basis', '[]'::jsonb)) AS basis WHERE basis->>'law' ILIKE ${pattern})`,
    );
  }
  return and(...conditions)!;
}

export async function findItemPage(db: Database, catalogueId: string, query: CatalogueItemQuery) {
  const where = itemFilter(catalogueId, query);
  const [rows, [total]] = await Promise.all([
    db
      .select(itemColumns)
      .from(catalogueItems)
      .where(where)
      .orderBy(asc(catalogueItems.position), asc(catalogueItems.code))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(catalogueItems).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export function findAllItems(db: Database, catalogueId: string) {
  return db
    .select(itemColumns)
    .from(catalogueItems)
    .where(eq(catalogueItems.catalogueId, catalogueId))
    .orderBy(asc(catalogueItems.position), asc(catalogueItems.code));
}

export async function findItem(db: Database, catalogueId: string, itemId: string) {
  const [row] = await db
    .select(itemColumns)
    .from(catalogueItems)
    .where(and(eq(catalogueItems.catalogueId, catalogueId), eq(catalogueItems.id, itemId)))
    .limit(1);
  return row;
}

export async function isItemCodeTaken(db: Database, catalogueId: string, code: string, exceptId?: string) {
  const [row] = await db
    .select({ id: catalogueItems.id })
    .from(catalogueItems)
    .where(
      and(
        eq(catalogueItems.catalogueId, catalogueId),
        eq(catalogueItems.code, code),
        exceptId ? ne(catalogueItems.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function nextItemPosition(db: Database, catalogueId: string): Promise<number> {
  const [row] = await db
    .select({ value: sql<number>`coalesce(max(${catalogueItems.position}), 0)::int` })
    .from(catalogueItems)
    .where(eq(catalogueItems.catalogueId, catalogueId));
  return (row?.value ?? 0) + 1;
}

export async function insertItem(db: Database, values: typeof catalogueItems.$inferInsert): Promise<void> {
  await db.insert(catalogueItems).values(values);
}

export async function updateItemRow(
  db: Database,
  id: string,
  changes: Partial<typeof catalogueItems.$inferInsert>,
): Promise<void> {
  await db.update(catalogueItems).set(changes).where(eq(catalogueItems.id, id));
}

/** Deletes an item and closes the gap in the positions after it. */
export async function deleteItemRow(db: Database, catalogueId: string, id: string, position: number) {
  await db.delete(catalogueItems).where(eq(catalogueItems.id, id));
  await db.execute(
    sql`UPDATE ${catalogueItems} SET position = position - 1
        WHERE catalogue_id = ${catalogueId} AND position > ${position}`,
  );
}

/** Sets positions 1 … n in the given order, in one statement. */
export async function setItemOrder(db: Database, catalogueId: string, itemIds: readonly string[], now: Date) {
  const values = sql.join(
    itemIds.map((id, index) => sql`(${id}::uuid, ${index + 1}::int)`),
    sql`, `,
  );
  await db.execute(
    sql`UPDATE ${catalogueItems} AS item SET position = ordered.position, updated_at = ${now}
        FROM (VALUES ${values}) AS ordered(id, position)
        WHERE item.id = ordered.id AND item.catalogue_id = ${catalogueId} AND item.position <> ordered.position`,
  );
}
