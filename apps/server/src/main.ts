import { createServer } from 'node:net';
import { roleLabels } from '@qingshan/domain';
import { eq, inArray } from 'drizzle-orm';
import { buildApp } from './app';
import { readConfig } from './config';
import type { DatabaseHandle } from './db/client';
import { agencies, users } from './db/schema/index';
import { demoAccounts, demoPassword } from './demo/demo.accounts';
import { isDatabaseEmpty, loadDemoData } from './demo/demo.loader';
import { clockStartingAt, systemClock } from './lib/clock';
import { openMigratedDatabase, resolveProfile } from './server';

/** Fails at once when the port is taken, before minutes of migrating and loading are spent. */
function ensurePortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `端口 ${port} 已被占用：请停止占用它的程序，或用 PORT=<其他端口> npm start`
            : error.message,
        ),
      ),
    );
    probe.listen({ port, host }, () => probe.close(() => resolve()));
  });
}

/** Opened at start; closed on any failure after, so PGlite's data folder is left consistent. */
let openDatabase: DatabaseHandle | null = null;

async function main(): Promise<void> {
  const config = readConfig();
  // One clock for the demo load and the server, so the data's "today" is the server's today.
  const clock = config.clockStart ? clockStartingAt(config.clockStart) : systemClock;
  if (config.clockStart)
    console.log(`时钟：从 ${config.clockStart.toISOString()} 起走时（QINGSHAN_CLOCK_START）`);
  const profile = resolveProfile(config.profileId);
  await ensurePortFree(config.port, config.host);
  const started = Date.now();
  const database = await openMigratedDatabase(config);
  openDatabase = database;
  const where = database.kind === 'pglite' ? `PGlite（${config.dataDir}）` : 'PostgreSQL（DATABASE_URL）';
  console.log(`数据库：${where}，迁移完成（${Date.now() - started} ms）`);

  if (config.loadDemoData && (await isDatabaseEmpty(database.db))) {
    const loadStarted = Date.now();
    const result = await loadDemoData(database.db, clock);
    console.log(
      `首次运行，已载入演示数据：行政区划 ${result.regionCount} 个，机构 ${result.agencyCount} 个，账号 ${result.userCount} 个（${Date.now() - loadStarted} ms）`,
    );
    for (const summary of result.stepSummaries) console.log(`  ${summary}`);
  }

  const app = await buildApp({
    database,
    clock,
    profile,
    migrationsFolder: config.migrationsFolder,
    webDistFolder: config.webDistFolder,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    logger: { level: config.logLevel },
  });

  const shutdown = async (signal: string) => {
    console.log(`收到 ${signal}，正在停止……`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  await printBanner(database, port, profile.name);
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        character,
      )
        ? 2
        : 1;
  return width;
}

function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - displayWidth(text)));
}

async function printBanner(database: DatabaseHandle, port: number, profileName: string): Promise<void> {
  const rows = await database.db
    .select({ username: users.username, agencyName: agencies.name })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(
      inArray(
        users.username,
        demoAccounts.map((account) => account.username),
      ),
    );
  const agencyOf = new Map(rows.map((row) => [row.username, row.agencyName]));
  const present = demoAccounts.filter((account) => agencyOf.has(account.username));
  const lines = [
    '',
    `青山 Qingshan 已启动：http://localhost:${port}/   （默认省份配置：${profileName}）`,
    `接口文档：http://localhost:${port}/api/docs`,
    '',
    ...(present.length > 0
      ? [
          `演示账号（密码均为 ${demoPassword}）：`,
          ...present.map(
            (account) =>
              `  ${padToWidth(account.username, 16)}${padToWidth(account.roles.map((role) => roleLabels[role].zh).join('、'), 26)}${agencyOf.get(account.username)}`,
          ),
        ]
      : []),
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof Error && process.env.LOG_LEVEL === 'debug') console.error(error.stack);
  await openDatabase?.close().catch(() => undefined);
  process.exit(1);
});
