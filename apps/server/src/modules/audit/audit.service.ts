import {
  type AuditEntry,
  type AuditQuery,
  type AuditVerification,
  formatBusinessDateTime,
  labelAuditAction,
  type Paged,
} from '@qingshan/domain';
import ExcelJS from 'exceljs';
import { appendAudit, type ChainBreak, verifyAuditChain } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import type { AppContext } from '../../lib/context';
import { findAuditForExport, findAuditPage } from './audit.repository';

type AuditRow = Awaited<ReturnType<typeof findAuditPage>>['rows'][number];

function presentEntry({ entry, actorAgencyName }: AuditRow): AuditEntry {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actorUserId: entry.actorUserId,
    actorUsername: entry.actorUsername,
    actorDisplayName: entry.actorDisplayName,
    actorAgencyId: entry.actorAgencyId,
    actorAgencyName,
    action: entry.action,
    actionLabel: labelAuditAction(entry.action),
    targetType: entry.targetType,
    targetId: entry.targetId,
    summary: entry.summary,
    beforeDigest: entry.beforeDigest,
    afterDigest: entry.afterDigest,
    clientAddress: entry.clientAddress,
    previousHash: entry.previousHash,
    hash: entry.hash,
  };
}

/**
 * Entries without an agency (failed logins under unknown names, system acts) belong to the
 * whole platform: only an audit administrator of a provincial department sees them.
 */
function seesUnattributed(auth: AuthContext): boolean {
  return auth.agency.kind === 'provincial_department' && auth.scopeRootAgencyId === auth.agency.id;
}

export async function listAuditEntries(
  ctx: AppContext,
  auth: AuthContext,
  query: AuditQuery,
): Promise<Paged<AuditEntry>> {
  const { rows, total } = await findAuditPage(ctx.db, auth, query, seesUnattributed(auth));
  return { items: rows.map(presentEntry), total, page: query.page, pageSize: query.pageSize };
}

/**
 * Verifies the whole chain (a break anywhere concerns everyone) and records that it was checked.
 * The verification runs before its own entry is appended, so it judges the trail as found.
 */
export async function verifyAuditTrail(ctx: AppContext, auth: AuthContext): Promise<AuditVerification> {
  const result = await verifyAuditChain(ctx.db);
  const now = ctx.clock.now();
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'audit.verify',
        targetType: 'audit_log',
        targetId: null,
        summary: result.isIntact
          ? `校验审计链：${result.checkedCount} 条记录完整`
          : `校验审计链：${result.checkedCount} 条记录中发现 ${result.brokenCount} 处异常，第一处在第 ${result.firstBrokenEntry!.id} 条`,
      },
      now,
    ),
  );
  const present = (entry: ChainBreak) => ({ ...entry, occurredAt: entry.occurredAt?.toISOString() ?? null });
  return {
    isIntact: result.isIntact,
    checkedCount: result.checkedCount,
    brokenCount: result.brokenCount,
    brokenEntries: result.brokenEntries.map(present),
    firstBrokenEntry: result.firstBrokenEntry ? present(result.firstBrokenEntry) : null,
    verifiedAt: now.toISOString(),
  };
}

const exportRowLimit = 100_000;

export async function exportAuditEntries(
  ctx: AppContext,
  auth: AuthContext,
  query: AuditQuery,
): Promise<Buffer> {
  const rows = await findAuditForExport(ctx.db, auth, query, seesUnattributed(auth), exportRowLimit);
  const now = ctx.clock.now();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青山生态环境执法平台';
  workbook.created = now;
  const sheet = workbook.addWorksheet('审计记录', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '序号', key: 'id', width: 8 },
    { header: '时间', key: 'occurredAt', width: 20 },
    { header: '操作人', key: 'actor', width: 20 },
    { header: '所属机构', key: 'agency', width: 32 },
    { header: '操作', key: 'action', width: 16 },
    { header: '对象类型', key: 'targetType', width: 12 },
    { header: '对象编号', key: 'targetId', width: 38 },
    { header: '摘要', key: 'summary', width: 50 },
    { header: '客户端地址', key: 'clientAddress', width: 16 },
    { header: '变更前摘要值', key: 'beforeDigest', width: 20 },
    { header: '变更后摘要值', key: 'afterDigest', width: 20 },
    { header: '哈希', key: 'hash', width: 20 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const entry = presentEntry(row);
    sheet.addRow({
      ...entry,
      occurredAt: formatBusinessDateTime(row.entry.occurredAt),
      actor: entry.actorDisplayName
        ? `${entry.actorDisplayName}（${entry.actorUsername}）`
        : (entry.actorUsername ?? ''),
      agency: entry.actorAgencyName ?? '',
      action: entry.actionLabel,
    });
  }
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'audit.export',
        targetType: 'audit_log',
        targetId: null,
        summary: `导出审计记录 ${rows.length} 条`,
      },
      now,
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
