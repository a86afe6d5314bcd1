/**
 * What the clocks module offers the rest of the server: the one service of statutory clocks
 * (SYS-3, base of CASE-2). Modules start a clock at their subject's event inside their own
 * transaction and stop it when the obligation is met; the to-do list reads the open ones.
 */
export { escalateOverdueClocks } from './clock.escalation';
export { type ClockRow, insertClocks } from './clock.repository';
export {
  type ClockContext,
  type ClockDuty,
  type ClockSubjectKind,
  type ClockView,
  extendClock,
  insertClocksIfAbsent,
  listClocksForSubject,
  listClocksForSubjects,
  listClockTodos,
  newClockRow,
  pauseClock,
  resumeClock,
  type StartClockInput,
  startClock,
  startClocks,
  stopClock,
  stopClocksOfSubjects,
} from './clock.service';
