import { describe, expect, it } from 'vitest';
import { enforcementUnitStyle } from './labels';

describe('enforcementUnitStyle', () => {
  it('names units after the province model shown in their names', () => {
    expect(enforcementUnitStyle('南昌市生态环境保护综合执法支队')).toBe('detachment');
    expect(enforcementUnitStyle('南昌县生态环境保护综合执法大队')).toBe('brigade');
    expect(enforcementUnitStyle('南通市海安生态环境综合行政执法局')).toBe('bureau');
    expect(enforcementUnitStyle('南通市海安生态环境综合行政执法一局')).toBe('bureau');
    expect(enforcementUnitStyle('南昌市生态环境局')).toBeNull();
  });
});
