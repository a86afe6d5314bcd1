import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { readCsvCell } from '../../lib/csv';

/**
 * Reading the files of a bulk import (REG-5): CSV as Excel in China writes it (UTF-8 with or
 * without BOM, or GB18030/GBK; comma- or tab-separated) and .xlsx. A file becomes a header and
 * its records, each record keeping the row number a person sees in the spreadsheet.
 */

export interface ImportTable {
  /** The header cells (row 1). */
  header: string[];
  /** The data rows after the header, blank rows included (they keep the numbering). */
  rows: ImportTableRow[];
  /** What the file turned out to be, for the job's audit entry. */
  format: 'csv' | 'xlsx';
  encoding: string | null;
}

export interface ImportTableRow {
  /** As numbered in the spreadsheet: the header is row 1. */
  rowNumber: number;
  cells: string[];
}

/** A file that cannot be read at all; the message says what to do, and `row` where it happened. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly row: number | null = null,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

export type ImportFileKind = 'csv' | 'xlsx';

/**
 * What the bytes are: an .xlsx is a zip (PK\3\4), an .xls an OLE compound file, anything else is
 * read as text. The content decides, not the name: Excel users rename files.
 */
export function detectImportFileKind(file: Buffer): ImportFileKind {
  if (file.length >= 4 && file.readUInt32BE(0) === 0x504b0304) return 'xlsx';
  if (file.length >= 8 && file.readUInt32BE(0) === 0xd0cf11e0 && file.readUInt32BE(4) === 0xa1b11ae1) {
    throw new ImportFileError(
      '这是 Excel 97-2003 格式（.xls）的文件，请在 Excel 中“另存为” Excel 工作簿（.xlsx）或 CSV 后再导入',
    );
  }
  return 'csv';
}

/**
 * Decodes a text file: a BOM decides (UTF-8, UTF-16); otherwise UTF-8 when the bytes are valid
 * UTF-8, else GB18030 — Excel in Simplified Chinese saves "CSV (逗号分隔)" in the ANSI code page,
 * GBK, of which GB18030 is the superset.
 */
export function decodeTextFile(file: Buffer): { text: string; encoding: string } {
  if (file.length >= 3 && file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(file.subarray(3)), encoding: 'UTF-8（带 BOM）' };
  }
  if (file.length >= 2 && file[0] === 0xff && file[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(file.subarray(2)), encoding: 'UTF-16LE' };
  }
  if (file.length >= 2 && file[0] === 0xfe && file[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(file.subarray(2)), encoding: 'UTF-16BE' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(file), encoding: 'GB18030' };
  }
}

const quote = 0x22;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

/** Comma, unless the first line has tabs and no comma (Excel's "Unicode 文本" is tab-separated). */
function detectDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const firstLine = end === -1 ? text : text.slice(0, end);
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

/**
 * RFC 4180 records: quoted fields may hold delimiters, line breaks and doubled quotes; CRLF, LF
 * and CR all end a record. Lenient where Excel and hand-edited files are: text after a closing
 * quote is kept. A quote left open is an error naming the row it opened in.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const records: string[][] = [];
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let record: string[] = [];
  let index = 0;
  while (index < length) {
    let value: string;
    if (text.charCodeAt(index) === quote) {
      value = '';
      let chunkStart = index + 1;
      for (;;) {
        const closing = text.indexOf('"', chunkStart);
        if (closing === -1) {
          throw new ImportFileError(
            `第 ${records.length + 1} 行有未闭合的英文双引号（"），其后的内容无法读取；请检查该行`,
            records.length + 1,
          );
        }
        if (text.charCodeAt(closing + 1) === quote) {
          value += text.slice(chunkStart, closing + 1);
          chunkStart = closing + 2;
          continue;
        }
        value += text.slice(chunkStart, closing);
        index = closing + 1;
        break;
      }
      // Text after the closing quote, up to the delimiter (`"abc"def`): kept, as Excel does.
      let end = index;
      while (end < length) {
        const character = text.charCodeAt(end);
        if (character === separator || character === lineFeed || character === carriageReturn) break;
        end++;
      }
      if (end > index) value += text.slice(index, end);
      index = end;
    } else {
      let end = index;
      while (end < length) {
        const character = text.charCodeAt(end);
        if (character === separator || character === lineFeed || character === carriageReturn) break;
        end++;
      }
      value = text.slice(index, end);
      index = end;
    }
    record.push(value);
    if (index >= length) break;
    const character = text.charCodeAt(index);
    if (character === separator) {
      index++;
      // A delimiter at the very end of the text: one more, empty, field.
      if (index >= length) record.push('');
      continue;
    }
    index += character === carriageReturn && text.charCodeAt(index + 1) === lineFeed ? 2 : 1;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  return records;
}

/** Splits records into the header and numbered rows (row 1 = header). */
function toTable(records: string[][], format: 'csv' | 'xlsx', encoding: string | null): ImportTable {
  const [header = [], ...rest] = records;
  return {
    header,
    rows: rest.map((cells, index) => ({ rowNumber: index + 2, cells })),
    format,
    encoding,
  };
}

export function readCsvFile(file: Buffer): ImportTable {
  const { text, encoding } = decodeTextFile(file);
  const records = parseCsv(text).map((record) => record.map(readCsvCell));
  return toTable(records, 'csv', encoding);
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * The text of an Excel cell as a person reads it. Dates (exceljs gives them in UTC) become
 * YYYY-MM-DD; booleans 是/否; formulas their result; rich text its plain text.
 */
export function excelCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${twoDigits(value.getUTCMonth() + 1)}-${twoDigits(value.getUTCDate())}`;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return excelCellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  }
  if ('hyperlink' in value) return excelCellText((value as { text?: ExcelJS.CellValue }).text ?? '');
  if ('error' in value) return String(value.error);
  return String(value);
}

/** Header cells compared loosely: spaces and a leading required-mark (*) do not matter. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/[\s\u3000]/g, '')
    .replace(/^[*＊]/, '');
}

/**
 * Reads the first worksheet whose row 1 has `requiredHeader` (the template's second sheet is the
 * instructions), streaming, so a 100,000-row workbook is not held as cell objects.
 */
export async function readXlsxFile(file: Buffer, requiredHeader: string): Promise<ImportTable> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let sheetCount = 0;
  try {
    for await (const worksheet of reader) {
      sheetCount++;
      const records: string[][] = [];
      let isDataSheet: boolean | null = null;
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        for (let column = 1; column < values.length; column++) cells.push(excelCellText(values[column]));
        if (isDataSheet === null) {
          isDataSheet = row.number === 1 && cells.some((cell) => normalizeHeader(cell) === requiredHeader);
        }
        // The rest of another sheet is read through, not collected: the stream goes on in order.
        if (!isDataSheet) continue;
        // Rows missing from the file are blank rows: keep the numbering of the spreadsheet.
        while (records.length < row.number - 1) records.push([]);
        records.push(cells);
      }
      if (isDataSheet) return toTable(records, 'xlsx', null);
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(
      '文件不是有效的 Excel 工作簿（.xlsx），或已损坏；请用 Excel 打开后重新保存再导入',
    );
  }
  throw new ImportFileError(
    sheetCount === 0
      ? '文件不是有效的 Excel 工作簿（.xlsx），或已损坏；请用 Excel 打开后重新保存再导入'
      : `工作簿中没有第 1 行含“${requiredHeader}”的工作表；请使用导入模板，表头放在第 1 行`,
  );
}

export async function readImportFile(file: Buffer, requiredHeader: string): Promise<ImportTable> {
  if (file.length === 0) throw new ImportFileError('文件是空的');
  return detectImportFileKind(file) === 'xlsx' ? readXlsxFile(file, requiredHeader) : readCsvFile(file);
}
