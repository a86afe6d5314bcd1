import {
  type EntityExchangeColumn,
  type EntityExchangeKey,
  type EntityInput,
  entityExchangeColumns,
  entityInputSchema,
  formatEntityExchangeValue,
  type ImportError,
  keyPolluterMedia,
  normalizeCreditCode,
  readEntityExchangeRow,
} from '@qingshan/domain';
import { normalizeHeader } from './entity-import.files';

/**
 * The rules of a bulk import (REG-5), without I/O: every cell read and checked with the same
 * schema as the form (`entityInputSchema`), then the rules only a whole file and the registry can
 * answer — the region exists and its owning agency is the importer's, a code appears once, a
 * code already registered elsewhere is refused. Lookups come in preloaded, so 100,000 rows are
 * checked without a query each.
 */

export interface ImportRegion {
  code: string;
  fullName: string;
  level: string;
}

/** An entity already registered under the importer's jurisdiction: the row updates it. */
export interface ExistingEntity {
  id: string;
  ownerAgencyId: string;
  /** As the form would send it; key-polluter media are this year's. */
  input: EntityInput;
}

export interface ImportLookups {
  findRegion(code: string): ImportRegion | undefined;
  /** The agency owning a town or county (entity.ownership.ts). */
  ownerOf(regionCode: string): string | undefined;
  isAgencyInScope(agencyId: string): boolean;
  agencyName(agencyId: string): string;
  findExistingInScope(creditCode: string): ExistingEntity | undefined;
  /** True when the code is registered to an agency outside the importer's jurisdiction. */
  isRegisteredOutsideScope(creditCode: string): boolean;
}

export interface ValidImportRow {
  rowNumber: number;
  input: EntityInput;
  countyCode: string;
  ownerAgencyId: string;
  existing: ExistingEntity | null;
  /** Headers of the columns whose value differs from the registry (updates only). */
  changedColumns: string[];
}

/**
 * The template's example row carries this organisation body (positions 9–17 of the credit code),
 * so an example left in the file is refused rather than registered as a company.
 */
export const templateExampleBody = 'MA3EXAMPL';

const columnsByKey = new Map(entityExchangeColumns.map((column) => [column.key, column]));
const creditCodeColumn = columnsByKey.get('creditCode')!;
const regionColumn = columnsByKey.get('regionCode')!;
const columnIndexByHeader = new Map(entityExchangeColumns.map((column, index) => [column.header, index]));
const columnOrder = (header: string | null) =>
  header === null ? -1 : (columnIndexByHeader.get(header) ?? -1);
const mediaOrder = new Map<string, number>(keyPolluterMedia.map((medium, index) => [medium, index]));

export interface HeaderMapping {
  /** Index of each exchange column in the file's cells; undefined: the column is absent. */
  indexByKey: Map<EntityExchangeKey, number>;
  errors: ImportError[];
}

/**
 * Finds the exchange columns in the header. Required columns must be there; an optional column
 * may be left out (new entities get its default, existing ones keep their value); a column
 * twice is an error; other columns (notes, the export's read-only columns) are ignored.
 */
export function mapHeader(header: string[]): HeaderMapping {
  const byHeader = new Map(entityExchangeColumns.map((column) => [normalizeHeader(column.header), column]));
  const indexByKey = new Map<EntityExchangeKey, number>();
  const errors: ImportError[] = [];
  header.forEach((cell, index) => {
    const column = byHeader.get(normalizeHeader(cell));
    if (!column) return;
    if (indexByKey.has(column.key)) {
      errors.push({
        row: 1,
        column: column.header,
        value: cell,
        message: `表头中“${column.header}”出现了两次（第 ${indexByKey.get(column.key)! + 1} 列和第 ${index + 1} 列），请删除其中一列`,
      });
      return;
    }
    indexByKey.set(column.key, index);
  });
  for (const column of entityExchangeColumns) {
    if (column.required && !indexByKey.has(column.key)) {
      errors.push({
        row: 1,
        column: column.header,
        value: null,
        message: `缺少必填列“${column.header}”；第 1 行应为表头，列名与导入模板一致`,
      });
    }
  }
  return { indexByKey, errors };
}

const canonicalCreditCodePattern = /^[0-9A-Z]{18}$/;

/** The code as the registry stores it; most cells already are (normalising is the slow path). */
export function canonicalCreditCode(text: string): string {
  return canonicalCreditCodePattern.test(text) ? text : normalizeCreditCode(text).code;
}

function sortMedia<T extends string>(media: T[]): T[] {
  if (media.length < 2) return media;
  return [...media].sort((left, right) => (mediaOrder.get(left) ?? 0) - (mediaOrder.get(right) ?? 0));
}

/** The column a schema issue is about: its first path element, the coordinates by their second. */
function columnOfIssue(path: readonly PropertyKey[]): EntityExchangeColumn | undefined {
  const [first, second] = path;
  if (first === 'coordinates') return columnsByKey.get(second === 'latitude' ? 'latitude' : 'longitude');
  return columnsByKey.get(first as EntityExchangeKey);
}

const columnPositionByKey = new Map(entityExchangeColumns.map((column, index) => [column.key, index]));
const creditCodePosition = columnPositionByKey.get('creditCode')!;
const regionPosition = columnPositionByKey.get('regionCode')!;

/**
 * Checks rows one at a time and keeps the valid ones and every error. One row's state lives in
 * fields rather than closures: 100,000 rows should not cost 100,000 sets of them.
 */
export class EntityImportValidator {
  readonly validRows: ValidImportRow[] = [];
  readonly errors: ImportError[] = [];
  /** Rows with at least one error. */
  rejectedRowCount = 0;
  /** Non-blank rows seen. */
  rowCount = 0;
  private readonly firstRowOfCode = new Map<string, number>();
  /** The file's cell index of each exchange column (by position), or -1 when the file lacks it. */
  private readonly cellIndexes: number[];
  private rowNumber = 0;
  private texts: Partial<Record<EntityExchangeKey, string>> = {};
  private rowErrors: ImportError[] = [];
  /** Bit i set: column i already has an error (one error per cell is enough to act on). */
  private failedColumns = 0;

  constructor(
    private readonly lookups: ImportLookups,
    indexByKey: Map<EntityExchangeKey, number>,
  ) {
    this.cellIndexes = entityExchangeColumns.map((column) => indexByKey.get(column.key) ?? -1);
  }

  private fail(column: EntityExchangeColumn | undefined, message: string): void {
    if (column) {
      const bit = 1 << columnPositionByKey.get(column.key)!;
      if (this.failedColumns & bit) return;
      this.failedColumns |= bit;
    }
    this.rowErrors.push({
      row: this.rowNumber,
      column: column?.header ?? null,
      value: column ? (this.texts[column.key]?.trim() ?? null) : null,
      message,
    });
  }

  private hasFailed(position: number): boolean {
    return (this.failedColumns & (1 << position)) !== 0;
  }

  checkRow(rowNumber: number, cells: string[]): void {
    let isBlank = true;
    for (const cell of cells) {
      if (cell.trim() !== '') {
        isBlank = false;
        break;
      }
    }
    if (isBlank) return;
    this.rowCount++;
    this.rowNumber = rowNumber;
    this.rowErrors = [];
    this.failedColumns = 0;

    // The registry decides first which entity the row is, so that columns left out of the file
    // keep the values the entity has.
    const creditCodeIndex = this.cellIndexes[creditCodePosition]!;
    const creditCode = canonicalCreditCode(creditCodeIndex < 0 ? '' : (cells[creditCodeIndex] ?? ''));
    const existing = creditCode ? this.lookups.findExistingInScope(creditCode) : undefined;
    const texts: Partial<Record<EntityExchangeKey, string>> = {};
    for (let position = 0; position < entityExchangeColumns.length; position++) {
      const column = entityExchangeColumns[position]!;
      const index = this.cellIndexes[position]!;
      if (index >= 0) texts[column.key] = cells[index] ?? '';
      else if (existing) texts[column.key] = formatEntityExchangeValue(column, existing.input);
    }
    this.texts = texts;
    for (const column of entityExchangeColumns) {
      if (column.required && (texts[column.key] ?? '').trim() === '')
        this.fail(column, `请填写${column.header}`);
    }

    const { candidate, errors: cellErrors } = readEntityExchangeRow(texts);
    for (const { column, message } of cellErrors) this.fail(column, message);
    for (const column of dateColumns) {
      const problem = describeImpossibleDate((texts[column.key] ?? '').trim());
      if (problem) this.fail(column, `${column.header}${problem}`);
    }
    const parsed = entityInputSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) this.fail(columnOfIssue(issue.path), issue.message);
    }

    if (!this.hasFailed(creditCodePosition)) this.checkCreditCode(creditCode, rowNumber);
    const regionCode = (texts.regionCode ?? '').trim();
    const ownerAgencyId = this.hasFailed(regionPosition) ? undefined : this.checkRegion(regionCode);

    if (this.rowErrors.length > 0 || !parsed.success || !ownerAgencyId) {
      this.rejectedRowCount++;
      // In the order of the columns, as a person reads the row.
      this.rowErrors.sort((left, right) => columnOrder(left.column) - columnOrder(right.column));
      for (const error of this.rowErrors) this.errors.push(error);
      return;
    }
    // The schema's output is this row's own object: ordered in place rather than copied.
    const input: EntityInput = parsed.data;
    input.keyPolluterMedia = sortMedia(input.keyPolluterMedia);
    this.validRows.push({
      rowNumber,
      input,
      countyCode: regionCode.slice(0, 6),
      ownerAgencyId,
      existing: existing ?? null,
      changedColumns: existing ? describeChangedColumns(existing.input, input) : [],
    });
  }

  /** Once per file, not the template's example, not another agency's entity. */
  private checkCreditCode(creditCode: string, rowNumber: number): void {
    const firstRow = this.firstRowOfCode.get(creditCode);
    if (firstRow !== undefined) {
      this.fail(creditCodeColumn, `与第 ${firstRow} 行的统一社会信用代码重复；同一单位在文件中只能出现一次`);
      return;
    }
    this.firstRowOfCode.set(creditCode, rowNumber);
    if (creditCode.slice(8, 17) === templateExampleBody) {
      this.fail(creditCodeColumn, '这是导入模板中的示例行，请删除后再导入');
    } else if (this.lookups.isRegisteredOutsideScope(creditCode)) {
      this.fail(creditCodeColumn, '该统一社会信用代码的单位不在您的管辖范围内');
    }
  }

  /** The owning agency when the region exists, is a county or town, and is in the jurisdiction. */
  private checkRegion(regionCode: string): string | undefined {
    const region = this.lookups.findRegion(regionCode);
    if (!region) {
      this.fail(
        regionColumn,
        `行政区划代码 ${regionCode} 不存在；请填写 6 位县级或 9 位乡镇（街道）代码，可在模板的“区划代码”表中查找`,
      );
      return undefined;
    }
    if (region.level !== 'county' && region.level !== 'town') {
      this.fail(
        regionColumn,
        `${regionCode}（${region.fullName}）是${region.level === 'city' ? '市级' : '省级'}区划；请填写单位所在的县（市、区）或乡镇（街道）代码`,
      );
      return undefined;
    }
    const ownerAgencyId = this.lookups.ownerOf(regionCode);
    if (!ownerAgencyId) {
      this.fail(regionColumn, `${region.fullName}（${regionCode}）尚无主管的执法机构，请联系系统管理员`);
      return undefined;
    }
    if (!this.lookups.isAgencyInScope(ownerAgencyId)) {
      this.fail(
        regionColumn,
        `${region.fullName}（${regionCode}）由${this.lookups.agencyName(ownerAgencyId)}管辖，不在您的管辖范围内`,
      );
      return undefined;
    }
    return ownerAgencyId;
  }
}

/** The headers of the columns whose file text differs from the registry's. */
export function describeChangedColumns(before: EntityInput, after: EntityInput): string[] {
  const normalizedBefore = { ...before, keyPolluterMedia: sortMedia(before.keyPolluterMedia) };
  return entityExchangeColumns
    .filter(
      (column) =>
        formatEntityExchangeValue(column, normalizedBefore) !== formatEntityExchangeValue(column, after),
    )
    .map((column) => column.header);
}

const dateColumns = entityExchangeColumns.filter((column) => column.format === 'date');

/**
 * A date written the right way (YYYY-MM-DD) that names no day, said as such: the schema alone
 * would call `2028-13-45` a wrongly formatted date, which sends the person looking at the format.
 */
export function describeImpossibleDate(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `“${text}”不是有效日期：月份应为 1–12`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth)
    return `“${text}”不是有效日期：${year} 年 ${month} 月只有 ${daysInMonth} 天`;
  return null;
}
