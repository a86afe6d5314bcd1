import { type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { officers } from '../../db/schema/index';
import { agencies } from '../../lib/organisation';

/**
 * What other areas compose of an officer into their own statements (D53, D54a), so a random-check
 * task can list its officers sorted by name, or a report count eligible officers per agency, in
 * one statement without naming this area's tables or columns.
 */

const builder = new QueryBuilder();

/** An officer as another area's act lists it: join on the officer id, read `officer.name`, sort by `officer.nameSortKey`. */
export const officerRows = builder
  .select({
    id: officers.id,
    userId: officers.userId,
    agencyId: officers.agencyId,
    name: officers.name,
    nameSortKey: officers.nameSortKey,
    certificateNumber: officers.certificateNumber,
  })
  .from(officers)
  .as('officer');

/** The officer of an account (one officer per account at most), as a scalar sub-select. */
export function officerIdOfUser(userId: string): SQL<string | null> {
  return sql<string | null>`(SELECT ${officers.id} FROM ${officers} WHERE ${officers.userId} = ${userId})`;
}

/**
 * The agency of every officer eligible for the random-check ratio on `onDate` — on duty, with an
 * enforcement certificate valid that day — one row each, as a one-column sub-select for counting:
 * `FROM ${eligibleOfficerAgencyIdsOn(day)} AS o(agency_id)`.
 */
export function eligibleOfficerAgencyIdsOn(onDate: string): SQL {
  return sql`(SELECT ${officers.agencyId} FROM ${officers}
    WHERE ${officers.status} = 'on_duty' AND ${officers.certificateNumber} IS NOT NULL
      AND (${officers.certificateValidFrom} IS NULL OR ${officers.certificateValidFrom} <= ${onDate}::date)
      AND (${officers.certificateValidUntil} IS NULL OR ${officers.certificateValidUntil} >= ${onDate}::date))`;
}

/**
 * The supervisors of an entity (REG-6) as one JSON column of the caller's statement: officer id,
 * name, post, agency name and the day assigned, in the order the entity page lists them.
 */
export function entitySupervisorsJson(entityId: SQL): SQL {
  return sql`(SELECT json_agg(json_build_object('officer_id', o.id, 'name', o.name, 'post', o.post,
          'agency_name', oa.name, 'assigned_on', s.assigned_on::text)
          ORDER BY s.assigned_on, o.name_sort_key NULLS LAST, o.name COLLATE "C", o.id)
        FROM entity_supervisors s JOIN officers o ON o.id = s.officer_id JOIN ${agencies} oa ON oa.id = o.agency_id
        WHERE s.entity_id = ${entityId})`;
}
