import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getProvinceProfile } from '@qingshan/domain';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../app';
import { type DatabaseHandle, openDatabase } from '../db/client';
import { applyMigrations } from '../db/migrate';
import { loadDemoData } from '../demo/demo.loader';
import { ManualClock } from '../lib/clock';
import { demoDate, migrationsFolder, postgresTemplatePrefix, withDatabaseName } from './test-constants';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplateDatabase: string;
  }
}

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Starts the server once on the template, so the job queues its modules declare (a table each in
 * pg-boss) are in every copy: a test server then only checks for them.
 */
async function declareJobQueues(handle: DatabaseHandle, clock: ManualClock): Promise<void> {
  const app = await buildApp({
    database: handle,
    clock,
    profile: getProvinceProfile('jiangxi'),
    migrationsFolder,
    jobs: { polling: false },
  });
  await app.ready();
  await app.close();
}

/**
 * Builds one migrated database with the demo province, once per run: a PGlite dump every test
 * file loads (a fresh PGlite costs seconds, loading a dump a fraction), or a PostgreSQL template
 * database every test file copies with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const kind = project.config.env?.QS_TEST_DB ?? 'pglite';
  const clock = new ManualClock(demoDate);
  if (kind === 'postgres') {
    // One template per run, so two runs against the same server (two checkouts, a developer and
    // CI) do not drop each other's template.
    const postgresTemplateName = `${postgresTemplatePrefix}_${process.pid}`;
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('api-postgres 需要 TEST_DATABASE_URL');
    const admin = await openDatabase({ kind: 'postgresql', url, poolSize: 1 });
    const { sql } = await import('drizzle-orm');
    await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${postgresTemplateName} WITH (FORCE)`));
    await admin.db.execute(sql.raw(`CREATE DATABASE ${postgresTemplateName}`));
    await admin.close();
    const template = await openDatabase({
      kind: 'postgresql',
      url: withDatabaseName(url, postgresTemplateName),
      poolSize: 1,
    });
    await applyMigrations(template, migrationsFolder);
    await loadDemoData(template.db, clock, { scale: 'small' });
    await declareJobQueues(template, clock);
    await template.close();
    project.provide('postgresTemplateDatabase', postgresTemplateName);
    project.provide('pgliteTemplatePath', '');
    return async () => {
      const cleanup = await openDatabase({ kind: 'postgresql', url, poolSize: 1 });
      await cleanup.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${postgresTemplateName} WITH (FORCE)`));
      await cleanup.close();
    };
  }
  const handle = await openDatabase({ kind: 'pglite', dataDir: null });
  await applyMigrations(handle, migrationsFolder);
  await loadDemoData(handle.db, clock, { scale: 'small' });
  await declareJobQueues(handle, clock);
  const dump = await handle.pglite!.dumpDataDir('gzip');
  await handle.close();
  const folder = path.join(repositoryRoot, '.test-data');
  mkdirSync(folder, { recursive: true });
  const templatePath = path.join(folder, `pglite-template-${process.pid}.tar.gz`);
  writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', templatePath);
  project.provide('postgresTemplateDatabase', '');
  return async () => {
    const { rmSync } = await import('node:fs');
    rmSync(templatePath, { force: true });
  };
}
