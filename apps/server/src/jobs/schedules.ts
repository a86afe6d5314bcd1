import type { Schedule } from '../lib/jobs/index';
import { sweepExpiredLoginRecords } from '../modules/auth/index';

/**
 * Every scheduled job (cron, read in Asia/Shanghai). Each tick runs once across all server
 * processes. To add one: a line `{ name, cron, run }` whose `run(ctx)` is a module's function.
 */
export const schedules: readonly Schedule[] = [
  // Sessions past their end, login-failure counters whose lock or window has run out (SYS-2).
  { name: 'sweep-expired-logins', cron: '15 3 * * *', run: sweepExpiredLoginRecords },
];
