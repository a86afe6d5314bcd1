import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../lib/csv';
import {
  decodeTextFile,
  detectImportFileKind,
  ImportFileError,
  parseCsv,
  readCsvFile,
  readImportFile,
} from './entity-import.files';

describe('reading import files', () => {
  it('parses quoted fields with delimiters, doubled quotes and line breaks, and every line ending', () => {
    const text = 'a,b,c\r\n"1,5","say ""hi""","two\nlines"\n3,,\r4\r\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1,5', 'say "hi"', 'two\nlines'],
      ['3', '', ''],
      ['4'],
    ]);
  });

  it('keeps blank lines as empty records, so row numbers stay those of the spreadsheet', () => {
    const table = readCsvFile(Buffer.from('h1,h2\r\nx,y\r\n\r\nz,w\r\n'));
    expect(table.rows.map((row) => [row.rowNumber, row.cells])).toEqual([
      [2, ['x', 'y']],
      [3, ['']],
      [4, ['z', 'w']],
    ]);
  });

  it('reads tab-separated text (Excel "Unicode text") and keeps text after a closing quote', () => {
    expect(parseCsv('统一社会信用代码\t单位名称\r\nA\t"乙"公司\r\n')).toEqual([
      ['统一社会信用代码', '单位名称'],
      ['A', '乙公司'],
    ]);
  });

  it('names the row of a quote left open', () => {
    expect(() => parseCsv('a,b\r\nx,"open\r\ny,z\r\n')).toThrow(ImportFileError);
    try {
      parseCsv('a,b\r\nx,"open\r\ny,z\r\n');
    } catch (error) {
      expect((error as ImportFileError).row).toBe(2);
    }
  });

  it('decodes UTF-8 with or without BOM, UTF-16 with BOM, and falls back to GB18030', () => {
    expect(decodeTextFile(Buffer.from('\uFEFF南昌', 'utf8'))).toEqual({
      text: '南昌',
      encoding: 'UTF-8（带 BOM）',
    });
    expect(decodeTextFile(Buffer.from('南昌', 'utf8'))).toEqual({ text: '南昌', encoding: 'UTF-8' });
    expect(decodeTextFile(Buffer.from([0xff, 0xfe, 0x57, 0x53, 0x0c, 0x66]))).toEqual({
      text: '南昌',
      encoding: 'UTF-16LE',
    });
    // 南昌县 in GBK.
    expect(decodeTextFile(Buffer.from([0xc4, 0xcf, 0xb2, 0xfd, 0xcf, 0xd8]))).toEqual({
      text: '南昌县',
      encoding: 'GB18030',
    });
  });

  it('tells .xlsx, .xls and text apart by content, not by name', () => {
    expect(detectImportFileKind(Buffer.from('PK\u0003\u0004rest'))).toBe('xlsx');
    expect(detectImportFileKind(Buffer.from('统一社会信用代码,单位名称'))).toBe('csv');
    expect(() =>
      detectImportFileKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
    ).toThrow(/\.xls/);
  });

  it('reads the worksheet that has the header, after an instructions sheet, with Excel cell types as text', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['请在下一张表填写']);
    const sheet = workbook.addWorksheet('数据');
    sheet.addRow(['统一社会信用代码', '行政区划代码', '许可证有效期至', '已安装自动监控', '单位名称']);
    sheet.addRow([
      '91360121MA35XXXX0X',
      360121100,
      new Date(Date.UTC(2028, 5, 30)),
      true,
      { richText: [{ text: '南昌' }, { text: '化工' }] },
    ]);
    sheet.getRow(4).getCell(1).value = '91360121MA35YYYY0Y';
    const table = await readImportFile(Buffer.from(await workbook.xlsx.writeBuffer()), '统一社会信用代码');
    expect(table.format).toBe('xlsx');
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['91360121MA35XXXX0X', '360121100', '2028-06-30', '是', '南昌化工'] },
      { rowNumber: 3, cells: [] },
      { rowNumber: 4, cells: ['91360121MA35YYYY0Y'] },
    ]);
  });

  it('writes CSV that reads back the same, with a BOM for Excel', () => {
    const records = [
      ['名称', '地址'],
      ['甲,乙', '第 "1" 号\r\n二楼'],
    ];
    const file = writeCsv(records);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(decodeTextFile(file).text)).toEqual(records);
  });
});
