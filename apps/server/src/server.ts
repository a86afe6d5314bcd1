import { getProvinceProfile, isProvinceProfileId, type ProvinceProfile } from '@qingshan/domain';
import type { ServerConfig } from './config';
import { type DatabaseHandle, openDatabase } from './db/client';
import { applyMigrations } from './db/migrate';

export function resolveProfile(profileId: string): ProvinceProfile {
  if (!isProvinceProfileId(profileId)) {
    throw new Error(`未知的省份配置 QINGSHAN_PROFILE=${profileId}，可选：jiangxi、jilin、jiangsu-nantong`);
  }
  return getProvinceProfile(profileId);
}

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite) and migrates it. */
export async function openMigratedDatabase(config: ServerConfig): Promise<DatabaseHandle> {
  const handle = config.databaseUrl
    ? await openDatabase({ kind: 'postgresql', url: config.databaseUrl, queryLogFile: config.queryLogFile })
    : await openDatabase({ kind: 'pglite', dataDir: config.dataDir });
  try {
    await applyMigrations(handle, config.migrationsFolder);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
