import { z } from 'zod';

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015《法人和其他组织统一社会信用代码编码规则》.
 *
 * 18 characters, clause 4:
 *   1      登记管理部门代码 (registration authority)
 *   2      机构类别代码 (organisation category; the allowed values depend on the authority)
 *   3–8    登记管理机关行政区划码 (GB/T 2260 region code)
 *   9–17   主体标识码（组织机构代码）, a GB 11714 organisation code with its own check character at 17
 *   18     校验码, MOD 31-3 over positions 1–17 (the standard's 校验码计算方法, after GB/T 17710)
 *
 * Validation policy:
 * - An error is anything that makes the code impossible under GB 32100: wrong length, a character
 *   outside the 31-character set, an unknown authority, a category the authority does not use, a
 *   region code that is not GB/T 2260-shaped, a wrong 18th character.
 * - The GB 11714 check of the embedded organisation code (position 17) is only a warning. GB 32100
 *   refers to GB 11714 for the body, but the 18th character already covers all 17 positions, and
 *   bodies are handed out in blocks by the registration authorities. All 383 published codes in
 *   python-stdnum's list (tests/test_cn_uscc.doctest; 252 of them 个体工商户) pass this validator
 *   with no warning, so placeholder bodies are not common there; but codes issued before the rules
 *   settled are known to be irregular (some Xiamen enterprise codes even fail the 18th character:
 *   hutool issues #2020, #4119), so a failing body must not block a code the check accepts.
 */

/** GB 32100-2015 clause 4: digits and upper-case letters without I, O, Z, S, V; values 0–30 in this order. */
export const creditCodeCharacters = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015 校验码计算方法: weight of position i (1-based) is 3^(i−1) mod 31. */
export const creditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** GB 11714-1997 校验码: weights for the 8 body characters of an organisation code. */
const organizationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2] as const;

const excludedLetters = new Set(['I', 'O', 'Z', 'S', 'V']);

export interface RegistrationAuthority {
  code: string;
  name: string;
  /** 机构类别代码 → name. */
  categories: Readonly<Record<string, string>>;
  /** Where the assignment comes from. */
  basis: string;
}

const inStandard = 'GB 32100-2015 登记管理部门和机构类别代码表';
// Authorities 2, 3, 4, 6, 7, 8, A and N were assigned after the standard was published; codes with
// them are issued today (e.g. law firms 31…, village collectives N2…), so rejecting them would refuse
// real organisations. The list follows the published assignment table of the 赋码主管部门.
const assignedLater = 'GB 32100-2015 发布后赋码主管部门增补';

/** 登记管理部门代码 and the 机构类别代码 each authority uses. */
export const registrationAuthorities: Readonly<Record<string, RegistrationAuthority>> = {
  '1': {
    code: '1',
    name: '机构编制',
    categories: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' },
    basis: inStandard,
  },
  '2': {
    code: '2',
    name: '外交',
    categories: { '1': '外国常住新闻机构', '9': '其他' },
    basis: assignedLater,
  },
  '3': {
    code: '3',
    name: '司法行政',
    categories: {
      '1': '律师执业机构',
      '2': '公证处',
      '3': '基层法律服务所',
      '4': '司法鉴定机构',
      '5': '仲裁委员会',
      '9': '其他',
    },
    basis: assignedLater,
  },
  '4': {
    code: '4',
    name: '文化',
    categories: { '1': '外国在华文化中心', '9': '其他' },
    basis: assignedLater,
  },
  '5': {
    code: '5',
    name: '民政',
    categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' },
    basis: inStandard,
  },
  '6': {
    code: '6',
    name: '旅游',
    categories: {
      '1': '外国旅游部门常驻代表机构',
      '2': '港澳台地区旅游部门常驻内地（大陆）代表机构',
      '9': '其他',
    },
    basis: assignedLater,
  },
  '7': {
    code: '7',
    name: '宗教',
    categories: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' },
    basis: assignedLater,
  },
  '8': { code: '8', name: '工会', categories: { '1': '基层工会', '9': '其他' }, basis: assignedLater },
  '9': {
    code: '9',
    name: '工商（市场监管）',
    categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' },
    basis: inStandard,
  },
  A: {
    code: 'A',
    name: '中央军委改革和编制办公室',
    categories: { '1': '军队事业单位', '9': '其他' },
    basis: assignedLater,
  },
  N: {
    code: 'N',
    name: '农业',
    categories: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
    basis: assignedLater,
  },
  // GB 32100-2015: Y 其他 is not subdivided; the category is always 1.
  Y: { code: 'Y', name: '其他', categories: { '1': '其他' }, basis: inStandard },
};

/**
 * GB/T 2260 province-level prefixes (positions 3–4 of the code). 10 is only used as 100000, the
 * national level (GB 32100-2015 clause 4: “国家用 100000”).
 */
const provincePrefixes = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type CreditCodeProblemCode =
  | 'empty'
  | 'length'
  | 'invalid_character'
  | 'registration_authority'
  | 'organization_category'
  | 'region_code'
  | 'check_character';

export interface CreditCodeProblem {
  code: CreditCodeProblemCode;
  /** 1-based character positions the problem is about. */
  positions: number[];
  /** What is wrong, in Chinese, so a person can fix it. */
  message: string;
}

export interface CreditCodeParts {
  registrationAuthority: { code: string; name: string };
  organizationCategory: { code: string; name: string };
  /** Positions 3–8, GB/T 2260 region code of the registering authority. */
  regionCode: string;
  /** Positions 9–17, the GB 11714 organisation code including its check character. */
  organizationCode: string;
  /** Position 18. */
  checkCharacter: string;
}

export type CreditCodeValidation =
  | {
      isValid: true;
      /** The normalised code. */
      code: string;
      parts: CreditCodeParts;
      warnings: string[];
      /** What normalisation changed in the input, in Chinese; empty when nothing changed. */
      normalizations: string[];
    }
  | {
      isValid: false;
      code: string;
      problems: CreditCodeProblem[];
      normalizations: string[];
    };

function characterValue(character: string): number {
  return creditCodeCharacters.indexOf(character);
}

/** The 18th character for the first 17 (GB 32100-2015 校验码). Throws on anything but 17 valid characters. */
export function computeCreditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError(`需要前 17 位，实际为 ${first17.length} 位`);
  }
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const value = characterValue(first17[index]!);
    if (value < 0) {
      throw new RangeError(`第 ${index + 1} 位字符 ${first17[index]} 不是有效字符`);
    }
    sum += value * creditCodeWeights[index]!;
  }
  // C18 = 31 − (Σ mod 31); 31 becomes 0.
  return creditCodeCharacters[(31 - (sum % 31)) % 31]!;
}

function organizationCharacterValue(character: string): number {
  // GB 11714-1997: digits keep their value, letters A–Z count 10–35.
  if (character >= '0' && character <= '9') return character.charCodeAt(0) - 48;
  if (character >= 'A' && character <= 'Z') return character.charCodeAt(0) - 55;
  return -1;
}

/** The 9th character of a GB 11714 organisation code for its first 8. */
export function computeOrganizationCodeCheckCharacter(first8: string): string {
  if (first8.length !== 8) {
    throw new RangeError(`组织机构代码本体应为 8 位，实际为 ${first8.length} 位`);
  }
  let sum = 0;
  for (let index = 0; index < 8; index++) {
    const value = organizationCharacterValue(first8[index]!);
    if (value < 0) {
      throw new RangeError(`组织机构代码第 ${index + 1} 位字符 ${first8[index]} 不是有效字符`);
    }
    sum += value * organizationCodeWeights[index]!;
  }
  // C9 = 11 − (Σ mod 11); 10 is written X, 11 is written 0.
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/**
 * Trims, removes inner spaces and hyphens (as printed on some licences), converts full-width
 * characters to half-width and letters to upper case. Reports each kind of change in Chinese.
 */
export function normalizeCreditCode(input: string): { code: string; normalizations: string[] } {
  const normalizations: string[] = [];
  let code = input;

  const halfWidth = code.replace(/[\uFF01-\uFF5E]/g, (character) =>
    String.fromCharCode(character.charCodeAt(0) - 0xfee0),
  );
  const withSpaces = halfWidth.replace(/\u3000/g, ' ');
  if (withSpaces !== code) normalizations.push('已将全角字符转换为半角');
  code = withSpaces;

  const trimmed = code.trim();
  if (trimmed !== code) normalizations.push('已去除首尾空白');
  code = trimmed;

  const compact = code.replace(/[\s-]/g, '');
  if (compact !== code) normalizations.push('已去除中间的空格或连字符');
  code = compact;

  const upper = code.toUpperCase();
  if (upper !== code) normalizations.push('已将小写字母转换为大写');
  return { code: upper, normalizations };
}

function describeCategories(authority: RegistrationAuthority): string {
  return Object.entries(authority.categories)
    .map(([code, name]) => `${code} ${name}`)
    .join('、');
}

function findCharacterProblems(code: string): CreditCodeProblem[] {
  const problems: CreditCodeProblem[] = [];
  [...code].forEach((character, index) => {
    if (characterValue(character) >= 0) return;
    const position = index + 1;
    const message = excludedLetters.has(character)
      ? `第 ${position} 位字符 ${character} 不是有效字符（不使用 I、O、Z、S、V）`
      : `第 ${position} 位字符 ${character} 不是有效字符（只能是数字或除 I、O、Z、S、V 以外的大写字母）`;
    problems.push({ code: 'invalid_character', positions: [position], message });
  });
  return problems;
}

function findRegionProblem(regionCode: string): CreditCodeProblem | null {
  const nonDigits = [...regionCode].flatMap((character, index) => (/\d/.test(character) ? [] : [index + 3]));
  if (nonDigits.length > 0) {
    return {
      code: 'region_code',
      positions: nonDigits,
      message: `第 3–8 位登记管理机关行政区划码应为 6 位数字（GB/T 2260），实际为 ${regionCode}`,
    };
  }
  const prefix = regionCode.slice(0, 2);
  if (prefix === '10' ? regionCode !== '100000' : !provincePrefixes.has(prefix)) {
    return {
      code: 'region_code',
      positions: [3, 4],
      message: `第 3–8 位行政区划码 ${regionCode} 不是 GB/T 2260 的区划代码（省级代码 ${prefix} 不存在）`,
    };
  }
  return null;
}

/** Validates a unified social credit code and explains every problem by position. */
export function validateCreditCode(input: string): CreditCodeValidation {
  const { code, normalizations } = normalizeCreditCode(input);
  const invalid = (problems: CreditCodeProblem[]): CreditCodeValidation => ({
    isValid: false,
    code,
    problems,
    normalizations,
  });

  if (code.length === 0) {
    return invalid([{ code: 'empty', positions: [], message: '请填写统一社会信用代码（18 位）' }]);
  }
  const characterProblems = findCharacterProblems(code);
  if (code.length !== 18) {
    return invalid([
      { code: 'length', positions: [], message: `长度应为 18 位，实际为 ${code.length} 位` },
      ...characterProblems,
    ]);
  }
  if (characterProblems.length > 0) return invalid(characterProblems);

  const problems: CreditCodeProblem[] = [];
  const authorityCode = code[0]!;
  const categoryCode = code[1]!;
  const authority = registrationAuthorities[authorityCode];
  if (!authority) {
    problems.push({
      code: 'registration_authority',
      positions: [1],
      message: `第 1 位登记管理部门代码 ${authorityCode} 无效（应为 ${Object.keys(registrationAuthorities).join('、')} 之一）`,
    });
  } else if (!authority.categories[categoryCode]) {
    problems.push({
      code: 'organization_category',
      positions: [1, 2],
      message: `第 2 位机构类别代码 ${categoryCode} 不属于登记管理部门 ${authorityCode}（${authority.name}），可用：${describeCategories(authority)}`,
    });
  }

  const regionCode = code.slice(2, 8);
  const regionProblem = findRegionProblem(regionCode);
  if (regionProblem) problems.push(regionProblem);

  const expected = computeCreditCodeCheckCharacter(code.slice(0, 17));
  const actual = code[17]!;
  if (expected !== actual) {
    problems.push({
      code: 'check_character',
      positions: [18],
      message: `第 18 位校验码应为 ${expected}，实际为 ${actual}`,
    });
  }
  if (problems.length > 0 || !authority) return invalid(problems);

  const organizationCode = code.slice(8, 17);
  const warnings: string[] = [];
  const expectedBodyCheck = computeOrganizationCodeCheckCharacter(organizationCode.slice(0, 8));
  if (expectedBodyCheck !== organizationCode[8]) {
    warnings.push(
      `第 9–17 位主体标识码 ${organizationCode} 的第 17 位按 GB 11714 应为 ${expectedBodyCheck}，实际为 ${organizationCode[8]}；` +
        '代码整体校验通过，可能是登记机关按号段赋予的代码，请与营业执照或登记证书核对',
    );
  }

  return {
    isValid: true,
    code,
    parts: {
      registrationAuthority: { code: authorityCode, name: authority.name },
      organizationCategory: { code: categoryCode, name: authority.categories[categoryCode]! },
      regionCode,
      organizationCode,
      checkCharacter: actual,
    },
    warnings,
    normalizations,
  };
}

/** True when the code (after normalisation) is a valid unified social credit code. */
export function isCreditCode(input: string): boolean {
  return validateCreditCode(input).isValid;
}

/**
 * A string that is a valid unified social credit code; the parsed value is the normalised code
 * (half-width, upper case, no spaces). The message is the first problem found.
 */
export const creditCodeSchema = z
  .string({ error: '请填写统一社会信用代码（18 位）' })
  .superRefine((value, context) => {
    const result = validateCreditCode(value);
    if (!result.isValid) {
      context.addIssue({ code: 'custom', message: result.problems[0]!.message });
    }
  })
  .transform((value) => normalizeCreditCode(value).code);

export interface GenerateCreditCodeOptions {
  /** GB/T 2260 region code of the registering authority, 6 digits. */
  regionCode: string;
  /** 登记管理部门代码; default 9 (工商/市场监管). */
  authority?: string;
  /** 机构类别代码; default 1 for authority 9 (企业), otherwise the authority's first category. */
  category?: string;
}

/**
 * A valid code for demo data: random body whose 17th character is a correct GB 11714 check, and a
 * correct 18th character. `random` returns numbers in [0, 1), like `Math.random`; pass a seeded one
 * for repeatable data.
 */
export function generateCreditCode(random: () => number, options: GenerateCreditCodeOptions): string {
  const authorityCode = options.authority ?? '9';
  const authority = registrationAuthorities[authorityCode];
  if (!authority) {
    throw new RangeError(`登记管理部门代码 ${authorityCode} 无效`);
  }
  const categoryCode = options.category ?? Object.keys(authority.categories)[0]!;
  if (!authority.categories[categoryCode]) {
    throw new RangeError(
      `机构类别代码 ${categoryCode} 不属于登记管理部门 ${authorityCode}（${authority.name}）`,
    );
  }
  const regionProblem = findRegionProblem(options.regionCode);
  if (options.regionCode.length !== 6 || regionProblem) {
    throw new RangeError(regionProblem?.message ?? `行政区划码应为 6 位数字，实际为 ${options.regionCode}`);
  }

  let body = '';
  for (let index = 0; index < 8; index++) {
    const pick = Math.min(
      Math.floor(random() * creditCodeCharacters.length),
      creditCodeCharacters.length - 1,
    );
    body += creditCodeCharacters[Math.max(pick, 0)];
  }
  // The GB 11714 check is a digit or X, both inside the credit-code character set.
  const first17 = `${authorityCode}${categoryCode}${options.regionCode}${body}${computeOrganizationCodeCheckCharacter(body)}`;
  return `${first17}${computeCreditCodeCheckCharacter(first17)}`;
}
