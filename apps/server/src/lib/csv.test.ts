import { describe, expect, it } from 'vitest';
import { csvField, csvLine, readCsvCell, writeCsv } from './csv';

describe('the shared CSV writer', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])('writes %j with a text prefix', (value) => {
    expect(csvField(value).replace(/^"/, '')).toMatch(/^'/);
  });

  it('leaves ordinary text, empty cells and inner formula characters alone', () => {
    expect(csvLine(['南昌县宏图化工', '', 'a=b', '1-2'])).toBe('南昌县宏图化工,,a=b,1-2\r\n');
  });

  it('quotes after guarding, so a formula with commas and quotes is one text cell', () => {
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
  });

  it('reads back what it wrote: the guard is removed on import, an ordinary apostrophe kept', () => {
    for (const value of ['=1+1', '@x', "'quoted'", '-']) expect(readCsvCell(csvField(value))).toBe(value);
    expect(writeCsv([['=1']]).toString('utf8')).toBe("\uFEFF'=1\r\n");
  });
});
