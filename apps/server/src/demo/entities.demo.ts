import {
  generateCreditCode,
  type KeyPolluterMedium,
  type OperatingStatus,
  type PermitClass,
  toShanghaiDate,
} from '@qingshan/domain';
import { insertMany } from '../db/bulk';
import type { Database } from '../db/client';
import { entityEvents, keyPolluterListings, regulatedEntities } from '../db/schema/index';
import { nameSortKeyOf } from '../lib/name-sort-key';
import { loadOwnershipResolver } from '../modules/entities/index';
import { agencyId } from './demo.agencies';
import type { DemoContext, DemoStep } from './demo.context';
import { type CountyShape, loadCountyShapes, samplePointInShape } from './demo.county-shapes';
import { generateMobileNumber, generatePersonName } from './demo.names';
import { SeededRandom, stableUuid } from './demo.random';
import type { RegionRecord } from './demo.regions';
import {
  type Archetype,
  archetypes,
  campaigns,
  cityShortNames,
  cityWeightFactors,
  compliantFindings,
  districtWeightFactors,
  industrialCounties,
  minorFindings,
  penaltyAbbreviations,
  provinceShortNames,
  quietCounties,
  roadNames,
  seriousFindingKeys,
  specialSupervisionReasons,
  tradeNameCharacters,
  violationFindings,
} from './entities.data.demo';

/**
 * The demo province's regulated entities (REG-1) and their history (REG-2): about 20,000 in
 * Jiangxi and a few hundred in Nantong and Jilin at full scale, a tenth for the test template.
 * Counties get entities by weight (city districts and industrial counties more); kinds follow
 * `archetypes` with each city's specialities; ~10 % are key polluters, listed for the last three
 * years by the media their industry discharges; coordinates fall inside the county's outline.
 * The timeline holds three years of inspections, penalties (numbered per city and year, 洪环罚〔2025〕23号)
 * and closed rectifications, so the entity page and its compliance strip have something to show.
 */
const entityCounts = {
  full: { '36': 20_000, '22': 600, '32': 400 },
  small: { '36': 2_000, '22': 60, '32': 40 },
  province: { '36': 96_000, '22': 2_400, '32': 1_600 },
} as const;

/** Share of key polluters the generator aims at (the issue: ~10 %). */
const keyPolluterShare = 0.1;

const cityScale: Record<string, number> = {
  '3601': 1.5,
  '3604': 1.2,
  '3607': 1.1,
  '3611': 1.1,
  '3609': 1.1,
  '3605': 1.1,
  '3606': 1.0,
  '3608': 0.95,
  '3610': 0.9,
  '3603': 0.95,
  '3602': 0.95,
};

const dayMs = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

function dayBetween(random: SeededRandom, from: string, to: string): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (end <= start) return from;
  return new Date(start + random.integer(0, Math.round((end - start) / dayMs)) * dayMs)
    .toISOString()
    .slice(0, 10);
}

/** Splits `total` over the weights by largest remainder, so the counts add up exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  const remainders = exact.map((value, index) => ({ index, rest: value - counts[index]! }));
  remainders.sort((a, b) => b.rest - a.rest || a.index - b.index);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let index = 0; index < missing; index++) counts[remainders[index]!.index]! += 1;
  return counts;
}

interface County {
  region: RegionRecord;
  cityCode: string;
  towns: RegionRecord[];
  isDistrict: boolean;
  shape: CountyShape | undefined;
  /** How firms name the place: 进贤县, or 长春市 for a development zone. */
  placeName: string;
}

function countyWeight(county: County): number {
  const name = county.region.name;
  let weight = county.region.isDevelopmentZone
    ? 0.8
    : name.endsWith('区')
      ? 1.3
      : name.endsWith('市')
        ? 1.2
        : 1;
  if (industrialCounties.has(county.region.code)) weight *= 1.7;
  if (quietCounties.has(county.region.code)) weight *= 0.5;
  return weight * (cityScale[county.cityCode] ?? 1);
}

const stemOfTown = (name: string) => name.replace(/(街道|镇|乡|民族乡|办事处)$/, '');

interface EntityPlan {
  id: string;
  county: County;
  town: RegionRecord | undefined;
  archetype: Archetype;
  classCode: string;
  words: readonly string[];
}

interface GeneratedEvent {
  id: string;
  entityId: string;
  occurredOn: string;
  kind: string;
  title: string;
  detail: string | null;
  compliance: string | null;
  agencyId: string;
  createdAt: Date;
  penaltyOf?: { cityCode: string; text: string };
}

export const entityDemoStep: DemoStep = {
  name: '监管对象',
  async load(db: Database, context: DemoContext): Promise<string> {
    const random = new SeededRandom('qingshan-demo-entities');
    const today = toShanghaiDate(context.now);
    const thisYear = Number(today.slice(0, 4));
    const shapes = loadCountyShapes();
    const ownership = await loadOwnershipResolver(db);
    const agencyIds = new Set(context.agencies.map((agency) => agency.id));

    const townsByCounty = new Map<string, RegionRecord[]>();
    for (const region of context.regions) {
      if (region.level !== 'town' || !region.parentCode) continue;
      const list = townsByCounty.get(region.parentCode) ?? [];
      list.push(region);
      townsByCounty.set(region.parentCode, list);
    }
    const regionsByCode = new Map(context.regions.map((region) => [region.code, region]));
    const counties: County[] = context.regions
      .filter((region) => region.level === 'county')
      .map((region) => {
        const cityCode = region.code.slice(0, 4);
        const cityName = regionsByCode.get(`${cityCode}00`)?.name ?? '';
        return {
          region,
          cityCode,
          towns: townsByCounty.get(region.code) ?? [],
          isDistrict: region.name.endsWith('区') && !region.isDevelopmentZone,
          shape: shapes[region.code],
          placeName: region.isDevelopmentZone ? cityName : region.name,
        };
      });

    // 1. Where and what: counties by weight, a town in each, an archetype by the city's mix.
    const plans: EntityPlan[] = [];
    const counts = entityCounts[context.scale];
    for (const [provinceCode, total] of Object.entries(counts)) {
      const inProvince = counties.filter((county) =>
        provinceCode === '32' ? county.cityCode === '3206' : county.region.code.startsWith(provinceCode),
      );
      const perCounty = apportion(total, inProvince.map(countyWeight));
      inProvince.forEach((county, countyIndex) => {
        const mix = archetypes.map(
          (archetype) =>
            [
              archetype,
              archetype.weight *
                (cityWeightFactors[county.cityCode]?.[archetype.key] ?? 1) *
                (county.isDistrict ? (districtWeightFactors[archetype.key] ?? 1) : 1),
            ] as const,
        );
        const townWeights = county.towns.map(
          (town) => [town, town.name.endsWith('街道') ? 1 : town.name.endsWith('乡') ? 0.5 : 1.3] as const,
        );
        for (let index = 0; index < perCounty[countyIndex]!; index++) {
          const archetype = random.pickWeighted(mix);
          const [classCode, , classWords] = random.pickWeighted(
            archetype.classes.map((entry) => [entry, entry[1]] as const),
          );
          plans.push({
            id: stableUuid('entity', `${county.region.code}-${index}`),
            county,
            town: townWeights.length > 0 ? random.pickWeighted(townWeights) : undefined,
            archetype,
            classCode,
            words: classWords ?? archetype.words,
          });
        }
      });
    }

    // 2. Who is a key polluter: scale the archetypes' rates so that about 10 % are.
    const rateSum = plans.reduce((sum, plan) => sum + plan.archetype.keyRate, 0);
    const keyFactor = rateSum === 0 ? 0 : (keyPolluterShare * plans.length) / rateSum;

    const usedNames = new Set<string>();
    const usedCodes = new Set<string>();
    const entityRows: (typeof regulatedEntities.$inferInsert)[] = [];
    const listingRows: (typeof keyPolluterListings.$inferInsert)[] = [];
    const events: GeneratedEvent[] = [];
    let keyCount = 0;
    let eventSequence = 0;
    const nextEventId = () => stableUuid('entity-event', String(eventSequence++));

    const tradeName = () => {
      const first = random.pick(tradeNameCharacters);
      let second = random.pick(tradeNameCharacters);
      while (second === first) second = random.pick(tradeNameCharacters);
      return first + second;
    };

    for (const plan of plans) {
      const { county, town, archetype } = plan;
      const provinceCode = county.region.code.slice(0, 2);
      const province = provinceShortNames[provinceCode] ?? '';
      const cityShort = cityShortNames[county.cityCode] ?? '';
      const isKey = random.chance(Math.min(0.95, archetype.keyRate * keyFactor));
      const { name, authority, category } = nameEntity(random, plan, {
        province,
        cityShort,
        isKey,
        tradeName,
        usedNames,
      });
      usedNames.add(name);

      const registrationRegion = county.region.isDevelopmentZone
        ? `${county.cityCode}00`
        : county.region.code;
      let creditCode = generateCreditCode(() => random.next(), {
        regionCode: registrationRegion,
        authority,
        category,
      });
      while (usedCodes.has(creditCode)) {
        creditCode = generateCreditCode(() => random.next(), {
          regionCode: registrationRegion,
          authority,
          category,
        });
      }
      usedCodes.add(creditCode);

      const regionCode = town?.code ?? county.region.code;
      const ownerAgencyId = ownership.ownerOf(regionCode);
      if (!ownerAgencyId) throw new Error(`演示监管对象：${regionCode} 没有所属机构`);

      const operatingStatus: OperatingStatus = random.pickWeighted<OperatingStatus>(
        isKey
          ? [
              ['operating', 95],
              ['suspended', 3],
              ['under_construction', 1],
              ['closed', 1],
            ]
          : [
              ['operating', 86],
              ['suspended', 6],
              ['closed', 5],
              ['under_construction', 3],
            ],
      );

      // Key polluters listed for three years (some newly listed); a closed one drops off this year.
      const listedYears: number[] = [];
      const media = new Set<KeyPolluterMedium>();
      if (isKey) {
        const firstYear = random.pickWeighted([
          [thisYear - 2, 80],
          [thisYear - 1, 12],
          [thisYear, 8],
        ] as const);
        for (let year = firstYear; year <= thisYear; year++) {
          if (operatingStatus === 'closed' && year === thisYear) continue;
          listedYears.push(year);
        }
        for (const medium of archetype.media) media.add(medium);
        for (const [medium, probability] of archetype.extraMedia ?? [])
          if (random.chance(probability)) media.add(medium);
        if (random.chance(0.04)) media.add('noise');
        for (const year of listedYears) {
          for (const medium of media) listingRows.push({ entityId: plan.id, year, medium });
        }
        if (listedYears.includes(thisYear)) keyCount++;
      }

      const createdOn = dayBetween(random, addDays(today, -2200), addDays(today, -20));
      const { permitClass, permitNumber, permitValidUntil } = planPermit(random, {
        archetype,
        isKey,
        operatingStatus,
        creditCode,
        today,
      });
      const monitorable = isKey && (media.has('water') || media.has('air'));
      const hasAutomaticMonitoring = monitorable ? random.chance(0.88) : random.chance(0.025);
      const isMonitoringNetworked = hasAutomaticMonitoring && random.chance(monitorable ? 0.93 : 0.7);
      const isSpecialSupervision = random.chance(isKey ? 0.05 : 0.012);
      const coordinates =
        county.shape && random.chance(0.97) ? samplePointInShape(random, county.shape) : null;
      const legalRepresentative = generatePersonName(random);
      const townLabel = town?.fullName ?? county.region.fullName;
      const address =
        plan.archetype.style === 'farm'
          ? `${townLabel}${random.pick(tradeNameCharacters)}${random.chance(0.5) ? '家' : random.pick(tradeNameCharacters)}村${random.integer(1, 12)}组`
          : `${townLabel}${random.pick(roadNames)}${random.integer(1, 1999)}号`;
      const createdAt = new Date(Date.parse(`${createdOn}T01:30:00Z`) + random.integer(0, 28_800) * 1000);
      const updatedOn = dayBetween(random, createdOn, today);
      entityRows.push({
        id: plan.id,
        creditCode,
        name,
        nameSortKey: nameSortKeyOf(name),
        legalRepresentative,
        address,
        regionCode,
        countyCode: county.region.code,
        ownerAgencyId,
        industryCode: plan.classCode,
        permitNumber,
        permitClass,
        permitValidUntil,
        isSpecialSupervision,
        specialSupervisionReason: isSpecialSupervision ? random.pick(specialSupervisionReasons) : null,
        hasAutomaticMonitoring,
        isMonitoringNetworked,
        operatingStatus,
        longitude: coordinates?.longitude ?? null,
        latitude: coordinates?.latitude ?? null,
        contactPerson: random.chance(0.55) ? generatePersonName(random) : legalRepresentative,
        contactPhone: generateMobileNumber(random),
        createdAt,
        updatedAt: new Date(Math.max(createdAt.getTime(), Date.parse(`${updatedOn}T02:00:00Z`))),
      });

      // 3. History: the record's creation, then three years of inspections and what followed.
      events.push({
        id: nextEventId(),
        entityId: plan.id,
        occurredOn: createdOn,
        kind: 'registry_created',
        title: '建立监管档案',
        detail: `纳入监管对象名录库（${county.region.fullName}）`,
        compliance: null,
        agencyId: ownerAgencyId,
        createdAt,
      });
      const cityEnforcement = agencyId(`${county.cityCode}00-ENF`);
      const cityBureau = agencyId(`${county.cityCode}00-BUR`);
      generateHistory(random, {
        plan,
        isKey,
        operatingStatus,
        createdOn,
        today,
        thisYear,
        ownerAgencyId,
        cityEnforcementId: agencyIds.has(cityEnforcement) ? cityEnforcement : ownerAgencyId,
        cityBureauId: agencyIds.has(cityBureau) ? cityBureau : ownerAgencyId,
        nextEventId,
        events,
      });
    }

    numberPenalties(events);
    await insertMany(db, regulatedEntities, entityRows);
    await insertMany(db, keyPolluterListings, listingRows);
    await insertMany(
      db,
      entityEvents,
      events.map(({ penaltyOf: _penalty, ...event }) => ({
        ...event,
        sourceType: null,
        sourceId: null,
        createdBy: null,
      })),
    );
    return `监管对象：${entityRows.length} 个（重点排污单位 ${keyCount} 个），档案事件 ${events.length} 条`;
  },
};

function nameEntity(
  random: SeededRandom,
  plan: EntityPlan,
  options: {
    province: string;
    cityShort: string;
    isKey: boolean;
    tradeName: () => string;
    usedNames: Set<string>;
  },
): { name: string; authority: string; category: string } {
  for (let attempt = 0; attempt < 50; attempt++) {
    const candidate = proposeName(random, plan, options, attempt);
    if (!options.usedNames.has(candidate.name)) return candidate;
  }
  // After 50 collisions (a tiny county with many firms of one kind): a numbered branch is unique.
  const base = proposeName(random, plan, options, 99);
  let serial = 2;
  while (options.usedNames.has(`${base.name}第${serial}分公司`)) serial++;
  return { ...base, name: `${base.name}第${serial}分公司` };
}

/** `{地名}{字号}{行业}{组织形式}` in the forms each kind of entity really uses. */
function proposeName(
  random: SeededRandom,
  plan: EntityPlan,
  options: { province: string; cityShort: string; isKey: boolean; tradeName: () => string },
  attempt: number,
): { name: string; authority: string; category: string } {
  const { county, town, classCode } = plan;
  const trade = options.tradeName();
  const word = random.pick(plan.words);
  const countyName = county.placeName;
  const townName = town && !town.name.endsWith('街道') ? town.name : '';
  const townStem = town ? stemOfTown(town.name) : stemOfTown(county.region.name);
  const company = (industryWord: string) => {
    const place = random.pickWeighted([
      [countyName, 40],
      [options.cityShort, 25],
      [options.province, options.isKey ? 25 : 12],
      [`${options.cityShort}市`, 10],
      ['', 8],
    ] as const);
    const form = random.pickWeighted([
      ['有限公司', 62],
      ['有限责任公司', 18],
      ['股份有限公司', options.isKey ? 20 : 5],
    ] as const);
    if (place === '') return `${trade}${industryWord}（${options.cityShort}）${form}`;
    return `${place}${trade}${industryWord}${form}`;
  };
  const enterprise = (name: string) => ({ name, authority: '9', category: '1' });
  const individual = (name: string) => ({ name, authority: '9', category: '2' });
  const publicInstitution = (name: string) => ({ name, authority: '1', category: '2' });

  switch (plan.archetype.style) {
    case 'farm': {
      const roll = random.next();
      if (roll < 0.4) return individual(`${countyName}${townName}${trade}养殖场`);
      if (roll < 0.65) return enterprise(company(word));
      if (roll < 0.85) {
        return { name: `${countyName}${trade}${plan.words[0]}专业合作社`, authority: '9', category: '3' };
      }
      return individual(`${countyName}${townName}${trade}家庭农场`);
    }
    case 'repair': {
      if (classCode === '8112') return enterprise(`${countyName}${trade}工程机械维修有限公司`);
      const roll = random.next();
      if (roll < 0.45) return enterprise(`${countyName}${trade}汽车维修服务有限公司`);
      if (roll < 0.75) return individual(`${countyName}${townName}${trade}汽车修理厂`);
      return individual(
        `${countyName}${townName}${trade}${random.pick(['汽车维修部', '汽修店', '汽车服务中心'])}`,
      );
    }
    case 'fuel': {
      const direction =
        attempt === 0 ? '' : random.pick(['东', '西', '南', '北', '城东', '城南', '工业园', '高速', '环城']);
      if (classCode === '5266') return enterprise(`${countyName}${trade}天然气加气站有限公司`);
      const roll = random.next();
      if (roll < 0.35) {
        return enterprise(
          `中国石化销售股份有限公司${options.province}${options.cityShort}石油分公司${townStem}${direction}加油站`,
        );
      }
      if (roll < 0.5) {
        return enterprise(
          `中国石油天然气股份有限公司${options.province}${options.cityShort}销售分公司${townStem}${direction}加油站`,
        );
      }
      if (roll < 0.8) return individual(`${countyName}${townName}${trade}加油站`);
      return enterprise(`${countyName}${trade}${random.pick(['石油', '能源', '石化'])}有限公司`);
    }
    case 'hospital': {
      const unique = attempt < 2;
      switch (classCode) {
        case '8411':
          if (unique)
            return publicInstitution(attempt === 0 ? `${countyName}人民医院` : `${countyName}第二人民医院`);
          return random.chance(0.5)
            ? { name: `${countyName}${trade}医院`, authority: '5', category: '2' }
            : enterprise(`${countyName}${trade}医院有限公司`);
        case '8412':
          if (unique && attempt === 0) return publicInstitution(`${countyName}中医院`);
          return { name: `${countyName}${trade}中医医院`, authority: '5', category: '2' };
        case '8433':
          if (attempt === 0) return publicInstitution(`${countyName}妇幼保健院`);
          return { name: `${countyName}${trade}门诊部`, authority: '5', category: '2' };
        case '8423':
          if (townName && attempt === 0) return publicInstitution(`${countyName}${townName}卫生院`);
          return individual(`${countyName}${townName}${trade}诊所`);
        case '8415': {
          const speciality = random.pick(['眼科', '口腔', '妇产', '骨科', '肛肠', '皮肤病']);
          return random.chance(0.6)
            ? enterprise(`${countyName}${trade}${speciality}医院有限公司`)
            : { name: `${countyName}${trade}${speciality}医院`, authority: '5', category: '2' };
        }
        default:
          return random.chance(0.5)
            ? { name: `${countyName}${trade}门诊部`, authority: '5', category: '2' }
            : individual(`${countyName}${townName}${trade}诊所`);
      }
    }
    case 'utility': {
      if (classCode === '4620') {
        const roll = random.next();
        if (roll < 0.4 && townName && attempt === 0) return enterprise(`${countyName}${townName}污水处理厂`);
        if (roll < 0.75) {
          return enterprise(
            `${countyName}${random.pick(['城东', '城西', '城南', '城北', '工业园区', '第二'])}污水处理有限公司`,
          );
        }
        return enterprise(company(word));
      }
      if (classCode === '4610') {
        return attempt === 0
          ? enterprise(`${countyName}自来水有限公司`)
          : enterprise(`${countyName}${trade}供水有限公司`);
      }
      return attempt === 0
        ? publicInstitution(`${countyName}生活垃圾填埋场`)
        : enterprise(`${countyName}${trade}${random.pick(['环境卫生管理', '环卫服务', '环境服务'])}有限公司`);
    }
    case 'power': {
      if (classCode === '4411' && attempt === 0) {
        return enterprise(
          `${random.pick(['华能', '大唐', '国家电投', '华电', '国能'])}${options.cityShort}发电有限公司`,
        );
      }
      return enterprise(company(word));
    }
    case 'mine': {
      const roll = random.next();
      if (roll < 0.6) return enterprise(company(word));
      if (plan.archetype.key === 'quarry') return individual(`${countyName}${townName}${trade}采石场`);
      return enterprise(`${countyName}${townName}${trade}${word.endsWith('矿') ? word : `${word}矿`}`);
    }
    default: {
      if (plan.archetype.factoryWord && random.chance(0.14)) {
        return enterprise(`${countyName}${trade}${plan.archetype.factoryWord}厂`);
      }
      return enterprise(company(word));
    }
  }
}

function planPermit(
  random: SeededRandom,
  options: {
    archetype: Archetype;
    isKey: boolean;
    operatingStatus: OperatingStatus;
    creditCode: string;
    today: string;
  },
): { permitClass: PermitClass | null; permitNumber: string | null; permitValidUntil: string | null } {
  const { archetype, isKey, operatingStatus, creditCode, today } = options;
  let permitClass: PermitClass | null;
  if (operatingStatus === 'under_construction') permitClass = null;
  else if (isKey) permitClass = 'key';
  else if (archetype.permit === 'none') permitClass = null;
  else if (archetype.permit === 'light') {
    permitClass = random.pickWeighted<PermitClass | null>([
      ['simplified', 10],
      ['registration', 70],
      [null, 20],
    ]);
  } else {
    permitClass = random.pickWeighted<PermitClass | null>([
      ['key', archetype.keyRate >= 0.3 ? 8 : 1],
      ['simplified', 45],
      ['registration', 40],
      [null, 15],
    ]);
  }
  if (!permitClass) return { permitClass: null, permitNumber: null, permitValidUntil: null };
  // 排污许可证 / 排污登记 are valid five years (《排污许可管理条例》 art. 14, 《固定污染源排污登记工作指南》);
  // a few have lapsed, for the checks of later issues.
  const issuedOn = addDays(today, -random.integer(isKey ? 30 : 60, 1900));
  const lapsed = random.chance(0.04);
  const validUntil = lapsed ? addDays(today, -random.integer(5, 200)) : addDays(issuedOn, 5 * 365);
  const letter = permitClass === 'registration' ? 'W' : 'P';
  return {
    permitClass,
    permitNumber: `${creditCode}${String(random.integer(1, 3)).padStart(3, '0')}${letter}`,
    permitValidUntil: validUntil < today && !lapsed ? addDays(today, random.integer(30, 900)) : validUntil,
  };
}

/** Conduct of an entity across the three years: most comply, a few keep offending. */
const conductProfiles = {
  good: { compliant: 0.9, minor_issue: 0.09, violation: 0.01, serious_violation: 0 },
  average: { compliant: 0.65, minor_issue: 0.25, violation: 0.09, serious_violation: 0.01 },
  poor: { compliant: 0.35, minor_issue: 0.3, violation: 0.27, serious_violation: 0.08 },
} as const;

function generateHistory(
  random: SeededRandom,
  options: {
    plan: EntityPlan;
    isKey: boolean;
    operatingStatus: OperatingStatus;
    createdOn: string;
    today: string;
    thisYear: number;
    ownerAgencyId: string;
    cityEnforcementId: string;
    cityBureauId: string;
    nextEventId: () => string;
    events: GeneratedEvent[];
  },
): void {
  const { plan, isKey, operatingStatus, createdOn, today, thisYear, nextEventId, events } = options;
  if (operatingStatus === 'under_construction') return;
  const conduct = random.pickWeighted(
    isKey
      ? ([
          ['good', 65],
          ['average', 27],
          ['poor', 8],
        ] as const)
      : ([
          ['good', 75],
          ['average', 20],
          ['poor', 5],
        ] as const),
  );
  const outcomes = Object.entries(conductProfiles[conduct]) as [string, number][];
  const windowStart = `${thisYear - 2}-01-01`;
  const perYear = isKey ? 2.5 : operatingStatus === 'operating' ? 0.45 : 0.25;
  const push = (event: Omit<GeneratedEvent, 'id' | 'entityId' | 'createdAt'>) => {
    if (event.occurredOn > today) return false;
    events.push({
      ...event,
      id: nextEventId(),
      entityId: plan.id,
      createdAt: new Date(Date.parse(`${event.occurredOn}T08:00:00Z`)),
    });
    return true;
  };

  for (let year = thisYear - 2; year <= thisYear; year++) {
    const yearStart = `${year}-01-01` < createdOn ? createdOn : `${year}-01-01`;
    const yearEnd = year === thisYear ? today : `${year}-12-31`;
    if (yearStart > yearEnd || yearStart < windowStart) continue;
    // Poisson-like count: whole part plus a chance for the fraction.
    const share = (Date.parse(yearEnd) - Date.parse(yearStart)) / (365 * dayMs);
    const expected = perYear * Math.max(share, 0);
    let count = Math.floor(expected) + (random.chance(expected - Math.floor(expected)) ? 1 : 0);
    if (isKey && count > 0) count = Math.max(count + random.integer(-1, 1), 1);
    for (let index = 0; index < count; index++) {
      const occurredOn = dayBetween(random, yearStart, yearEnd);
      const level = random.pickWeighted(outcomes.map(([key, weight]) => [key, weight] as const));
      const source = random.pickWeighted([
        [isKey ? '重点排污单位“双随机、一公开”抽查' : '“双随机、一公开”抽查', 50],
        ['日常监管检查', 30],
        [`${year}年${random.pick(campaigns[thisYear - year] ?? campaigns[0]!)}`, 15],
        ['信访举报核查（12369 转办）', 5],
      ] as const);
      const agency = random.chance(0.15) ? options.cityEnforcementId : options.ownerAgencyId;
      if (level === 'compliant') {
        push({
          occurredOn,
          kind: 'inspection',
          title: source,
          detail: random.pick(compliantFindings),
          compliance: level,
          agencyId: agency,
        });
        continue;
      }
      if (level === 'minor_issue') {
        const issue = minorFindings[random.pick(plan.archetype.minorIssues)] ?? minorFindings.ledger!;
        push({
          occurredOn,
          kind: 'inspection',
          title: source,
          detail: `${issue}，已责令限期改正`,
          compliance: level,
          agencyId: agency,
        });
        push({
          occurredOn: addDays(occurredOn, random.integer(10, 40)),
          kind: 'rectification',
          title: '整改销号',
          detail: `${issue}：经复查已整改到位，予以销号`,
          compliance: null,
          agencyId: options.ownerAgencyId,
        });
        continue;
      }
      const candidates = plan.archetype.violations.filter((key) =>
        level === 'serious_violation' ? seriousFindingKeys.has(key) : !seriousFindingKeys.has(key),
      );
      const findingKey =
        candidates.length > 0 ? random.pick(candidates) : random.pick(plan.archetype.violations);
      const finding = violationFindings[findingKey]!;
      const actualLevel = seriousFindingKeys.has(findingKey) ? 'serious_violation' : 'violation';
      push({
        occurredOn,
        kind: 'inspection',
        title: source,
        detail: `发现${finding.text}，已立案调查`,
        compliance: actualLevel,
        agencyId: agency,
      });
      if (finding.transfer) {
        push({
          occurredOn: addDays(occurredOn, random.integer(1, 3)),
          kind: 'case',
          title: '案件移送公安机关',
          detail: `${finding.text}，${finding.transfer}`,
          compliance: null,
          agencyId: options.cityBureauId,
        });
      }
      const decidedOn = addDays(occurredOn, random.integer(30, 100));
      const [low, high] = finding.fine ?? [1, 10];
      const fine = Math.round((low + random.next() * (high - low)) * 10) / 10;
      const penalised = push({
        occurredOn: decidedOn,
        kind: 'penalty',
        title: '行政处罚决定',
        detail: `${finding.text}，依据${finding.basis}，罚款人民币 ${fine} 万元，责令改正违法行为`,
        compliance: null,
        agencyId: options.cityBureauId,
        penaltyOf: { cityCode: plan.county.cityCode, text: finding.text },
      });
      if (!penalised) continue;
      push({
        occurredOn: addDays(decidedOn, random.integer(20, 60)),
        kind: 'inspection',
        title: '复查（整改情况）',
        detail: '违法行为已改正，整改到位，予以销号',
        compliance: 'compliant',
        agencyId: options.ownerAgencyId,
      });
    }
  }
}

/** 洪环罚〔2025〕23号: numbered per city and year in the order of the decisions. */
function numberPenalties(events: GeneratedEvent[]): void {
  const groups = new Map<string, GeneratedEvent[]>();
  for (const event of events) {
    if (!event.penaltyOf) continue;
    const key = `${event.penaltyOf.cityCode}-${event.occurredOn.slice(0, 4)}`;
    const group = groups.get(key) ?? [];
    group.push(event);
    groups.set(key, group);
  }
  for (const [key, group] of groups) {
    const [cityCode, year] = key.split('-') as [string, string];
    group.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id));
    const abbreviation = penaltyAbbreviations[cityCode] ?? '';
    group.forEach((event, index) => {
      event.title = `行政处罚决定 ${abbreviation}环罚〔${year}〕${index + 1}号`;
    });
  }
}
