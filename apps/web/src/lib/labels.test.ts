import { describe, expect, it } from 'vitest';
import { enforcementUnitStyle, isCityDistrict } from './labels';

describe('enforcementUnitStyle', () => {
  it('names units after the province model shown in their names', () => {
    expect(enforcementUnitStyle('南昌市生态环境保护综合执法支队')).toBe('detachment');
    expect(enforcementUnitStyle('南昌县生态环境保护综合执法大队')).toBe('brigade');
    expect(enforcementUnitStyle('南通市海安生态环境综合行政执法局')).toBe('bureau');
    expect(enforcementUnitStyle('南通市海安生态环境综合行政执法一局')).toBe('bureau');
    expect(enforcementUnitStyle('南昌市生态环境局')).toBeNull();
  });
});

describe('isCityDistrict', () => {
  it('tags the bureau of a 市辖区 as 区局 and leaves counties, county-level cities and zones alone', () => {
    expect(isCityDistrict('江西省南昌市青山湖区')).toBe(true);
    expect(isCityDistrict('江西省九江市濂溪区')).toBe(true);
    expect(isCityDistrict('南昌市生态环境局青山湖区分局')).toBe(true);
    expect(isCityDistrict('江西省南昌市南昌县')).toBe(false);
    expect(isCityDistrict('江西省九江市瑞昌市')).toBe(false);
    expect(isCityDistrict('南昌经济技术开发区')).toBe(false);
    expect(isCityDistrict('南昌县生态环境局')).toBe(false);
  });
});
