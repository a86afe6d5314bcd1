import { equipmentListQuerySchema as schema } from '@qingshan/domain';
import { describe, expect, it } from 'vitest';
import { parseListQuery, serializeListQuery, toExportQuery } from '../../components/list/list-query';
import { equipmentApiQuery, equipmentUrlExtras } from './equipment.query';

describe('equipment page filters in the URL (equipmentListQuerySchema)', () => {
  it('round-trips every filter and leaves defaults out', () => {
    const search = new URLSearchParams(
      'q=DSJ&agencyId=5f0d7a0c-2b1e-5c3a-9d4e-0a1b2c3d4e5f&includeSubordinates=false&category=drone&status=maintenance&sort=-acquiredOn&page=3&pageSize=50',
    );
    const filters = parseListQuery(schema, search);
    expect(filters).toMatchObject({
      category: 'drone',
      includeSubordinates: false,
      sort: '-acquiredOn',
      page: 3,
    });
    expect(parseListQuery(schema, serializeListQuery(schema, filters))).toEqual(filters);
    expect(serializeListQuery(schema, parseListQuery(schema, new URLSearchParams())).toString()).toBe('');
  });

  it('drops values the API would refuse, key by key', () => {
    const parsed = parseListQuery(
      schema,
      new URLSearchParams('category=tank&status=lost&sort=price&agencyId=1&pageSize=7&page=0&q=车'),
    );
    expect(parsed).toEqual({ page: 1, pageSize: 20, sort: 'assetNumber', q: '车' });
    expect(parseListQuery(equipmentUrlExtras, new URLSearchParams('tab=x'))).toEqual({});
    expect(parseListQuery(equipmentUrlExtras, new URLSearchParams('tab=gaps'))).toEqual({ tab: 'gaps' });
  });

  it('counts subordinates with an agency unless told not to, and exports without paging', () => {
    const plain = parseListQuery(schema, new URLSearchParams());
    expect(equipmentApiQuery(plain).includeSubordinates).toBeUndefined();
    const withAgency = parseListQuery(
      schema,
      new URLSearchParams('agencyId=5f0d7a0c-2b1e-5c3a-9d4e-0a1b2c3d4e5f&sort=-name'),
    );
    const exportQuery = equipmentApiQuery(toExportQuery(schema, withAgency));
    expect(exportQuery).toMatchObject({ includeSubordinates: true, sort: '-name' });
    expect(exportQuery.page).toBeUndefined();
    expect(equipmentApiQuery({ ...withAgency, includeSubordinates: false }).includeSubordinates).toBe(false);
  });
});
