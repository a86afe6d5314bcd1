import { describe, expect, it } from 'vitest';
import { parseCatalogueFilters, serializeCatalogueFilters, toCatalogueQuery } from './catalogues.query';

describe('catalogue list filters', () => {
  it('reads valid filters from the URL and drops what the API would refuse', () => {
    const filters = parseCatalogueFilters(
      new URLSearchParams(
        'kind=no_penalty_list&status=nonsense&year=1800&q=%E5%8C%85%E5%AE%B9&page=2&pageSize=7',
      ),
    );
    expect(filters).toEqual({ page: 2, pageSize: 20, kind: 'no_penalty_list', q: '包容', history: false });
    expect(serializeCatalogueFilters(filters).toString()).toBe(
      'kind=no_penalty_list&q=%E5%8C%85%E5%AE%B9&page=2',
    );
  });

  it('hides superseded versions unless history or the superseded status is asked for', () => {
    expect(toCatalogueQuery(parseCatalogueFilters(new URLSearchParams())).isCurrentOnly).toBe(true);
    expect(
      toCatalogueQuery(parseCatalogueFilters(new URLSearchParams('history=true'))).isCurrentOnly,
    ).toBeUndefined();
    expect(
      toCatalogueQuery(parseCatalogueFilters(new URLSearchParams('status=superseded'))).isCurrentOnly,
    ).toBeUndefined();
  });
});
