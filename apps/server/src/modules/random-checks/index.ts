/** What the random-checks module offers the rest of the server. */
export { listPublication, listPublicationItems } from './publication.service';
export {
  type PlanClockFacts,
  publicationClockOf,
  type ReportPeriodRef,
  reportClockOf,
  reportPeriodsOpenOn,
  resultsClockOf,
  startReportClocks,
  type TaskClockFacts,
} from './random-check.clocks';
export { getReportReminders } from './report-submission.service';
export { listMyTasks } from './task.service';
