import { entityListQuerySchema, officerListQuerySchema } from '@qingshan/domain';
import { describe, expect, it } from 'vitest';
import {
  parseListQuery,
  serializeListQuery,
  sortFromTable,
  tableSortOrder,
  toApiQuery,
  toExportQuery,
} from './list-query';

describe('list filters in the URL, read with the domain’s list-query schema', () => {
  it('gives the schema’s defaults for an empty URL', () => {
    expect(parseListQuery(entityListQuerySchema, new URLSearchParams())).toEqual({
      page: 1,
      pageSize: 20,
      sort: 'name',
    });
  });

  it('reads booleans, numbers and enums the way the server does', () => {
    const query = parseListQuery(
      entityListQuerySchema,
      new URLSearchParams('isKeyPolluter=true&keyPolluterYear=2026&permitClass=key&page=3'),
    );
    expect(query).toMatchObject({ isKeyPolluter: true, keyPolluterYear: 2026, permitClass: 'key', page: 3 });
  });

  it('drops only the values the server would refuse, keeping the rest', () => {
    const query = parseListQuery(
      entityListQuerySchema,
      new URLSearchParams('q=化工&regionCode=12&sort=-password&page=0&pageSize=7&card=red&unknown=1'),
    );
    expect(query).toEqual({ q: '化工', card: 'red', page: 1, pageSize: 20, sort: 'name' });
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const search = new URLSearchParams(
      'certificateState=expiring&includeSubordinates=false&sort=-name&page=2',
    );
    const query = parseListQuery(officerListQuerySchema, search);
    const written = serializeListQuery(officerListQuerySchema, query);
    expect(Object.fromEntries(written)).toEqual({
      certificateState: 'expiring',
      includeSubordinates: 'false',
      sort: '-name',
      page: '2',
    });
    expect(parseListQuery(officerListQuerySchema, written)).toEqual(query);
    expect(serializeListQuery(officerListQuerySchema, { page: 1, pageSize: 20 }).toString()).toBe('');
  });

  it('sends only the schema’s keys, and no paging to the export', () => {
    const query = { page: 2, pageSize: 50, sort: 'name', q: 'a', tab: 'cards' };
    expect(toApiQuery(entityListQuerySchema, query)).toEqual({ page: 2, pageSize: 50, sort: 'name', q: 'a' });
    expect(toExportQuery(entityListQuerySchema, query)).toEqual({ sort: 'name', q: 'a' });
  });

  it('maps table sorting to sorts the schema accepts, else the default', () => {
    expect(sortFromTable(entityListQuerySchema, 'creditCode', 'descend')).toBe('-creditCode');
    expect(sortFromTable(entityListQuerySchema, 'industry', 'ascend')).toBe('name');
    expect(sortFromTable(entityListQuerySchema, 'creditCode', null)).toBe('name');
    expect(tableSortOrder('-updatedAt', 'updatedAt')).toBe('descend');
    expect(tableSortOrder('name', 'region')).toBeNull();
  });
});
