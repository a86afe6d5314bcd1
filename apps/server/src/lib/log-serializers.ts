/**
 * What the server writes to its log about an error and a request. Logs travel further than the
 * database (files, collectors, support tickets), so they carry no personal data: a failed query
 * is logged by its SQLSTATE and a short description of the statement, never with the SQL text
 * and its parameters (drizzle's DrizzleQueryError message and `params`) or the database's
 * `detail` / `where` (which quote the offending row).
 */

interface DatabaseFault {
  code?: unknown;
  severity?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  routine?: unknown;
}

/** Names of the SQLSTATEs seen in practice; the code itself is always logged. */
const sqlStateNames: Record<string, string> = {
  '22001': 'string_data_right_truncation',
  '22003': 'numeric_value_out_of_range',
  '22007': 'invalid_datetime_format',
  '22008': 'datetime_field_overflow',
  '22021': 'character_not_in_repertoire',
  '22P02': 'invalid_text_representation',
  '23502': 'not_null_violation',
  '23503': 'foreign_key_violation',
  '23505': 'unique_violation',
  '23514': 'check_violation',
  '40001': 'serialization_failure',
  '40P01': 'deadlock_detected',
  '54000': 'program_limit_exceeded',
  '57014': 'query_canceled',
  P0001: 'raise_exception',
};

function causesOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 5) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function isSqlState(code: unknown): code is string {
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

/** `insert audit_log`, `select entities`: the verb and the first table, from SQL with placeholders. */
export function describeStatement(query: string): string {
  const verb = /^\s*\(?\s*(\w+)/.exec(query)?.[1]?.toLowerCase() ?? 'query';
  const table = /\b(?:from|into|update|join)\s+"?([\w.]+)"?/i.exec(query)?.[1];
  return table ? `${verb} ${table}` : verb;
}

/** Stack frames without the message, which for a failed query holds the SQL and its values. */
function framesOf(error: Error): string {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 128 ? value : undefined;
}

/** The shape pino expects of a serialised error. */
export interface SerializedError {
  type: string;
  message: string;
  stack: string;
  [key: string]: unknown;
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'not an Error', stack: '' };
  const chain = causesOf(error);
  const query = chain.find(
    (link): link is { query: string } => typeof (link as { query?: unknown }).query === 'string',
  )?.query;
  const fault = chain.find((link) => isSqlState((link as DatabaseFault).code)) as DatabaseFault | undefined;
  if (query !== undefined || fault) {
    const code = fault?.code as string | undefined;
    return {
      type: error.name,
      message: 'database query failed',
      ...(query !== undefined ? { statement: describeStatement(query) } : {}),
      ...(code ? { code, condition: sqlStateNames[code] } : {}),
      severity: stringOrUndefined(fault?.severity),
      constraint: stringOrUndefined(fault?.constraint),
      table: stringOrUndefined(fault?.table),
      column: stringOrUndefined(fault?.column),
      routine: stringOrUndefined(fault?.routine),
      stack: framesOf(error),
    };
  }
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    stack: error.stack ?? '',
    ...(error.cause ? { cause: serializeError(error.cause) } : {}),
  };
}

interface LoggedRequest {
  method?: string;
  url?: string;
  routeOptions?: { url?: string };
  ip?: string;
}

/** The request without its query string, where searches carry names and phone numbers. */
export function serializeRequest(request: LoggedRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: request.url?.split('?')[0],
    route: request.routeOptions?.url,
    remoteAddress: request.ip,
  };
}

export const logSerializers = { err: serializeError, error: serializeError, req: serializeRequest };
