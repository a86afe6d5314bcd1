import { describe, expect, it } from 'vitest';
import {
  countAdvancedFilters,
  defaultEntityFilters,
  parseEntityFilters,
  regionPathTo,
  serializeEntityFilters,
  sortFromTable,
  tableSortOrder,
  toEntityQuery,
} from './entities.query';

describe('entity filters in the URL', () => {
  it('drops values the API would refuse', () => {
    const filters = parseEntityFilters(
      new URLSearchParams(
        'regionCode=36&industryCode=ab&permitClass=big&operatingStatus=gone&isKeyPolluter=maybe&keyPolluterMedium=fire&keyPolluterYear=1999&card=green&creditLevel=best&sort=address&page=0&pageSize=7',
      ),
    );
    expect(filters).toEqual(defaultEntityFilters);
  });

  it('round-trips every filter and leaves defaults out', () => {
    const filters = {
      ...defaultEntityFilters,
      q: '宏达',
      regionCode: '360121001',
      industryCode: '26',
      permitClass: 'key' as const,
      operatingStatus: 'operating' as const,
      isKeyPolluter: true,
      keyPolluterMedium: 'water' as const,
      keyPolluterYear: 2025,
      isSpecialSupervision: false,
      hasAutomaticMonitoring: true,
      isMonitoringNetworked: false,
      isOnPositiveList: true,
      isBlacklisted: false,
      card: 'red' as const,
      creditLevel: 'good' as const,
      sort: '-updatedAt' as const,
      page: 3,
      pageSize: 50,
    };
    const search = serializeEntityFilters(filters);
    expect(parseEntityFilters(search)).toEqual(filters);
    expect(serializeEntityFilters(defaultEntityFilters).toString()).toBe('');
    expect(search.get('isBlacklisted')).toBe('false');
  });

  it('sends the page for the list and not for the export', () => {
    const filters = { ...defaultEntityFilters, q: '化工', isKeyPolluter: true };
    expect(toEntityQuery(filters)).toEqual({
      page: 1,
      pageSize: 20,
      q: '化工',
      isKeyPolluter: true,
      sort: 'name',
    });
    expect(toEntityQuery(filters, { forExport: true })).toEqual({
      q: '化工',
      isKeyPolluter: true,
      sort: 'name',
    });
  });

  it('counts the filters behind "more filters"', () => {
    expect(countAdvancedFilters({ ...defaultEntityFilters, q: 'x', regionCode: '360121' })).toBe(0);
    expect(countAdvancedFilters({ ...defaultEntityFilters, card: 'any', isBlacklisted: false })).toBe(2);
  });

  it('maps the table sorter to the API sort and back', () => {
    expect(sortFromTable('region', 'descend')).toBe('-region');
    expect(sortFromTable('industry', 'ascend')).toBe('name');
    expect(sortFromTable('creditCode', null)).toBe('name');
    expect(tableSortOrder('-updatedAt', 'updatedAt')).toBe('descend');
    expect(tableSortOrder('name', 'creditCode')).toBeNull();
  });
});

describe('regionPathTo', () => {
  it('walks from the jurisdiction root down to the code', () => {
    expect(regionPathTo('360121001', '360000')).toEqual(['360000', '360100', '360121', '360121001']);
    expect(regionPathTo('360121001', '360121')).toEqual(['360121', '360121001']);
    expect(regionPathTo('360100', '360000')).toEqual(['360000', '360100']);
    expect(regionPathTo('360121', '360121')).toEqual(['360121']);
  });
});
