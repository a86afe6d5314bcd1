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
  checkedCount: number;
  firstBrokenEntry: ChainBreak | null;
}

/**
 * Walks the whole chain in id order and names the first entry that does not hold: its own hash
 * does not match its fields (the entry was changed), its previous hash does not match the entry
 * before it (an entry before it was removed or replaced), or an id is missing.
 */
export async function verifyAuditChain(db: Database, batchSize = 5_000): Promise<ChainVerification> {
  let expectedId = 1;
  let previousHash = genesisHash;
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
        return broken(checkedCount, {
          id: expectedId,
          reason: `缺少第 ${expectedId} 条记录（编号不连续，记录被删除）`,
          occurredAt: null,
        });
      }
      if (entry.previousHash !== previousHash) {
        return broken(checkedCount, {
          id: entry.id,
          reason: `第 ${entry.id} 条记录的前序哈希与第 ${entry.id - 1} 条记录不符（前序记录被删除、替换或修改）`,
          occurredAt: entry.occurredAt,
        });
      }
      if (computeEntryHash(entry) !== entry.hash) {
        return broken(checkedCount, {
          id: entry.id,
          reason: `第 ${entry.id} 条记录的内容与其哈希不符（记录被篡改）`,
          occurredAt: entry.occurredAt,
        });
      }
      previousHash = entry.hash;
      expectedId += 1;
      checkedCount += 1;
    }
    if (batch.length < batchSize) break;
  }
  return { isIntact: true, checkedCount, firstBrokenEntry: null };
}

function broken(checkedCount: number, firstBrokenEntry: ChainBreak): ChainVerification {
  return { isIntact: false, checkedCount, firstBrokenEntry };
}
