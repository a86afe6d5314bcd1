import type { FieldIssue } from '../api/client';

export interface FormFieldError {
  name: string;
  errors: string[];
}

/**
 * Turns the server's field issues (`field` is a dotted request path such as `coveredRegionCodes.0`)
 * into errors for the form's own fields: the first path segment names the form field, and every
 * message for it is kept. Issues about fields the form does not have are left out (the caller
 * shows the error's message instead).
 */
export function mapIssuesToFields(
  issues: readonly FieldIssue[] | undefined,
  field: string | undefined,
  message: string,
  formFields: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): FormFieldError[] {
  const collected = new Map<string, string[]>();
  const add = (path: string, text: string) => {
    const head = path.split('.')[0] ?? '';
    const name = aliases[head] ?? head;
    if (!formFields.includes(name)) return;
    const list = collected.get(name) ?? [];
    if (!list.includes(text)) list.push(text);
    collected.set(name, list);
  };
  if (issues && issues.length > 0) {
    for (const issue of issues) add(issue.field, issue.message);
  } else if (field) {
    add(field, message);
  }
  return [...collected].map(([name, errors]) => ({ name, errors }));
}

/**
 * The server prefixes validation messages with the request field ("phone：电话号码格式不正确",
 * "year：2027 年还没有……"). People read the message without the JSON name.
 */
export function withoutFieldPrefix(message: string, field: string | undefined): string {
  const prefixed = /^([A-Za-z][\w.]*)[：:]\s*(.+)$/s.exec(message);
  if (!prefixed) return message;
  const [, name, rest] = prefixed;
  return field === undefined || name === field || field.startsWith(`${name}.`) || name?.startsWith(field)
    ? (rest ?? message)
    : message;
}
