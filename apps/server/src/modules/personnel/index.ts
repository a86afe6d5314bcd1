// What the personnel module offers the rest of the app: which officers may be put on an act
// (the assignment check on chosen officers, the pool of a subtree), the subtree's officer ids
// for another area's queries, the clocks of certificates and secondments, the staff side of
// capacity (officers counted per agency, authorised positions), and the sub-selects other areas
// compose an officer into their statements by (officer.sql.ts).

export { officerIdsOfSubtree } from './entity-supervisor.repository';
export { certificateClockOf, secondmentClockOf } from './officer.clocks';
export {
  eligibleOfficerAgencyIdsOn,
  entitySupervisorsJson,
  officerIdOfUser,
  officerRows,
} from './officer.sql';
export {
  type AssignableOfficerRow,
  blockerOf,
  checkOfficersAssignable,
  findAssignableOfficers,
  type PoolOfficerRow,
} from './officer-assignment';
export {
  countOfficersByAgency,
  findStaffing,
  findStaffingInSubtree,
  type OfficerCountRow,
  upsertStaffing,
} from './staffing.repository';
