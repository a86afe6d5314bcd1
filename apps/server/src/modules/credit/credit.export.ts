import {
  type CardListQuery,
  type CommitmentListQuery,
  cardColorLabels,
  cardStatusLabels,
  commitmentStatusLabels,
  creditLevelLabels,
  type EntityList,
  type EvaluationListQuery,
  entityListLabels,
  keyPolluterMediumLabels,
  letterDeliveryMethodLabels,
  type MembershipListQuery,
  type PointsListQuery,
} from '@qingshan/domain';
import ExcelJS from 'exceljs';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import {
  findCardsForExport,
  findCommitmentsForExport,
  findEvaluationsForExport,
  findMembershipsForExport,
  findPointsForExport,
} from './credit.repository';
import {
  callerProfile,
  cardPeriodsOf,
  commitmentYearOf,
  presentCardListRow,
  presentCommitmentListRow,
  presentMembershipListRow,
} from './credit.service';

const exportRowLimit = 50_000;

interface Column<Row> {
  header: string;
  width: number;
  value: (row: Row) => string | number | null;
}

/**
 * One sheet with a bold, frozen header, written with the same filters as the page, and one audit
 * entry that says what was exported (the lists name enterprises under joint punishment).
 */
async function exportSheet<Row>(
  ctx: AppContext,
  auth: AuthContext,
  title: string,
  columns: Column<Row>[],
  rows: Row[],
): Promise<{ workbook: Buffer; title: string }> {
  const now = ctx.clock.now();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青山生态环境执法平台';
  workbook.created = now;
  const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    header: column.header,
    key: `c${index}`,
    width: column.width,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(columns.map((column, index) => [`c${index}`, column.value(row) ?? ''])));
  }
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'credit.export',
        targetType: 'regulated_entity',
        targetId: null,
        summary: `导出${title} ${rows.length} 条`,
      },
      now,
    ),
  );
  return { workbook: Buffer.from(await workbook.xlsx.writeBuffer()), title };
}

const entityColumns = <
  Row extends { entityName: string; creditCode: string; regionName: string; ownerAgencyName: string },
>(): Column<Row>[] => [
  { header: '单位名称', width: 34, value: (row) => row.entityName },
  { header: '统一社会信用代码', width: 22, value: (row) => row.creditCode },
  { header: '所在地', width: 22, value: (row) => row.regionName },
  { header: '属地监管机构', width: 28, value: (row) => row.ownerAgencyName },
];

export async function exportCards(ctx: AppContext, auth: AuthContext, query: CardListQuery) {
  const rules = callerProfile(ctx, auth).credit;
  const today = todayOf(ctx);
  const rows = (
    await findCardsForExport(ctx.db, auth, query, cardPeriodsOf(rules, today), exportRowLimit)
  ).map((row) => presentCardListRow(row, today, rules));
  return exportSheet(
    ctx,
    auth,
    '红黄牌警示名单',
    [
      ...entityColumns<(typeof rows)[number]>(),
      { header: '警示类别', width: 10, value: (row) => cardColorLabels[row.color] },
      { header: '状态', width: 12, value: (row) => cardStatusLabels[row.status] },
      { header: '警示事由', width: 40, value: (row) => row.reason },
      { header: '依据', width: 30, value: (row) => row.basis },
      { header: '文号', width: 24, value: (row) => row.documentNumber },
      { header: '警示日期', width: 12, value: (row) => row.issuedOn },
      { header: '整改期限', width: 12, value: (row) => row.rectificationDueOn },
      { header: '作出机关', width: 28, value: (row) => row.agencyName },
      { header: '摘牌日期', width: 12, value: (row) => row.liftedOn },
      { header: '整改复核情况', width: 40, value: (row) => row.liftReason },
    ],
    rows,
  );
}

export async function exportMemberships(
  ctx: AppContext,
  auth: AuthContext,
  list: EntityList,
  query: MembershipListQuery,
) {
  const rows = (await findMembershipsForExport(ctx.db, auth, list, query, exportRowLimit)).map(
    presentMembershipListRow,
  );
  return exportSheet(
    ctx,
    auth,
    entityListLabels[list],
    [
      ...entityColumns<(typeof rows)[number]>(),
      { header: '状态', width: 10, value: (row) => (row.isActive ? '在列' : '已移出') },
      { header: '列入日期', width: 12, value: (row) => row.listedOn },
      { header: '列入理由', width: 44, value: (row) => row.reason },
      { header: '依据', width: 36, value: (row) => row.basis },
      { header: '列入机关', width: 28, value: (row) => row.agencyName },
      { header: '移出日期', width: 12, value: (row) => row.removedOn },
      { header: '移出理由', width: 36, value: (row) => row.removalReason },
    ],
    rows,
  );
}

export async function exportCommitments(ctx: AppContext, auth: AuthContext, query: CommitmentListQuery) {
  const year = commitmentYearOf(ctx, query);
  const rows = (await findCommitmentsForExport(ctx.db, auth, query, year, exportRowLimit)).map((row) =>
    presentCommitmentListRow(row, year),
  );
  return exportSheet(
    ctx,
    auth,
    `${year}年重点排污单位公开信与承诺书`,
    [
      ...entityColumns<(typeof rows)[number]>(),
      {
        header: '重点排污单位类别',
        width: 22,
        value: (row) => row.keyPolluterMedia.map((medium) => keyPolluterMediumLabels[medium]).join('、'),
      },
      { header: '状态', width: 20, value: (row) => commitmentStatusLabels[row.status] },
      { header: '公开信送达日期', width: 14, value: (row) => row.letterDeliveredOn },
      {
        header: '送达方式',
        width: 12,
        value: (row) => (row.deliveryMethod ? letterDeliveryMethodLabels[row.deliveryMethod] : null),
      },
      { header: '承诺书签订日期', width: 14, value: (row) => row.commitmentSignedOn },
      { header: '签订人', width: 12, value: (row) => row.signatory },
    ],
    rows,
  );
}

export async function exportEvaluations(ctx: AppContext, auth: AuthContext, query: EvaluationListQuery) {
  const rows = await findEvaluationsForExport(ctx.db, auth, query, exportRowLimit);
  return exportSheet(
    ctx,
    auth,
    '企业环境信用评价结果',
    [
      ...entityColumns<(typeof rows)[number]>(),
      { header: '评价年度', width: 10, value: (row) => row.year },
      {
        header: '信用等级',
        width: 12,
        value: (row) => creditLevelLabels[row.level as keyof typeof creditLevelLabels],
      },
      { header: '评价日期', width: 12, value: (row) => row.evaluatedOn },
      { header: '评价机关', width: 28, value: (row) => row.agencyName },
      { header: '说明', width: 36, value: (row) => row.note },
    ],
    rows,
  );
}

export async function exportPoints(ctx: AppContext, auth: AuthContext, query: PointsListQuery) {
  const rows = await findPointsForExport(ctx.db, auth, query, exportRowLimit);
  return exportSheet(
    ctx,
    auth,
    '守法积分台账',
    [
      ...entityColumns<(typeof rows)[number]>(),
      { header: '记分日期', width: 12, value: (row) => row.occurredOn },
      { header: '分值', width: 8, value: (row) => row.points },
      { header: '事由', width: 40, value: (row) => row.reason },
      { header: '记分机关', width: 28, value: (row) => row.agencyName },
      { header: '当前积分', width: 10, value: (row) => Number(row.entityBalance) },
    ],
    rows,
  );
}
