import {
  computeCreditCodeCheckCharacter,
  type EntityExchangeColumn,
  type EntityExchangeKey,
  type EntityInput,
  entityExchangeColumns,
  formatBusinessDateTime,
  formatEntityExchangeValue,
  type ImportError,
  importFileMaxBytes,
  industryTable,
} from '@qingshan/domain';
import ExcelJS from 'exceljs';
import { writeCsv } from '../../lib/csv';
import { templateExampleBody } from './entity-import.validation';

/** The workbooks of the import (REG-5): the template with its instructions, and the error report. */

export interface TemplateRegion {
  code: string;
  fullName: string;
  level: 'county' | 'town';
  ownerAgencyName: string;
}

const dataSheetName = '监管对象';
const instructionsSheetName = '填写说明';
const regionSheetName = '区划代码';
const industrySheetName = '行业代码';
/** Rows of the data sheet that carry the drop-down lists. */
const validatedRows = 10_000;

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4EA' } };
const requiredFont: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFC00000' } };

const formatNames: Record<EntityExchangeColumn['format'], string> = {
  text: '文字',
  code: '代码（按文本填写，保留开头的 0）',
  date: '日期 YYYY-MM-DD（如 2028-06-30），也可填 Excel 日期',
  number: '数字（小数，WGS-84 / CGCS2000 坐标）',
  boolean: '是 / 否（也接受 Y/N、1/0；留空 = 否）',
  enum: '从下拉列表选择',
  enumList: '可填多个，用顿号“、”分隔',
};

/** What a person needs to know beyond the format, by column. */
const columnExplanations: Partial<Record<EntityExchangeKey, string>> = {
  creditCode:
    '18 位统一社会信用代码（GB 32100-2015），见营业执照或登记证书；系统逐位校验，第 18 位校验码不对时会指出应为哪个字符。' +
    '代码已在本系统登记且属于您管辖的单位，导入即按本行更新该单位；属于其他机构管辖的，整份文件不予导入。',
  name: '单位全称，与营业执照一致，2–100 个字。',
  regionCode:
    '单位所在地的行政区划：6 位县级代码（GB/T 2260，如 360121 南昌县）或 9 位乡镇（街道）统计用区划代码（如 360121100）。' +
    '本模板“区划代码”表列出了您管辖范围内全部可填的代码；也可在系统“机构与区划”页面查询。单位的主管执法机构按区划自动确定。',
  industryCode:
    'GB/T 4754-2017《国民经济行业分类》代码：4 位小类（如 2614 有机化学原料制造）或 2 位大类（如 26）。见本模板“行业代码”表。',
  permitNumber:
    '排污许可证编号或排污登记编号：18 位统一社会信用代码 + 3 位流水号 + 1 位字母（如 …001P、…001W）。没有可留空。',
  permitClass: '按《固定污染源排污许可分类管理名录》确定的管理类别。没有排污许可可留空。',
  isSpecialSupervision: '列为特殊监管对象的填“是”，并在下一列填写原因。',
  specialSupervisionReason: '特殊监管对象必填，最多 200 字。',
  isMonitoringNetworked: '只有“已安装自动监控”为“是”的单位才能填“是”。',
  operatingStatus: '留空按“在产”处理。',
  longitude: '经度和纬度同时填写或同时留空；中国境内经度 73–136。',
  latitude: '中国境内纬度 3–54。',
  contactPhone: '11 位手机号，或带区号的固定电话（如 0791-88886666）。',
  keyPolluterMedia:
    '本年度列入的重点排污单位名录类别，可填多个，用顿号“、”分隔，如“水环境、大气环境”。留空表示本年度未列入；' +
    '更新已有单位时，本年度的类别以本行为准。',
};

function allowedValues(column: EntityExchangeColumn): string {
  if (column.labels) return Object.values(column.labels).join('、');
  if (column.format === 'boolean') return '是、否';
  return '';
}

/** The template's example: in the importer's jurisdiction, valid in every column but the marked code. */
export function buildExampleEntity(region: TemplateRegion): EntityInput {
  const first17 = `91${region.code.slice(0, 6)}${templateExampleBody}`;
  const creditCode = `${first17}${computeCreditCodeCheckCharacter(first17)}`;
  return {
    creditCode,
    name: '示例：某某化工有限公司（导入前请删除本行）',
    legalRepresentative: '张三',
    address: `${region.fullName}工业园区 8 号`,
    regionCode: region.code,
    industryCode: '2614',
    permitNumber: `${creditCode}001P`,
    permitClass: 'key',
    permitValidUntil: '2028-06-30',
    isSpecialSupervision: false,
    specialSupervisionReason: null,
    hasAutomaticMonitoring: true,
    isMonitoringNetworked: true,
    operatingStatus: 'operating',
    coordinates: { longitude: 115.892151, latitude: 28.676493 },
    contactPerson: '李四',
    contactPhone: '0791-88886666',
    keyPolluterMedia: ['water', 'air'],
  };
}

function columnLetter(index: number): string {
  let letters = '';
  for (let number = index + 1; number > 0; number = Math.floor((number - 1) / 26)) {
    letters = String.fromCharCode(65 + ((number - 1) % 26)) + letters;
  }
  return letters;
}

type ValidatedSheet = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

/**
 * The import template: the header (required columns in red, each with its hint as a note), one
 * example row, drop-down lists where Excel has them, and the sheets a person fills it in with —
 * instructions, the region codes of their jurisdiction and the industry codes.
 */
export async function buildTemplateWorkbook(
  regions: TemplateRegion[],
  exampleRegion: TemplateRegion | null,
  now: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青山生态环境执法平台';
  workbook.created = now;

  const sheet = workbook.addWorksheet(dataSheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  }) as ValidatedSheet;
  sheet.columns = entityExchangeColumns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    // Codes as text, so Excel keeps 18-digit codes and leading zeros.
    style: column.format === 'code' || column.format === 'text' ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.height = 22;
  entityExchangeColumns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.font = column.required ? requiredFont : { bold: true };
    cell.fill = headerFill;
    cell.alignment = { vertical: 'middle' };
    cell.note = `${column.required ? '【必填】' : '【选填】'}${column.hint || formatNames[column.format]}`;
  });

  const example = exampleRegion ? buildExampleEntity(exampleRegion) : null;
  if (example) {
    const row = sheet.addRow(
      entityExchangeColumns.map((column) => formatEntityExchangeValue(column, example)),
    );
    row.font = { italic: true, color: { argb: 'FF808080' } };
  }

  const listValidation = (values: string[]): ExcelJS.DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '请从列表中选择',
    error: `可填：${values.join('、')}`,
  });
  entityExchangeColumns.forEach((column, index) => {
    const range = `${columnLetter(index)}2:${columnLetter(index)}${validatedRows + 1}`;
    if (column.format === 'enum' && column.labels) {
      sheet.dataValidations.add(range, listValidation(Object.values(column.labels)));
    } else if (column.format === 'boolean') {
      sheet.dataValidations.add(range, listValidation(['是', '否']));
    } else if (column.key === 'regionCode' && regions.length > 0) {
      sheet.dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [`'${regionSheetName}'!$A$2:$A$${regions.length + 1}`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: '区划代码',
        error: '该代码不在您管辖范围的区划代码表中，导入时会被拒绝',
      });
    }
  });

  addInstructionsSheet(workbook, regions.length);
  addRegionSheet(workbook, regions);
  addIndustrySheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addInstructionsSheet(workbook: ExcelJS.Workbook, regionCount: number): void {
  const sheet = workbook.addWorksheet(instructionsSheetName);
  sheet.columns = [
    { key: 'header', width: 26 },
    { key: 'required', width: 8 },
    { key: 'format', width: 30 },
    { key: 'values', width: 40 },
    { key: 'explanation', width: 90 },
  ];
  const notes = [
    '监管对象批量导入模板 — 填写说明',
    `1. 在“${dataSheetName}”表中每行填写一个单位；第 1 行是表头，请勿修改列名；第 2 行是示例（灰色斜体），导入前请删除。`,
    '2. 红色列名为必填列。统一社会信用代码已在本系统登记且属于您管辖的单位，导入时按文件内容更新；其余按新单位登记。',
    '3. 文件中任意一行有错误，整份文件都不会导入（不做任何修改），系统给出逐行错误报告（行号、列、填写的值、原因），改正后重新导入即可。',
    `4. 也可导入 CSV 文件（UTF-8 或 GBK/GB18030 编码，Excel“另存为 CSV”即可），列名与本表相同。单个文件不超过 ${Math.round(importFileMaxBytes / 1024 / 1024)} MB。`,
    `5. “${regionSheetName}”表列出您管辖范围内可填写的 ${regionCount} 个县级和乡镇（街道）区划代码；“${industrySheetName}”表列出 GB/T 4754-2017 行业代码。`,
  ];
  for (const note of notes) {
    const row = sheet.addRow([note]);
    sheet.mergeCells(row.number, 1, row.number, 5);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (row.number === 1) row.font = { bold: true, size: 14 };
    else row.height = 30;
  }
  sheet.addRow([]);
  const header = sheet.addRow(['列名', '必填', '格式', '可填写的值', '说明']);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = headerFill;
  });
  for (const column of entityExchangeColumns) {
    const row = sheet.addRow({
      header: column.header,
      required: column.required ? '是' : '否',
      format: formatNames[column.format],
      values: allowedValues(column),
      explanation: columnExplanations[column.key] ?? column.hint,
    });
    row.alignment = { wrapText: true, vertical: 'top' };
    if (column.required) row.getCell(1).font = requiredFont;
  }
}

function addRegionSheet(workbook: ExcelJS.Workbook, regions: TemplateRegion[]): void {
  const sheet = workbook.addWorksheet(regionSheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '区划代码', key: 'code', width: 14, style: { numFmt: '@' } },
    { header: '名称', key: 'fullName', width: 44 },
    { header: '级别', key: 'level', width: 10 },
    { header: '主管执法机构', key: 'owner', width: 36 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const region of regions) {
    sheet.addRow({
      code: region.code,
      fullName: region.fullName,
      level: region.level === 'county' ? '县级' : '乡镇（街道）',
      owner: region.ownerAgencyName,
    });
  }
}

const industryLevelNames = { section: '门类', division: '大类', group: '中类', class: '小类' } as const;

function addIndustrySheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(industrySheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '行业代码', key: 'code', width: 10, style: { numFmt: '@' } },
    { header: '名称', key: 'name', width: 50 },
    { header: '层级', key: 'level', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  // Sections are not precise enough for an entity; divisions and classes are what the column takes.
  for (const entry of industryTable) {
    if (entry.level === 'section') continue;
    sheet.addRow({ code: entry.code, name: entry.name, level: industryLevelNames[entry.level] });
  }
}

/** The CSV template: the header and the example row, UTF-8 with BOM. */
export function buildTemplateCsv(exampleRegion: TemplateRegion | null): Buffer {
  const example = exampleRegion ? buildExampleEntity(exampleRegion) : null;
  return writeCsv([
    entityExchangeColumns.map((column) => column.header),
    ...(example ? [entityExchangeColumns.map((column) => formatEntityExchangeValue(column, example))] : []),
  ]);
}

/** Every error of a report as a workbook: row, column, value, reason — and what the file was. */
export async function buildErrorReportWorkbook(
  job: { fileName: string; createdAt: Date; totalRows: number; errorCount: number; status: string },
  errors: readonly ImportError[],
  now: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青山生态环境执法平台';
  workbook.created = now;
  const sheet = workbook.addWorksheet('错误报告', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '行号', key: 'row', width: 8 },
    { header: '列', key: 'column', width: 24 },
    { header: '填写的值', key: 'value', width: 30, style: { numFmt: '@' } },
    { header: '原因', key: 'message', width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).eachCell((cell) => {
    cell.fill = headerFill;
  });
  for (const error of errors) {
    sheet.addRow({
      row: error.row ?? '整个文件',
      column: error.column ?? '',
      value: error.value ?? '',
      message: error.message,
    });
  }
  sheet.autoFilter = { from: 'A1', to: 'D1' };

  const about = workbook.addWorksheet('说明');
  about.columns = [
    { key: 'label', width: 16 },
    { key: 'value', width: 70 },
  ];
  const uploadedAt = formatBusinessDateTime(job.createdAt);
  for (const [label, value] of [
    ['文件', job.fileName],
    ['上传时间', uploadedAt],
    ['数据行数', String(job.totalRows)],
    ['错误数', String(job.errorCount)],
    [
      '结果',
      job.status === 'failed'
        ? '导入失败，未作任何修改；原因见“错误报告”。'
        : '文件有错误，未导入任何数据（整份文件不做修改）。请按“错误报告”逐行改正后重新导入。',
    ],
    ['行号', '与 Excel 中看到的行号一致：第 1 行是表头，数据从第 2 行开始。'],
  ] as const) {
    about.addRow({ label, value }).getCell(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
