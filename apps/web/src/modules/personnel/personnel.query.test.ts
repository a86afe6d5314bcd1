import { officerListQuerySchema } from '@qingshan/domain';
import { describe, expect, it } from 'vitest';
import { parseListQuery, toApiQuery } from '../../components/list/list-query';
import { officerApiQuery } from './personnel.query';

const agencyId = 'c2fec2fc-ed5e-5e09-bed6-305a8d1237c8';

describe('officer list query', () => {
  it('counts an agency’s subordinates unless the URL says not to', () => {
    const read = (search: string) =>
      officerApiQuery(
        toApiQuery(
          officerListQuerySchema,
          parseListQuery(officerListQuerySchema, new URLSearchParams(search)),
        ),
      );
    expect(read(`agencyId=${agencyId}`).includeSubordinates).toBe(true);
    expect(read(`agencyId=${agencyId}&includeSubordinates=false`).includeSubordinates).toBe(false);
    expect(read('includeSubordinates=true')).not.toHaveProperty('agencyId');
    expect(read('')).not.toHaveProperty('includeSubordinates');
  });

  it('reads the backbone filter as the API names it', () => {
    const query = parseListQuery(
      officerListQuerySchema,
      new URLSearchParams('isBackbone=true&backbonePool=city'),
    );
    expect(query).toMatchObject({ isBackbone: true, backbonePool: 'city' });
  });
});
