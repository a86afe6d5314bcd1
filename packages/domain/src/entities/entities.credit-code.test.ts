import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeCreditCodeCheckCharacter,
  computeOrganizationCodeCheckCharacter,
  creditCodeCharacters,
  creditCodeSchema,
  generateCreditCode,
  isCreditCode,
  registrationAuthorities,
  validateCreditCode,
} from './index';

/** GB 32100-2015's own example. */
const standardExample = '91350100M000100Y43';

/**
 * Real-world codes as published online, collected in python-stdnum (tests/test_cn_uscc.doctest and
 * issue #207, which names the three companies after chinacheckup.com). We verified the check
 * characters, not that each organisation still exists.
 */
const publishedCodes = {
  tencentTechnologyShenzhen: '9144030071526726XG',
  sinopec: '91110000710926094P',
  baoshanIronAndSteel: '91310000631696382C',
  tianjinPublicInstitution: '121200004013590816',
  shanghaiNewEnterprise: '91310115MA1K3BTP2B',
  lanzhouEnterpriseWithLBody: '91620105L015101280',
  huaibeiIndividualBusiness: '92340602MA2PBMEM24',
  huaibeiIndividualBusinessXCheck: '92340621MA2PBKRXXG',
  innerMongoliaZeroBodyCheck: '91152201078382010M',
};

/** A deterministic [0, 1) generator (mulberry32) so properties can shrink on a seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function problemsOf(input: string) {
  const result = validateCreditCode(input);
  if (result.isValid) throw new Error(`expected ${input} to be invalid`);
  return result.problems;
}

/** Replaces the character at a 1-based position and fixes the 18th character again. */
function withCharacter(code: string, position: number, character: string): string {
  const first17 = `${code.slice(0, position - 1)}${character}${code.slice(position, 17)}`;
  return `${first17}${computeCreditCodeCheckCharacter(first17)}`;
}

describe('validateCreditCode on valid codes', () => {
  it('accepts the standard’s example and splits it into its five parts', () => {
    expect(validateCreditCode(standardExample)).toEqual({
      isValid: true,
      code: standardExample,
      parts: {
        registrationAuthority: { code: '9', name: '工商（市场监管）' },
        organizationCategory: { code: '1', name: '企业' },
        regionCode: '350100',
        organizationCode: 'M000100Y4',
        checkCharacter: '3',
      },
      warnings: [],
      normalizations: [],
    });
  });

  it.each(Object.entries(publishedCodes))('accepts the published code of %s without warnings', (_, code) => {
    const result = validateCreditCode(code);
    expect(result).toMatchObject({ isValid: true, code, warnings: [] });
  });

  it('reads a 事业单位 registered by 机构编制 in Tianjin', () => {
    const result = validateCreditCode(publishedCodes.tianjinPublicInstitution);
    expect(result.isValid && result.parts).toMatchObject({
      registrationAuthority: { code: '1', name: '机构编制' },
      organizationCategory: { code: '2', name: '事业单位' },
      regionCode: '120000',
    });
  });

  it('reads a 个体工商户 code, whose body passes the GB 11714 check like an enterprise’s', () => {
    const result = validateCreditCode(publishedCodes.huaibeiIndividualBusiness);
    expect(result.isValid && result.parts.organizationCategory).toEqual({ code: '2', name: '个体工商户' });
    expect(result.isValid && result.warnings).toEqual([]);
  });

  it('accepts authorities assigned after the standard, such as N2 村级集体经济组织 and 31 律师执业机构', () => {
    const village = withCharacter(withCharacter(standardExample, 1, 'N'), 2, '2');
    expect(validateCreditCode(village)).toMatchObject({
      isValid: true,
      parts: { registrationAuthority: { name: '农业' }, organizationCategory: { name: '村级集体经济组织' } },
    });
    const lawFirm = withCharacter(withCharacter(standardExample, 1, '3'), 2, '1');
    expect(validateCreditCode(lawFirm)).toMatchObject({
      isValid: true,
      parts: { organizationCategory: { name: '律师执业机构' } },
    });
  });

  it('accepts the national region code 100000', () => {
    const national = `12100000${'400001234'}`;
    expect(isCreditCode(`${national}${computeCreditCodeCheckCharacter(national)}`)).toBe(true);
  });
});

describe('validateCreditCode normalisation', () => {
  it('converts full-width characters to half-width and says so', () => {
    const fullWidth = '９１３５０１００Ｍ０００１００Ｙ４３';
    expect(validateCreditCode(fullWidth)).toMatchObject({
      isValid: true,
      code: standardExample,
      normalizations: ['已将全角字符转换为半角'],
    });
  });

  it('trims, removes inner spaces and hyphens and upper-cases, reporting each change', () => {
    expect(validateCreditCode('  91 350100 m000100y4-3\u3000')).toMatchObject({
      isValid: true,
      code: standardExample,
      normalizations: [
        '已将全角字符转换为半角',
        '已去除首尾空白',
        '已去除中间的空格或连字符',
        '已将小写字母转换为大写',
      ],
    });
  });

  it('reports normalisations on invalid codes too, with the normalised code', () => {
    expect(validateCreditCode('９１３５０１００Ｍ０００１００Ｙ４４')).toMatchObject({
      isValid: false,
      code: '91350100M000100Y44',
      normalizations: ['已将全角字符转换为半角'],
    });
  });
});

describe('validateCreditCode problems', () => {
  it('asks for a code when the input is empty or blank', () => {
    expect(problemsOf('   ')).toEqual([
      { code: 'empty', positions: [], message: '请填写统一社会信用代码（18 位）' },
    ]);
  });

  it('names the expected and the actual length', () => {
    expect(problemsOf(standardExample.slice(0, 17))).toEqual([
      { code: 'length', positions: [], message: '长度应为 18 位，实际为 17 位' },
    ]);
    expect(problemsOf(`${standardExample}0`)[0]?.message).toBe('长度应为 18 位，实际为 19 位');
  });

  it('names the position of an excluded letter', () => {
    expect(problemsOf('9135I100M000100Y43')).toEqual([
      {
        code: 'invalid_character',
        positions: [5],
        message: '第 5 位字符 I 不是有效字符（不使用 I、O、Z、S、V）',
      },
    ]);
  });

  it('reports every bad character, also when the length is wrong', () => {
    expect(problemsOf('91O50100M0001*0Y43')).toEqual([
      {
        code: 'invalid_character',
        positions: [3],
        message: '第 3 位字符 O 不是有效字符（不使用 I、O、Z、S、V）',
      },
      {
        code: 'invalid_character',
        positions: [14],
        message: '第 14 位字符 * 不是有效字符（只能是数字或除 I、O、Z、S、V 以外的大写字母）',
      },
    ]);
    expect(problemsOf('913501OOM').map((problem) => problem.code)).toEqual([
      'length',
      'invalid_character',
      'invalid_character',
    ]);
  });

  it('names the expected check character', () => {
    expect(problemsOf('91350100M000100Y44')).toEqual([
      { code: 'check_character', positions: [18], message: '第 18 位校验码应为 3，实际为 4' },
    ]);
  });

  it('rejects a registration authority GB 32100 does not define', () => {
    const code = withCharacter(standardExample, 1, 'B');
    expect(problemsOf(code)).toEqual([
      {
        code: 'registration_authority',
        positions: [1],
        message: '第 1 位登记管理部门代码 B 无效（应为 1、2、3、4、5、6、7、8、9、A、N、Y 之一）',
      },
    ]);
  });

  it('rejects a category the authority does not use and lists the ones it does', () => {
    expect(problemsOf(withCharacter(standardExample, 2, '4'))).toEqual([
      {
        code: 'organization_category',
        positions: [1, 2],
        message:
          '第 2 位机构类别代码 4 不属于登记管理部门 9（工商（市场监管）），可用：1 企业、2 个体工商户、3 农民专业合作社',
      },
    ]);
    // 工商 has no category 9, and Y is never subdivided.
    expect(problemsOf(withCharacter(standardExample, 2, '9'))[0]?.code).toBe('organization_category');
    const other = withCharacter(withCharacter(standardExample, 1, 'Y'), 2, '2');
    expect(problemsOf(other)[0]?.message).toBe(
      '第 2 位机构类别代码 2 不属于登记管理部门 Y（其他），可用：1 其他',
    );
  });

  it('rejects a region code with letters, naming their positions', () => {
    expect(problemsOf(withCharacter(standardExample, 5, 'A'))).toEqual([
      {
        code: 'region_code',
        positions: [5],
        message: '第 3–8 位登记管理机关行政区划码应为 6 位数字（GB/T 2260），实际为 35A100',
      },
    ]);
  });

  it('rejects a region code whose province does not exist in GB/T 2260', () => {
    expect(problemsOf(withCharacter(withCharacter(standardExample, 3, '9'), 4, '9'))).toEqual([
      {
        code: 'region_code',
        positions: [3, 4],
        message: '第 3–8 位行政区划码 990100 不是 GB/T 2260 的区划代码（省级代码 99 不存在）',
      },
    ]);
    // 10 is only the national level, 100000.
    expect(problemsOf(withCharacter(withCharacter(standardExample, 3, '1'), 4, '0'))[0]?.code).toBe(
      'region_code',
    );
  });

  it('reports every structural problem at once', () => {
    const code = `94990100M000100Y4X`;
    expect(problemsOf(code).map((problem) => problem.code)).toEqual([
      'organization_category',
      'region_code',
      'check_character',
    ]);
  });

  it('rejects the real but irregular Xiamen code that fails the 18th character (hutool #2020)', () => {
    // Issued before the rules settled; the platform still needs a person to confirm such a code.
    expect(problemsOf('91350203M0001FUE2P')).toEqual([
      { code: 'check_character', positions: [18], message: '第 18 位校验码应为 J，实际为 P' },
    ]);
  });

  it('rejects a plausible-looking code whose check character is wrong', () => {
    expect(problemsOf('913100007109327046')).toEqual([
      { code: 'check_character', positions: [18], message: '第 18 位校验码应为 E，实际为 6' },
    ]);
  });
});

describe('the embedded GB 11714 organisation code', () => {
  it('only warns when its own check character is wrong, because the 18th character still holds', () => {
    // Body M000100Y4 → M000100Y5, then a correct 18th character.
    const code = withCharacter(standardExample, 17, '5');
    const result = validateCreditCode(code);
    expect(result).toMatchObject({ isValid: true });
    expect(result.isValid && result.warnings).toEqual([
      '第 9–17 位主体标识码 M000100Y5 的第 17 位按 GB 11714 应为 4，实际为 5；代码整体校验通过，可能是登记机关按号段赋予的代码，请与营业执照或登记证书核对',
    ]);
  });

  it('computes GB 11714 check characters, including X for 10 and 0 for 11', () => {
    expect(computeOrganizationCodeCheckCharacter('60003734')).toBe('1');
    expect(computeOrganizationCodeCheckCharacter('71526726')).toBe('X');
    expect(computeOrganizationCodeCheckCharacter('07838201')).toBe('0');
    expect(computeOrganizationCodeCheckCharacter('M000100Y')).toBe('4');
    expect(() => computeOrganizationCodeCheckCharacter('M000100')).toThrow(RangeError);
  });
});

describe('computeCreditCodeCheckCharacter', () => {
  it('computes the standard example’s check character and 0 when the remainder is 0', () => {
    expect(computeCreditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(computeCreditCodeCheckCharacter('91152201078382010')).toBe('M');
    expect(computeCreditCodeCheckCharacter('91620105L01510128')).toBe('0');
  });

  it('refuses anything but 17 valid characters', () => {
    expect(() => computeCreditCodeCheckCharacter('91350100M000100Y')).toThrow(RangeError);
    expect(() => computeCreditCodeCheckCharacter('91350100M000100I4')).toThrow('第 16 位字符 I 不是有效字符');
  });
});

describe('creditCodeSchema', () => {
  it('parses to the normalised code', () => {
    expect(creditCodeSchema.parse(' ９１３５０１００ｍ０００１００ｙ４３ ')).toBe(standardExample);
  });

  it('fails with the first problem’s message', () => {
    const result = creditCodeSchema.safeParse('91350100M000100Y44');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['第 18 位校验码应为 3，实际为 4']);
    expect(creditCodeSchema.safeParse(12).error?.issues[0]?.message).toBe('请填写统一社会信用代码（18 位）');
  });
});

describe('generateCreditCode', () => {
  it('defaults to an enterprise registered by 市场监管 in the given region', () => {
    const code = generateCreditCode(seededRandom(1), { regionCode: '360100' });
    expect(code).toMatch(/^91360100[0-9A-HJ-NPQRTUWXY]{10}$/);
    expect(validateCreditCode(code)).toMatchObject({ isValid: true, warnings: [] });
  });

  it('is repeatable for the same random sequence', () => {
    const options = { regionCode: '320600', authority: '9', category: '2' };
    expect(generateCreditCode(seededRandom(7), options)).toBe(generateCreditCode(seededRandom(7), options));
  });

  it('refuses options that could not make a valid code', () => {
    expect(() => generateCreditCode(Math.random, { regionCode: '3601' })).toThrow(RangeError);
    expect(() => generateCreditCode(Math.random, { regionCode: '990100' })).toThrow('省级代码 99 不存在');
    expect(() => generateCreditCode(Math.random, { regionCode: '360100', authority: 'B' })).toThrow(
      RangeError,
    );
    expect(() => generateCreditCode(Math.random, { regionCode: '360100', category: '9' })).toThrow(
      '机构类别代码 9 不属于登记管理部门 9',
    );
  });
});

const authorityAndCategory = fc.constantFrom(
  ...Object.values(registrationAuthorities).flatMap((authority) =>
    Object.keys(authority.categories).map((category) => ({ authority: authority.code, category })),
  ),
);
const regionCode = fc.constantFrom('100000', '110105', '220102', '320600', '360100', '440300', '650102');
const generatedCode = fc
  .record({ seed: fc.integer(), pair: authorityAndCategory, regionCode })
  .map(({ seed, pair, regionCode }) => generateCreditCode(seededRandom(seed), { ...pair, regionCode }));

describe('properties', () => {
  it('every generated code validates, with a GB 11714-valid body', () => {
    fc.assert(
      fc.property(generatedCode, (code) => {
        const result = validateCreditCode(code);
        expect(result).toMatchObject({ isValid: true, code, warnings: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('changing any single character of a valid code to another valid character makes it invalid', () => {
    // Why this always holds: position i changes the weighted sum by w_i·(new − old). 31 is prime
    // and every weight 3^(i−1) mod 31 is non-zero, and 0 < |new − old| < 31, so the change is never
    // a multiple of 31 and the 18th character no longer matches (for position 18 the character itself
    // differs). The property and the exhaustive test below check it.
    fc.assert(
      fc.property(
        generatedCode,
        fc.integer({ min: 1, max: 18 }),
        fc.integer({ min: 1, max: 30 }),
        (code, position, shift) => {
          const old = code[position - 1]!;
          const replacement = creditCodeCharacters[(creditCodeCharacters.indexOf(old) + shift) % 31]!;
          const mutated = `${code.slice(0, position - 1)}${replacement}${code.slice(position)}`;
          const result = validateCreditCode(mutated);
          expect(result.isValid).toBe(false);
          expect(!result.isValid && result.problems.map((problem) => problem.code)).toContain(
            'check_character',
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('every one of the 18 × 30 single substitutions of the standard example is caught', () => {
    let caught = 0;
    for (let position = 1; position <= 18; position++) {
      for (const replacement of creditCodeCharacters) {
        if (replacement === standardExample[position - 1]) continue;
        const mutated = `${standardExample.slice(0, position - 1)}${replacement}${standardExample.slice(position)}`;
        if (!isCreditCode(mutated)) caught++;
      }
    }
    expect(caught).toBe(18 * 30);
  });
});
