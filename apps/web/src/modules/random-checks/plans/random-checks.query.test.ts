import { randomCheckPlanListQuerySchema as schema } from '@qingshan/domain';
import { describe, expect, it } from 'vitest';
import { parseListQuery, serializeListQuery } from '../../../components/list/list-query';
import { appendDie, quarterBounds, quarterOfDate, shortenDigest } from './random-checks.query';

describe('plan list filters in the URL (randomCheckPlanListQuerySchema)', () => {
  it('reads what the API accepts and drops the rest', () => {
    const filters = parseListQuery(
      schema,
      new URLSearchParams('year=2026&kind=yearly&status=bogus&page=2&pageSize=7&q=  南昌 '),
    );
    expect(filters).toEqual({
      page: 2,
      pageSize: 20,
      year: 2026,
      kind: 'yearly',
      q: '南昌',
      sort: '-createdAt',
    });
  });

  it('round-trips, leaving defaults out of the URL', () => {
    const filters = parseListQuery(schema, new URLSearchParams('status=drawn&pageSize=50'));
    expect(serializeListQuery(schema, filters).toString()).toBe('pageSize=50&status=drawn');
    expect(serializeListQuery(schema, { page: 1, pageSize: 20 }).toString()).toBe('');
  });
});

describe('the dice panel and plan dates', () => {
  it('appends one die at a time, space separated', () => {
    expect(appendDie('', 3)).toBe('3');
    expect(appendDie('3 5', 6)).toBe('3 5 6');
    expect(appendDie('3 5  ', 1)).toBe('3 5 1');
  });

  it('knows the quarters', () => {
    expect(quarterBounds(2026, 4)).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(quarterBounds(2028, 1)).toEqual({ start: '2028-01-01', end: '2028-03-31' });
    expect(quarterOfDate('2026-11-25')).toBe(4);
    expect(quarterOfDate('2026-03-31')).toBe(1);
  });

  it('shortens digests for table cells', () => {
    expect(shortenDigest('a'.repeat(64))).toBe(`${'a'.repeat(8)}…${'a'.repeat(8)}`);
    expect(shortenDigest('short')).toBe('short');
  });
});
