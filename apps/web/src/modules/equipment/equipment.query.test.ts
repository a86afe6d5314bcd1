import { describe, expect, it } from 'vitest';
import {
  defaultEquipmentFilters,
  parseEquipmentFilters,
  serializeEquipmentFilters,
  sortFromTable,
  toEquipmentQuery,
} from './equipment.query';

describe('equipment page filters in the URL', () => {
  it('round-trips every filter and leaves defaults out', () => {
    const filters = {
      ...defaultEquipmentFilters,
      tab: 'gaps' as const,
      q: 'DSJ',
      agencyId: '5f0d7a0c-2b1e-5c3a-9d4e-0a1b2c3d4e5f',
      includeSubordinates: false,
      category: 'drone' as const,
      status: 'maintenance' as const,
      sort: '-acquiredOn' as const,
      page: 3,
      pageSize: 50,
    };
    const search = serializeEquipmentFilters(filters);
    expect(parseEquipmentFilters(search)).toEqual(filters);
    expect(serializeEquipmentFilters(defaultEquipmentFilters).toString()).toBe('');
  });

  it('drops values the API would refuse', () => {
    const parsed = parseEquipmentFilters(
      new URLSearchParams('category=tank&status=lost&sort=price&agencyId=1&pageSize=7&page=0&tab=x'),
    );
    expect(parsed).toEqual(defaultEquipmentFilters);
  });

  it('sends subordinates only with an agency, and no paging for the export', () => {
    expect(toEquipmentQuery(defaultEquipmentFilters).includeSubordinates).toBeUndefined();
    const exportQuery = toEquipmentQuery({ ...defaultEquipmentFilters, agencyId: 'a' }, { forExport: true });
    expect(exportQuery).toMatchObject({ agencyId: 'a', includeSubordinates: true });
    expect(exportQuery.page).toBeUndefined();
    expect(sortFromTable('acquiredOn', 'descend')).toBe('-acquiredOn');
    expect(sortFromTable('model', 'ascend')).toBe('assetNumber');
  });
});
