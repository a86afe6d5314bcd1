/** What the random-checks module offers the rest of the server. */
export { listPublication, listPublicationItems } from './publication.service';
export { getReportReminders } from './report-submission.service';
export { listMyTasks } from './task.service';
