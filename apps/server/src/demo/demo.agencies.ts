import type { AgencyKind, AgencyLevel } from '@qingshan/domain';
import { generatePersonName } from './demo.names';
import { SeededRandom, stableUuid } from './demo.random';
import type { RegionRecord } from './demo.regions';

export interface AgencyRecord {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  level: AgencyLevel;
  regionCode: string;
  parentId: string | null;
  jurisdictionAgencyId: string | null;
  address: string;
  phone: string;
  headName: string;
  description: string | null;
  sortOrder: number;
  coveredRegionCodes: string[];
}

// Telephone area codes of the covered cities (GB/T 2260 city code → 区号).
const areaCodes: Record<string, string> = {
  '360100': '0791',
  '360200': '0798',
  '360300': '0799',
  '360400': '0792',
  '360500': '0790',
  '360600': '0701',
  '360700': '0797',
  '360800': '0796',
  '360900': '0795',
  '361000': '0794',
  '361100': '0793',
  '220100': '0431',
  '220200': '0432',
  '220300': '0434',
  '220400': '0437',
  '220500': '0435',
  '220600': '0439',
  '220700': '0438',
  '220800': '0436',
  '222400': '0433',
  '320600': '0513',
};

const roadNames = [
  '人民路',
  '解放路',
  '建设路',
  '中山路',
  '环城路',
  '新华路',
  '青山路',
  '滨江大道',
  '府前路',
  '文化路',
  '迎宾大道',
  '工业大道',
  '长安街',
  '湖滨路',
  '朝阳路',
];
const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function agencyId(code: string): string {
  return stableUuid('agency', code);
}

/** 海安市 → 海安, 如东县 → 如东, 崇川区 → 崇川 (seed 003 names bureaus by the short form). */
function shortRegionName(name: string): string {
  return name.length > 2 ? name.replace(/[市县区]$/, '') : name;
}

/**
 * The agencies of the covered provinces (ORG-1): each province department (厅) and its
 * enforcement bureau; each city bureau and its 支队; each county bureau and its 大队 (局队站合一,
 * seed 004); in Nantong the structure of seed 003 (综合行政执法局 at city and county level under
 * 局队合一, numbered field offices 执法N局 by area, a regional bureau for the development zone,
 * grids in 海安). Enforcement units exercise their bureau's jurisdiction.
 */
export function buildDemoAgencies(regions: RegionRecord[]): AgencyRecord[] {
  const random = new SeededRandom('qingshan-demo-agencies');
  const byParent = new Map<string, RegionRecord[]>();
  for (const region of regions) {
    if (!region.parentCode) continue;
    const siblings = byParent.get(region.parentCode) ?? [];
    siblings.push(region);
    byParent.set(region.parentCode, siblings);
  }
  const childrenOf = (code: string) => byParent.get(code) ?? [];
  const records: AgencyRecord[] = [];

  const add = (
    input: Omit<
      AgencyRecord,
      'id' | 'sortOrder' | 'address' | 'phone' | 'headName' | 'coveredRegionCodes' | 'description'
    > &
      Partial<Pick<AgencyRecord, 'description' | 'coveredRegionCodes' | 'address'>>,
    cityCode: string,
    regionFullName: string,
  ): AgencyRecord => {
    const areaCode = areaCodes[cityCode] ?? '0791';
    const record: AgencyRecord = {
      ...input,
      id: agencyId(input.code),
      sortOrder: records.length + 1,
      address: input.address ?? `${regionFullName}${random.pick(roadNames)}${random.integer(1, 399)}号`,
      phone: `${areaCode}-${random.integer(6, 8)}${String(random.integer(0, 9_999_999)).padStart(7, '0')}`,
      headName: generatePersonName(random),
      description: input.description ?? null,
      coveredRegionCodes: input.coveredRegionCodes ?? [],
    };
    records.push(record);
    return record;
  };

  for (const province of regions.filter((region) => region.level === 'province')) {
    const provinceCityCode = province.code === '320000' ? '320600' : `${province.code.slice(0, 2)}0100`;
    const department = add(
      {
        code: `${province.code}-DEPT`,
        name: `${province.name}生态环境厅`,
        shortName: `${province.name.replace('省', '')}省厅`,
        kind: 'provincial_department',
        level: 'province',
        regionCode: province.code,
        parentId: null,
        jurisdictionAgencyId: null,
      },
      provinceCityCode,
      province.fullName,
    );
    add(
      {
        code: `${province.code}-ENF`,
        name: `${province.name}生态环境保护综合执法局`,
        shortName: `${province.name.replace('省', '')}省执法局`,
        kind: 'provincial_enforcement_bureau',
        level: 'province',
        regionCode: province.code,
        parentId: department.id,
        jurisdictionAgencyId: department.id,
        description:
          '省厅执法机构：组织全省执法检查，查处省级执法事项和重大案件，管理全省执法骨干库（赣环执法〔2022〕能力建设年实施意见）',
      },
      provinceCityCode,
      province.fullName,
    );
    for (const city of childrenOf(province.code)) {
      if (city.code === '320600') addNantong(city, department.id);
      else addCity(city, department.id);
    }
  }

  function addCity(city: RegionRecord, departmentId: string) {
    const bureau = add(
      {
        code: `${city.code}-BUR`,
        name: `${city.name}生态环境局`,
        shortName: `${city.name}局`,
        kind: 'city_bureau',
        level: 'city',
        regionCode: city.code,
        parentId: departmentId,
        jurisdictionAgencyId: null,
      },
      city.code,
      city.fullName,
    );
    add(
      {
        code: `${city.code}-ENF`,
        name: `${city.name}生态环境保护综合执法支队`,
        shortName: `${city.name}支队`,
        kind: 'city_enforcement_unit',
        level: 'city',
        regionCode: city.code,
        parentId: bureau.id,
        jurisdictionAgencyId: bureau.id,
      },
      city.code,
      city.fullName,
    );
    for (const county of childrenOf(city.code)) {
      if (county.isDevelopmentZone) {
        add(
          {
            code: `${county.code}-BUR`,
            name: `${county.name}生态环境分局`,
            shortName: `${county.name}分局`,
            kind: 'county_bureau',
            level: 'county',
            regionCode: county.code,
            parentId: bureau.id,
            jurisdictionAgencyId: null,
          },
          city.code,
          county.fullName,
        );
        continue;
      }
      const countyBureau = add(
        {
          code: `${county.code}-BUR`,
          name: `${county.name}生态环境局`,
          shortName: `${county.name}局`,
          kind: 'county_bureau',
          level: 'county',
          regionCode: county.code,
          parentId: bureau.id,
          jurisdictionAgencyId: null,
        },
        city.code,
        county.fullName,
      );
      add(
        {
          code: `${county.code}-ENF`,
          name: `${county.name}生态环境保护综合执法大队`,
          shortName: `${county.name}大队`,
          kind: 'county_enforcement_unit',
          level: 'county',
          regionCode: county.code,
          parentId: countyBureau.id,
          jurisdictionAgencyId: countyBureau.id,
        },
        city.code,
        county.fullName,
      );
    }
  }

  function addNantong(city: RegionRecord, departmentId: string) {
    const bureau = add(
      {
        code: `${city.code}-BUR`,
        name: '南通市生态环境局',
        shortName: '南通市局',
        kind: 'city_bureau',
        level: 'city',
        regionCode: city.code,
        parentId: departmentId,
        jurisdictionAgencyId: null,
      },
      city.code,
      city.fullName,
    );
    const cityEnforcement = add(
      {
        code: `${city.code}-ENF`,
        name: '南通市生态环境综合行政执法局',
        shortName: '南通市执法局',
        kind: 'city_enforcement_unit',
        level: 'city',
        regionCode: city.code,
        parentId: bureau.id,
        jurisdictionAgencyId: bureau.id,
        description:
          '挂南通市生态环境应急中心牌子，由市生态环境局管理；查处跨县（市）、区违法行为，指导、稽查全市执法（南通市综合执法改革实施方案 三(二)）',
      },
      city.code,
      city.fullName,
    );
    for (const county of childrenOf(city.code)) {
      const towns = childrenOf(county.code);
      if (county.isDevelopmentZone) {
        add(
          {
            code: `${county.code}-ZONE`,
            name: `南通市${county.name.replace('南通', '')}生态环境综合行政执法局`,
            shortName: `${county.name.replace('南通', '')}执法局`,
            kind: 'zone_enforcement_bureau',
            level: 'county',
            regionCode: county.code,
            parentId: cityEnforcement.id,
            jurisdictionAgencyId: null,
            description:
              '省级以上开发区单独设置的区域性生态环境综合行政执法局（南通市综合执法改革实施方案 三(二)）',
            coveredRegionCodes: towns.map((town) => town.code),
          },
          city.code,
          county.fullName,
        );
        continue;
      }
      const short = shortRegionName(county.name);
      const countyBureau = add(
        {
          code: `${county.code}-BUR`,
          name: `南通市${short}生态环境局`,
          shortName: `${short}局`,
          kind: 'county_bureau',
          level: 'county',
          regionCode: county.code,
          parentId: bureau.id,
          jurisdictionAgencyId: null,
          description: '驻县（市）、区生态环境局，随综合行政执法局一并由南通市生态环境局统一管理',
        },
        city.code,
        county.fullName,
      );
      const countyEnforcement = add(
        {
          code: `${county.code}-ENF`,
          name: `南通市${short}生态环境综合行政执法局`,
          shortName: `${short}执法局`,
          kind: 'county_enforcement_unit',
          level: 'county',
          regionCode: county.code,
          parentId: countyBureau.id,
          jurisdictionAgencyId: countyBureau.id,
          description: '局队合一：驻县（市）、区生态环境局局长兼任综合行政执法局局长',
        },
        city.code,
        county.fullName,
      );
      // 执法N局 by area: the towns split into groups of about six.
      const groupCount = Math.max(2, Math.min(chineseNumerals.length, Math.ceil(towns.length / 6)));
      for (let group = 0; group < groupCount; group++) {
        const covered = towns.filter((_, index) => index % groupCount === group);
        if (covered.length === 0) continue;
        const numeral = chineseNumerals[group]!;
        const fieldOffice = add(
          {
            code: `${county.code}-ENF-${group + 1}`,
            name: `南通市${short}生态环境综合行政执法${numeral}局`,
            shortName: `${short}执法${numeral}局`,
            kind: 'field_office',
            level: 'field',
            regionCode: county.code,
            parentId: countyEnforcement.id,
            jurisdictionAgencyId: null,
            description: `按区域设置的执法${numeral}局，负责${covered.map((town) => town.name).join('、')}`,
            coveredRegionCodes: covered.map((town) => town.code),
          },
          city.code,
          covered[0]!.fullName,
        );
        if (county.code === '320685') {
          // 海安: environmental grids merged into the towns' grids (seed 003, 三(二) last paragraph).
          for (const town of covered) {
            add(
              {
                code: `${town.code}-GRID`,
                name: `${town.name}环境监管网格`,
                shortName: `${town.name}网格`,
                kind: 'grid',
                level: 'field',
                regionCode: town.code,
                parentId: fieldOffice.id,
                jurisdictionAgencyId: null,
                coveredRegionCodes: [town.code],
              },
              city.code,
              town.fullName,
            );
          }
        }
      }
    }
  }

  // Police receiving transfers (CASE-11, JA-7): outside the environmental tree, their own root.
  const policeProvince = add(
    {
      code: '360000-POLICE',
      name: '江西省公安厅食品药品与环境犯罪侦查总队',
      shortName: '省公安厅环侦总队',
      kind: 'police',
      level: 'province',
      regionCode: '360000',
      parentId: null,
      jurisdictionAgencyId: null,
    },
    '360100',
    '江西省南昌市',
  );
  add(
    {
      code: '360100-POLICE',
      name: '南昌市公安局食品药品与环境犯罪侦查支队',
      shortName: '南昌市公安局环侦支队',
      kind: 'police',
      level: 'city',
      regionCode: '360100',
      parentId: policeProvince.id,
      jurisdictionAgencyId: null,
    },
    '360100',
    '江西省南昌市',
  );
  return records;
}
