import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDate } from './test/test-constants';
import { latestAuditId } from './test/test-fixtures';
import { createTestServer, type TestAgent, type TestServer } from './test/test-server';

/**
 * Sends hostile input to every operation the OpenAPI description lists, anonymous and as users
 * with broad permissions: wrong types, NUL, lone surrogates, 100 kB strings, huge numbers,
 * impossible dates and ids that are no UUID, in the path, the query and the body. No answer may
 * be a 5xx, every refusal has the one error shape without echoing the input, and a request that
 * is refused as bad changes nothing. The operations are read from /api/openapi.json, so a new
 * endpoint is fuzzed the day it is added.
 */

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  default?: unknown;
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: any }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const someUuid = '6f1c2b1e-7a55-4c3e-9d1a-0b8f3e2a9c41';
const demoDay = demoDate.slice(0, 10);
const longText = 'x'.repeat(100_000);

/** Hostile values; `raw` ones are already encoded for a URL. */
const textMutations: { name: string; value: unknown; url: string }[] = [
  { name: 'NUL', value: 'a\u0000b', url: 'a%00b' },
  { name: 'lone surrogate', value: '\ud800', url: '%ED%A0%80' },
  { name: 'control character', value: 'a\u0007b', url: 'a%07b' },
  { name: '100 kB string', value: longText, url: longText },
  { name: 'huge number', value: 1e308, url: '1e308' },
  { name: 'huge integer text', value: '99999999999999999999999', url: '99999999999999999999999' },
  { name: 'negative', value: -1, url: '-1' },
  { name: 'impossible date', value: '2026-02-30', url: '2026-02-30' },
  { name: 'not a date', value: '2026-13-45T99:99:99Z', url: '2026-13-45T99%3A99%3A99Z' },
  { name: 'not a uuid', value: 'not-a-uuid', url: 'not-a-uuid' },
  { name: 'bad percent encoding', value: '%E0%A4%A', url: '%E0%A4%A' },
];
const typeMutations: { name: string; value: unknown }[] = [{ name: 'object', value: { nested: 'a\u0000' } }];

function resolve(document: OpenApiDocument, schema: JsonSchema | undefined): JsonSchema {
  if (!schema) return {};
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return resolve(document, document.components?.schemas?.[name]);
  }
  return schema;
}

/** A value the schema probably accepts, so a mutation of one field reaches past the others. */
function sampleOf(document: OpenApiDocument, raw: JsonSchema | undefined, depth = 0): unknown {
  const schema = resolve(document, raw);
  if (depth > 6) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) {
    const notNull = choices.find((choice) => resolve(document, choice).type !== 'null') ?? choices[0];
    return sampleOf(document, notNull, depth + 1);
  }
  if (schema.allOf?.length) {
    return Object.assign({}, ...schema.allOf.map((part) => sampleOf(document, part, depth + 1)));
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return someUuid;
      if (schema.format === 'date') return demoDay;
      if (schema.format === 'date-time') return demoDate;
      return '测试'.padEnd(Math.max(schema.minLength ?? 2, 2), '试');
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(document, schema.items, depth + 1));
    case 'object':
    case undefined: {
      if (!schema.properties) return type === 'object' ? {} : '测试';
      const required = new Set(schema.required ?? []);
      return Object.fromEntries(
        Object.entries(schema.properties)
          .filter(([name]) => required.has(name))
          .map(([name, property]) => [name, sampleOf(document, property, depth + 1)]),
      );
    }
    default:
      return null;
  }
}

interface BodyField {
  path: string[];
  schema: JsonSchema;
}

/** Every property the body schema names, nested objects and array items included. */
function bodyFields(
  document: OpenApiDocument,
  raw: JsonSchema | undefined,
  prefix: string[] = [],
): BodyField[] {
  const schema = resolve(document, raw);
  if (prefix.length > 3) return [];
  const parts = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].map(
    (part) => resolve(document, part),
  );
  const fields: BodyField[] = [];
  for (const part of parts) {
    for (const [name, property] of Object.entries(part.properties ?? {})) {
      const path = [...prefix, name];
      fields.push({ path, schema: resolve(document, property) });
      fields.push(...bodyFields(document, property, path));
      const items = resolve(document, property).items;
      if (items) fields.push(...bodyFields(document, items, [...path, '0']));
    }
  }
  return fields;
}

function typesOf(document: OpenApiDocument, schema: JsonSchema): Set<string> {
  const types = new Set<string>();
  const visit = (part: JsonSchema) => {
    const resolved = resolve(document, part);
    for (const type of [resolved.type ?? []].flat())
      types.add(resolved.format ? `${type}:${resolved.format}` : type);
    for (const choice of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) visit(choice);
  };
  visit(schema);
  return types;
}

const mutation = (name: string) => textMutations.find((candidate) => candidate.name === name)!;

/**
 * What to send in place of a body field: text attacks for text, range attacks for numbers and
 * dates, and for every field a value of the wrong type. (Path and query get every mutation.)
 */
function mutationsForField(document: OpenApiDocument, field: BodyField): { name: string; value: unknown }[] {
  const types = typesOf(document, field.schema);
  const chosen = [{ name: 'wrong type', value: types.has('string') ? 12345 : 'a\u0000b' }, typeMutations[0]!];
  if ([...types].some((type) => type.startsWith('string'))) {
    chosen.push(mutation('NUL'), mutation('lone surrogate'), mutation('100 kB string'));
  }
  if (types.has('string:uuid')) chosen.push(mutation('not a uuid'));
  if (types.has('string:date') || types.has('string:date-time')) {
    chosen.push(mutation('impossible date'), mutation('not a date'));
  }
  if (types.has('integer') || types.has('number')) chosen.push(mutation('huge number'), mutation('negative'));
  if (types.has('array'))
    chosen.push({ name: 'long array', value: Array.from({ length: 10_000 }, () => 'x') });
  return chosen;
}

function withValueAt(base: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(base ?? {}) as Record<string, any>;
  let cursor: Record<string, any> = copy;
  path.slice(0, -1).forEach((key, index) => {
    const next = path[index + 1]!;
    if (cursor[key] === null || typeof cursor[key] !== 'object') cursor[key] = /^\d+$/.test(next) ? [] : {};
    cursor = cursor[key];
  });
  cursor[path[path.length - 1]!] = value;
  return copy;
}

interface FuzzRequest {
  description: string;
  method: string;
  url: string;
  payload?: string;
  contentType?: string;
}

function buildUrl(
  operation: Operation,
  pathValues: Record<string, string>,
  queryValues: Record<string, string>,
): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => pathValues[name] ?? someUuid);
  const query = Object.entries(queryValues)
    .map(([name, value]) => `${encodeURIComponent(name)}=${value}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

function requestsFor(document: OpenApiDocument, operation: Operation): FuzzRequest[] {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const basePath = Object.fromEntries(pathParameters.map((parameter) => [parameter.name, someUuid]));
  const baseQuery = Object.fromEntries(
    queryParameters
      .filter((parameter) => parameter.required)
      .map((parameter) => [parameter.name, encodeURIComponent(String(sampleOf(document, parameter.schema)))]),
  );
  const baseBody = operation.body ? sampleOf(document, operation.body) : undefined;
  const json = (body: unknown) => ({ payload: JSON.stringify(body), contentType: 'application/json' });
  const hasBody = operation.method !== 'GET' && operation.method !== 'DELETE';
  const withBase = hasBody ? json(baseBody ?? {}) : {};
  const requests: FuzzRequest[] = [];
  const add = (description: string, url: string, body: { payload?: string; contentType?: string }) =>
    requests.push({ description, method: operation.method, url, ...body });

  for (const parameter of pathParameters) {
    for (const mutation of [...textMutations, { name: 'over 100 characters', url: 'a'.repeat(150) }]) {
      add(
        `path ${parameter.name}: ${mutation.name}`,
        buildUrl(operation, { ...basePath, [parameter.name]: mutation.url }, baseQuery),
        withBase,
      );
    }
  }
  // `q` is sent to every operation: an unknown query field must be refused, not reach SQL.
  const queryFields = [
    ...queryParameters.map((parameter) => ({ path: [parameter.name], schema: parameter.schema ?? {} })),
    ...(queryParameters.some((parameter) => parameter.name === 'q')
      ? []
      : [{ path: ['q'], schema: { type: 'string' } }]),
  ];
  for (const field of queryFields) {
    const names = new Set(mutationsForField(document, field).map((chosen) => chosen.name));
    names.add('bad percent encoding');
    for (const mutation of textMutations.filter((candidate) => names.has(candidate.name))) {
      add(
        `query ${field.path[0]}: ${mutation.name}`,
        buildUrl(operation, basePath, { ...baseQuery, [field.path[0]!]: mutation.url }),
        withBase,
      );
    }
  }
  const url = buildUrl(operation, basePath, baseQuery);
  if (hasBody) {
    for (const field of bodyFields(document, operation.body ?? undefined)) {
      for (const mutation of mutationsForField(document, field)) {
        add(
          `body ${field.path.join('.')}: ${mutation.name}`,
          url,
          json(withValueAt(baseBody, field.path, mutation.value)),
        );
      }
    }
    add('body: valid sample', url, withBase);
    add('body: an array', url, json(['\u0000']));
    add('body: a string', url, json('\ud800'));
    add('body: an unknown field with NUL', url, json({ ...(baseBody as object), 'x\u0000': 'a\u0000' }));
    add('body: malformed JSON', url, { payload: '{"a": ', contentType: 'application/json' });
    add('body: a lone surrogate escape in a key', url, {
      payload: '{"\\ud800": 1}',
      contentType: 'application/json',
    });
    add('body: wrong content type', url, {
      payload: 'a=b',
      contentType: 'application/x-www-form-urlencoded',
    });
  }
  return requests;
}

function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, definition]) => ({
      method: method.toUpperCase(),
      path,
      parameters: definition.parameters ?? [],
      body: definition.requestBody?.content?.['application/json']?.schema ?? null,
    })),
  );
}

/** Refusals that say the request was bad: none of them may have changed anything. */
const badRequestStatuses = new Set([400, 404, 413, 414, 415]);

describe('every operation of /api/openapi.json, fuzzed', () => {
  let server: TestServer;
  let operations: Operation[];
  let document: OpenApiDocument;
  beforeAll(async () => {
    server = await createTestServer();
    document = (await server.anonymous().get('/api/openapi.json')).body;
    operations = operationsOf(document);
  });
  afterAll(async () => {
    await server.close();
  });

  interface Fuzzer {
    who: string;
    agent: TestAgent;
    relogin?: () => Promise<TestAgent>;
  }

  // A wrong current password is a guess at a credential: it counts towards the lockout and is
  // audited as a security event even when the request is refused (D26), so it may write entries.
  const auditsRefusals = new Set(['POST /api/auth/password']);

  /** Sends every hostile request of one operation; the statuses it got, and problems into `problems`. */
  async function fuzzOperation(
    fuzzer: Fuzzer,
    operation: Operation,
    problems: string[],
  ): Promise<Set<number>> {
    const auditBefore = await latestAuditId(server);
    const statuses = new Set<number>();
    for (const request of requestsFor(document, operation)) {
      const response = await fuzzer.agent.request(
        request.method,
        request.url,
        request.payload,
        request.contentType ? { 'content-type': request.contentType } : {},
      );
      statuses.add(response.status);
      const where = `${fuzzer.who} ${request.method} ${operation.path} ${request.description}`;
      if (response.status >= 500) {
        problems.push(`${where} → ${response.status} ${response.raw.body.slice(0, 200)}`);
      } else if (response.status >= 400) {
        const error = (response.body as { error?: { code?: unknown; message?: unknown } })?.error;
        if (typeof error?.code !== 'string' || typeof error?.message !== 'string') {
          problems.push(
            `${where} → ${response.status} not the error shape: ${response.raw.body.slice(0, 200)}`,
          );
        } else if (response.raw.body.length > 4_000) {
          problems.push(`${where} → ${response.status} echoes the input (${response.raw.body.length} bytes)`);
        }
      }
    }
    if (
      !auditsRefusals.has(`${operation.method} ${operation.path}`) &&
      [...statuses].every((status) => badRequestStatuses.has(status))
    ) {
      const auditAfter = await latestAuditId(server);
      if (auditAfter !== auditBefore) {
        problems.push(
          `${fuzzer.who} ${operation.method} ${operation.path}: refused as bad, yet wrote ${auditAfter - auditBefore} audit entries`,
        );
      }
    }
    if (fuzzer.relogin && (await fuzzer.agent.get('/api/auth/me')).status === 401) {
      fuzzer.agent = await fuzzer.relogin();
    }
    return statuses;
  }

  it('lists the operations it fuzzes', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(operations.map((operation) => `${operation.method} ${operation.path}`)).toContain(
      'GET /api/public/random-checks/results',
    );
  });

  it('answers no anonymous request with a 5xx, and every refusal in the one error shape', async () => {
    const problems: string[] = [];
    const anonymous: Fuzzer = { who: 'anonymous', agent: server.anonymous() };
    for (const operation of operations) await fuzzOperation(anonymous, operation, problems);
    expect(problems).toEqual([]);
  }, 120_000);

  /**
   * Each operation is fuzzed as the first of these users its permission admits (a refusal of
   * every request with 401/403 passes it on to the next): together they hold every permission,
   * and no request is sent twice, which keeps the run short on both databases.
   */
  const broadUsers = ['admin', 'nc.head', 'nc.legal', 'security', 'auditor'];

  it(`answers no request of ${broadUsers.join(', ')} with a 5xx, and a bad request changes nothing`, async () => {
    const problems: string[] = [];
    const fuzzers: Fuzzer[] = [];
    for (const username of broadUsers) {
      const relogin = () => server.as(username);
      fuzzers.push({ who: username, agent: await relogin(), relogin });
    }
    const unreached: string[] = [];
    for (const operation of operations) {
      // Ending the fuzzing session is no bad input; everything else is fair game.
      if (operation.path === '/api/auth/logout') continue;
      let reached = false;
      for (const fuzzer of fuzzers) {
        const statuses = await fuzzOperation(fuzzer, operation, problems);
        reached = [...statuses].some((status) => status !== 401 && status !== 403);
        if (reached) break;
      }
      if (!reached) unreached.push(`${operation.method} ${operation.path}`);
    }
    expect(problems).toEqual([]);
    expect(unreached).toEqual([]);
  }, 120_000);
});
