/**
 * 实名制编号 (seed 004 item 17: 建立全省生态环境执法人员信息库，实行执法人员实名制编号管理).
 * The seed sets no format; ours is
 *
 *     赣执-360121-0007
 *     │ │  │      └ serial within that division, 0001–9999, never reused
 *     │ │  └ GB/T 2260 code of the division of the agency that registered the officer
 *     │ └ 执 (enforcement)
 *     └ the province's one-character abbreviation (赣 Jiangxi, 吉 Jilin, 苏 Jiangsu …)
 *
 * The number is the officer's identity in the province's registry: it is given once, when the
 * officer is registered, and does not change when they move to another agency.
 */

/** 省级行政区简称 by the first two digits of the GB/T 2260 code. */
export const provinceAbbreviations: Record<string, string> = {
  '11': '京',
  '12': '津',
  '13': '冀',
  '14': '晋',
  '15': '蒙',
  '21': '辽',
  '22': '吉',
  '23': '黑',
  '31': '沪',
  '32': '苏',
  '33': '浙',
  '34': '皖',
  '35': '闽',
  '36': '赣',
  '37': '鲁',
  '41': '豫',
  '42': '鄂',
  '43': '湘',
  '44': '粤',
  '45': '桂',
  '46': '琼',
  '50': '渝',
  '51': '川',
  '52': '黔',
  '53': '滇',
  '54': '藏',
  '61': '陕',
  '62': '甘',
  '63': '青',
  '64': '宁',
  '65': '新',
  '71': '台',
  '81': '港',
  '82': '澳',
};

const pattern = /^(\p{Script=Han})执-(\d{6})-(\d{4})$/u;
export const realNameNumberExample = '赣执-360121-0007';
export const maximumRealNameSerial = 9999;

export interface RealNameNumberParts {
  abbreviation: string;
  regionCode: string;
  serial: number;
}

export function formatRealNameNumber(regionCode: string, serial: number): string {
  const division = regionCode.slice(0, 6);
  const abbreviation = provinceAbbreviations[division.slice(0, 2)];
  if (!abbreviation) throw new RangeError(`区划代码 ${regionCode} 不属于任何省级行政区`);
  if (!Number.isInteger(serial) || serial < 1 || serial > maximumRealNameSerial) {
    throw new RangeError(`实名制编号的顺序号应在 1–${maximumRealNameSerial} 之间：${serial}`);
  }
  return `${abbreviation}执-${division}-${String(serial).padStart(4, '0')}`;
}

/** The parts of a number, or a Chinese message saying what is wrong with it. */
export function parseRealNameNumber(text: string): RealNameNumberParts | { problem: string } {
  const match = pattern.exec(text.trim());
  if (!match)
    return { problem: `实名制编号格式应为“省简称执-6位区划代码-4位顺序号”，如 ${realNameNumberExample}` };
  const [, abbreviation, regionCode, serialText] = match as unknown as [string, string, string, string];
  const expected = provinceAbbreviations[regionCode.slice(0, 2)];
  if (!expected) return { problem: `区划代码 ${regionCode} 不属于任何省级行政区` };
  if (expected !== abbreviation) {
    return {
      problem: `区划代码 ${regionCode} 属于“${expected}”，编号开头应为“${expected}执”而不是“${abbreviation}执”`,
    };
  }
  const serial = Number(serialText);
  if (serial < 1) return { problem: '顺序号从 0001 开始' };
  return { abbreviation, regionCode, serial };
}

export function isRealNameNumber(text: string): boolean {
  return !('problem' in parseRealNameNumber(text));
}
