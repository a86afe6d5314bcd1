import { type EntityListQuery, industryTable } from '@qingshan/domain';
import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { type Database, queryPreparedRows, queryRows } from '../../db/client';
import { entityEvents, keyPolluterListings, regulatedEntities } from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { countUpTo, type ListTotal } from '../../lib/list-count';
import { nameSortKeyOf } from '../../lib/name-sort-key';
import { agencies, agencySubtree, regions } from '../../lib/organisation';
import { toContainsPattern } from '../../lib/sql-helpers';
import {
  cardInForceColor,
  entityIdsWithLatestCreditLevel,
  entityPageCreditColumns,
  hasCardInForceOn,
  isOnCreditListOn,
  latestCreditLevel,
} from '../credit/index';
import { entitySupervisorsJson } from '../personnel/index';

/** The filters of the list and the export (everything but paging and sorting). */
export type EntityFilter = Omit<EntityListQuery, 'page' | 'pageSize' | 'sort'>;

/** Facts the filters compare against: the business date and the key-polluter year. */
export interface FilterContext {
  today: string;
  keyPolluterYear: number;
}

const sectionDivisions = new Map<string, string[]>();
for (const entry of industryTable) {
  if (entry.level !== 'division' || !entry.parent) continue;
  const list = sectionDivisions.get(entry.parent) ?? [];
  list.push(entry.code);
  sectionDivisions.set(entry.parent, list);
}

/**
 * The WHERE clause of the list, the count and the export. Jurisdiction comes first and is always
 * there: the owning agency must lie in the user's subtree (DECISIONS D6).
 */
export function buildEntityFilter(
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
  filter: EntityFilter,
  at: FilterContext,
): SQL {
  const conditions: SQL[] = [sql`e.owner_agency_id IN ${agencySubtree(auth.scopeRootAgencyId)}`];
  if (filter.q) conditions.push(searchCondition(filter.q));
  if (filter.regionCode) conditions.push(regionCondition(filter.regionCode));
  if (filter.ownerAgencyId) {
    conditions.push(sql`e.owner_agency_id IN ${agencySubtree(filter.ownerAgencyId)}`);
  }
  if (filter.industryCode) {
    const code = filter.industryCode;
    if (/^[A-Z]$/.test(code)) {
      const divisions = sectionDivisions.get(code) ?? [];
      conditions.push(
        divisions.length > 0
          ? sql`(e.industry_code = ${code} OR left(e.industry_code, 2) IN (${sql.join(
              divisions.map((division) => sql`${division}`),
              sql`, `,
            )}))`
          : sql`e.industry_code = ${code}`,
      );
    } else {
      conditions.push(sql`e.industry_code LIKE ${`${code}%`}`);
    }
  }
  if (filter.permitClass) conditions.push(sql`e.permit_class = ${filter.permitClass}`);
  if (filter.operatingStatus) conditions.push(sql`e.operating_status = ${filter.operatingStatus}`);
  if (filter.isKeyPolluter !== undefined || filter.keyPolluterMedium) {
    const listed = sql`EXISTS (SELECT 1 FROM key_polluter_listings k WHERE k.entity_id = e.id AND k.year = ${at.keyPolluterYear}${
      filter.keyPolluterMedium ? sql` AND k.medium = ${filter.keyPolluterMedium}` : sql``
    })`;
    conditions.push(filter.isKeyPolluter === false ? sql`NOT ${listed}` : listed);
  }
  if (filter.isSpecialSupervision !== undefined) {
    conditions.push(sql`e.is_special_supervision = ${filter.isSpecialSupervision}`);
  }
  if (filter.hasAutomaticMonitoring !== undefined) {
    conditions.push(sql`e.has_automatic_monitoring = ${filter.hasAutomaticMonitoring}`);
  }
  if (filter.isMonitoringNetworked !== undefined) {
    conditions.push(sql`e.is_monitoring_networked = ${filter.isMonitoringNetworked}`);
  }
  if (filter.isOnPositiveList !== undefined) {
    const member = isOnCreditListOn(sql`e.id`, 'positive', at.today);
    conditions.push(filter.isOnPositiveList ? member : sql`NOT ${member}`);
  }
  if (filter.isBlacklisted !== undefined) {
    const member = isOnCreditListOn(sql`e.id`, 'blacklist', at.today);
    conditions.push(filter.isBlacklisted ? member : sql`NOT ${member}`);
  }
  if (filter.card) {
    conditions.push(hasCardInForceOn(sql`e.id`, at.today, filter.card === 'any' ? undefined : filter.card));
  }
  if (filter.creditLevel) {
    conditions.push(sql`e.id IN ${entityIdsWithLatestCreditLevel(filter.creditLevel)}`);
  }
  return sql.join(conditions, sql` AND `);
}

/**
 * Part of the name, the credit code, the legal representative or the address. Chinese has no
 * letter case, and ILIKE on UTF-8 text costs about ten times LIKE (measured on PGlite with 100,000
 * entities: 1,066 ms against 81 ms), so the text columns use LIKE unless the search holds Latin
 * letters; credit codes are stored in upper case, so the search is upper-cased for them.
 */
function searchCondition(q: string): SQL {
  const pattern = toContainsPattern(q);
  const code = q.toUpperCase().replace(/[\s-]/g, '');
  const codePattern = toContainsPattern(code);
  const caseless = /[a-z]/i.test(q);
  const text = caseless
    ? sql`e.name ILIKE ${pattern} OR e.legal_representative ILIKE ${pattern} OR e.address ILIKE ${pattern}`
    : sql`e.name LIKE ${pattern} OR e.legal_representative LIKE ${pattern} OR e.address LIKE ${pattern}`;
  const matches = sql`(${text} OR e.credit_code LIKE ${codePattern})`;
  // Two characters hold no trigram: the bigram index (D57) narrows the rows, the LIKE above decides.
  // Only when no credit code can match (they are GB 32100 digits and capitals, checked on every
  // write) and the match is case-sensitive (the index holds the text as written).
  if (isBigramSearch(q) && !caseless && !/^[0-9A-Z]*$/.test(code)) {
    return sql`(entity_search_bigrams(e.name, e.legal_representative, e.address) @> ARRAY[${q}]::text[] AND ${matches})`;
  }
  return matches;
}

/** Length in characters (code points), as PostgreSQL counts them. */
function characterCount(q: string): number {
  return [...q].length;
}

function isBigramSearch(q: string): boolean {
  return characterCount(q) === 2;
}

/** A region and its whole subtree: province (2 digits), city (4), county (6) or town (9). */
function regionCondition(code: string): SQL {
  if (code.length === 9) return sql`e.region_code = ${code}`;
  const prefix = code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : null;
  if (!prefix) return sql`e.county_code = ${code}`;
  // A range on county_code (its index) rather than a prefix function: 3601 → [3601, 3602).
  const next = String(Number(prefix) + 1).padStart(prefix.length, '0');
  return sql`e.county_code >= ${prefix} AND e.county_code < ${next}`;
}

// Names sort by their pinyin key (lib/name-sort-key), then by the name in byte order for homophones.
const byName = 'e.name_sort_key {direction}, e.name COLLATE "C"';

const sortExpressions: Record<string, string> = {
  name: byName,
  creditCode: 'e.credit_code',
  updatedAt: 'e.updated_at',
  region: 'e.county_code',
};

function orderBy(sort: EntityListQuery['sort']): SQL {
  const descending = sort.startsWith('-');
  const key = sort.replace('-', '');
  const direction = descending ? 'DESC' : 'ASC';
  const expression = (sortExpressions[key] ?? byName).replace('{direction}', direction);
  // Region sorts county, then town, then name; every order ends with the id so pages are stable.
  const extra =
    key === 'region' ? `, e.region_code ${direction}, ${byName.replace('{direction}', 'ASC')} ASC` : '';
  return sql.raw(`${expression} ${direction}${extra}, e.id ${direction}`);
}

export interface EntityListRow {
  id: string;
  credit_code: string;
  name: string;
  region_code: string;
  region_full_name: string;
  owner_agency_id: string;
  owner_agency_name: string;
  industry_code: string;
  permit_class: string | null;
  operating_status: string;
  key_polluter_media: string[] | null;
  is_special_supervision: boolean;
  has_automatic_monitoring: boolean;
  is_monitoring_networked: boolean;
  is_on_positive_list: boolean;
  is_blacklisted: boolean;
  active_card: string | null;
  credit_level: string | null;
  updated_at: Date | string;
}

/** The per-row facts the list shows beside the entity's own columns, for the rows of one page. */
export function listColumns(at: FilterContext): SQL {
  return sql`
    e.id, e.credit_code, e.name, e.region_code, r.full_name AS region_full_name,
    e.owner_agency_id, a.name AS owner_agency_name, e.industry_code, e.permit_class, e.operating_status,
    (SELECT array_agg(k.medium ORDER BY k.medium) FROM key_polluter_listings k
      WHERE k.entity_id = e.id AND k.year = ${at.keyPolluterYear}) AS key_polluter_media,
    e.is_special_supervision, e.has_automatic_monitoring, e.is_monitoring_networked,
    ${isOnCreditListOn(sql`e.id`, 'positive', at.today)} AS is_on_positive_list,
    ${isOnCreditListOn(sql`e.id`, 'blacklist', at.today)} AS is_blacklisted,
    ${cardInForceColor(sql`e.id`, at.today)} AS active_card,
    ${latestCreditLevel(sql`e.id`)} AS credit_level,
    e.updated_at`;
}

export async function findEntityPage(
  db: Database,
  auth: AuthContext,
  query: EntityListQuery,
  at: FilterContext,
): Promise<{ rows: EntityListRow[] } & ListTotal> {
  const where = buildEntityFilter(auth, query, at);
  const order = orderBy(query.sort);
  const offset = (query.page - 1) * query.pageSize;
  // A text search finds its matches from the trigram indexes (a bitmap of every match), so the
  // page and the exact count come from that one set (a window count). Materialised first:
  // otherwise PostgreSQL walks the whole name index to avoid a sort it believes LIMIT makes cheap
  // (measured with 100,000 entities: 39 ms against 2 ms for 新材料). Without a search, the sort's
  // index finds the page's rows directly and the total is counted up to exactCountLimit.
  // One character is in most names and addresses (every address holds 江西省): no index narrows
  // it, so it is read like the unfiltered list — the name index's first page, total counted up to
  // exactCountLimit — instead of sorting every match for an exact window count (D57).
  const hasSearch = Boolean(query.q) && characterCount(query.q!) > 1;
  const page = hasSearch
    ? sql`matches AS MATERIALIZED (
        SELECT e.id, e.name, e.name_sort_key, e.credit_code, e.updated_at, e.county_code, e.region_code
        FROM regulated_entities e WHERE ${where}
      ),
      page AS (
        SELECT e.id, count(*) OVER () AS total_count FROM matches e
        ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}
      )`
    : sql`page AS (
        SELECT e.id FROM regulated_entities e WHERE ${where}
        ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}
      )`;
  const pageRows = queryRows<EntityListRow & { total_count?: number | string }>(
    db,
    sql`
    WITH ${page}
    SELECT ${listColumns(at)}${hasSearch ? sql`, page.total_count` : sql``}
    FROM page
    JOIN regulated_entities e ON e.id = page.id
    JOIN ${regions} r ON r.code = e.region_code
    JOIN ${agencies} a ON a.id = e.owner_agency_id
    ORDER BY ${order}`,
  );
  const counted = () => countUpTo(db, sql`FROM regulated_entities e WHERE ${where}`);
  if (hasSearch) {
    const rows = await pageRows;
    // Past the last page the window has no row to carry the count.
    if (!rows[0]) return { rows, ...(await counted()) };
    return { rows, total: Number(rows[0].total_count), isEstimate: false };
  }
  const [rows, total] = await Promise.all([pageRows, counted()]);
  return { rows, ...total };
}

/** The exact number of entities a filter matches (the export's limit check needs every one). */
export async function countEntities(
  db: Database,
  auth: AuthContext,
  filter: EntityFilter,
  at: FilterContext,
) {
  const [row] = await queryRows<{ total: number | string }>(
    db,
    sql`SELECT count(*) AS total FROM regulated_entities e WHERE ${buildEntityFilter(auth, filter, at)}`,
  );
  return Number(row?.total ?? 0);
}

export interface EntityExportRow {
  id: string;
  county_code: string;
  name_sort_key: string;
  credit_code: string;
  name: string;
  legal_representative: string | null;
  address: string | null;
  region_code: string;
  industry_code: string;
  permit_number: string | null;
  permit_class: string | null;
  permit_valid_until: string | null;
  is_special_supervision: boolean;
  special_supervision_reason: string | null;
  has_automatic_monitoring: boolean;
  is_monitoring_networked: boolean;
  operating_status: string;
  longitude: number | null;
  latitude: number | null;
  contact_person: string | null;
  contact_phone: string | null;
  key_polluter_media: string[] | null;
}

/**
 * One chunk of the export, in region then name order, after the given row (keyset paging: each
 * chunk is an index range, not an ever-growing OFFSET).
 */
export function findEntityExportChunk(
  db: Database,
  auth: AuthContext,
  filter: EntityFilter,
  at: FilterContext,
  after: { countyCode: string; nameSortKey: string; name: string; id: string } | null,
  limit: number,
): Promise<EntityExportRow[]> {
  const where = buildEntityFilter(auth, filter, at);
  const keyset = after
    ? sql` AND (e.county_code, coalesce(e.name_sort_key, ''), e.name COLLATE "C", e.id) > (${after.countyCode}, ${after.nameSortKey}, ${after.name} COLLATE "C", ${after.id}::uuid)`
    : sql``;
  return queryRows<EntityExportRow>(
    db,
    sql`
    SELECT e.id, e.county_code, coalesce(e.name_sort_key, '') AS name_sort_key, e.credit_code, e.name, e.legal_representative, e.address, e.region_code,
      e.industry_code, e.permit_number, e.permit_class, e.permit_valid_until::text AS permit_valid_until,
      e.is_special_supervision, e.special_supervision_reason, e.has_automatic_monitoring,
      e.is_monitoring_networked, e.operating_status, e.longitude, e.latitude, e.contact_person, e.contact_phone,
      (SELECT array_agg(k.medium ORDER BY k.medium) FROM key_polluter_listings k
        WHERE k.entity_id = e.id AND k.year = ${at.keyPolluterYear}) AS key_polluter_media
    FROM regulated_entities e
    WHERE ${where}${keyset}
    ORDER BY e.county_code, coalesce(e.name_sort_key, ''), e.name COLLATE "C", e.id
    LIMIT ${limit}`,
  );
}

export type EntityRow = typeof regulatedEntities.$inferSelect;

/** The entity with its owner and the root of the owner's own jurisdiction. */
export type ScopedEntity = EntityRow & {
  ownerAgencyName: string;
  ownerRegionCode: string;
  ownerScopeRootId: string;
};

/**
 * The entity when its owner lies in the user's subtree; undefined otherwise (404, D6). Every
 * module that acts on one entity (credit, supervisors, later cases) starts from this look-up.
 */
export async function findEntityInScope(
  db: Database,
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
  id: string,
): Promise<ScopedEntity | undefined> {
  const [row] = await db
    .select({
      ...getTableColumns(regulatedEntities),
      ownerAgencyName: agencies.name,
      ownerRegionCode: agencies.regionCode,
      // 局队合一: an enforcement unit acts with its bureau's jurisdiction (DECISIONS D6).
      ownerScopeRootId: sql<string>`coalesce(${agencies.jurisdictionAgencyId}, ${agencies.id})`,
    })
    .from(regulatedEntities)
    .innerJoin(agencies, eq(agencies.id, regulatedEntities.ownerAgencyId))
    .where(
      and(
        eq(regulatedEntities.id, id),
        sql`${regulatedEntities.ownerAgencyId} IN ${agencySubtree(auth.scopeRootAgencyId)}`,
      ),
    )
    .limit(1);
  return row;
}

export async function findEntityByCreditCode(db: Database, creditCode: string) {
  const [row] = await db
    .select({
      id: regulatedEntities.id,
      name: regulatedEntities.name,
      ownerAgencyId: regulatedEntities.ownerAgencyId,
    })
    .from(regulatedEntities)
    .where(eq(regulatedEntities.creditCode, creditCode))
    .limit(1);
  return row;
}

export async function findRegionsByCodes(db: Database, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .select({ code: regions.code, name: regions.name, fullName: regions.fullName, level: regions.level })
    .from(regions)
    .where(inArray(regions.code, codes));
}

export async function findKeyPolluterListings(db: Database, entityId: string) {
  return db
    .select({ year: keyPolluterListings.year, medium: keyPolluterListings.medium })
    .from(keyPolluterListings)
    .where(eq(keyPolluterListings.entityId, entityId))
    .orderBy(sql`${keyPolluterListings.year} DESC`, keyPolluterListings.medium);
}

export interface EventRow {
  id: string;
  occurred_on: string;
  kind: string;
  title: string;
  detail: string | null;
  compliance: string | null;
  source_type: string | null;
  source_id: string | null;
  agency_id: string | null;
  agency_name: string | null;
  created_at: Date | string;
}

/** The timeline, newest first. */
export async function findEventPage(
  db: Database,
  entityId: string,
  page: { page: number; pageSize: number; kind?: string | undefined },
): Promise<{ rows: EventRow[]; total: number }> {
  const kind = page.kind ? sql` AND ev.kind = ${page.kind}` : sql``;
  const [rows, counted] = await Promise.all([
    queryRows<EventRow>(
      db,
      sql`SELECT ev.id, ev.occurred_on::text AS occurred_on, ev.kind, ev.title, ev.detail, ev.compliance,
          ev.source_type, ev.source_id, ev.agency_id, a.name AS agency_name, ev.created_at
        FROM entity_events ev LEFT JOIN ${agencies} a ON a.id = ev.agency_id
        WHERE ev.entity_id = ${entityId}${kind}
        ORDER BY ev.occurred_on DESC, ev.created_at DESC, ev.id DESC
        LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
    ),
    queryRows<{ total: number | string }>(
      db,
      sql`SELECT count(*) AS total FROM entity_events ev WHERE ev.entity_id = ${entityId}${kind}`,
    ),
  ]);
  return { rows, total: Number(counted[0]?.total ?? 0) };
}

/** The one writer of an entity's name also writes its pinyin sort key. */
export async function insertEntity(db: Database, values: typeof regulatedEntities.$inferInsert) {
  await db.insert(regulatedEntities).values({ ...values, nameSortKey: nameSortKeyOf(values.name) });
}

export async function updateEntityRow(
  db: Database,
  id: string,
  changes: Partial<typeof regulatedEntities.$inferInsert>,
) {
  const withKey =
    changes.name === undefined ? changes : { ...changes, nameSortKey: nameSortKeyOf(changes.name) };
  await db.update(regulatedEntities).set(withKey).where(eq(regulatedEntities.id, id));
}

/** Replaces the entity's key-polluter listings of one year. */
export async function replaceKeyPolluterListings(
  db: Database,
  entityId: string,
  year: number,
  media: string[],
) {
  await db
    .delete(keyPolluterListings)
    .where(and(eq(keyPolluterListings.entityId, entityId), eq(keyPolluterListings.year, year)));
  if (media.length > 0) {
    await db.insert(keyPolluterListings).values(media.map((medium) => ({ entityId, year, medium })));
  }
}

export type EntityEventInsert = typeof entityEvents.$inferInsert;

/** The one writer of the entity timeline: every module records its events through here. */
export async function insertEntityEvents(db: Database, events: EntityEventInsert | EntityEventInsert[]) {
  const rows = Array.isArray(events) ? events : [events];
  if (rows.length > 0) await db.insert(entityEvents).values(rows);
}

/** Everything the entity page shows, read in one statement (see findEntityPageRow). */
export interface EntityPageRow extends EntityListRow {
  legal_representative: string | null;
  address: string | null;
  county_code: string;
  permit_number: string | null;
  permit_valid_until: string | null;
  special_supervision_reason: string | null;
  longitude: number | null;
  latitude: number | null;
  contact_person: string | null;
  contact_phone: string | null;
  created_at: Date | string;
  owner_agency_short_name: string;
  regions: { code: string; name: string }[] | null;
  listings: { year: number; medium: string }[] | null;
  cards: { color: string; reason: string; issued_on: string; document_number: string | null }[] | null;
  evaluation: { year: number; level: string; evaluated_on: string } | null;
  memberships: { list: string; listed_on: string; reason: string }[] | null;
  points: number | string | null;
  commitment: {
    year: number;
    letter_delivered_on: string | null;
    commitment_signed_on: string | null;
  } | null;
  supervisors:
    | { officer_id: string; name: string; post: string; agency_name: string; assigned_on: string }[]
    | null;
  compliance_events: { occurred_on: string; compliance: string }[] | null;
  timeline: EventRow[] | null;
  timeline_total: number | string;
}

/**
 * The entity page in one round trip (issue 9 §4): the list row's flags, the entity's own columns,
 * its region path, owner, key-polluter listings, credit summary (the credit face's columns, REG-4),
 * supervisors (the personnel face's), the compliance strip's events since `complianceSince` and
 * the first timeline page with its total, each as a correlated sub-select on the entity's id.
 * It replaced 14 statements run side by side on the pool: under 50 connections each request held
 * up to seven connections and the pool, not PostgreSQL, was the queue. Jurisdiction is the list's
 * own filter (D6): outside the user's subtree there is no row (404).
 */
export async function findEntityPageRow(
  db: Database,
  auth: AuthContext,
  id: string,
  at: FilterContext,
  complianceSince: string,
  timelinePageSize: number,
): Promise<EntityPageRow | undefined> {
  // The text is the same for every entity and user (only parameters change): prepared once.
  const [row] = await queryPreparedRows<EntityPageRow>(
    db,
    'entity_page',
    sql`SELECT ${listColumns(at)},
      e.legal_representative, e.address, e.county_code, e.permit_number,
      e.permit_valid_until::text AS permit_valid_until, e.special_supervision_reason,
      e.longitude, e.latitude, e.contact_person, e.contact_phone, e.created_at,
      a.short_name AS owner_agency_short_name,
      (SELECT json_agg(json_build_object('code', g.code, 'name', g.name)) FROM ${regions} g
        WHERE g.code IN (left(e.county_code, 2) || '0000', left(e.county_code, 4) || '00', e.county_code, e.region_code)
      ) AS regions,
      (SELECT json_agg(json_build_object('year', k.year, 'medium', k.medium) ORDER BY k.year DESC, k.medium)
        FROM key_polluter_listings k WHERE k.entity_id = e.id) AS listings,
      ${entityPageCreditColumns(sql`e.id`, at.today)},
      ${entitySupervisorsJson(sql`e.id`)} AS supervisors,
      (SELECT json_agg(json_build_object('occurred_on', ce.occurred_on::text, 'compliance', ce.compliance))
        FROM entity_events ce WHERE ce.entity_id = e.id AND ce.occurred_on >= ${complianceSince}
          AND ce.compliance IS NOT NULL) AS compliance_events,
      (SELECT json_agg(json_build_object('id', ev.id, 'occurred_on', ev.occurred_on, 'kind', ev.kind,
          'title', ev.title, 'detail', ev.detail, 'compliance', ev.compliance, 'source_type', ev.source_type,
          'source_id', ev.source_id, 'agency_id', ev.agency_id, 'agency_name', ev.agency_name,
          'created_at', ev.created_at) ORDER BY ev.occurred_on DESC, ev.created_at DESC, ev.id DESC)
        FROM (SELECT ev.id, ev.occurred_on::text AS occurred_on, ev.kind, ev.title, ev.detail, ev.compliance,
            ev.source_type, ev.source_id, ev.agency_id, ea.name AS agency_name,
            -- json_build_object would write the session's offset format; the ISO form toISOString gives.
            to_char(ev.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at
          FROM entity_events ev LEFT JOIN ${agencies} ea ON ea.id = ev.agency_id
          WHERE ev.entity_id = e.id
          ORDER BY ev.occurred_on DESC, ev.created_at DESC, ev.id DESC
          LIMIT ${timelinePageSize}) ev) AS timeline,
      (SELECT count(*) FROM entity_events te WHERE te.entity_id = e.id) AS timeline_total
    FROM regulated_entities e
    JOIN ${regions} r ON r.code = e.region_code
    JOIN ${agencies} a ON a.id = e.owner_agency_id
    WHERE e.id = ${id} AND ${buildEntityFilter(auth, {}, at)}`,
  );
  return row;
}
