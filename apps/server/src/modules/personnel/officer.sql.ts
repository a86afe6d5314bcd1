import { type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { officers } from '../../db/schema/index';

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
