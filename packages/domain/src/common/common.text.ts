import type { z } from 'zod';

/**
 * The one rule for text that comes in: every string of every request (path, query, body, and
 * object keys) must be well-formed Unicode and free of control characters. A lone UTF-16
 * surrogate cannot be stored (the database would keep U+FFFD instead, so what was hashed into
 * the audit chain would differ from what is read back), and PostgreSQL refuses NUL outright.
 * Tab and line breaks are allowed only in fields declared with `multilineText()`.
 */

const multilineSchemas = new WeakSet<object>();

/**
 * Marks a string field as multi-line (remarks, observations, descriptions): it may hold tab,
 * line feed and carriage return. Wrap the string schema itself, before `.nullable()` or
 * `.optional()`: `multilineText(z.string().trim().max(500)).nullable()`.
 */
export function multilineText<T extends z.ZodType>(schema: T): T {
  multilineSchemas.add(schema);
  return schema;
}

export interface TextViolation {
  /** The field as a dotted path (`items.0.note`); empty for the whole value. */
  field: string;
  message: string;
}

/** C0 controls, DEL and C1 controls; a multi-line field may hold tab, line feed and carriage return. */
function hasControlCharacter(text: string, isMultiline: boolean): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x20 && (code < 0x7f || code > 0x9f)) continue;
    if (isMultiline && (code === 0x09 || code === 0x0a || code === 0x0d)) continue;
    return true;
  }
  return false;
}

/** Why a text is refused, or null when it is acceptable. */
export function describeTextProblem(text: string, isMultiline: boolean): string | null {
  if (!text.isWellFormed()) return '含有无法识别的字符（不是有效的 Unicode 文本），请重新输入';
  if (text.includes('\u0000')) return '含有空字符（NUL），请删除后重试';
  if (hasControlCharacter(text, isMultiline)) {
    return isMultiline ? '含有不可见的控制字符，请删除后重试' : '不能包含换行、制表符或其他控制字符';
  }
  return null;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
};

function defOf(schema: z.ZodType | undefined): Def | null {
  return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def ?? null;
}

const wrapperTypes = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'catch',
  'readonly',
  'nonoptional',
  'success',
]);

/**
 * The first string in `value` that breaks the rule, walking `schema` beside it to learn which
 * fields are multi-line. Without a schema (or where the schema does not say) text is single-line.
 */
export function findTextViolation(schema: z.ZodType | undefined, value: unknown): TextViolation | null {
  return walk(schema, value, [], false);
}

function walk(
  schema: z.ZodType | undefined,
  value: unknown,
  path: (string | number)[],
  isMultiline: boolean,
): TextViolation | null {
  let current = schema;
  let multiline = isMultiline;
  // Peel wrappers; a mark on any layer makes the field multi-line.
  for (let depth = 0; depth < 20; depth += 1) {
    if (current && multilineSchemas.has(current)) multiline = true;
    const def = defOf(current);
    if (!def) break;
    if (wrapperTypes.has(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else if (def.type === 'lazy') current = def.getter?.();
    else break;
  }
  const def = defOf(current);

  if (def?.type === 'union' && def.options?.length) {
    // Acceptable when any branch accepts it; otherwise report what the first branch says.
    let first: TextViolation | null = null;
    for (const option of def.options) {
      const violation = walk(option, value, path, multiline);
      if (!violation) return null;
      first ??= violation;
    }
    return first;
  }
  if (typeof value === 'string') {
    const problem = describeTextProblem(value, multiline);
    return problem ? { field: path.join('.'), message: problem } : null;
  }
  if (def?.type === 'intersection') {
    return walk(def.left, value, path, multiline) ?? walk(def.right, value, path, multiline);
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const itemSchema =
        def?.type === 'array'
          ? def.element
          : def?.type === 'tuple'
            ? (def.items?.[index] ?? def.rest ?? undefined)
            : undefined;
      const violation = walk(itemSchema, item, [...path, index], false);
      if (violation) return violation;
    }
    return null;
  }
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = describeTextProblem(key, false);
      if (keyProblem) return { field: path.join('.'), message: `字段名${keyProblem}` };
      const itemSchema =
        def?.type === 'object'
          ? (def.shape?.[key] ?? def.catchall)
          : def?.type === 'record'
            ? def.valueType
            : undefined;
      const violation = walk(itemSchema, item, [...path, key], false);
      if (violation) return violation;
    }
  }
  return null;
}
