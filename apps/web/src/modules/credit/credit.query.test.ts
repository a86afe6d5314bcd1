import { describe, expect, it } from 'vitest';
import {
  parseCreditFilters,
  serializeCreditFilters,
  sortFromTable,
  tableSortOrder,
  toCreditQuery,
} from './credit.query';

describe('credit page filters in the URL', () => {
  it('defaults to the first tab, page 1 of 20, the tab’s own sort', () => {
    expect(parseCreditFilters(new URLSearchParams())).toEqual({
      tab: 'cards',
      page: 1,
      pageSize: 20,
      sort: '-issuedOn',
    });
    expect(parseCreditFilters(new URLSearchParams('tab=commitments')).sort).toBe('entityName');
    expect(parseCreditFilters(new URLSearchParams(), 'points').tab).toBe('points');
  });

  it('keeps only filters the tab’s API accepts', () => {
    const cards = parseCreditFilters(
      new URLSearchParams('tab=cards&color=red&status=overdue&level=good&year=2025'),
    );
    expect(cards).toMatchObject({ color: 'red', status: 'overdue' });
    expect(cards.level).toBeUndefined();
    expect(cards.year).toBeUndefined();
    const lists = parseCreditFilters(new URLSearchParams('tab=blacklist&status=overdue'));
    expect(lists.status).toBeUndefined();
    expect(parseCreditFilters(new URLSearchParams('tab=blacklist&status=removed')).status).toBe('removed');
    const commitments = parseCreditFilters(new URLSearchParams('tab=commitments&status=missing&year=2026'));
    expect(commitments).toMatchObject({ status: 'missing', year: 2026 });
  });

  it('drops values the API would refuse', () => {
    const filters = parseCreditFilters(
      new URLSearchParams('tab=nope&page=0&pageSize=7&sort=-password&agencyId=abc&color=green'),
    );
    expect(filters).toEqual({ tab: 'cards', page: 1, pageSize: 20, sort: '-issuedOn' });
    expect(parseCreditFilters(new URLSearchParams('tab=evaluations&year=1999')).year).toBeUndefined();
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const filters = parseCreditFilters(
      new URLSearchParams(
        'tab=evaluations&level=warning&year=2025&q=化工&sort=entityName&page=3&pageSize=50',
      ),
    );
    const search = serializeCreditFilters(filters);
    expect(search.toString()).toBe(
      'tab=evaluations&q=%E5%8C%96%E5%B7%A5&level=warning&year=2025&sort=entityName&page=3&pageSize=50',
    );
    expect(parseCreditFilters(search)).toEqual(filters);
    expect(serializeCreditFilters(parseCreditFilters(new URLSearchParams('tab=points'))).toString()).toBe(
      'tab=points',
    );
  });

  it('sends paging only for the page, not for the export', () => {
    const filters = parseCreditFilters(new URLSearchParams('tab=cards&color=yellow'));
    expect(toCreditQuery(filters)).toMatchObject({
      page: 1,
      pageSize: 20,
      color: 'yellow',
      sort: '-issuedOn',
    });
    expect(toCreditQuery(filters, { forExport: true })).not.toHaveProperty('page');
  });

  it('maps table sorting to the API within the tab’s fields', () => {
    expect(sortFromTable('cards', 'entityName', 'descend')).toBe('-entityName');
    expect(sortFromTable('cards', 'points', 'ascend')).toBe('-issuedOn');
    expect(sortFromTable('points', 'points', null)).toBe('-occurredOn');
    expect(tableSortOrder('-issuedOn', 'issuedOn')).toBe('descend');
    expect(tableSortOrder('issuedOn', 'liftedOn')).toBeNull();
  });
});
