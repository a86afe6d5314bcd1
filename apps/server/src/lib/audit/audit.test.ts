import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index';
import { errorText, latestAuditId } from '../../test/test-fixtures';
import { createTestServer, type TestServer } from '../../test/test-server';
import { computeEntryHash, digestState, genesisHash, toCanonicalJson } from './audit.chain';
import { verifyAuditChain } from './audit.verifier';
import { type AuditActor, appendAudit } from './audit.writer';

const testActor: AuditActor = {
  userId: null,
  username: 'test',
  displayName: '测试',
  agencyId: null,
  clientAddress: '127.0.0.1',
};

describe('canonical JSON and digests', () => {
  it('give the same text and digest whatever the key order, and no digest for no state', () => {
    expect(toCanonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
    expect(digestState({ name: '南昌县局', phone: null })).toBe(
      digestState({ phone: null, name: '南昌县局' }),
    );
    expect(digestState({ name: '南昌县局' })).not.toBe(digestState({ name: '南昌县局 ' }));
    expect(digestState(null)).toBeNull();
    expect(digestState(undefined)).toBeNull();
    expect(toCanonicalJson({ at: new Date('2026-11-20T02:00:00Z') })).toBe(
      '{"at":"2026-11-20T02:00:00.000Z"}',
    );
  });
});

describe('audit chain', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
    // Some real acts to chain: logins, a failed one and a logout.
    const agent = await server.as('ncx.inspector');
    await agent.post('/api/auth/logout');
    await server.anonymous().login('ncx.inspector', 'Wrong#Password1');
    await server.as('auditor');
  });
  afterAll(async () => {
    await server.close();
  });

  async function withAppendOnlyTriggerDisabled(tamper: () => Promise<void>): Promise<void> {
    await server.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    try {
      await tamper();
    } finally {
      await server.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    }
  }

  async function entry(id: number) {
    const [row] = await server.db.select().from(auditLog).where(eq(auditLog.id, id));
    return row!;
  }

  it('every entry has the next id and chains to the hash of the one before it', async () => {
    const entries = await server.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(entries.length).toBeGreaterThan(4);
    entries.forEach((current, index) => {
      expect(current.id).toBe(index + 1);
      expect(current.previousHash).toBe(index === 0 ? genesisHash : entries[index - 1]!.hash);
      expect(current.hash).toBe(computeEntryHash(current));
    });
    expect(entries[0]!.action).toBe('demo.load');
  });

  it('the database refuses to update, delete or truncate entries', async () => {
    const before = await entry(2);
    const attempts = [
      sql`UPDATE audit_log SET summary = '改写' WHERE id = 2`,
      sql`DELETE FROM audit_log WHERE id = 2`,
      sql`TRUNCATE audit_log`,
    ];
    for (const statement of attempts) {
      const error = await server.db.execute(statement).then(
        () => null,
        (failure: unknown) => failure,
      );
      expect(errorText(error)).toContain('append-only');
    }
    expect(await entry(2)).toEqual(before);
  });

  it('an entry appended in a transaction that rolls back leaves neither an entry nor a gap', async () => {
    const before = await latestAuditId(server);
    await expect(
      server.db.transaction(async (tx) => {
        await appendAudit(
          tx,
          testActor,
          { action: 'test.act', targetType: 'test', summary: '将回滚' },
          server.clock.now(),
        );
        throw new Error('the act failed');
      }),
    ).rejects.toThrow('the act failed');
    expect(await latestAuditId(server)).toBe(before);
    await server.db.transaction((tx) =>
      appendAudit(
        tx,
        testActor,
        { action: 'test.act', targetType: 'test', summary: '已提交' },
        server.clock.now(),
      ),
    );
    expect(await latestAuditId(server)).toBe(before + 1);
    expect((await verifyAuditChain(server.db)).isIntact).toBe(true);
  });

  it('appends from concurrent transactions stay gapless and chained', async () => {
    const before = await latestAuditId(server);
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        server.db.transaction((tx) =>
          appendAudit(
            tx,
            testActor,
            { action: 'test.act', targetType: 'test', summary: `并发 ${index}` },
            server.clock.now(),
          ),
        ),
      ),
    );
    expect(await latestAuditId(server)).toBe(before + 12);
    expect(await verifyAuditChain(server.db)).toEqual({
      isIntact: true,
      checkedCount: before + 12,
      brokenCount: 0,
      brokenEntries: [],
      firstBrokenEntry: null,
    });
  });

  it('hashes text as the database stores it, so a lone surrogate or NUL from any caller keeps the chain intact', async () => {
    const before = await latestAuditId(server);
    await server.db.transaction((tx) =>
      appendAudit(
        tx,
        { ...testActor, username: 'x\ud800', displayName: 'a\u0000b' },
        { action: 'test.act', targetType: 'test', targetId: '\udc00', summary: '改名为 \ud83d' },
        server.clock.now(),
      ),
    );
    const stored = await entry(before + 1);
    expect(stored).toMatchObject({
      actorUsername: 'x\ufffd',
      actorDisplayName: 'a\ufffdb',
      targetId: '\ufffd',
      summary: '改名为 \ufffd',
    });
    expect(stored.hash).toBe(computeEntryHash(stored));
    expect((await verifyAuditChain(server.db)).isIntact).toBe(true);
  });

  describe('verifyAuditChain (the audit:verify command)', () => {
    it('walks the whole chain in batches of any size', async () => {
      const total = await latestAuditId(server);
      for (const batchSize of [1, 2, 3, 5_000]) {
        expect(await verifyAuditChain(server.db, { batchSize })).toEqual({
          isIntact: true,
          checkedCount: total,
          brokenCount: 0,
          brokenEntries: [],
          firstBrokenEntry: null,
        });
      }
    });

    it('names an entry whose content was changed', async () => {
      const original = await entry(3);
      await withAppendOnlyTriggerDisabled(async () => {
        await server.db.update(auditLog).set({ clientAddress: '10.0.0.66' }).where(eq(auditLog.id, 3));
        try {
          for (const batchSize of [2, 5_000]) {
            const result = await verifyAuditChain(server.db, { batchSize });
            expect(result).toMatchObject({
              isIntact: false,
              checkedCount: await latestAuditId(server),
              brokenCount: 1,
              firstBrokenEntry: { id: 3, occurredAt: original.occurredAt },
            });
            expect(result.firstBrokenEntry!.reason).toContain('被篡改');
          }
        } finally {
          await server.db
            .update(auditLog)
            .set({ clientAddress: original.clientAddress })
            .where(eq(auditLog.id, 3));
        }
      });
      expect((await verifyAuditChain(server.db)).isIntact).toBe(true);
    });

    it('catches a changed entry whose hash was recomputed, at the entry after it', async () => {
      const original = await entry(3);
      const forged = { ...original, summary: '伪造的摘要' };
      await withAppendOnlyTriggerDisabled(async () => {
        await server.db
          .update(auditLog)
          .set({ summary: forged.summary, hash: computeEntryHash(forged) })
          .where(eq(auditLog.id, 3));
        try {
          const result = await verifyAuditChain(server.db);
          expect(result).toMatchObject({ isIntact: false, brokenCount: 1, firstBrokenEntry: { id: 4 } });
          expect(result.firstBrokenEntry!.reason).toContain('前序哈希');
        } finally {
          await server.db
            .update(auditLog)
            .set({ summary: original.summary, hash: original.hash })
            .where(eq(auditLog.id, 3));
        }
      });
      expect((await verifyAuditChain(server.db)).isIntact).toBe(true);
    });

    it('names the id of a removed entry, also where it falls on a batch boundary', async () => {
      const removed = await entry(4);
      await withAppendOnlyTriggerDisabled(async () => {
        await server.db.delete(auditLog).where(eq(auditLog.id, 4));
        try {
          for (const batchSize of [1, 3, 4, 5_000]) {
            const result = await verifyAuditChain(server.db, { batchSize });
            expect(result, `batch ${batchSize}`).toMatchObject({
              isIntact: false,
              checkedCount: (await latestAuditId(server)) - 1,
              brokenCount: 1,
              firstBrokenEntry: { id: 4, occurredAt: null },
            });
            expect(result.firstBrokenEntry!.reason).toContain('缺少第 4 条');
          }
        } finally {
          await server.db.insert(auditLog).values(removed);
        }
      });
      expect((await verifyAuditChain(server.db)).isIntact).toBe(true);
    });

    it('goes on past a break and reports every broken entry, each once', async () => {
      const [second, fourth, sixth] = await Promise.all([entry(2), entry(4), entry(6)]);
      const forged = { ...fourth, summary: '伪造的摘要' };
      await withAppendOnlyTriggerDisabled(async () => {
        await server.db.update(auditLog).set({ summary: '改写' }).where(eq(auditLog.id, 2));
        await server.db
          .update(auditLog)
          .set({ summary: forged.summary, hash: computeEntryHash(forged) })
          .where(eq(auditLog.id, 4));
        await server.db.delete(auditLog).where(eq(auditLog.id, 6));
        try {
          for (const batchSize of [1, 4, 5_000]) {
            const result = await verifyAuditChain(server.db, { batchSize });
            expect(result.checkedCount, `batch ${batchSize}`).toBe((await latestAuditId(server)) - 1);
            expect(
              result.brokenEntries.map((broken) => broken.id),
              `batch ${batchSize}`,
            ).toEqual([2, 5, 6]);
            expect(result.brokenCount).toBe(3);
            expect(result.brokenEntries[0]!.reason).toContain('被篡改');
            expect(result.brokenEntries[1]!.reason).toContain('前序哈希');
            expect(result.brokenEntries[2]!.reason).toContain('缺少第 6 条');
          }
          const capped = await verifyAuditChain(server.db, { maxReported: 1 });
          expect(capped).toMatchObject({ brokenCount: 3, brokenEntries: [{ id: 2 }] });
        } finally {
          await server.db.update(auditLog).set({ summary: second.summary }).where(eq(auditLog.id, 2));
          await server.db
            .update(auditLog)
            .set({ summary: fourth.summary, hash: fourth.hash })
            .where(eq(auditLog.id, 4));
          await server.db.insert(auditLog).values(sixth);
        }
      });
      expect((await verifyAuditChain(server.db)).isIntact).toBe(true);
    });

    it('catches a removed first entry', async () => {
      const first = await entry(1);
      await withAppendOnlyTriggerDisabled(async () => {
        await server.db.delete(auditLog).where(eq(auditLog.id, 1));
        try {
          const result = await verifyAuditChain(server.db);
          expect(result).toMatchObject({ isIntact: false, brokenCount: 1, firstBrokenEntry: { id: 1 } });
        } finally {
          await server.db.insert(auditLog).values(first);
        }
      });
      expect((await verifyAuditChain(server.db)).isIntact).toBe(true);
    });
  });
});
