// What the personnel module offers the rest of the app: the assignment check on stored officers.

export { certificateClockOf, secondmentClockOf } from './officer.clocks';
export { type AssignableOfficerRow, blockerOf, checkOfficersAssignable } from './officer-assignment';
