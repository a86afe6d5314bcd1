import type { Database } from '../db/client';
import type { DemoAccount, StaffAccount } from './demo.accounts';
import type { AgencyRecord } from './demo.agencies';
import type { RegionRecord } from './demo.regions';

/**
 * How much demo data to make. `full` is the demo province `npm start` loads (about 20,000
 * entities); `small` is the same generator at a tenth of the size, for the API test template;
 * `province` is a province-scale load set (`npm run demo:scale`: 100,000 entities, ~8,000 officers,
 * three earlier years of random checks) for the benchmarks of docs/PERFORMANCE.md.
 */
export type DemoScale = 'full' | 'small' | 'province';

/** What every demo step gets: the base records already loaded, the date "now" of the demo. */
export interface DemoContext {
  now: Date;
  scale: DemoScale;
  regions: RegionRecord[];
  agencies: AgencyRecord[];
  /** The README's named accounts and the generated staff accounts, as loaded. */
  namedAccounts: (DemoAccount & { id: string; agencyId: string })[];
  staffAccounts: StaffAccount[];
}

/**
 * One area's demo data (entities, personnel, equipment, catalogues, credit …). Steps run in
 * order, each in its own transaction, after the regions, agencies and accounts; each returns a
 * one-line Chinese summary for the start-up banner.
 */
export interface DemoStep {
  name: string;
  load(db: Database, context: DemoContext): Promise<string>;
}
