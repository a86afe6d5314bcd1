import type {
  PublicRandomCheckResultQuery,
  RandomCheckPublicationQuery,
  ReportAgency,
} from '@qingshan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client';
import { agencies, agencySubtree, regions } from '../../lib/organisation';
import { toContainsPattern } from '../../lib/sql-helpers';
import { catalogueItemNamesOf } from '../catalogues/index';
import { publicEntityRows as entity } from '../entities/index';
import { timestampsOf } from './report.repository';

// Entity names sort by their pinyin key (lib/name-sort-key), then byte-wise for homophones.
const entityByName = sql`${entity.nameSortKey} NULLS LAST, ${entity.name} COLLATE "C"`;

/**
 * Publication of random-check results (DR-6) and the public results page (PUB-1): SQL only.
 * The agency head's list is limited to the caller's subtree in the query; the public queries read
 * published results only and select no personal column (officers, the person present, phones,
 * photos and finding texts are never joined; entities are joined as the entities area's
 * `publicEntityRows`, which holds no contact).
 */

function and(conditions: SQL[]): SQL {
  return sql.join(conditions, sql` AND `);
}

/** Completed with the inspection in [start, end] (the completion time when there is no inspection date). */
function inspectedIn(start: string, end: string): SQL {
  const { from, until } = timestampsOf(start, end);
  return sql`((t.inspected_on IS NOT NULL AND t.inspected_on BETWEEN ${start}::date AND ${end}::date)
    OR (t.inspected_on IS NULL AND t.completed_at >= ${from}::timestamptz AND t.completed_at < ${until}::timestamptz))`;
}

const itemNames = catalogueItemNamesOf(sql`t.item_ids`);

// ---------------------------------------------------------------------------------------------
// The agency head's publication list
// ---------------------------------------------------------------------------------------------

export interface PublicationRow {
  task_id: string;
  plan_id: string;
  plan_number: string;
  plan_title: string;
  agency_id: string;
  agency_name: string;
  entity_id: string;
  entity_name: string;
  credit_code: string;
  county_name: string | null;
  items: string[];
  outcome: string | null;
  finding_count: number;
  inspected_on: string | null;
  completed_at: Date | string | null;
  published_at: Date | string | null;
  publication_due_on: string;
}

/** The filters of the list except `status`, every one in SQL; `scopeRootId` is the caller's (or the chosen agency's) subtree. */
function publicationConditions(
  scopeRootId: string,
  query: Pick<RandomCheckPublicationQuery, 'planId' | 'month' | 'q'> & {
    monthRange?: { start: string; end: string };
  },
): SQL[] {
  const conditions = [sql`t.status = 'completed'`, sql`t.agency_id IN ${agencySubtree(scopeRootId)}`];
  if (query.planId) conditions.push(sql`t.plan_id = ${query.planId}`);
  if (query.monthRange) conditions.push(inspectedIn(query.monthRange.start, query.monthRange.end));
  if (query.q) {
    const pattern = toContainsPattern(query.q);
    conditions.push(sql`(${entity.name} ILIKE ${pattern} OR ${entity.creditCode} ILIKE ${pattern})`);
  }
  return conditions;
}

export async function findPublicationPage(
  db: Database,
  scopeRootId: string,
  query: RandomCheckPublicationQuery & { monthRange?: { start: string; end: string } },
): Promise<{ rows: PublicationRow[]; total: number }> {
  const conditions = publicationConditions(scopeRootId, query);
  if (query.status === 'published') conditions.push(sql`t.published_at IS NOT NULL`);
  if (query.status === 'unpublished') conditions.push(sql`t.published_at IS NULL`);
  const where = and(conditions);
  const from = sql`random_check_tasks t
    JOIN random_check_plans p ON p.id = t.plan_id
    JOIN ${agencies} a ON a.id = t.agency_id
    JOIN ${entity} ON ${entity.id} = t.entity_id`;
  const [counted] = await queryRows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`,
  );
  const rows = await queryRows<PublicationRow>(
    db,
    sql`SELECT t.id AS task_id, p.id AS plan_id, p.number AS plan_number, p.title AS plan_title,
          a.id AS agency_id, a.name AS agency_name,
          ${entity.id} AS entity_id, ${entity.name} AS entity_name, ${entity.creditCode} AS credit_code, r.name AS county_name,
          ${itemNames} AS items, t.outcome,
          (SELECT count(*)::int FROM inspection_findings f JOIN inspection_records ir ON ir.id = f.record_id
            WHERE ir.task_id = t.id) AS finding_count,
          t.inspected_on::text AS inspected_on, t.completed_at, t.published_at,
          p.publication_due_on::text AS publication_due_on
        FROM ${from} LEFT JOIN ${regions} r ON r.code = ${entity.countyCode}
        WHERE ${where}
        ORDER BY (t.published_at IS NOT NULL), t.inspected_on DESC NULLS LAST, ${entityByName}, t.id
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
  );
  return { rows, total: Number(counted?.total ?? 0) };
}

export async function countPublication(
  db: Database,
  scopeRootId: string,
  query: Pick<RandomCheckPublicationQuery, 'planId' | 'month' | 'q'> & {
    monthRange?: { start: string; end: string };
  },
  today: string,
): Promise<{ completed: number; published: number; overdue: number }> {
  const [row] = await queryRows<{ completed: number; published: number; overdue: number }>(
    db,
    sql`SELECT count(*)::int AS completed,
          count(*) FILTER (WHERE t.published_at IS NOT NULL)::int AS published,
          count(*) FILTER (WHERE t.published_at IS NULL AND p.publication_due_on < ${today}::date)::int AS overdue
        FROM random_check_tasks t
        JOIN random_check_plans p ON p.id = t.plan_id
        JOIN ${entity} ON ${entity.id} = t.entity_id
        WHERE ${and(publicationConditions(scopeRootId, query))}`,
  );
  return {
    completed: Number(row?.completed ?? 0),
    published: Number(row?.published ?? 0),
    overdue: Number(row?.overdue ?? 0),
  };
}

export interface PublishableTaskRow {
  id: string;
  status: string;
  published_at: Date | string | null;
  plan_agency_id: string;
  plan_agency_jurisdiction_id: string | null;
  plan_number: string;
  entity_name: string;
}

/** The requested tasks that lie in the caller's subtree (others are simply not found). */
export async function findTasksInScope(
  db: Database,
  scopeRootId: string,
  ids: string[],
): Promise<PublishableTaskRow[]> {
  if (ids.length === 0) return [];
  return queryRows<PublishableTaskRow>(
    db,
    sql`SELECT t.id, t.status, t.published_at, p.agency_id AS plan_agency_id,
          a.jurisdiction_agency_id AS plan_agency_jurisdiction_id, p.number AS plan_number, ${entity.name} AS entity_name
        FROM random_check_tasks t
        JOIN random_check_plans p ON p.id = t.plan_id
        JOIN ${agencies} a ON a.id = p.agency_id
        JOIN ${entity} ON ${entity.id} = t.entity_id
        WHERE t.id IN (SELECT unnest(${sql.param(ids)}::uuid[])) AND t.agency_id IN ${agencySubtree(scopeRootId)}
        ORDER BY ${entityByName}, t.id`,
  );
}

/** Publishes completed, unpublished tasks; returns the ids it changed. */
export async function markPublished(db: Database, ids: string[], now: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE random_check_tasks SET published_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
        WHERE id IN (SELECT unnest(${sql.param(ids)}::uuid[])) AND status = 'completed' AND published_at IS NULL
        RETURNING id`,
  );
  return rows.map((row) => row.id);
}

// ---------------------------------------------------------------------------------------------
// The public page: published results only, nothing personal
// ---------------------------------------------------------------------------------------------

export interface PublicResultRow {
  id: string;
  agency_name: string;
  plan_id: string;
  plan_number: string;
  plan_title: string;
  entity_name: string;
  credit_code: string;
  county_name: string | null;
  inspected_on: string | null;
  items: string[];
  outcome: string;
  published_at: Date | string;
}

export interface PublicPeriod {
  start: string;
  end: string;
}

export async function findPublicResults(
  db: Database,
  query: PublicRandomCheckResultQuery,
  period: PublicPeriod | null,
): Promise<{ rows: PublicResultRow[]; total: number }> {
  const conditions = [
    sql`t.status = 'completed'`,
    sql`t.published_at IS NOT NULL`,
    sql`t.outcome IS NOT NULL`,
  ];
  if (query.agencyId) conditions.push(sql`t.agency_id IN ${agencySubtree(query.agencyId)}`);
  if (period) conditions.push(inspectedIn(period.start, period.end));
  if (query.outcome) conditions.push(sql`t.outcome = ${query.outcome}`);
  if (query.q) {
    const pattern = toContainsPattern(query.q);
    conditions.push(sql`(${entity.name} ILIKE ${pattern} OR ${entity.creditCode} ILIKE ${pattern})`);
  }
  const where = and(conditions);
  const from = sql`random_check_tasks t
    JOIN random_check_plans p ON p.id = t.plan_id
    JOIN ${agencies} a ON a.id = p.agency_id
    JOIN ${entity} ON ${entity.id} = t.entity_id`;
  const [counted] = await queryRows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`,
  );
  const rows = await queryRows<PublicResultRow>(
    db,
    sql`SELECT t.id, a.name AS agency_name, p.id AS plan_id, p.number AS plan_number, p.title AS plan_title,
          ${entity.name} AS entity_name, ${entity.creditCode} AS credit_code, r.name AS county_name,
          t.inspected_on::text AS inspected_on, ${itemNames} AS items, t.outcome, t.published_at
        FROM ${from} LEFT JOIN ${regions} r ON r.code = ${entity.countyCode}
        WHERE ${where}
        ORDER BY t.inspected_on DESC NULLS LAST, t.published_at DESC, t.id
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
  );
  return { rows, total: Number(counted?.total ?? 0) };
}

/** Completed and published results per task agency over the period (everything when null). */
export async function findDisclosureCounts(
  db: Database,
  rootId: string | null,
  period: PublicPeriod | null,
): Promise<{ agency_id: string; completed: number; published: number }[]> {
  const conditions = [sql`t.status = 'completed'`];
  if (rootId) conditions.push(sql`t.agency_id IN ${agencySubtree(rootId)}`);
  if (period) conditions.push(inspectedIn(period.start, period.end));
  const rows = await queryRows<{ agency_id: string; completed: number; published: number }>(
    db,
    sql`SELECT t.agency_id, count(*)::int AS completed,
          count(*) FILTER (WHERE t.published_at IS NOT NULL)::int AS published
        FROM random_check_tasks t WHERE ${and(conditions)} GROUP BY t.agency_id`,
  );
  return rows.map((row) => ({ ...row, completed: Number(row.completed), published: Number(row.published) }));
}

export interface PublicAgencyRow {
  id: string;
  name: string;
  short_name: string;
  level: string;
  kind: string;
  parent_id: string | null;
  jurisdiction_agency_id: string | null;
  sort_order: number;
  region_code: string;
  is_active: boolean;
}

/** Every agency (names are public), for the selector and the roll-up of the rates. */
export async function findPublicAgencies(db: Database, rootId: string | null): Promise<PublicAgencyRow[]> {
  return queryRows<PublicAgencyRow>(
    db,
    sql`SELECT id, name, short_name, level, kind, parent_id, jurisdiction_agency_id, sort_order, region_code, is_active
        FROM ${agencies} ${rootId ? sql`WHERE id IN ${agencySubtree(rootId)}` : sql``}
        ORDER BY sort_order, name_sort_key NULLS LAST, name COLLATE "C", id`,
  );
}

export function toReportAgencies(rows: PublicAgencyRow[]): ReportAgency[] {
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    parentId: row.parent_id,
    jurisdictionAgencyId: row.jurisdiction_agency_id,
    sortOrder: Number(row.sort_order),
    isReportingUnit: row.kind !== 'police' && row.kind !== 'grid',
  }));
}

// ---------------------------------------------------------------------------------------------
// The public list of plans and their commitments (DR-3)
// ---------------------------------------------------------------------------------------------

export interface PublicPlanRow {
  id: string;
  number: string;
  title: string;
  agency_name: string;
  year: number;
  kind: string;
  quarter: number | null;
  status: string;
  commitment: string | null;
  committed_at: Date | string | null;
  drawn_at: Date | string | null;
  inspection_starts_on: string;
  annulled_draw_count: number;
}

/**
 * Plans whose commitment has been published, and drafts that had a draw annulled (the annulment
 * stays public). The secret is not selected: it never leaves here before the record is public.
 */
export async function findPublicPlans(
  db: Database,
  query: { page: number; pageSize: number; year?: number | undefined },
): Promise<{ rows: PublicPlanRow[]; total: number }> {
  const annulled = sql`(SELECT count(*)::int FROM random_check_annulled_draws d WHERE d.plan_id = p.id)`;
  const conditions = [sql`(p.status <> 'draft' OR ${annulled} > 0)`];
  if (query.year) conditions.push(sql`p.year = ${query.year}`);
  const where = and(conditions);
  const [counted] = await queryRows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total FROM random_check_plans p WHERE ${where}`,
  );
  const rows = await queryRows<PublicPlanRow>(
    db,
    sql`SELECT p.id, p.number, p.title, a.name AS agency_name, p.year, p.kind, p.quarter, p.status,
          p.commitment, p.committed_at, p.drawn_at, p.inspection_starts_on::text AS inspection_starts_on,
          ${annulled} AS annulled_draw_count
        FROM random_check_plans p JOIN ${agencies} a ON a.id = p.agency_id
        WHERE ${where}
        ORDER BY coalesce(p.committed_at, p.updated_at) DESC, p.number, p.id
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
  );
  return { rows, total: Number(counted?.total ?? 0) };
}
