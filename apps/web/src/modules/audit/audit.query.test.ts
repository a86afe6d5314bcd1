import { auditQuerySchema } from '@qingshan/domain';
import { describe, expect, it } from 'vitest';
import {
  defaultsOf,
  parseListQuery,
  serializeListQuery,
  toExportQuery,
} from '../../components/list/list-query';
import { auditUrlExtras, shortenHash } from './audit.query';

const read = (search: URLSearchParams) => ({
  ...parseListQuery(auditUrlExtras, search),
  ...parseListQuery(auditQuerySchema, search),
});

describe('audit filters in the URL (auditQuerySchema and the page’s own extras)', () => {
  it('round-trips the filters and leaves defaults out', () => {
    const filters = {
      ...defaultsOf(auditQuerySchema),
      from: '2026-11-01',
      to: '2026-11-21',
      action: 'users.roles_set',
      actor: '孙',
      targetType: 'user',
      targetId: 'aa73da63',
      agencyId: '43966481-6dd5-518b-9472-17cf77139b78',
      agencyName: '江西省生态环境厅',
      highlight: 42,
      page: 2,
    };
    const search = serializeListQuery(auditQuerySchema, filters);
    serializeListQuery(auditUrlExtras, filters, search);
    expect(read(search)).toEqual(filters);
    expect(serializeListQuery(auditQuerySchema, defaultsOf(auditQuerySchema)).toString()).toBe('');
  });

  it('drops malformed dates, agencies and pages', () => {
    expect(read(new URLSearchParams('from=2026-1-1&agencyId=x&page=0&highlight=-3'))).toEqual(
      defaultsOf(auditQuerySchema),
    );
  });

  it('sends no paging and no display-only fields to the export', () => {
    const query = toExportQuery(auditQuerySchema, { page: 1, pageSize: 20, agencyName: 'x', highlight: 3 });
    expect(query).not.toHaveProperty('page');
    expect(query).not.toHaveProperty('agencyName');
    expect(query).not.toHaveProperty('highlight');
  });
});

describe('shortenHash', () => {
  it('keeps the head and the tail of a SHA-256', () => {
    expect(shortenHash('4051f4ad60d15ff6c9574c799f22456bfb10ddf8167e213f2b790235ae50e361')).toBe(
      '4051f4ad60d1…ae50e361',
    );
    expect(shortenHash('short')).toBe('short');
  });
});
