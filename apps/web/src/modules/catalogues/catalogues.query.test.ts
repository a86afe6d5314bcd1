import { catalogueListQuerySchema as schema } from '@qingshan/domain';
import { describe, expect, it } from 'vitest';
import { parseListQuery, serializeListQuery, toApiQuery } from '../../components/list/list-query';
import { catalogueApiQuery, catalogueUrlExtras } from './catalogues.query';

function listOf(search: string) {
  const params = new URLSearchParams(search);
  const query = { ...parseListQuery(catalogueUrlExtras, params), ...parseListQuery(schema, params) };
  return { query, api: catalogueApiQuery(toApiQuery(schema, query), query) };
}

describe('catalogue list filters in the URL (catalogueListQuerySchema)', () => {
  it('reads valid filters from the URL and drops what the API would refuse', () => {
    const { query } = listOf(
      'kind=no_penalty_list&status=nonsense&year=1800&q=%E5%8C%85%E5%AE%B9&page=2&pageSize=7',
    );
    expect(query).toEqual({ page: 2, pageSize: 20, kind: 'no_penalty_list', q: '包容', sort: 'kind' });
    expect(serializeListQuery(schema, query).toString()).toBe(
      'page=2&kind=no_penalty_list&q=%E5%8C%85%E5%AE%B9',
    );
  });

  it('hides superseded versions unless history or the superseded status is asked for', () => {
    expect(listOf('').api.isCurrentOnly).toBe(true);
    expect(listOf('history=true').query.history).toBe(true);
    expect(listOf('history=true').api.isCurrentOnly).toBeUndefined();
    expect(listOf('status=superseded').api.isCurrentOnly).toBeUndefined();
    // The URL cannot override it: the switch is the history checkbox.
    expect(listOf('isCurrentOnly=false').api.isCurrentOnly).toBe(true);
  });
});
