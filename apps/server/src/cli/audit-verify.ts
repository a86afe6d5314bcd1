import { readConfig } from '../config';
import { verifyAuditChain } from '../lib/audit/index';
import { openMigratedDatabase } from '../server';

/**
 * `npm run audit:verify`: walks the audit hash chain of the configured database (DATABASE_URL or
 * the PGlite data folder) and names the first broken entry. Exit code 0 intact, 1 broken, 2 error.
 */
async function main(): Promise<number> {
  const config = readConfig();
  const database = await openMigratedDatabase(config);
  try {
    const result = await verifyAuditChain(database.db);
    if (result.isIntact) {
      console.log(`审计链完整：共校验 ${result.checkedCount} 条记录。`);
      return 0;
    }
    const broken = result.firstBrokenEntry!;
    console.log(`审计链已被破坏：${broken.reason}`);
    console.log(
      `第一条异常记录：#${broken.id}${broken.occurredAt ? `（${broken.occurredAt.toISOString()}）` : ''}`,
    );
    console.log(`此前 ${result.checkedCount} 条记录完整。`);
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
