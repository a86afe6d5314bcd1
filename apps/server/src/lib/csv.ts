/**
 * The one CSV writer of every export. Excel, WPS and LibreOffice evaluate a cell that starts with
 * = + - @ (or a tab / carriage return before one) as a formula, so user text such as an entity
 * named `=HYPERLINK(…)` could run in the reader's spreadsheet (OWASP "CSV injection"). Such cells
 * are written with a leading apostrophe, which spreadsheets show as text and do not display; the
 * importer removes it again (`readCsvCell`), so an export still imports back unchanged.
 */

const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r']);

/** The apostrophe spreadsheets treat as "this cell is text". */
const textPrefix = "'";

function startsAsFormula(value: string): boolean {
  return value.length > 0 && formulaTriggers.has(value[0]!);
}

/** One field: formula-like text neutralised, then quoted when it must be (RFC 4180). */
export function csvField(value: string): string {
  const text = startsAsFormula(value) ? `${textPrefix}${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF line end. */
export function csvLine(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The UTF-8 byte-order mark that makes Excel in Chinese read the file as UTF-8. */
export const csvByteOrderMark = '\uFEFF';

/** A whole CSV file: BOM, CRLF records. */
export function writeCsv(records: readonly (readonly string[])[]): Buffer {
  return Buffer.from(`${csvByteOrderMark}${records.map(csvLine).join('')}`, 'utf8');
}

/** Undoes `csvField`'s guard on import: `'=x` read from a CSV is the text `=x` that was exported. */
export function readCsvCell(value: string): string {
  return value.startsWith(textPrefix) && startsAsFormula(value.slice(1)) ? value.slice(1) : value;
}
