import type { ProvinceProfile } from '@qingshan/domain';
import type { Database, DatabaseKind } from '../db/client';
import type { Clock } from './clock';
import type { JobQueue } from './jobs/index';

/** What every service needs: the database, the clock and the active province profile. */
export interface AppContext {
  db: Database;
  databaseKind: DatabaseKind;
  clock: Clock;
  profile: ProvinceProfile;
  migrationsFolder: string;
  /** Mark cookies Secure even when the request arrived over plain HTTP (TLS ends at a proxy). */
  cookieSecure: boolean;
  /** Background jobs, shared by every server process on the database (lib/jobs). */
  jobs: JobQueue;
}
