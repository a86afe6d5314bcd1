import type { TablePaginationConfig } from 'antd';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { QueryParams } from '../../api/client';
import {
  defaultsOf,
  type ListQuerySchema,
  parseListQuery,
  type SortOrder,
  serializeListQuery,
  sortFromTable,
  tableSortOrder,
  toApiQuery,
  toExportQuery,
} from './list-query';

type Sorter = { field?: unknown; columnKey?: unknown; order?: SortOrder } | unknown[];

export interface ListQueryState<Q> {
  /** The filters, sort and page read from the URL. */
  query: Q;
  /** Changes filters; back to page 1 unless `keepPage` (a filter change makes the old page meaningless). */
  update: (changes: Partial<Q>, options?: { keepPage?: boolean }) => void;
  /** Clears every filter; the page size and the `keep` keys stay. */
  reset: () => void;
  /** Replaces every filter with `next` (the page size stays unless given). */
  replace: (next: Partial<Q>) => void;
  /** What GET <list> takes: the schema's keys only. */
  apiQuery: QueryParams;
  /** What GET <list>/export.xlsx takes: the same without paging. */
  exportQuery: QueryParams;
  /** antd Table onChange: paging, page size and sort into the URL. */
  onTableChange: (pagination: TablePaginationConfig, filters: unknown, sorter: Sorter) => void;
  /** A column's `sortOrder` from the current sort. */
  sortOrder: (field: string) => SortOrder;
}

/**
 * The URL state of a list page. `schema` is the domain's list-query schema (what the server
 * validates); `extra` holds web-only keys kept in the URL but not sent (a tab, a name shown
 * beside an id filter); `keep` names extra keys that survive a reset.
 */
export function useListQuery<S extends ListQuerySchema>(schema: S): ListQueryState<z.output<S>>;
export function useListQuery<S extends ListQuerySchema, E extends ListQuerySchema>(
  schema: S,
  options: { extra: E; keep?: (keyof z.output<E> & string)[] },
): ListQueryState<z.output<S> & Partial<z.output<E>>>;
export function useListQuery<S extends ListQuerySchema, E extends ListQuerySchema>(
  schema: S,
  options: { extra?: E; keep?: string[] } = {},
): ListQueryState<z.output<S> & Partial<z.output<E>>> {
  type Q = z.output<S> & Partial<z.output<E>>;
  const [searchParams, setSearchParams] = useSearchParams();
  const { extra, keep = [] } = options;
  const query = {
    ...(extra ? parseListQuery(extra, searchParams) : {}),
    ...parseListQuery(schema, searchParams),
  } as Q;

  const write = (next: Partial<Q>) => {
    const search = serializeListQuery(schema, next as Partial<z.output<S>>);
    if (extra) serializeListQuery(extra, next as object, search);
    setSearchParams(search);
  };

  const update: ListQueryState<Q>['update'] = (changes, { keepPage = false } = {}) =>
    write({ ...query, ...changes, ...(keepPage ? {} : { page: 1 }) });

  const current = query as { page?: number; pageSize?: number; sort?: unknown };
  const replace = (next: Partial<Q>) =>
    write({ ...defaultsOf(schema), pageSize: current.pageSize, ...next } as Partial<Q>);

  const reset = () =>
    replace(
      Object.fromEntries(keep.map((key) => [key, (query as Record<string, unknown>)[key]])) as Partial<Q>,
    );

  const onTableChange: ListQueryState<Q>['onTableChange'] = (pagination, _filters, sorter) => {
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as
      | { field?: unknown; columnKey?: unknown; order?: SortOrder }
      | undefined;
    const sort =
      'sort' in schema.shape
        ? sortFromTable(schema, single?.columnKey ?? single?.field, single?.order)
        : undefined;
    const pageSize = pagination.pageSize ?? current.pageSize;
    const restart = sort !== current.sort || pageSize !== current.pageSize;
    const changes = {
      ...(sort === undefined ? {} : { sort }),
      pageSize,
      page: restart ? 1 : (pagination.current ?? 1),
    };
    update(changes as unknown as Partial<Q>, { keepPage: true });
  };

  return {
    query,
    update,
    reset,
    replace,
    apiQuery: toApiQuery(schema, query),
    exportQuery: toExportQuery(schema, query),
    onTableChange,
    sortOrder: (field) => tableSortOrder(current.sort, field),
  };
}
