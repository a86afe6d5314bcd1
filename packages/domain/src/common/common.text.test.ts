import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findTextViolation, multilineText } from './common.text';

const schema = z
  .object({
    name: z.string().trim().max(50),
    remarks: multilineText(z.string().trim().max(500)).nullable().default(null),
    items: z.array(z.object({ note: multilineText(z.string()).optional(), code: z.string() })),
    either: z.union([z.number(), multilineText(z.string())]).optional(),
  })
  .strict();

describe('findTextViolation (the text rule of every request)', () => {
  it('accepts ordinary text, and tab and line breaks only in multi-line fields', () => {
    expect(
      findTextViolation(schema, {
        name: '南昌县生态环境局',
        remarks: '第一行\n\t第二行\r\n',
        items: [{ note: '甲\n乙', code: 'A1' }],
        either: '一\n二',
      }),
    ).toBeNull();
    expect(findTextViolation(schema, { name: '南昌\n县' })).toEqual({
      field: 'name',
      message: expect.stringContaining('换行'),
    });
    expect(findTextViolation(schema, { items: [{ code: 'A\t1' }] })?.field).toBe('items.0.code');
  });

  it('refuses NUL, lone surrogates and other control characters in every field, keys included', () => {
    expect(findTextViolation(schema, { remarks: 'a\u0000' })).toEqual({
      field: 'remarks',
      message: expect.stringContaining('NUL'),
    });
    expect(findTextViolation(schema, { items: [{ note: '\ud800' }] })).toEqual({
      field: 'items.0.note',
      message: expect.stringContaining('Unicode'),
    });
    expect(findTextViolation(schema, { remarks: '\u001b[31m' })?.field).toBe('remarks');
    expect(findTextViolation(schema, { remarks: '\u0085' })?.field).toBe('remarks');
    expect(findTextViolation(schema, { 'x\u0000': 1 })?.message).toContain('字段名');
    // Without a schema (a route that declares none) everything is single-line.
    expect(findTextViolation(undefined, { anything: ['ok', 'a\nb'] })?.field).toBe('anything.1');
    expect(findTextViolation(undefined, '\udfff')?.field).toBe('');
  });
});
