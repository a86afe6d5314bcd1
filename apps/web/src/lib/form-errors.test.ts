import { describe, expect, it } from 'vitest';
import { mapIssuesToFields, withoutFieldPrefix } from './form-errors';

describe('mapIssuesToFields', () => {
  it('puts each issue on the form field named by the first path segment', () => {
    expect(
      mapIssuesToFields(
        [
          { field: 'coveredRegionCodes.1', message: '某镇不是所在区划下的乡镇（街道）' },
          { field: 'phone', message: '电话号码格式不正确' },
        ],
        'coveredRegionCodes.1',
        'x',
        ['coveredRegionCodes', 'phone', 'name'],
      ),
    ).toEqual([
      { name: 'coveredRegionCodes', errors: ['某镇不是所在区划下的乡镇（街道）'] },
      { name: 'phone', errors: ['电话号码格式不正确'] },
    ]);
  });

  it('uses the single field and the message when there are no issues', () => {
    expect(mapIssuesToFields(undefined, 'username', '用户名 abc 已被使用，请换一个', ['username'])).toEqual([
      { name: 'username', errors: ['用户名 abc 已被使用，请换一个'] },
    ]);
  });

  it('leaves out fields the form does not have and follows aliases', () => {
    expect(
      mapIssuesToFields([{ field: 'year', message: '请先录入' }], 'year', '请先录入', ['notice']),
    ).toEqual([]);
    expect(
      mapIssuesToFields(
        [{ field: 'initialPassword', message: '密码至少 10 位' }],
        undefined,
        '',
        ['password'],
        {
          initialPassword: 'password',
        },
      ),
    ).toEqual([{ name: 'password', errors: ['密码至少 10 位'] }]);
  });
});

describe('withoutFieldPrefix', () => {
  it('drops the request field name the server puts before the message', () => {
    expect(withoutFieldPrefix('phone：电话号码格式不正确', 'phone')).toBe('电话号码格式不正确');
    expect(withoutFieldPrefix('year：2027 年还没有录入任何放假日期', 'year')).toBe(
      '2027 年还没有录入任何放假日期',
    );
    expect(
      withoutFieldPrefix('coveredRegionCodes.1：向塘镇不是所在区划下的乡镇（街道）', 'coveredRegionCodes.1'),
    ).toBe('向塘镇不是所在区划下的乡镇（街道）');
  });

  it('keeps messages that are not prefixed', () => {
    expect(withoutFieldPrefix('用户名或密码错误，再错 4 次账号将锁定 15 分钟', undefined)).toBe(
      '用户名或密码错误，再错 4 次账号将锁定 15 分钟',
    );
    expect(withoutFieldPrefix('三员分立：系统管理员不能同时担任业务角色', 'roles')).toBe(
      '三员分立：系统管理员不能同时担任业务角色',
    );
  });
});
