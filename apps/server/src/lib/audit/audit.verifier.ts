import { asc, gt } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { auditLog } from '../../db/schema/index';
import { computeEntryHash, genesisHash } from './audit.chain';

export interface ChainBreak {
  id: number;
  reason: string;
  occurredAt: Date | null;
}

export interface ChainVerification {
  isIntact: boolean;
  /** Entries read and checked: the whole trail, broken ones included. */
  checkedCount: number;
  /** Every break found; `brokenEntries` lists the first `maxReported` of them. */
  brokenCount: number;
  brokenEntries: ChainBreak[];
  firstBrokenEntry: ChainBreak | null;
}

export interface VerifyOptions {
  batchSize?: number;
  /** A trail rewritten wholesale would otherwise make a list as long as the trail. */
  maxReported?: number;
}

/**
 * Walks the whole chain in id order and names every entry that does not hold: its own hash does
 * not match its fields (the entry was changed), its previous hash does not match the entry
 * before it (an entry before it was removed or replaced), or ids are missing. After a break it
 * goes on from the entry as stored, so one bad entry is reported once and the entries after it
 * are still checked.
 */
export async function verifyAuditChain(
  db: Database,
  options: VerifyOptions = {},
): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? 5_000;
  const maxReported = options.maxReported ?? 1_000;
  const brokenEntries: ChainBreak[] = [];
  let brokenCount = 0;
  const report = (entry: ChainBreak) => {
    brokenCount += 1;
    if (brokenEntries.length < maxReported) brokenEntries.push(entry);
  };
  let expectedId = 1;
  let previousHash: string | null = genesisHash;
  let checkedCount = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, expectedId - 1))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    for (const entry of batch) {
      if (entry.id !== expectedId) {
        const range =
          entry.id - 1 === expectedId ? `第 ${expectedId} 条` : `第 ${expectedId}–${entry.id - 1} 条`;
        report({ id: expectedId, reason: `缺少${range}记录（编号不连续，记录被删除）`, occurredAt: null });
        // What the missing entry's hash was is unknown: the link of this entry cannot be judged.
        previousHash = null;
      }
      if (previousHash !== null && entry.previousHash !== previousHash) {
        report({
          id: entry.id,
          reason: `第 ${entry.id} 条记录的前序哈希与第 ${entry.id - 1} 条记录不符（前序记录被删除、替换或修改）`,
          occurredAt: entry.occurredAt,
        });
      } else if (computeEntryHash(entry) !== entry.hash) {
        report({
          id: entry.id,
          reason: `第 ${entry.id} 条记录的内容与其哈希不符（记录被篡改）`,
          occurredAt: entry.occurredAt,
        });
      }
      previousHash = entry.hash;
      expectedId = entry.id + 1;
      checkedCount += 1;
    }
    if (batch.length < batchSize) break;
  }
  return {
    isIntact: brokenCount === 0,
    checkedCount,
    brokenCount,
    brokenEntries,
    firstBrokenEntry: brokenEntries[0] ?? null,
  };
}
