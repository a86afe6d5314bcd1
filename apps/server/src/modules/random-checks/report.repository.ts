import {
  emptyCoverageFacts,
  emptyRandomCheckFacts,
  generalRequiredOf,
  type OfficerRatio,
  type RandomCheckCoverageFacts,
  type RandomCheckFacts,
  type ReportAgency,
  ratioLevelOf,
} from '@qingshan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client';
import { agencies, agencySubtree } from '../../lib/organisation';
import { entityRows as entity, keyPolluterEntityIdsOf } from '../entities/index';
import { eligibleOfficerAgencyIdsOn } from '../personnel/index';

/**
 * The facts behind the monthly table, the yearly summary and the coverage report (DR-7): SQL
 * only, each query grouped by the agency that owns the row (the plan's agency for plans and
 * tasks, the owner agency for entities, the officer's agency for officers) and limited to the
 * subtree of the chosen agency. The roll-up into the table's rows is @qingshan/domain's
 * `rollUpReport`.
 *
 * Business dates are Asia/Shanghai; timestamps are compared against the period's bounds at
 * +08:00 written out, so no time-zone database is needed (PGlite and PostgreSQL alike).
 */

/** The half-open range [start 00:00, end + 1 day 00:00) of business dates, as timestamps. */
export function timestampsOf(start: string, end: string): { from: string; until: string } {
  const next = new Date(`${end}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { from: `${start}T00:00:00+08:00`, until: `${next.toISOString().slice(0, 10)}T00:00:00+08:00` };
}

/** The agency and the units below it, for the roll-up. */
export async function findReportAgencies(db: Database, rootId: string): Promise<ReportAgency[]> {
  const rows = await queryRows<{
    id: string;
    name: string;
    parent_id: string | null;
    jurisdiction_agency_id: string | null;
    sort_order: number;
    kind: string;
  }>(
    db,
    sql`SELECT a.id, a.name, a.parent_id, a.jurisdiction_agency_id, a.sort_order, a.kind
        FROM ${agencies} a WHERE a.id IN ${agencySubtree(rootId)}`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    parentId: row.parent_id,
    jurisdictionAgencyId: row.jurisdiction_agency_id,
    sortOrder: Number(row.sort_order),
    // Police liaison units and grids do not send a table of their own.
    isReportingUnit: row.kind !== 'police' && row.kind !== 'grid',
  }));
}

function factsOf(map: Map<string, RandomCheckFacts>, agencyId: string): RandomCheckFacts {
  let facts = map.get(agencyId);
  if (!facts) {
    facts = emptyRandomCheckFacts();
    map.set(agencyId, facts);
  }
  return facts;
}

/** A task completed with its inspection in the period (the inspection date; the completion time when it has none). */
function completedIn(start: string, end: string): SQL {
  const { from, until } = timestampsOf(start, end);
  return sql`t.status = 'completed' AND (
    (t.inspected_on IS NOT NULL AND t.inspected_on BETWEEN ${start}::date AND ${end}::date)
    OR (t.inspected_on IS NULL AND t.completed_at >= ${from}::timestamptz AND t.completed_at < ${until}::timestamptz))`;
}

/**
 * Per agency: what the monthly table counts for the period [start, end], standing at `asOf`
 * (the period's end, or today while it runs) for overdue tasks.
 */
export async function findRandomCheckFacts(
  db: Database,
  rootId: string,
  period: { start: string; end: string; asOf: string },
): Promise<Map<string, RandomCheckFacts>> {
  const { from, until } = timestampsOf(period.start, period.end);
  const asOfEnd = timestampsOf(period.asOf, period.asOf).until;
  const scope = agencySubtree(rootId);
  const completed = completedIn(period.start, period.end);
  const facts = new Map<string, RandomCheckFacts>();

  // One query after the other: `db` may be a transaction, whose one connection takes one query at a time.
  const plans = await queryRows<{
    agency_id: string;
    plans: number;
    special_plans: number;
    joint_plans: number;
    drawn_general: number;
    drawn_key_polluter: number;
    drawn_special: number;
  }>(
    db,
    sql`SELECT p.agency_id,
          count(*)::int AS plans,
          count(*) FILTER (WHERE p.kind = 'special')::int AS special_plans,
          count(*) FILTER (WHERE cardinality(p.joint_departments) > 0)::int AS joint_plans,
          coalesce(sum(s.general), 0)::int AS drawn_general,
          coalesce(sum(s.key_polluter), 0)::int AS drawn_key_polluter,
          coalesce(sum(s.special), 0)::int AS drawn_special
        FROM random_check_plans p
        LEFT JOIN LATERAL (
          SELECT count(*) FILTER (WHERE t.stratum = 'general') AS general,
                 count(*) FILTER (WHERE t.stratum = 'key_polluter') AS key_polluter,
                 count(*) FILTER (WHERE t.stratum = 'special') AS special
          FROM random_check_tasks t WHERE t.plan_id = p.id
        ) s ON true
        WHERE p.agency_id IN ${scope} AND p.drawn_at >= ${from}::timestamptz AND p.drawn_at < ${until}::timestamptz
        GROUP BY p.agency_id`,
  );
  for (const row of plans) {
    Object.assign(factsOf(facts, row.agency_id), {
      plans: Number(row.plans),
      specialPlans: Number(row.special_plans),
      jointPlans: Number(row.joint_plans),
      drawnGeneral: Number(row.drawn_general),
      drawnKeyPolluter: Number(row.drawn_key_polluter),
      drawnSpecial: Number(row.drawn_special),
    });
  }

  const inspections = await queryRows<{
    agency_id: string;
    inspected: number;
    no_problem: number;
    problem_found: number;
    entity_closed: number;
    published: number;
    published_on_time: number;
  }>(
    db,
    sql`SELECT t.agency_id,
          count(*)::int AS inspected,
          count(*) FILTER (WHERE t.outcome = 'no_problem')::int AS no_problem,
          count(*) FILTER (WHERE t.outcome = 'problem_found')::int AS problem_found,
          count(*) FILTER (WHERE t.outcome = 'entity_closed')::int AS entity_closed,
          count(*) FILTER (WHERE t.published_at IS NOT NULL)::int AS published,
          count(*) FILTER (
            WHERE t.published_at < ((p.publication_due_on + 1)::text || 'T00:00:00+08:00')::timestamptz
          )::int AS published_on_time
        FROM random_check_tasks t JOIN random_check_plans p ON p.id = t.plan_id
        WHERE t.agency_id IN ${scope} AND ${completed}
        GROUP BY t.agency_id`,
  );
  for (const row of inspections) {
    Object.assign(factsOf(facts, row.agency_id), {
      inspected: Number(row.inspected),
      noProblem: Number(row.no_problem),
      problemFound: Number(row.problem_found),
      entityClosed: Number(row.entity_closed),
      published: Number(row.published),
      publishedOnTime: Number(row.published_on_time),
    });
  }

  const findings = await queryRows<{
    agency_id: string;
    findings: number;
    rectifications: number;
    case_referrals: number;
  }>(
    db,
    sql`SELECT t.agency_id,
          count(*)::int AS findings,
          count(*) FILTER (WHERE f.disposition IN ('rectification', 'both'))::int AS rectifications,
          count(*) FILTER (WHERE f.disposition IN ('case_referral', 'both'))::int AS case_referrals
        FROM inspection_findings f
        JOIN inspection_records r ON r.id = f.record_id
        JOIN random_check_tasks t ON t.id = r.task_id
        WHERE t.agency_id IN ${scope} AND ${completed}
        GROUP BY t.agency_id`,
  );
  for (const row of findings) {
    Object.assign(factsOf(facts, row.agency_id), {
      findings: Number(row.findings),
      rectifications: Number(row.rectifications),
      caseReferrals: Number(row.case_referrals),
    });
  }

  const officers = await queryRows<{ agency_id: string; officer_id: string }>(
    db,
    sql`SELECT DISTINCT t.agency_id, o.officer_id
        FROM random_check_task_officers o JOIN random_check_tasks t ON t.id = o.task_id
        WHERE t.agency_id IN ${scope} AND ${completed}`,
  );
  for (const row of officers) factsOf(facts, row.agency_id).officerIds.push(row.officer_id);

  // Overdue at the end of `asOf`: the deadline passed before that day and no result by its end.
  const overdue = await queryRows<{ agency_id: string; overdue: number }>(
    db,
    sql`SELECT t.agency_id, count(*)::int AS overdue
        FROM random_check_tasks t JOIN random_check_plans p ON p.id = t.plan_id
        WHERE t.agency_id IN ${scope}
          AND p.inspection_due_on < ${period.asOf}::date
          AND p.drawn_at < ${asOfEnd}::timestamptz
          AND (t.completed_at IS NULL OR t.completed_at >= ${asOfEnd}::timestamptz)
        GROUP BY t.agency_id`,
  );
  for (const row of overdue) factsOf(facts, row.agency_id).overdue = Number(row.overdue);

  return facts;
}

function coverageOf(map: Map<string, RandomCheckCoverageFacts>, agencyId: string): RandomCheckCoverageFacts {
  let facts = map.get(agencyId);
  if (!facts) {
    facts = emptyCoverageFacts();
    map.set(agencyId, facts);
  }
  return facts;
}

/**
 * Per agency, the year's coverage against the ratios: what the ratio asks of the agency's officers
 * (see `generalRequiredOf`), what was drawn and inspected, the key-polluter list of the year and
 * how much of it was drawn and inspected, special objects, and the officers eligible on `asOf`
 * (on duty, certificate valid that day).
 */
export async function findCoverageFacts(
  db: Database,
  rootId: string,
  year: number,
  asOf: string,
  ratios: { city: OfficerRatio; county: OfficerRatio },
): Promise<Map<string, RandomCheckCoverageFacts>> {
  const scope = agencySubtree(rootId);
  const facts = new Map<string, RandomCheckCoverageFacts>();

  const plans = await queryRows<{
    agency_id: string;
    plans: number;
    general_drawn: number;
    general_inspected: number;
    special_drawn: number;
  }>(
    db,
    sql`SELECT p.agency_id,
          count(*)::int AS plans,
          coalesce(sum(s.general_drawn), 0)::int AS general_drawn,
          coalesce(sum(s.general_inspected), 0)::int AS general_inspected,
          coalesce(sum(s.special_drawn), 0)::int AS special_drawn
        FROM random_check_plans p
        LEFT JOIN LATERAL (
          SELECT count(*) FILTER (WHERE t.stratum = 'general') AS general_drawn,
                 count(*) FILTER (WHERE t.stratum = 'general' AND t.status = 'completed') AS general_inspected,
                 count(*) FILTER (WHERE t.stratum = 'special') AS special_drawn
          FROM random_check_tasks t WHERE t.plan_id = p.id
        ) s ON true
        WHERE p.agency_id IN ${scope} AND p.year = ${year} AND p.drawn_at IS NOT NULL
        GROUP BY p.agency_id`,
  );
  for (const row of plans) {
    Object.assign(coverageOf(facts, row.agency_id), {
      plans: Number(row.plans),
      generalDrawn: Number(row.general_drawn),
      generalInspected: Number(row.general_inspected),
      specialDrawn: Number(row.special_drawn),
    });
  }

  // The year's key-polluter list (any medium), closed entities left out as the draw leaves them out.
  const keyPolluters = await queryRows<{
    agency_id: string;
    listed: number;
    drawn: number;
    inspected: number;
  }>(
    db,
    sql`WITH listed(entity_id) AS ${keyPolluterEntityIdsOf(year)}, covered AS (
          SELECT t.entity_id, bool_or(t.status = 'completed') AS is_inspected
          FROM random_check_tasks t JOIN random_check_plans p ON p.id = t.plan_id
          WHERE p.year = ${year}
          GROUP BY t.entity_id
        )
        SELECT ${entity.ownerAgencyId} AS agency_id,
          count(*)::int AS listed,
          count(c.entity_id)::int AS drawn,
          count(*) FILTER (WHERE c.is_inspected)::int AS inspected
        FROM listed JOIN ${entity} ON ${entity.id} = listed.entity_id
        LEFT JOIN covered c ON c.entity_id = ${entity.id}
        WHERE ${entity.ownerAgencyId} IN ${scope} AND ${entity.operatingStatus} <> 'closed'
        GROUP BY ${entity.ownerAgencyId}`,
  );
  for (const row of keyPolluters) {
    Object.assign(coverageOf(facts, row.agency_id), {
      keyPollutersListed: Number(row.listed),
      keyPollutersDrawn: Number(row.drawn),
      keyPollutersInspected: Number(row.inspected),
    });
  }

  const special = await queryRows<{ agency_id: string; special: number }>(
    db,
    sql`SELECT ${entity.ownerAgencyId} AS agency_id, count(*)::int AS special
        FROM ${entity}
        WHERE ${entity.ownerAgencyId} IN ${scope} AND ${entity.isSpecialSupervision} AND ${entity.operatingStatus} <> 'closed'
        GROUP BY ${entity.ownerAgencyId}`,
  );
  for (const row of special) coverageOf(facts, row.agency_id).specialObjects = Number(row.special);

  const officers = await queryRows<{ agency_id: string; level: string; officers: number }>(
    db,
    sql`SELECT o.agency_id, a.level, count(*)::int AS officers
        FROM ${eligibleOfficerAgencyIdsOn(asOf)} AS o(agency_id) JOIN ${agencies} a ON a.id = o.agency_id
        WHERE o.agency_id IN ${scope}
        GROUP BY o.agency_id, a.level`,
  );
  for (const row of officers) {
    const agencyFacts = coverageOf(facts, row.agency_id);
    agencyFacts.eligibleOfficers += Number(row.officers);
    agencyFacts.generalRequired += generalRequiredOf(Number(row.officers), ratios[ratioLevelOf(row.level)]);
  }

  return facts;
}
