import type { JointEnforcementRules, ProfileAgencyLevel } from '../profile/index';

/**
 * Who leads a cross-region joint action (JA-1). Jiangxi 000 art. 9: province-wide and cross-city
 * actions are led by the province department; city-wide and cross-county actions by the city
 * bureau where they take place. Jilin 001 art. 6 para. 2 says the same of 省/市（州）. The rule is the
 * lowest common superior of the regions involved on the GB/T 2260 tree, raised to the lowest level
 * that may lead at all (`initiators` of the profile: counties carry actions out but do not lead
 * them — an action inside one county is led by its city).
 */

export type RegionTreeLevel = ProfileAgencyLevel | 'town';

/** One division of the tree. */
export interface RegionNode {
  code: string;
  name: string;
  level: RegionTreeLevel;
}

/** A region involved and its superiors, nearest first, ending at the province. */
export type RegionPath = readonly RegionNode[];

export type LeadScope = 'province_wide' | 'cross_city' | 'city_wide' | 'cross_county' | 'within_county';

export interface LeadDecision {
  /** The division whose ecological-environment agency leads. */
  leadRegion: RegionNode;
  scope: LeadScope;
  /** The regions involved at the level that decided it (the cities of a cross-city action …). */
  involvedAtDecidingLevel: RegionNode[];
  /** Why, in Chinese, for the action page. */
  explanation: string;
  /** The article that decides it, from the province profile. */
  basis: string;
}

export class LeadAgencyRuleError extends Error {}

const rank: Record<RegionTreeLevel, number> = { province: 0, city: 1, county: 2, town: 3 };

function nodeAt(path: RegionPath, level: RegionTreeLevel): RegionNode | undefined {
  return path.find((node) => node.level === level);
}

function distinctBy(nodes: (RegionNode | undefined)[]): RegionNode[] {
  const seen = new Map<string, RegionNode>();
  for (const node of nodes) if (node && !seen.has(node.code)) seen.set(node.code, node);
  return [...seen.values()];
}

function checkPath(path: RegionPath): void {
  const first = path[0];
  const last = path[path.length - 1];
  if (!first || !last || last.level !== 'province') {
    throw new LeadAgencyRuleError('行政区划不完整：每个涉及的区划须能上溯到省级');
  }
  for (let index = 1; index < path.length; index++) {
    if (rank[(path[index] as RegionNode).level] >= rank[(path[index - 1] as RegionNode).level]) {
      throw new LeadAgencyRuleError(`行政区划 ${first.code} 的上级顺序不正确`);
    }
  }
}

/** The lead of an action over `involved` regions, under the province's joint-enforcement rules. */
export function decideLeadRegion(
  involved: readonly RegionPath[],
  rules: Pick<JointEnforcementRules, 'initiators' | 'leadAgency'>,
): LeadDecision {
  if (involved.length === 0) throw new LeadAgencyRuleError('请至少选择一个涉及的行政区划');
  for (const path of involved) checkPath(path);
  const provinces = distinctBy(involved.map((path) => path[path.length - 1]));
  if (provinces.length > 1) {
    throw new LeadAgencyRuleError(
      `涉及${provinces.map((node) => node.name).join('、')}，跨省的联合执法不在本省办法的适用范围内`,
    );
  }
  const province = provinces[0] as RegionNode;
  const basis = rules.leadAgency.basis;
  const leaders = new Set<RegionTreeLevel>(rules.initiators.levels);
  const cities = distinctBy(involved.map((path) => nodeAt(path, 'city')));
  const isProvinceItself = involved.some((path) => path.length === 1);
  const names = (nodes: RegionNode[]) => nodes.map((node) => node.name).join('、');

  if (isProvinceItself) {
    return {
      leadRegion: province,
      scope: 'province_wide',
      involvedAtDecidingLevel: [province],
      explanation: `全省性的联合执法行动，由${province.name}生态环境主管部门牵头组织`,
      basis,
    };
  }
  if (cities.length > 1 || !leaders.has('city')) {
    return {
      leadRegion: province,
      scope: 'cross_city',
      involvedAtDecidingLevel: cities,
      explanation:
        cities.length > 1
          ? `涉及${cities.length}个设区市（${names(cities)}），跨设区市的联合执法行动由省生态环境主管部门牵头组织`
          : `本省由省级组织联合执法行动，${names(cities)}的行动由省生态环境主管部门牵头组织`,
      basis,
    };
  }
  const city = cities[0] as RegionNode;
  const isCityItself = involved.some((path) => (path[0] as RegionNode).code === city.code);
  const counties = distinctBy(involved.map((path) => nodeAt(path, 'county')));
  if (isCityItself) {
    return {
      leadRegion: city,
      scope: 'city_wide',
      involvedAtDecidingLevel: [city],
      explanation: `行动在${city.name}辖区内（含市本级${counties.length > 0 ? `及${names(counties)}` : ''}），全市性的联合执法行动由${city.name}生态环境主管部门牵头组织`,
      basis,
    };
  }
  if (counties.length > 1) {
    return {
      leadRegion: city,
      scope: 'cross_county',
      involvedAtDecidingLevel: counties,
      explanation: `涉及${city.name}的${counties.length}个县（市、区）（${names(counties)}），跨县（市、区）的联合执法行动由所在地设区市${city.name}生态环境主管部门牵头组织`,
      basis,
    };
  }
  const county = counties[0] as RegionNode;
  if (leaders.has('county')) {
    return {
      leadRegion: county,
      scope: 'within_county',
      involvedAtDecidingLevel: [county],
      explanation: `行动在${county.name}一地，由${county.name}生态环境主管部门牵头组织`,
      basis,
    };
  }
  return {
    leadRegion: city,
    scope: 'within_county',
    involvedAtDecidingLevel: [county],
    explanation: `行动在${county.name}一地；县级部门不单独牵头联合执法，由所在地设区市${city.name}生态环境主管部门牵头组织`,
    basis,
  };
}
