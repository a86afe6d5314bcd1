import { describe, expect, it } from 'vitest';
import { mobileNumberPattern, personalDataPattern } from './personal-data';

describe('the personal-data scan of public pages', () => {
  it('does not take the digits inside a unified social credit code for a mobile number', () => {
    for (const text of [
      '913601210321RCXKXJ',
      '南昌县某公司 913601210321RCXKXJ 未发现问题',
      '91360121MA35E2E001',
    ]) {
      expect(text).not.toMatch(mobileNumberPattern);
      expect(text).not.toMatch(personalDataPattern);
    }
  });

  it('finds a mobile number standing in text, whatever is around it', () => {
    for (const text of [
      '13912345678',
      '联系电话：13912345678。',
      '电话13912345678',
      '+86 13912345678',
      'tel:13912345678',
    ]) {
      expect(text).toMatch(mobileNumberPattern);
    }
  });

  it('does not take a longer run of digits or a number joined to letters for a mobile number', () => {
    for (const text of ['139123456789', '913912345678', 'A13912345678', '13912345678B', '12912345678']) {
      expect(text).not.toMatch(mobileNumberPattern);
    }
  });

  it('finds the names of officers and of the person present', () => {
    expect('执法人员：张三').toMatch(personalDataPattern);
    expect('现场负责人 李四').toMatch(personalDataPattern);
  });
});
