import type {
  RandomCheckCoverage,
  RandomCheckCoverageQuery,
  RandomCheckCoverageRow,
  RandomCheckMonthlyReportQuery,
  RandomCheckSummary,
  RandomCheckSummaryRow,
  RandomCheckYearlyReportQuery,
} from '@qingshan/domain';
import ExcelJS from 'exceljs';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import type { AppContext } from '../../lib/context';
import { getCoverageReport, getMonthlyReport, getYearlyReport } from './report.service';

/**
 * The DR-7 tables as workbooks in the form a county sends upward: the title row
 * 《环境执法“双随机、一公开”情况汇总表》, a line with the reporting agency, the period and the due
 * date, a two-level header in Chinese, one row per unit, the total, and how each column is
 * counted. Each export is one audit entry.
 */

interface Column<Row> {
  /** The group header above (merged over its columns), or none for a column of its own. */
  group?: string;
  header: string;
  width: number;
  value: (row: Row) => string | number;
  /** Shown in red when true (a rate under the target, a shortfall). */
  isMissed?: (row: Row) => boolean;
}

const missedFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const missedFont: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F3EE' } };
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF999999' } };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

const percent = (value: number | null) => (value === null ? '—' : `${value}%`);

const summaryColumns: Column<RandomCheckSummaryRow>[] = [
  { header: '单位', width: 30, value: (row) => row.agencyName },
  { group: '抽查计划（个）', header: '合计', width: 8, value: (row) => row.plans },
  { group: '抽查计划（个）', header: '其中专项', width: 9, value: (row) => row.specialPlans },
  { group: '抽查计划（个）', header: '其中随机联查', width: 12, value: (row) => row.jointPlans },
  { group: '抽取检查对象（家）', header: '合计', width: 8, value: (row) => row.drawnTotal },
  { group: '抽取检查对象（家）', header: '一般监管对象', width: 12, value: (row) => row.drawnGeneral },
  { group: '抽取检查对象（家）', header: '重点排污单位', width: 12, value: (row) => row.drawnKeyPolluter },
  { group: '抽取检查对象（家）', header: '特殊监管对象', width: 12, value: (row) => row.drawnSpecial },
  { group: '完成检查（家）', header: '合计', width: 8, value: (row) => row.inspected },
  { group: '完成检查（家）', header: '未发现问题', width: 11, value: (row) => row.noProblem },
  { group: '完成检查（家）', header: '发现问题', width: 9, value: (row) => row.problemFound },
  { group: '完成检查（家）', header: '停产关闭或查无此户', width: 17, value: (row) => row.entityClosed },
  { group: '发现问题处理（个）', header: '问题数', width: 8, value: (row) => row.findings },
  { group: '发现问题处理（个）', header: '责令整改', width: 9, value: (row) => row.rectifications },
  { group: '发现问题处理（个）', header: '移送立案', width: 9, value: (row) => row.caseReferrals },
  { header: '参与执法人员（人）', width: 12, value: (row) => row.officers },
  { group: '结果公开', header: '已公开（家）', width: 11, value: (row) => row.published },
  { group: '结果公开', header: '按期公开（家）', width: 12, value: (row) => row.publishedOnTime },
  {
    group: '结果公开',
    header: '公开率',
    width: 9,
    value: (row) => percent(row.disclosureRatePercent),
    isMissed: (row) => row.isBelowTarget,
  },
  {
    header: '逾期未完成（家）',
    width: 12,
    value: (row) => row.overdue,
    isMissed: (row) => row.overdue > 0,
  },
];

const coverageColumns: Column<RandomCheckCoverageRow>[] = [
  { header: '单位', width: 30, value: (row) => row.agencyName },
  { header: '已抽取计划（个）', width: 11, value: (row) => row.plans },
  { header: '在岗持证执法人员（人）', width: 14, value: (row) => row.eligibleOfficers },
  { group: '一般监管对象（家）', header: '按比例应抽', width: 11, value: (row) => row.generalRequired },
  {
    group: '一般监管对象（家）',
    header: '实际抽取',
    width: 9,
    value: (row) => row.generalDrawn,
    isMissed: (row) => row.isGeneralShort,
  },
  { group: '一般监管对象（家）', header: '完成检查', width: 9, value: (row) => row.generalInspected },
  {
    group: '一般监管对象（家）',
    header: '比例达成率',
    width: 11,
    value: (row) => percent(row.generalAchievementPercent),
    isMissed: (row) => row.isGeneralShort,
  },
  { group: '重点排污单位（家）', header: '年度名录', width: 9, value: (row) => row.keyPollutersListed },
  { group: '重点排污单位（家）', header: '已抽取', width: 8, value: (row) => row.keyPollutersDrawn },
  { group: '重点排污单位（家）', header: '已检查', width: 8, value: (row) => row.keyPollutersInspected },
  {
    group: '重点排污单位（家）',
    header: '抽取覆盖率',
    width: 11,
    value: (row) => percent(row.keyPolluterCoveragePercent),
    isMissed: (row) => row.isKeyPolluterShort,
  },
  { group: '特殊监管对象（家）', header: '名录', width: 8, value: (row) => row.specialObjects },
  { group: '特殊监管对象（家）', header: '已抽取', width: 8, value: (row) => row.specialDrawn },
];

function writeTable<Row>(
  sheet: ExcelJS.Worksheet,
  options: {
    title: string;
    subtitle: string;
    columns: Column<Row>[];
    rows: Row[];
    total: Row;
    notes: string[];
  },
): void {
  const { columns } = options;
  sheet.columns = columns.map((column, index) => ({ key: `c${index}`, width: column.width }));
  // Row 1: the title; row 2: who, when, due.
  sheet.mergeCells(1, 1, 1, columns.length);
  const title = sheet.getCell(1, 1);
  title.value = options.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, columns.length);
  const subtitle = sheet.getCell(2, 1);
  subtitle.value = options.subtitle;
  subtitle.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  sheet.getRow(2).height = 22;

  // Rows 3–4: the header, a group merged across its columns, a column of its own over both rows.
  const groupRow = sheet.getRow(3);
  const headerRow = sheet.getRow(4);
  let index = 0;
  while (index < columns.length) {
    const column = columns[index]!;
    const at = index + 1;
    if (!column.group) {
      sheet.mergeCells(3, at, 4, at);
      groupRow.getCell(at).value = column.header;
      index++;
      continue;
    }
    let end = index;
    while (end + 1 < columns.length && columns[end + 1]!.group === column.group) end++;
    if (end > index) sheet.mergeCells(3, at, 3, end + 1);
    groupRow.getCell(at).value = column.group;
    for (let inner = index; inner <= end; inner++)
      headerRow.getCell(inner + 1).value = columns[inner]!.header;
    index = end + 1;
  }
  for (const row of [groupRow, headerRow]) {
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let column = 1; column <= columns.length; column++) {
      row.getCell(column).fill = headerFill;
      row.getCell(column).border = border;
    }
  }
  headerRow.height = 30;

  const addRow = (row: Row, isTotal: boolean) => {
    const excelRow = sheet.addRow(
      Object.fromEntries(columns.map((column, at) => [`c${at}`, column.value(row)])),
    );
    columns.forEach((column, at) => {
      const cell = excelRow.getCell(at + 1);
      cell.border = border;
      if (at > 0) cell.alignment = { horizontal: 'center' };
      if (column.isMissed?.(row)) {
        cell.fill = missedFill;
        cell.font = { ...missedFont, bold: isTotal };
      }
    });
    if (isTotal) excelRow.font = { bold: true };
  };
  for (const row of options.rows) addRow(row, false);
  addRow(options.total, true);

  sheet.addRow([]);
  for (const note of options.notes) {
    const noteRow = sheet.addRow([note]);
    sheet.mergeCells(noteRow.number, 1, noteRow.number, columns.length);
    noteRow.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    noteRow.height = 30;
    noteRow.font = { color: { argb: 'FF666666' } };
  }
  sheet.views = [{ state: 'frozen', ySplit: 4, xSplit: 1 }];
}

function chineseDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

function ownLevel<Row extends { agencyName: string; isOwnLevel: boolean }>(rows: Row[]): Row[] {
  if (rows.length <= 1) return rows;
  return rows.map((row) => (row.isOwnLevel ? { ...row, agencyName: `${row.agencyName}（本级）` } : row));
}

const summaryNotes = (report: RandomCheckSummary) => [
  `口径：抽查计划与抽取对象按抽取日期计；完成检查按检查日期计（执法人员均已确认笔录）；问题数按完成检查的笔录计，责令整改与移送立案可同时计入；参与执法人员按完成检查的任务去重；公开率 = 已公开 ÷ 完成检查，目标 ${report.disclosureTargetPercent}%；逾期未完成为截至 ${report.asOf} 已过检查完成期限而未完成的任务。`,
  `依据：${report.basis}。`,
];

async function auditExport(ctx: AppContext, auth: AuthContext, summary: string): Promise<void> {
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      { action: 'random_checks.report_export', targetType: 'agency', targetId: null, summary },
      ctx.clock.now(),
    ),
  );
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function newWorkbook(ctx: AppContext): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青山生态环境执法平台';
  workbook.created = ctx.clock.now();
  return workbook;
}

/** GET /api/random-checks/reports/monthly/export.xlsx */
export async function exportMonthlyReport(
  ctx: AppContext,
  auth: AuthContext,
  query: RandomCheckMonthlyReportQuery,
) {
  const report = await getMonthlyReport(ctx, auth, query);
  const workbook = newWorkbook(ctx);
  writeTable(workbook.addWorksheet(`${report.periodLabel}汇总表`), {
    title: `《${report.title}》`,
    subtitle: `填报单位：${report.agency.name}　　统计期间：${chineseDate(report.periodStart)}至${chineseDate(report.periodEnd)}　　报送期限：${chineseDate(report.dueOn)}前　　数据截至：${chineseDate(report.asOf)}`,
    columns: summaryColumns,
    rows: ownLevel(report.rows),
    total: report.total,
    notes: summaryNotes(report),
  });
  const title = `${report.agency.name}${report.periodLabel}双随机一公开情况汇总表`;
  await auditExport(ctx, auth, `导出${report.agency.name}${report.periodLabel}《${report.title}》`);
  return { workbook: await toBuffer(workbook), title };
}

/** GET /api/random-checks/reports/yearly/export.xlsx: the units, then the months. */
export async function exportYearlyReport(
  ctx: AppContext,
  auth: AuthContext,
  query: RandomCheckYearlyReportQuery,
) {
  const report = await getYearlyReport(ctx, auth, query);
  const workbook = newWorkbook(ctx);
  const subtitle = `填报单位：${report.agency.name}　　统计期间：${report.periodLabel}　　报送期限：${chineseDate(report.dueOn)}前　　数据截至：${chineseDate(report.asOf)}`;
  writeTable(workbook.addWorksheet('分单位'), {
    title: report.title,
    subtitle,
    columns: summaryColumns,
    rows: ownLevel(report.rows),
    total: report.total,
    notes: summaryNotes(report),
  });
  writeTable(workbook.addWorksheet('分月份'), {
    title: `${report.title}（分月份）`,
    subtitle,
    columns: [{ ...summaryColumns[0]!, header: '月份' }, ...summaryColumns.slice(1)],
    rows: report.months,
    total: report.total,
    notes: summaryNotes(report),
  });
  const title = `${report.agency.name}${report.periodLabel}双随机一公开年度总结统计表`;
  await auditExport(ctx, auth, `导出${report.agency.name}${report.title}`);
  return { workbook: await toBuffer(workbook), title };
}

/** GET /api/random-checks/reports/coverage/export.xlsx */
export async function exportCoverageReport(
  ctx: AppContext,
  auth: AuthContext,
  query: RandomCheckCoverageQuery,
) {
  const report: RandomCheckCoverage = await getCoverageReport(ctx, auth, query);
  const workbook = newWorkbook(ctx);
  const { city, county, keyPolluterCountyPercent, basis } = report.ratios;
  writeTable(workbook.addWorksheet('比例与覆盖'), {
    title: report.title,
    subtitle: `单位：${report.agency.name}　　数据截至：${chineseDate(report.asOf)}　　一般监管对象抽查比例（人员:企业）：市级 ${city.officers}:${city.entities}、县级 ${county.officers}:${county.entities}　　重点排污单位：县级每季度 ${keyPolluterCountyPercent}%，全年全覆盖`,
    columns: coverageColumns,
    rows: ownLevel(report.rows),
    total: report.total,
    notes: [
      '口径：按比例应抽为各次抽取记录按“在岗持证执法人员 × 比例”算得的一般监管对象数之和；重点排污单位按当年名录（不含已关闭），年内任一计划抽中即为已抽取；在岗持证执法人员为截至统计日的人数。',
      `依据：${basis}。`,
    ],
  });
  const title = `${report.agency.name}${report.year}年双随机抽查比例与覆盖情况`;
  await auditExport(ctx, auth, `导出${report.agency.name}${report.title}`);
  return { workbook: await toBuffer(workbook), title };
}
