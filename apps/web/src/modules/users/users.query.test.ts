import { describe, expect, it } from 'vitest';
import {
  defaultUserFilters,
  parseUserFilters,
  serializeUserFilters,
  sortFromTable,
  tableSortOrder,
  toUserQuery,
} from './users.query';

const agencyId = 'c2fec2fc-ed5e-5e09-bed6-305a8d1237c8';

describe('user filters in the URL', () => {
  it('opens a link to an agency with its subordinates', () => {
    const filters = parseUserFilters(new URLSearchParams(`agencyId=${agencyId}&includeSubordinates=true`));
    expect(filters).toEqual({ ...defaultUserFilters, agencyId, includeSubordinates: true });
  });

  it('drops values the API would refuse', () => {
    const filters = parseUserFilters(
      new URLSearchParams(
        'agencyId=abc&role=king&status=gone&page=-1&pageSize=7&sort=password&isLocked=maybe',
      ),
    );
    expect(filters).toEqual(defaultUserFilters);
  });

  it('round-trips every filter and leaves defaults out', () => {
    const filters = {
      ...defaultUserFilters,
      q: '王',
      agencyId,
      includeSubordinates: true,
      role: 'inspector' as const,
      status: 'active' as const,
      isLocked: true,
      sort: '-lastLoginAt' as const,
      page: 3,
      pageSize: 50,
    };
    expect(parseUserFilters(serializeUserFilters(filters))).toEqual(filters);
    expect(serializeUserFilters(defaultUserFilters).toString()).toBe('');
  });

  it('asks the API for subordinates only with an agency, and exports without paging', () => {
    expect(
      toUserQuery({ ...defaultUserFilters, includeSubordinates: true }).includeSubordinates,
    ).toBeUndefined();
    const exportQuery = toUserQuery(
      { ...defaultUserFilters, agencyId, includeSubordinates: true },
      { forExport: true },
    );
    expect(exportQuery).not.toHaveProperty('page');
    expect(exportQuery.includeSubordinates).toBe(true);
  });

  it('maps table sorting to the API and back', () => {
    expect(sortFromTable('lastLoginAt', 'descend')).toBe('-lastLoginAt');
    expect(sortFromTable('displayName', 'ascend')).toBe('displayName');
    expect(sortFromTable('phone', 'ascend')).toBe('username');
    expect(sortFromTable('username', null)).toBe('username');
    expect(tableSortOrder('-createdAt', 'createdAt')).toBe('descend');
    expect(tableSortOrder('username', 'createdAt')).toBeNull();
  });
});
