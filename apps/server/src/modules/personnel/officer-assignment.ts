import { type OfficerStatus, whyCannotAssign } from '@qingshan/domain';
import type { Database } from '../../db/client';
import { findOfficersInSubtree, findOfficersOfSubtree } from './entity-supervisor.repository';

interface OfficerFacts {
  status: string;
  certificateNumber: string | null;
  certificateValidFrom: string | null;
  certificateValidUntil: string | null;
}

/** `whyCannotAssign` on a stored officer row. */
export function blockerOf(officer: OfficerFacts, onDate: string): string | null {
  return whyCannotAssign(
    {
      status: officer.status as OfficerStatus,
      certificateNumber: officer.certificateNumber,
      certificateValidFrom: officer.certificateValidFrom,
      certificateValidUntil: officer.certificateValidUntil,
    },
    onDate,
  );
}

export type AssignableOfficerRow = Awaited<ReturnType<typeof findOfficersInSubtree>>[number];

/**
 * For every module that puts officers on an enforcement act (entity supervisors here; random-check
 * draws and case acts later): the officers among `officerIds` who belong to the subtree of
 * `rootAgencyId`, each with the reason they cannot act on `onDate` (null when they can). An id
 * missing from the result is not an officer of that subtree.
 */
export async function checkOfficersAssignable(
  db: Database,
  rootAgencyId: string,
  officerIds: string[],
  onDate: string,
): Promise<Map<string, { officer: AssignableOfficerRow; blocker: string | null }>> {
  const rows = await findOfficersInSubtree(db, rootAgencyId, officerIds);
  return new Map(
    rows.map((officer) => [officer.officerId, { officer, blocker: blockerOf(officer, onDate) }]),
  );
}

export type PoolOfficerRow = Awaited<ReturnType<typeof findOfficersOfSubtree>>[number];

/**
 * The officers of the subtree of `rootAgencyId` who have not left, each with the reason they
 * cannot act on `onDate` (null when they can): the random-check draw's pool and the plan form's
 * estimate of it; case acts later.
 */
export async function findAssignableOfficers(
  db: Database,
  rootAgencyId: string,
  onDate: string,
): Promise<(PoolOfficerRow & { blocker: string | null })[]> {
  const rows = await findOfficersOfSubtree(db, rootAgencyId);
  return rows.map((officer) => ({ ...officer, blocker: blockerOf(officer, onDate) }));
}
