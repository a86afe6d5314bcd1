import { describe, expect, it } from 'vitest';
import {
  findIndustry,
  industryCodeSchema,
  industryPath,
  industryTable,
  isIndustryCode,
  listIndustryChildren,
  pollutingIndustryDivisions,
} from './index';

const codesAt = (level: string) =>
  industryTable.filter((entry) => entry.level === level).map((entry) => entry.code);
const namesOf = (code: string | null) =>
  listIndustryChildren(code).map((entry) => `${entry.code} ${entry.name}`);

describe('GB/T 4754-2017 structure', () => {
  it('has exactly the 20 sections A–T', () => {
    expect(codesAt('section')).toEqual('ABCDEFGHIJKLMNOPQRST'.split(''));
  });

  it('has exactly 97 divisions, numbered 01 to 97 without gaps', () => {
    const expected = Array.from({ length: 97 }, (_, index) => String(index + 1).padStart(2, '0'));
    expect(codesAt('division')).toEqual(expected);
  });

  it('puts each division in the section the standard assigns it to (“本门类包括…大类”)', () => {
    const sectionRanges: Record<string, [number, number]> = {
      A: [1, 5],
      B: [6, 12],
      C: [13, 43],
      D: [44, 46],
      E: [47, 50],
      F: [51, 52],
      G: [53, 60],
      H: [61, 62],
      I: [63, 65],
      J: [66, 69],
      K: [70, 70],
      L: [71, 72],
      M: [73, 75],
      N: [76, 79],
      O: [80, 82],
      P: [83, 83],
      Q: [84, 85],
      R: [86, 90],
      S: [91, 96],
      T: [97, 97],
    };
    for (const division of industryTable.filter((entry) => entry.level === 'division')) {
      const [first, last] = sectionRanges[division.parent!]!;
      expect(Number(division.code), `${division.code} under ${division.parent}`).toBeGreaterThanOrEqual(
        first,
      );
      expect(Number(division.code), `${division.code} under ${division.parent}`).toBeLessThanOrEqual(last);
    }
  });

  it('ships the shipped counts: 160 groups and 548 classes', () => {
    expect(codesAt('group')).toHaveLength(160);
    expect(codesAt('class')).toHaveLength(548);
  });

  it('has unique codes whose length matches the level', () => {
    const codes = industryTable.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    const pattern = { section: /^[A-T]$/, division: /^\d{2}$/, group: /^\d{3}$/, class: /^\d{4}$/ };
    for (const entry of industryTable) expect(entry.code).toMatch(pattern[entry.level]);
  });

  it('gives every non-section entry an existing parent one level up, whose code it extends', () => {
    const parentLevel = { division: 'section', group: 'division', class: 'group' } as const;
    for (const entry of industryTable) {
      if (entry.level === 'section') {
        expect(entry.parent).toBeNull();
        continue;
      }
      const parent = findIndustry(entry.parent ?? '');
      expect(parent?.level, entry.code).toBe(parentLevel[entry.level]);
      if (entry.level !== 'division') expect(entry.code.startsWith(entry.parent!), entry.code).toBe(true);
    }
  });

  it('has trimmed, non-empty names, unique among siblings, with full-width parentheses', () => {
    for (const entry of industryTable) {
      expect(entry.name.length, entry.code).toBeGreaterThan(0);
      expect(entry.name, entry.code).toBe(entry.name.trim());
      expect(entry.name, entry.code).not.toMatch(/[()]/);
    }
    for (const parent of [null, ...industryTable.map((entry) => entry.code)]) {
      const names = listIndustryChildren(parent).map((entry) => entry.name);
      expect(new Set(names).size, `children of ${parent}`).toBe(names.length);
    }
  });

  it('lists groups before their classes and classes in code order', () => {
    for (const group of industryTable.filter((entry) => entry.level === 'group')) {
      const classes = listIndustryChildren(group.code).map((entry) => entry.code);
      expect(classes.length, group.code).toBeGreaterThan(0);
      expect(classes).toEqual([...classes].sort());
    }
  });

  it('gives an undivided group one class ending in 0 with the same name (clause 4)', () => {
    for (const group of industryTable.filter((entry) => entry.level === 'group')) {
      const classes = listIndustryChildren(group.code);
      if (classes.length === 1)
        expect(classes[0]).toMatchObject({ code: `${group.code}0`, name: group.name });
    }
  });

  it('ships the complete subtree of every polluting division and none of any other', () => {
    for (const division of industryTable.filter((entry) => entry.level === 'division')) {
      const hasChildren = listIndustryChildren(division.code).length > 0;
      expect(hasChildren, division.code).toBe(
        (pollutingIndustryDivisions as readonly string[]).includes(division.code),
      );
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(industryTable)).toBe(true);
    expect(Object.isFrozen(industryTable[0])).toBe(true);
  });
});

describe('spot checks against the 2017 table', () => {
  it('2614 有机化学原料制造 sits under C 制造业 → 26 → 261', () => {
    expect(industryPath('2614').map((entry) => `${entry.code} ${entry.name}`)).toEqual([
      'C 制造业',
      '26 化学原料和化学制品制造业',
      '261 基础化学原料制造',
      '2614 有机化学原料制造',
    ]);
  });

  it('splits thermal power into 4411 火力发电 and 4412 热电联产 (new in 2017)', () => {
    expect(findIndustry('4411')?.name).toBe('火力发电');
    expect(findIndustry('4412')?.name).toBe('热电联产');
    expect(namesOf('441')).toEqual([
      '4411 火力发电',
      '4412 热电联产',
      '4413 水力发电',
      '4414 核力发电',
      '4415 风力发电',
      '4416 太阳能发电',
      '4417 生物质能发电',
      '4419 其他电力生产',
    ]);
  });

  it('lists the 环境治理业 classes 7721–7729', () => {
    expect(namesOf('772')).toEqual([
      '7721 水污染治理',
      '7722 大气污染治理',
      '7723 固体废物治理',
      '7724 危险废物治理',
      '7725 放射性废物治理',
      '7726 土壤污染治理与修复服务',
      '7727 噪声与振动控制服务',
      '7729 其他污染治理',
    ]);
  });

  it('keeps 3360 金属表面处理及热处理加工 as the single class of group 336', () => {
    expect(industryPath('3360').map((entry) => entry.code)).toEqual(['C', '33', '336', '3360']);
    expect(findIndustry('3360')?.name).toBe('金属表面处理及热处理加工');
    expect(findIndustry('336')?.name).toBe('金属表面处理及热处理加工');
  });

  it('puts 8111 汽车修理与维护 under 81, not 80', () => {
    expect(industryPath('8111').map((entry) => `${entry.code} ${entry.name}`)).toEqual([
      'O 居民服务、修理和其他服务业',
      '81 机动车、电子产品和日用产品修理业',
      '811 汽车、摩托车等修理与维护',
      '8111 汽车修理与维护',
    ]);
    expect(findIndustry('80')?.name).toBe('居民服务业');
  });

  it('has the other classes enforcement cares about', () => {
    expect(findIndustry('5265')?.name).toBe('机动车燃油零售');
    expect(findIndustry('4620')?.name).toBe('污水处理及其再生利用');
    expect(findIndustry('7820')?.name).toBe('环境卫生管理');
    expect(findIndustry('0313')?.name).toBe('猪的饲养');
    expect(findIndustry('8411')?.name).toBe('综合医院');
    expect(namesOf('384')).toEqual([
      '3841 锂离子电池制造',
      '3842 镍氢电池制造',
      '3843 铅蓄电池制造',
      '3844 锌锰电池制造',
      '3849 其他电池制造',
    ]);
    expect(findIndustry('339')?.name).toBe('铸造及其他金属制品制造');
    expect(findIndustry('11')?.name).toBe('开采专业及辅助性活动');
  });
});

describe('lookups', () => {
  it('lists the sections for null and the divisions of a section', () => {
    expect(listIndustryChildren(null)).toHaveLength(20);
    expect(listIndustryChildren('C').map((entry) => entry.code)).toEqual(
      Array.from({ length: 31 }, (_, index) => String(index + 13)),
    );
    expect(listIndustryChildren('36')).toEqual([]);
    expect(listIndustryChildren('99')).toEqual([]);
  });

  it('finds codes after trimming and knows what it does not know', () => {
    expect(findIndustry(' 2614 ')?.code).toBe('2614');
    expect(isIndustryCode('B')).toBe(true);
    expect(isIndustryCode('U')).toBe(false);
    expect(isIndustryCode('98')).toBe(false);
    expect(isIndustryCode('C2614')).toBe(false);
    expect(industryPath('2618')).toEqual([]);
  });

  it('returns copies of child lists', () => {
    listIndustryChildren(null).pop();
    expect(listIndustryChildren(null)).toHaveLength(20);
  });
});

describe('industryCodeSchema', () => {
  it('accepts a code from the table, trimmed', () => {
    expect(industryCodeSchema.parse(' 7724 ')).toBe('7724');
  });

  it('says a code is not in GB/T 4754-2017', () => {
    expect(industryCodeSchema.safeParse('2618').error?.issues[0]?.message).toBe(
      '行业代码 2618 不在 GB/T 4754-2017 中',
    );
    expect(industryCodeSchema.safeParse('9999').error?.issues[0]?.message).toBe(
      '行业代码 9999 不在 GB/T 4754-2017 中',
    );
  });

  it('does not call a class wrong when only its division is shipped', () => {
    expect(industryCodeSchema.safeParse('3611').error?.issues[0]?.message).toBe(
      '行业代码 3611 属于大类 36（汽车制造业），本系统只收录到该大类，请选择大类代码 36',
    );
  });
});
