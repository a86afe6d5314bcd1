import type { z } from 'zod';
import type { QueryParams } from '../../api/client';

/**
 * A list page's filters live in the URL, read with the same zod schema the server validates the
 * list's query with (packages/domain contracts). What the server would refuse is dropped key by
 * key, so a stale or hand-edited link opens the list with the rest of its filters instead of an
 * error.
 */
export type ListQuerySchema = z.ZodObject<Record<string, z.ZodType>>;

/** The page sizes the tables offer; a URL asking for another falls back to the default. */
export const listPageSizes = [10, 20, 50, 100] as const;

type Raw = Record<string, string>;

function readRaw(schema: ListQuerySchema, search: URLSearchParams): Raw {
  const raw: Raw = {};
  for (const key of Object.keys(schema.shape)) {
    const value = search.get(key);
    if (value !== null && value.trim() !== '') raw[key] = value;
  }
  return raw;
}

/** Parses, dropping each key the schema refuses until what is left passes. */
function parseDropping<S extends ListQuerySchema>(schema: S, raw: Raw): z.output<S> {
  const remaining = { ...raw };
  for (let attempt = 0; attempt <= Object.keys(raw).length; attempt += 1) {
    const result = schema.safeParse(remaining);
    if (result.success) return withoutEmpty(result.data);
    const refused = result.error.issues.map((issue) => String(issue.path[0] ?? ''));
    const dropped = refused.filter((key) => key in remaining);
    if (dropped.length === 0) break;
    for (const key of dropped) delete remaining[key];
  }
  return defaultsOf(schema);
}

function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined && entry !== ''),
  ) as T;
}

/** The schema's defaults (page 1, 20 a page, the list's own sort). */
export function defaultsOf<S extends ListQuerySchema>(schema: S): z.output<S> {
  const result = schema.safeParse({});
  return (result.success ? withoutEmpty(result.data) : {}) as z.output<S>;
}

export function parseListQuery<S extends ListQuerySchema>(schema: S, search: URLSearchParams): z.output<S> {
  const raw = readRaw(schema, search);
  if ('pageSize' in raw && !(listPageSizes as readonly number[]).includes(Number(raw.pageSize))) {
    delete raw.pageSize;
  }
  return parseDropping(schema, raw);
}

/** Writes a query back to the URL, leaving defaults out so links stay short. */
export function serializeListQuery<S extends ListQuerySchema>(
  schema: S,
  query: Partial<z.output<S>>,
  into: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const defaults = defaultsOf(schema) as Record<string, unknown>;
  for (const key of Object.keys(schema.shape)) {
    const value = (query as Record<string, unknown>)[key];
    if (value === undefined || value === null || value === '' || value === defaults[key]) continue;
    into.set(key, String(value));
  }
  return into;
}

/** The query of the list itself: only the keys the server's schema knows. */
export function toApiQuery(schema: ListQuerySchema, query: object): QueryParams {
  const source = query as Record<string, QueryParams[string]>;
  return Object.fromEntries(
    Object.keys(schema.shape)
      .filter((key) => source[key] !== undefined)
      .map((key) => [key, source[key]]),
  );
}

/** The query of an export: the same filters and sort, every page. */
export function toExportQuery(schema: ListQuerySchema, query: object): QueryParams {
  const { page: _page, pageSize: _pageSize, ...rest } = toApiQuery(schema, query);
  return rest;
}

export type SortOrder = 'ascend' | 'descend' | null;

/** antd Table sorter → the list's `sort` (`field` or `-field`), or the default when the schema refuses it. */
export function sortFromTable(
  schema: ListQuerySchema,
  field: unknown,
  order: SortOrder | undefined,
): unknown {
  const fallback = (defaultsOf(schema) as Record<string, unknown>).sort;
  const sortSchema = schema.shape.sort;
  if (!order || typeof field !== 'string' || !sortSchema) return fallback;
  const candidate = order === 'descend' ? `-${field}` : field;
  return sortSchema.safeParse(candidate).success ? candidate : fallback;
}

/** The column's sort arrow for the current `sort`. */
export function tableSortOrder(sort: unknown, field: string): SortOrder {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}
