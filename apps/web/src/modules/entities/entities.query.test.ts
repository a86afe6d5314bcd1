import { entityListQuerySchema } from '@qingshan/domain';
import { describe, expect, it } from 'vitest';
import { defaultsOf, parseListQuery, serializeListQuery } from '../../components/list/list-query';
import { countAdvancedFilters, regionPathTo } from './entities.query';

const defaults = defaultsOf(entityListQuerySchema);

describe('entity filters in the URL (entityListQuerySchema)', () => {
  it('drops values the API would refuse', () => {
    const query = parseListQuery(
      entityListQuerySchema,
      new URLSearchParams(
        'regionCode=36&industryCode=ab&permitClass=big&operatingStatus=gone&isKeyPolluter=maybe&keyPolluterMedium=fire&keyPolluterYear=1999&card=green&creditLevel=best&sort=address&page=0&pageSize=7',
      ),
    );
    expect(query).toEqual(defaults);
  });

  it('round-trips every filter and leaves defaults out', () => {
    const query = {
      ...defaults,
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
    const search = serializeListQuery(entityListQuerySchema, query);
    expect(parseListQuery(entityListQuerySchema, search)).toEqual(query);
    expect(serializeListQuery(entityListQuerySchema, defaults).toString()).toBe('');
    expect(search.get('isBlacklisted')).toBe('false');
  });

  it('counts the filters behind "more filters"', () => {
    expect(countAdvancedFilters({ ...defaults, q: 'x', regionCode: '360121' })).toBe(0);
    expect(countAdvancedFilters({ ...defaults, card: 'any', isBlacklisted: false })).toBe(2);
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
