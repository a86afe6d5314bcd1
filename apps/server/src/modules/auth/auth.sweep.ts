import { securityPolicy } from '@qingshan/domain';
import { appendAudit, systemActor } from '../../lib/audit/index';
import type { AppContext } from '../../lib/context';
import { deleteExpiredLoginRecords } from './auth.repository';

/**
 * The nightly sweep of login records that have run out (schedule 'sweep-expired-logins'): without
 * it the sessions table and the failure counters only ever grow. One transaction, one audit entry
 * when anything was deleted.
 */
export async function sweepExpiredLoginRecords(ctx: AppContext): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const deleted = await deleteExpiredLoginRecords(tx, now);
    if (deleted.sessions + deleted.unknownUsernames + deleted.addresses === 0) return;
    await appendAudit(
      tx,
      systemActor,
      {
        action: 'auth.expired_records_sweep',
        targetType: 'system',
        targetId: null,
        summary:
          `清理已结束超过 ${securityPolicy.endedSessionRetentionDays} 天的会话 ${deleted.sessions} 个、` +
          `锁定已到期的未知用户名失败记录 ${deleted.unknownUsernames} 条、已过期的地址登录失败记录 ${deleted.addresses} 条`,
        after: deleted,
      },
      now,
    );
  });
}
