import { sql } from 'drizzle-orm';
import { readConfig } from '../config';
import { queryRows } from '../db/client';
import { clockDemoStep, startHistoryClocks } from '../demo/clocks.demo';
import { isDatabaseEmpty, loadDemoData } from '../demo/demo.loader';
import { demoSteps } from '../demo/demo.steps';
import { provinceHistory, randomCheckHistoryDemoStep } from '../demo/random-checks.history.demo';
import { ManualClock } from '../lib/clock';
import { openMigratedDatabase } from '../server';

/**
 * `npm run demo:scale`: builds the province load set into the PostgreSQL of DATABASE_URL — the
 * demo province's regions, agencies and accounts with 100,000 entities, ~8,000 officers, their
 * credit, a year of drawn random checks and three earlier years of them (≈ 1,000,000 tasks with
 * field records). Deterministic: the same rows on every run, dated from a fixed demo date
 * (QINGSHAN_SCALE_DATE, default the demo's 2026-11-20), not the day it runs. For the benchmarks of
 * docs/PERFORMANCE.md; refuses a database that holds data. `--backfill-clocks` starts the
 * clocks of a set loaded before the statutory clocks existed.
 */
const defaultDate = '2026-11-20T02:00:00.000Z';

async function main(): Promise<number> {
  const config = readConfig();
  if (!config.databaseUrl) {
    console.error(
      '请用 DATABASE_URL 指定一个空的 PostgreSQL 数据库，例如 DATABASE_URL=postgresql://…/qingshan_scale',
    );
    return 2;
  }
  const database = await openMigratedDatabase(config);
  try {
    const clock = new ManualClock(process.env.QINGSHAN_SCALE_DATE ?? defaultDate);
    if (process.argv.includes('--backfill-clocks')) {
      // A set loaded before the statutory clocks: start those of its open obligations.
      const [existing] = await queryRows<{ n: number }>(
        database.db,
        sql`SELECT count(*)::int AS n FROM clocks`,
      );
      if (Number(existing?.n ?? 0) > 0) {
        console.error('数据库中已有计时，不再补建');
        return 2;
      }
      const count = await startHistoryClocks(database.db, clock.now());
      await database.db.execute(sql`VACUUM (ANALYZE) clocks`);
      console.log(`已补建法定期限计时 ${count} 个`);
      return 0;
    }
    if (!(await isDatabaseEmpty(database.db))) {
      console.error('数据库中已有数据：省级规模数据集只载入空库（可先 dropdb 再 createdb）');
      return 2;
    }
    const started = Date.now();
    // The history before the clocks: the clock step starts those of every task still open.
    const result = await loadDemoData(database.db, clock, {
      scale: 'province',
      steps: [
        ...demoSteps.filter((step) => step !== clockDemoStep),
        randomCheckHistoryDemoStep(database.kind, provinceHistory),
        clockDemoStep,
      ],
    });
    // What autovacuum does to a table that has settled: visibility maps set, so counts and lists
    // read from the indexes alone (a fresh COPY load leaves every page to check in the heap).
    await database.db.execute(sql`VACUUM (ANALYZE)`);
    for (const line of result.stepSummaries) console.log(line);
    console.log(`省级规模数据集载入完成：${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof Error
        ? error.cause instanceof Error
          ? `${error.message.slice(0, 300)} … ${error.cause.message}`
          : error.message
        : error,
    );
    process.exit(2);
  },
);
