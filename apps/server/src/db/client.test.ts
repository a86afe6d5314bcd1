import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from './client';

const postgresUrl = process.env.QS_TEST_DB === 'postgres' ? process.env.TEST_DATABASE_URL : undefined;

// PostgreSQL only: PGlite has no other backends to end a connection.
describe.skipIf(!postgresUrl)('the PostgreSQL pool', () => {
  it('survives PostgreSQL ending an idle connection and answers the next query on a new one', async () => {
    const handle = await openDatabase({ kind: 'postgresql', url: postgresUrl!, poolSize: 1 });
    const admin = await openDatabase({ kind: 'postgresql', url: postgresUrl!, poolSize: 1 });
    try {
      const [before] = await queryRows<{ pid: number }>(handle.db, sql`SELECT pg_backend_pid() AS pid`);
      await admin.db.execute(sql`SELECT pg_terminate_backend(${before!.pid})`);
      // The idle connection's error arrives on the pool; unheard, it would end the test process.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const [after] = await queryRows<{ pid: number }>(handle.db, sql`SELECT pg_backend_pid() AS pid`);
      expect(after!.pid).not.toBe(before!.pid);
    } finally {
      await admin.close();
      await handle.close();
    }
  });
});
