import type { Schedule } from '../lib/jobs/index';
import { sweepExpiredLoginRecords } from '../modules/auth/index';
import { escalateOverdueClocks } from '../modules/clocks/index';
import { startReportClocks } from '../modules/random-checks/index';

/**
 * Every scheduled job (cron, read in Asia/Shanghai). Each tick runs once across all server
 * processes. To add one: a line `{ name, cron, run }` whose `run(ctx)` is a module's function.
 */
export const schedules: readonly Schedule[] = [
  // Sessions past their end, login-failure counters whose lock or window has run out (SYS-2).
  { name: 'sweep-expired-logins', cron: '15 3 * * *', run: sweepExpiredLoginRecords },
  // Overdue statutory clocks: the responsible person and the superiors are told once (SYS-3).
  // Due dates are days, so an item falls overdue at midnight; an hourly sweep tells them that morning.
  { name: 'escalate-overdue-clocks', cron: '5 * * * *', run: escalateOverdueClocks },
  // The monthly table and yearly summary every reporting agency owes (DR-7, SYS-3): started on
  // the period's first day; hourly and idempotent, so a server down at midnight starts them later.
  { name: 'start-report-clocks', cron: '1 * * * *', run: startReportClocks },
];
