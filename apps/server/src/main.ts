import { roleLabels } from '@qingshan/domain';
import { buildApp } from './app';
import { readConfig } from './config';
import { demoAccounts, demoPassword } from './demo/demo.accounts';
import { isDatabaseEmpty, loadDemoData } from './demo/demo.loader';
import { systemClock } from './lib/clock';
import { openMigratedDatabase, resolveProfile } from './server';

async function main(): Promise<void> {
  const config = readConfig();
  const profile = resolveProfile(config.profileId);
  const started = Date.now();
  const database = await openMigratedDatabase(config);
  const where = database.kind === 'pglite' ? `PGlite（${config.dataDir}）` : 'PostgreSQL（DATABASE_URL）';
  console.log(`数据库：${where}，迁移完成（${Date.now() - started} ms）`);

  if (config.loadDemoData && (await isDatabaseEmpty(database.db))) {
    const loadStarted = Date.now();
    const result = await loadDemoData(database.db, systemClock);
    console.log(
      `首次运行，已载入演示数据：行政区划 ${result.regionCount} 个，机构 ${result.agencyCount} 个，账号 ${result.userCount} 个（${Date.now() - loadStarted} ms）`,
    );
  }

  const app = await buildApp({
    database,
    clock: systemClock,
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
  printBanner(port, profile.name);
}

function printBanner(port: number, profileName: string): void {
  const lines = [
    '',
    `青山 Qingshan 已启动：http://localhost:${port}/   （省份配置：${profileName}）`,
    `接口文档：http://localhost:${port}/api/docs`,
    '',
    `演示账号（密码均为 ${demoPassword}）：`,
    ...demoAccounts.map(
      (account) =>
        `  ${account.username.padEnd(16)} ${account.roles
          .map((role) => roleLabels[role].zh)
          .join('、')
          .padEnd(14, '　')} ${account.purpose}`,
    ),
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof Error && process.env.LOG_LEVEL === 'debug') console.error(error.stack);
  process.exit(1);
});
