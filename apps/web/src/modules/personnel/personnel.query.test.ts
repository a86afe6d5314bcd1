import { describe, expect, it } from 'vitest';
import {
  defaultOfficerFilters,
  parseOfficerFilters,
  serializeOfficerFilters,
  sortFromTable,
  toOfficerQuery,
} from './personnel.query';

describe('officer filters in the URL', () => {
  it('round-trips every filter and leaves defaults out', () => {
    const search = new URLSearchParams(
      'q=万俊&agencyId=0b8e7c52-5b1e-5c4a-9d0e-2f6a1b3c4d5e&includeSubordinates=false&status=on_duty' +
        '&certificateState=expiring&specialty=water&backbone=province&hasLegalQualification=true' +
        '&hasMonitoringCertificate=false&hasAccount=true&secondment=approval_missing&sort=-certificateValidUntil&page=3&pageSize=50',
    );
    const filters = parseOfficerFilters(search);
    expect(filters).toMatchObject({
      q: '万俊',
      includeSubordinates: false,
      status: 'on_duty',
      certificateState: 'expiring',
      specialty: 'water',
      backbone: 'province',
      hasLegalQualification: true,
      hasMonitoringCertificate: false,
      hasAccount: true,
      secondment: 'approval_missing',
      sort: '-certificateValidUntil',
      page: 3,
      pageSize: 50,
    });
    expect(parseOfficerFilters(serializeOfficerFilters(filters))).toEqual(filters);
    expect(serializeOfficerFilters(defaultOfficerFilters).toString()).toBe('');
  });

  it('drops values the API would refuse', () => {
    const filters = parseOfficerFilters(
      new URLSearchParams(
        'status=asleep&certificateState=soon&specialty=cooking&sort=salary&page=-1&pageSize=7&agencyId=x',
      ),
    );
    expect(filters).toEqual(defaultOfficerFilters);
  });

  it('maps the backbone choice and leaves paging out of the export', () => {
    expect(toOfficerQuery({ ...defaultOfficerFilters, backbone: 'any' })).toMatchObject({
      isBackbone: true,
      backbonePool: undefined,
    });
    expect(toOfficerQuery({ ...defaultOfficerFilters, backbone: 'city' })).toMatchObject({
      isBackbone: true,
      backbonePool: 'city',
    });
    const exported = toOfficerQuery(
      { ...defaultOfficerFilters, certificateState: 'expired' },
      { forExport: true },
    );
    expect(exported.page).toBeUndefined();
    expect(exported.certificateState).toBe('expired');
    expect(sortFromTable('name', 'descend')).toBe('-name');
    expect(sortFromTable('phone', 'ascend')).toBe('realNameNumber');
  });
});
