export {
  type EnqueueOptions,
  installJobQueue,
  type JobHandler,
  type JobInfo,
  type JobOptions,
  JobQueue,
  type JobQueueOptions,
  jobQueueSchema,
} from './job-queue';
export { latestTick, type Schedule, Scheduler, scheduleQueueName } from './scheduler';
