import { describe, expect, it } from 'vitest';
import {
  parsePublicationFilters,
  parseReportFilters,
  serializePublicationFilters,
  serializeReportFilters,
} from './reports.query';

const today = '2026-11-20';

describe('tables page filters in the URL', () => {
  it('defaults to last month’s table (the one due by the 5th) and this year', () => {
    expect(parseReportFilters(new URLSearchParams(), today)).toEqual({
      tab: 'monthly',
      month: '2026-10',
      year: 2026,
    });
    expect(parseReportFilters(new URLSearchParams(), '2027-01-03').month).toBe('2026-12');
  });

  it('keeps a valid past or current month and year, drops future and malformed ones', () => {
    expect(parseReportFilters(new URLSearchParams('month=2026-11'), today).month).toBe('2026-11');
    expect(parseReportFilters(new URLSearchParams('month=2026-12'), today).month).toBe('2026-10');
    expect(parseReportFilters(new URLSearchParams('month=2026-13'), today).month).toBe('2026-10');
    expect(parseReportFilters(new URLSearchParams('tab=yearly&year=2025'), today)).toMatchObject({
      tab: 'yearly',
      year: 2025,
    });
    expect(parseReportFilters(new URLSearchParams('year=2030'), today).year).toBe(2026);
    expect(parseReportFilters(new URLSearchParams('tab=nope&agencyId=x'), today)).toEqual({
      tab: 'monthly',
      month: '2026-10',
      year: 2026,
    });
  });

  it('round-trips, writing only what differs from the defaults', () => {
    const filters = {
      tab: 'coverage' as const,
      month: '2026-10',
      year: 2025,
      agencyId: '0b6a3e52-6f1c-5b7e-9d61-1c2f3a4b5c6d',
    };
    const search = serializeReportFilters(filters, today);
    expect(search.toString()).toBe('tab=coverage&year=2025&agencyId=0b6a3e52-6f1c-5b7e-9d61-1c2f3a4b5c6d');
    expect(parseReportFilters(search, today)).toEqual(filters);
    expect(serializeReportFilters({ tab: 'monthly', month: '2026-10', year: 2026 }, today).toString()).toBe(
      '',
    );
  });
});

describe('publication page filters in the URL', () => {
  it('shows the results still to publish first', () => {
    expect(parsePublicationFilters(new URLSearchParams())).toEqual({
      status: 'unpublished',
      page: 1,
      pageSize: 20,
    });
    expect(parsePublicationFilters(new URLSearchParams('status=all')).status).toBeUndefined();
    expect(
      parsePublicationFilters(new URLSearchParams('status=published&month=2026-09&page=3&pageSize=50')),
    ).toEqual({
      status: 'published',
      month: '2026-09',
      page: 3,
      pageSize: 50,
    });
  });

  it('drops malformed values and round-trips', () => {
    expect(parsePublicationFilters(new URLSearchParams('month=2026-9&page=-1&pageSize=7'))).toEqual({
      status: 'unpublished',
      page: 1,
      pageSize: 20,
    });
    const filters = { status: 'published' as const, month: '2026-09', q: '化工', page: 2, pageSize: 50 };
    expect(parsePublicationFilters(serializePublicationFilters(filters))).toEqual(filters);
    expect(
      parsePublicationFilters(serializePublicationFilters({ page: 1, pageSize: 20 })).status,
    ).toBeUndefined();
  });
});
