import {
  type RandomCheckPlanListQuery,
  randomCheckPlanKindLabels,
  randomCheckPlanStatusLabels,
} from '@qingshan/domain';
import ExcelJS from 'exceljs';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import type { AppContext } from '../../lib/context';
import { findPlansForExport } from './plan.repository';
import { presentPlanListItem } from './plan.service';

const exportRowLimit = 50_000;

/** The plan list as the page filters it, one sheet with a bold frozen header, and one audit entry. */
export async function exportPlans(
  ctx: AppContext,
  auth: AuthContext,
  query: Omit<RandomCheckPlanListQuery, 'page' | 'pageSize'>,
): Promise<{ workbook: Buffer; title: string }> {
  const title = '双随机抽查计划';
  const now = ctx.clock.now();
  const rows = (await findPlansForExport(ctx.db, auth, query, exportRowLimit)).map(presentPlanListItem);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青山生态环境执法平台';
  workbook.created = now;
  const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns: {
    header: string;
    width: number;
    value: (row: (typeof rows)[number]) => string | number | null;
  }[] = [
    { header: '计划编号', width: 22, value: (row) => row.number },
    { header: '计划名称', width: 40, value: (row) => row.title },
    { header: '制定机关', width: 28, value: (row) => row.agencyName },
    { header: '年度', width: 8, value: (row) => row.year },
    { header: '类型', width: 10, value: (row) => randomCheckPlanKindLabels[row.kind] },
    { header: '季度', width: 8, value: (row) => (row.quarter ? `第${row.quarter}季度` : '') },
    { header: '状态', width: 12, value: (row) => randomCheckPlanStatusLabels[row.status] },
    { header: '计划期间', width: 24, value: (row) => `${row.periodStart} 至 ${row.periodEnd}` },
    { header: '检查开始日期', width: 14, value: (row) => row.inspectionStartsOn },
    { header: '检查完成期限', width: 14, value: (row) => row.inspectionDueOn },
    { header: '结果公开期限', width: 14, value: (row) => row.publicationDueOn },
    { header: '抽查事项数', width: 10, value: (row) => row.itemCount },
    { header: '检查任务数', width: 10, value: (row) => row.taskCount },
    { header: '跨区域检查', width: 10, value: (row) => (row.isCrossRegion ? '是' : '否') },
    { header: '联查部门', width: 30, value: (row) => row.jointDepartments.join('、') },
    { header: '抽取时间', width: 20, value: (row) => (row.drawnAt ? formatMoment(row.drawnAt) : '') },
  ];
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
        action: 'random_checks.plan_export',
        targetType: 'random_check_plan',
        targetId: null,
        summary: `导出${title} ${rows.length} 条`,
      },
      now,
    ),
  );
  return { workbook: Buffer.from(await workbook.xlsx.writeBuffer()), title };
}

function formatMoment(iso: string): string {
  return new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
}
