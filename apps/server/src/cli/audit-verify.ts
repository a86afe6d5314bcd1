import { readConfig } from '../config';
import { verifyAuditChain } from '../lib/audit/index';
import { openMigratedDatabase } from '../server';

/**
 * `npm run audit:verify`: walks the audit hash chain of the configured database (DATABASE_URL or
 * the PGlite data folder) and names every broken entry. Exit code 0 intact, 1 broken, 2 error.
 */
async function main(): Promise<number> {
  const config = readConfig();
  const database = await openMigratedDatabase(config);
  try {
    const result = await verifyAuditChain(database.db, { maxReported: Number.POSITIVE_INFINITY });
    if (result.isIntact) {
      console.log(`审计链完整：共校验 ${result.checkedCount} 条记录。`);
      return 0;
    }
    console.log(`审计链已被破坏：共校验 ${result.checkedCount} 条记录，发现 ${result.brokenCount} 处异常。`);
    for (const broken of result.brokenEntries) {
      console.log(
        `#${broken.id}${broken.occurredAt ? `（${broken.occurredAt.toISOString()}）` : ''}：${broken.reason}`,
      );
    }
    if (result.brokenCount > result.brokenEntries.length) {
      console.log(`另有 ${result.brokenCount - result.brokenEntries.length} 处异常未列出。`);
    }
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
