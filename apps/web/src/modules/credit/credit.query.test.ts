import { describe, expect, it } from 'vitest';
import { parseListQuery, serializeListQuery, toExportQuery } from '../../components/list/list-query';
import { tabSchemas } from './credit.query';

// Every tab's query has the same loose shape on the page (CreditFilters).
const read = (tab: keyof typeof tabSchemas, search: string): Record<string, unknown> =>
  parseListQuery(tabSchemas[tab], new URLSearchParams(search));

describe('credit tab filters in the URL (each tab’s own list-query schema)', () => {
  it('gives each tab its own default sort', () => {
    expect(read('cards', '')).toEqual({ page: 1, pageSize: 20, sort: '-issuedOn' });
    expect(read('commitments', '').sort).toBe('entityName');
    expect(read('points', '').sort).toBe('-occurredOn');
  });

  it('keeps only filters the tab’s API accepts', () => {
    const cards = read('cards', 'color=red&status=overdue&level=good&year=2025');
    expect(cards).toMatchObject({ color: 'red', status: 'overdue' });
    expect(cards).not.toHaveProperty('level');
    expect(cards).not.toHaveProperty('year');
    expect(read('blacklist', 'status=overdue')).not.toHaveProperty('status');
    expect(read('blacklist', 'status=removed').status).toBe('removed');
    expect(read('commitments', 'status=missing&year=2026')).toMatchObject({ status: 'missing', year: 2026 });
  });

  it('drops values the API would refuse', () => {
    expect(read('cards', 'page=0&pageSize=7&sort=-password&agencyId=abc&color=green')).toEqual({
      page: 1,
      pageSize: 20,
      sort: '-issuedOn',
    });
    expect(read('evaluations', 'year=1999')).not.toHaveProperty('year');
  });

  it('round-trips through the URL, leaving defaults out, and exports without paging', () => {
    const query = read('evaluations', 'level=warning&year=2025&q=化工&sort=entityName&page=3&pageSize=50');
    const search = serializeListQuery(tabSchemas.evaluations, query as never);
    expect(read('evaluations', search.toString())).toEqual(query);
    expect(serializeListQuery(tabSchemas.points, read('points', '') as never).toString()).toBe('');
    expect(toExportQuery(tabSchemas.cards, read('cards', 'color=yellow'))).toEqual({
      color: 'yellow',
      sort: '-issuedOn',
    });
  });
});
