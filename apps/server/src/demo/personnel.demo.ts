import {
  type AgencyKind,
  type AwardKind,
  type BackbonePool,
  businessDateOf,
  formatRealNameNumber,
  getProvinceProfile,
  type OfficerStatus,
  type ProvinceProfileId,
  type Role,
  type Specialty,
  type TrainingKind,
  whyCannotAssign,
} from '@qingshan/domain';
import { sql } from 'drizzle-orm';
import { insertMany } from '../db/bulk';
import { type Database, queryRows } from '../db/client';
import {
  entityEvents,
  entitySupervisors,
  officerAwards,
  officerSecondments,
  officers,
  officerTrainings,
} from '../db/schema/index';
import { withNameSortKey } from '../lib/name-sort-key';
import type { AgencyRecord } from './demo.agencies';
import type { DemoContext, DemoStep } from './demo.context';
import { generateMobileNumber, generatePersonName } from './demo.names';
import { SeededRandom, stableUuid } from './demo.random';

/**
 * The personnel registry of the demo provinces (ORG-3): about 2,500 officers at full scale,
 * sized like real agencies — a provincial enforcement bureau of about 40, city 支队 of 30–80 by
 * the size of the city, county 大队 of 8–25, Nantong's field offices (执法N局) of 6–12 — with the
 * accounts of their agency linked (every account with a business role), certificates issued by
 * the provincial government for five years, secondments, trainings, awards, the backbone pools,
 * and the supervising officers of most key polluters. The test template (`small`) keeps the
 * agencies the tests and the README accounts use, about a tenth of the officers.
 */

const dayMs = 86_400_000;
const fiveYears = 5;
/**
 * Officers per agency against the demo's sizes: the province load set has about 8,000 officers for
 * its 100,000 entities (the demo's 2,900 for 21,000), as a province's whole enforcement staff.
 */
const officerFactor = { full: 1, small: 1, province: 2.75 } as const;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

function addYears(date: string, years: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  const day = moved.getUTCDate();
  moved.setUTCFullYear(moved.getUTCFullYear() + years);
  // 29 February in a year without one becomes 28 February.
  if (moved.getUTCDate() !== day) moved.setUTCDate(0);
  return moved.toISOString().slice(0, 10);
}

function dayBetween(random: SeededRandom, from: string, to: string): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (end <= start) return from;
  return new Date(start + random.integer(0, Math.round((end - start) / dayMs)) * dayMs)
    .toISOString()
    .slice(0, 10);
}

const provinceOf: Record<
  string,
  { profile: ProvinceProfileId; name: string; issuer: string; short: string }
> = {
  '36': { profile: 'jiangxi', name: '江西省', issuer: '江西省人民政府', short: '赣' },
  '22': { profile: 'jilin', name: '吉林省', issuer: '吉林省人民政府', short: '吉' },
  '32': { profile: 'jiangsu-nantong', name: '江苏省', issuer: '江苏省人民政府', short: '苏' },
};

/** Cities with no legally qualified officer in their 支队, so the capacity indicator shows a gap. */
const citiesWithoutLegalOfficer = new Set(['360600', '220600']);

/** Agencies of the test template: those of the README accounts and their neighbours in the tests. */
function isInSmallScale(agency: AgencyRecord): boolean {
  if (agency.level === 'province') return true;
  if (['360100', '220100'].includes(agency.regionCode)) return true;
  return ['360121', '360124', '360402', '320685'].some((code) => agency.regionCode.startsWith(code));
}

interface AccountRef {
  id: string;
  displayName: string;
  roles: Role[];
  isNamed: boolean;
}

const businessRoles: Role[] = ['inspector', 'legal_reviewer', 'agency_head'];

// Posts by kind of agency: the leader, the deputies, the middle ranks; everybody else 执法人员.
const postPlans: Partial<Record<AgencyKind, { head: string; deputy: string; middle: string[] }>> = {
  provincial_enforcement_bureau: {
    head: '局长',
    deputy: '副局长',
    middle: ['科长', '科长', '科长', '副科长', '副科长'],
  },
  city_enforcement_unit: {
    head: '支队长',
    deputy: '副支队长',
    middle: ['科长', '科长', '大队长', '中队长', '中队长'],
  },
  county_enforcement_unit: { head: '大队长', deputy: '副大队长', middle: ['中队长'] },
  zone_enforcement_bureau: { head: '局长', deputy: '副局长', middle: ['科长'] },
  field_office: { head: '局长', deputy: '副局长', middle: [] },
  county_bureau: { head: '局长', deputy: '副局长', middle: [] },
  city_bureau: { head: '局长', deputy: '副局长', middle: [] },
  provincial_department: { head: '副厅长', deputy: '副厅长', middle: [] },
};

const specialtyWeights: readonly (readonly [Specialty, number])[] = [
  ['water', 30],
  ['air', 30],
  ['solid_waste', 14],
  ['hazardous_waste', 20],
  ['soil', 8],
  ['noise', 10],
  ['radiation', 3],
  ['ecology', 8],
  ['agriculture', 4],
  ['mobile_sources', 8],
  ['monitoring', 8],
  ['automatic_monitoring', 10],
  ['emergency', 5],
  ['carbon', 3],
  ['case_handling', 12],
];

const specialistCourses: readonly {
  title: string;
  kind: TrainingKind;
  hours: number;
  specialty?: Specialty;
}[] = [
  {
    title: '危险废物规范化环境管理专项执法培训',
    kind: 'special_enforcement',
    hours: 24,
    specialty: 'hazardous_waste',
  },
  {
    title: '重点排污单位自动监控数据弄虚作假案件查办培训',
    kind: 'special_enforcement',
    hours: 16,
    specialty: 'automatic_monitoring',
  },
  { title: '排污许可证后监管执法培训', kind: 'professional', hours: 16 },
  { title: '碳排放报告质量专项检查培训', kind: 'special_enforcement', hours: 12, specialty: 'carbon' },
  { title: '生态环境损害赔偿案件办理培训', kind: 'professional', hours: 16, specialty: 'case_handling' },
  {
    title: '环境行政执法与刑事司法衔接及证据固定培训',
    kind: 'professional',
    hours: 16,
    specialty: 'case_handling',
  },
  { title: '移动执法系统与非现场执法应用培训', kind: 'professional', hours: 8 },
  { title: '环境执法无人机操作培训', kind: 'professional', hours: 24 },
  { title: '行政处罚裁量基准适用培训', kind: 'professional', hours: 8, specialty: 'law' },
  {
    title: '大气污染防治专项执法培训（挥发性有机物与油气回收）',
    kind: 'special_enforcement',
    hours: 16,
    specialty: 'air',
  },
  { title: '入河排污口排查整治执法培训', kind: 'special_enforcement', hours: 12, specialty: 'water' },
];

interface SecondmentPlan {
  host: (city: string) => string;
  reason: string;
  months: [number, number];
  leavesCity: boolean | 'unless_capital';
}

const secondmentPlans: readonly (readonly [SecondmentPlan, number])[] = [
  [
    {
      host: () => '县委乡村振兴工作队（驻村第一书记）',
      reason: '选派驻村第一书记',
      months: [24, 24],
      leavesCity: false,
    },
    3,
  ],
  [{ host: (city) => `${city}委巡察办`, reason: '参加市委巡察', months: [3, 6], leavesCity: false }, 3],
  [
    {
      host: (city) => `${city}创建全国文明城市指挥部`,
      reason: '创文迎检',
      months: [6, 10],
      leavesCity: false,
    },
    2,
  ],
  [
    {
      host: () => '省生态环境保护督察办公室',
      reason: '参加省级生态环境保护督察',
      months: [6, 14],
      leavesCity: 'unless_capital',
    },
    3,
  ],
  [
    {
      host: () => '生态环境部华东督察局',
      reason: '跟班学习、参加部级督察',
      months: [6, 18],
      leavesCity: true,
    },
    2,
  ],
  [
    {
      host: (city) => `${city}河长制工作办公室`,
      reason: '河湖长制专项工作',
      months: [12, 20],
      leavesCity: false,
    },
    2,
  ],
];

interface OfficerDraft {
  row: typeof officers.$inferInsert & { id: string; agencyId: string; status: OfficerStatus };
  agency: AgencyRecord;
  postRank: 'head' | 'deputy' | 'middle' | 'legal' | 'staff';
  isNamedAccount: boolean;
}

export const personnelDemoStep: DemoStep = {
  name: '执法人员',
  async load(db: Database, context: DemoContext): Promise<string> {
    const started = Date.now();
    const random = new SeededRandom('qingshan-demo-personnel');
    const today = businessDateOf(context.now);
    const now = context.now;
    const agencies = context.agencies.filter(
      (agency) =>
        agency.kind !== 'police' && agency.kind !== 'grid' && provinceOf[agency.regionCode.slice(0, 2)],
    );
    const agencyById = new Map(context.agencies.map((agency) => [agency.id, agency]));
    const regionById = new Map(context.regions.map((region) => [region.code, region]));
    const childUnits = new Set(context.agencies.map((agency) => agency.jurisdictionAgencyId).filter(Boolean));
    const cityNameOf = (agency: AgencyRecord) => {
      const cityCode = `${agency.regionCode.slice(0, 4)}00`;
      return regionById.get(cityCode)?.name ?? provinceOf[agency.regionCode.slice(0, 2)]!.name;
    };

    // Accounts with a business role, by agency: the README accounts and the generated staff.
    const accountsByAgency = new Map<string, AccountRef[]>();
    const addAccount = (agencyId: string, account: AccountRef) => {
      const list = accountsByAgency.get(agencyId) ?? [];
      list.push(account);
      accountsByAgency.set(agencyId, list);
    };
    for (const account of context.staffAccounts) {
      if (account.roles.some((role) => businessRoles.includes(role))) {
        addAccount(account.agencyId, {
          id: account.id,
          displayName: account.displayName,
          roles: account.roles,
          isNamed: false,
        });
      }
    }
    for (const account of context.namedAccounts) {
      if (account.roles.some((role) => businessRoles.includes(role))) {
        addAccount(account.agencyId, {
          id: account.id,
          displayName: account.displayName,
          roles: account.roles,
          isNamed: true,
        });
      }
    }

    const sizeOf = (agency: AgencyRecord): number => {
      const towns = context.regions.filter((region) => region.parentCode === agency.regionCode).length;
      switch (agency.kind) {
        case 'provincial_enforcement_bureau':
          return { '36': 40, '22': 34, '32': 24 }[agency.regionCode.slice(0, 2)] ?? 34;
        case 'city_enforcement_unit': {
          if (agency.regionCode === '320600') return 45;
          const counties = towns; // a city's children are its counties
          const capital = ['360100', '220100'].includes(agency.regionCode) ? 12 : 0;
          return Math.min(
            80,
            Math.max(30, 30 + Math.round(Math.max(0, counties - 5) * 2.5) + capital + random.integer(-2, 2)),
          );
        }
        case 'county_enforcement_unit':
          if (agency.regionCode.startsWith('3206')) return random.integer(8, 10);
          // Most 大队 are small; industrial counties and big city districts have more officers.
          return Math.min(
            25,
            Math.max(
              8,
              4 +
                Math.round(towns * 0.08) +
                random.integer(0, 1) +
                random.pickWeighted([
                  [0, 65],
                  [3, 25],
                  [10, 10],
                ] as const),
            ),
          );
        case 'zone_enforcement_bureau':
          return random.integer(10, 14);
        case 'field_office':
          return random.integer(6, 8);
        case 'county_bureau':
          // A development-zone bureau has no 大队 under it: its own staff enforce.
          return childUnits.has(agency.id) ? 0 : random.integer(5, 9);
        default:
          return 0;
      }
    };

    // 1. Officers, agency by agency, accounts first so their names are the officers' names.
    const drafts: OfficerDraft[] = [];
    const serialByDivision = new Map<string, number>();
    for (const agency of agencies) {
      // Heads first (the README's head before a generated one: 熊伟 is 南昌县局's 局长), then the others.
      const rank = (account: AccountRef) =>
        (account.roles.includes('agency_head') ? 0 : 2) + (account.isNamed ? 0 : 1);
      const accounts = [...(accountsByAgency.get(agency.id) ?? [])].sort((a, b) => rank(a) - rank(b));
      const fullSize = Math.max(Math.round(sizeOf(agency) * officerFactor[context.scale]), accounts.length);
      const isIncluded = context.scale !== 'small' || isInSmallScale(agency);
      // The small template keeps the README accounts' agencies whole and the accounts' officers everywhere else.
      const size = isIncluded ? fullSize : accounts.filter((account) => account.isNamed).length;
      if (size === 0) continue;
      const plan = postPlans[agency.kind] ?? { head: '负责人', deputy: '副职', middle: [] };
      const deputies =
        agency.kind === 'field_office' || agency.kind.endsWith('bureau') ? 1 : random.integer(1, 3);
      const middle = plan.middle.slice(0, Math.max(0, Math.round(size / 10)));
      const legalSlots =
        agency.kind === 'city_enforcement_unit'
          ? 2
          : agency.kind === 'provincial_enforcement_bureau'
            ? 3
            : size >= 14
              ? 1
              : 0;
      let headTaken = false;
      let deputyCount = 0;
      let middleIndex = 0;
      let legalCount = 0;
      const division = agency.regionCode.slice(0, 6);
      const province = provinceOf[division.slice(0, 2)]!;
      for (let index = 0; index < size; index++) {
        const account = index < accounts.length ? accounts[index]! : null;
        let rank: OfficerDraft['postRank'];
        let post: string;
        if (account?.roles.includes('agency_head')) {
          rank = headTaken ? 'deputy' : 'head';
          post = headTaken ? plan.deputy : plan.head;
          headTaken = true;
        } else if (account?.roles.includes('legal_reviewer')) {
          rank = 'legal';
          post = '法制审核员';
          legalCount++;
        } else if (!headTaken && !account) {
          rank = 'head';
          post = plan.head;
          headTaken = true;
        } else if (deputyCount < deputies && !account) {
          rank = 'deputy';
          post = plan.deputy;
          deputyCount++;
        } else if (middleIndex < middle.length && !account) {
          rank = 'middle';
          post = middle[middleIndex++]!;
        } else if (legalCount < legalSlots && !account) {
          rank = 'legal';
          post = '法制审核员';
          legalCount++;
        } else {
          rank = 'staff';
          post = random.chance(0.04) && agency.regionCode.startsWith('3206') ? '执法监测员' : '执法人员';
        }
        const serial = (serialByDivision.get(division) ?? 0) + 1;
        serialByDivision.set(division, serial);
        const realNameNumber = formatRealNameNumber(division, serial);
        const isLeader = rank === 'head' || rank === 'deputy';
        // ~8 % new recruits without a certificate yet (seed 004 item 18: they obtain one promptly).
        const isRecruit = !account?.isNamed && rank === 'staff' && random.chance(0.125);
        const birthYear = isRecruit
          ? random.integer(1995, 2003)
          : isLeader
            ? random.integer(1968, 1985)
            : rank === 'middle'
              ? random.integer(1975, 1990)
              : random.integer(1976, 2000);
        const joinedOn = isRecruit
          ? dayBetween(random, addDays(today, -330), addDays(today, -20))
          : dayBetween(random, `${Math.max(birthYear + 22, 1992)}-07-01`, addDays(today, -400));
        drafts.push({
          agency,
          postRank: rank,
          isNamedAccount: account?.isNamed ?? false,
          row: {
            id: stableUuid('officer', realNameNumber),
            agencyId: agency.id,
            userId: account?.id ?? null,
            realNameNumber,
            name: account?.displayName ?? generatePersonName(random),
            gender: random.chance(0.72) ? 'male' : 'female',
            birthYear,
            phone: generateMobileNumber(random),
            post,
            status: 'on_duty',
            certificateNumber: isRecruit ? null : `${division}${String(serial).padStart(5, '0')}`,
            certificateIssuer: isRecruit ? null : province.issuer,
            certificateValidFrom: null,
            certificateValidUntil: null,
            monitoringCertificateNumber: null,
            monitoringCertificateValidUntil: null,
            hasLegalQualification: false,
            legalQualificationNumber: null,
            specialties: [],
            isBackbone: false,
            backboneSince: null,
            backbonePool: null,
            joinedOn,
            createdAt: new Date(`${joinedOn}T02:00:00Z`),
            updatedAt: now,
          },
        });
      }
    }

    // 2. Certificates: 5 years from issue; ~4 % in the 60-day warning period, ~2 % expired.
    const warningDays = getProvinceProfile('jiangxi').deadlines.certificateExpiryWarning.amount;
    for (const draft of drafts) {
      const row = draft.row;
      if (!row.certificateNumber) continue;
      const roll = random.next();
      const isProtected = draft.isNamedAccount;
      let validUntil: string;
      if (!isProtected && roll < 0.02) validUntil = addDays(today, -random.integer(1, 150));
      else if (!isProtected && roll < 0.06) validUntil = addDays(today, random.integer(0, warningDays));
      else validUntil = addDays(today, random.integer(warningDays + 1, fiveYears * 365 - 30));
      row.certificateValidUntil = validUntil;
      row.certificateValidFrom = addDays(addYears(validUntil, -fiveYears), 1);
      // Nobody holds a certificate from before they joined: move the joining date back, or, for
      // the youngest, issue the certificate after they joined.
      if (row.joinedOn && row.certificateValidFrom < row.joinedOn) {
        const earliestJoin = `${Math.max((row.birthYear ?? 1990) + 22, 1992)}-07-01`;
        const earlier = addDays(row.certificateValidFrom, -random.integer(30, 400));
        if (earlier >= earliestJoin) {
          row.joinedOn = earlier;
        } else {
          row.certificateValidFrom = addDays(row.joinedOn, random.integer(30, 120));
          if (row.certificateValidFrom > today)
            row.certificateValidFrom = addDays(today, -random.integer(5, 30));
          row.certificateValidUntil = addDays(addYears(row.certificateValidFrom, fiveYears), -1);
        }
        row.createdAt = new Date(`${row.joinedOn}T02:00:00Z`);
      }
    }
    // The browser test needs both states in 南昌县大队 (and 进贤县大队): one officer in the warning
    // period, one expired, both on duty.
    const pinned = new Set<OfficerDraft>();
    for (const code of ['360121-ENF', '360124-ENF']) {
      const inUnit = drafts.filter(
        (draft) =>
          draft.agency.code === code &&
          !draft.isNamedAccount &&
          draft.postRank === 'staff' &&
          draft.row.certificateNumber,
      );
      const [expiring, expired] = [inUnit[0], inUnit[1]];
      if (expiring) {
        expiring.row.certificateValidUntil = addDays(today, 25);
        expiring.row.certificateValidFrom = addDays(
          addYears(expiring.row.certificateValidUntil, -fiveYears),
          1,
        );
        pinned.add(expiring);
      }
      if (expired) {
        expired.row.certificateValidUntil = addDays(today, -12);
        expired.row.certificateValidFrom = addDays(
          addYears(expired.row.certificateValidUntil, -fiveYears),
          1,
        );
        pinned.add(expired);
      }
      for (const draft of pinned) {
        const validFrom = draft.row.certificateValidFrom!;
        if (draft.row.joinedOn && draft.row.joinedOn > validFrom) {
          draft.row.joinedOn = addDays(validFrom, -180);
          draft.row.birthYear = Math.min(draft.row.birthYear ?? 1990, Number(validFrom.slice(0, 4)) - 23);
          draft.row.createdAt = new Date(`${draft.row.joinedOn}T02:00:00Z`);
        }
      }
    }

    // 3. Monitoring certificates (seed 003 三(三): Nantong's officers hold them), legal qualification, specialties.
    for (const draft of drafts) {
      const row = draft.row;
      const isNantong = draft.agency.regionCode.startsWith('3206');
      const division = draft.agency.regionCode.slice(0, 6);
      if (row.certificateNumber && random.chance(isNantong ? 0.7 : 0.12)) {
        row.monitoringCertificateNumber = `JC${division}${String(random.integer(1, 9999)).padStart(4, '0')}`;
        row.monitoringCertificateValidUntil = random.chance(0.05)
          ? addDays(today, -random.integer(10, 200))
          : addDays(today, random.integer(60, 4 * 365));
      }
      const cityCode = `${division.slice(0, 4)}00`;
      const isGapCity =
        citiesWithoutLegalOfficer.has(cityCode) && draft.agency.kind === 'city_enforcement_unit';
      const chance = draft.postRank === 'legal' ? 0.75 : draft.postRank === 'head' ? 0.06 : 0.02;
      if (!isGapCity && (draft.row.userId && draft.postRank === 'legal' ? true : random.chance(chance))) {
        row.hasLegalQualification = true;
        const year = random.integer(2014, 2024);
        row.legalQualificationNumber = `A${year}${division}${String(random.integer(1, 9999)).padStart(4, '0')}`;
      }
      const picked = new Set<Specialty>();
      const count = random.pickWeighted([
        [1, 3],
        [2, 5],
        [3, 2],
      ] as const);
      while (picked.size < count) picked.add(random.pickWeighted(specialtyWeights));
      if (isNantong && random.chance(0.3)) picked.add('marine');
      if (isNantong && row.monitoringCertificateNumber) picked.add('monitoring');
      if (draft.postRank === 'legal' || row.hasLegalQualification) picked.add('law');
      row.specialties = [...picked];
    }
    // At least one legally qualified officer in every city 支队 but the gap cities (seed 004 item 17).
    for (const unit of agencies.filter((agency) => agency.kind === 'city_enforcement_unit')) {
      if (citiesWithoutLegalOfficer.has(unit.regionCode)) continue;
      const members = drafts.filter((draft) => draft.agency.id === unit.id);
      if (members.length === 0 || members.some((draft) => draft.row.hasLegalQualification)) continue;
      const chosen = members.find((draft) => draft.postRank === 'legal') ?? members[members.length - 1]!;
      chosen.row.hasLegalQualification = true;
      chosen.row.legalQualificationNumber = `A2019${unit.regionCode}${String(random.integer(1, 9999)).padStart(4, '0')}`;
      chosen.row.specialties = [...new Set([...(chosen.row.specialties as Specialty[]), 'law' as const])];
    }

    // 4. Status: ~92 % on duty; secondments (some over a year with and without approval, some
    // leaving the city with and without filing, some overdue), leave, departures.
    const secondmentRows: (typeof officerSecondments.$inferInsert)[] = [];
    const approverAccountOf = new Map(
      agencies
        .filter((agency) => agency.kind === 'provincial_enforcement_bureau')
        .map((agency) => [
          agency.regionCode.slice(0, 2),
          accountsByAgency.get(agency.id)?.find((account) => account.roles.includes('agency_head'))?.id ??
            null,
        ]),
    );
    const addSecondment = (draft: OfficerDraft, isOpen: boolean) => {
      const plan = random.pickWeighted(secondmentPlans);
      const months = random.integer(plan.months[0], plan.months[1]);
      const city = cityNameOf(draft.agency);
      const isCapital = ['360100', '220100'].includes(`${draft.agency.regionCode.slice(0, 4)}00`);
      const leavesCity = plan.leavesCity === 'unless_capital' ? !isCapital : plan.leavesCity;
      const startsOn = isOpen
        ? addDays(today, -random.integer(20, Math.min(months * 30 + 90, 760)))
        : dayBetween(random, '2022-03-01', addDays(today, -months * 31 - 40));
      const plannedEndsOn = addDays(startsOn, months * 30);
      const isLong = months > 12;
      const province = draft.agency.regionCode.slice(0, 2);
      const approved = isLong && random.chance(0.65);
      const filed = leavesCity && random.chance(0.7);
      const returnedOn = isOpen ? null : addDays(plannedEndsOn, -random.integer(0, 20));
      secondmentRows.push({
        id: stableUuid('secondment', `${draft.row.id}:${startsOn}`),
        officerId: draft.row.id,
        hostOrganisation: plan.host(city),
        reason: plan.reason,
        startsOn,
        plannedEndsOn,
        returnedOn,
        leavesCity,
        approvalDocument: approved
          ? `${provinceOf[province]!.short}环执法函〔${startsOn.slice(0, 4)}〕${random.integer(3, 60)}号`
          : null,
        approvedOn: approved ? addDays(startsOn, -random.integer(3, 20)) : null,
        approvedBy: approved ? (approverAccountOf.get(province) ?? null) : null,
        filedOn: filed ? addDays(startsOn, -random.integer(1, 10)) : null,
        filedBy: filed ? (draft.row.userId ?? null) : null,
        createdBy: null,
        createdAt: new Date(`${startsOn}T02:00:00Z`),
        updatedAt: now,
      });
    };
    for (const draft of drafts) {
      if (draft.isNamedAccount || draft.postRank === 'head' || pinned.has(draft)) continue;
      const roll = random.next();
      if (roll < 0.03 && draft.row.certificateNumber) {
        draft.row.status = 'seconded';
        addSecondment(draft, true);
      } else if (roll < 0.06) {
        draft.row.status = 'on_leave';
      } else if (roll < 0.08 && !draft.row.userId) {
        draft.row.status = 'departed';
      } else if (roll < 0.11 && draft.row.certificateNumber) {
        addSecondment(draft, false);
      }
    }

    // 5. Backbone pools: ~30 provincial (seed 004 四(三)) and a few per city.
    const experienced = (draft: OfficerDraft) =>
      draft.row.status === 'on_duty' &&
      draft.row.certificateValidUntil !== null &&
      draft.row.certificateValidUntil! > addDays(today, 60) &&
      (draft.row.joinedOn ?? today) < '2018-01-01' &&
      (draft.postRank === 'staff' || draft.postRank === 'middle' || draft.postRank === 'legal') &&
      !draft.agency.kind.endsWith('department') &&
      draft.agency.kind !== 'city_bureau' &&
      draft.agency.kind !== 'county_bureau';
    const setBackbone = (draft: OfficerDraft, pool: BackbonePool, since: string) => {
      draft.row.isBackbone = true;
      draft.row.backbonePool = pool;
      draft.row.backboneSince = since;
      const specialties = draft.row.specialties as Specialty[];
      if (!specialties.includes('case_handling')) draft.row.specialties = [...specialties, 'case_handling'];
    };
    for (const [prefix, info] of Object.entries(provinceOf)) {
      const profile = getProvinceProfile(info.profile).capacity.backbonePool;
      if (!profile.isEnabled) continue;
      const target = profile.yearlyTarget ?? (prefix === '32' ? 8 : 20);
      const pool = drafts.filter(
        (draft) =>
          draft.agency.regionCode.startsWith(prefix) &&
          draft.agency.level !== 'province' &&
          experienced(draft),
      );
      const wanted = context.scale === 'small' ? Math.min(target, 6) : target;
      const named = pool.find(
        (draft) => draft.row.userId === context.namedAccounts.find((a) => a.username === 'nc.inspector')?.id,
      );
      const chosen = new Set<OfficerDraft>(named ? [named] : []);
      while (chosen.size < Math.min(wanted, pool.length)) chosen.add(random.pick(pool));
      for (const draft of chosen)
        setBackbone(draft, 'province', dayBetween(random, '2022-09-01', '2022-12-20'));
    }
    for (const city of agencies.filter((agency) => agency.kind === 'city_enforcement_unit')) {
      const prefix = city.regionCode.slice(0, 4);
      const pool = drafts.filter(
        (draft) => draft.agency.regionCode.startsWith(prefix) && !draft.row.isBackbone && experienced(draft),
      );
      const count = Math.min(pool.length, random.integer(3, 6));
      const chosen = new Set<OfficerDraft>();
      while (chosen.size < count) chosen.add(random.pick(pool));
      for (const draft of chosen) setBackbone(draft, 'city', dayBetween(random, '2023-03-01', '2025-12-31'));
    }

    // 6. Trainings (seed 004 四(二)) and awards (item 19).
    const trainingRows: (typeof officerTrainings.$inferInsert)[] = [];
    const awardRows: (typeof officerAwards.$inferInsert)[] = [];
    const addTraining = (
      draft: OfficerDraft,
      title: string,
      kind: TrainingKind,
      organiser: string,
      startsOn: string,
      days: number,
      hours: number,
    ) => {
      if (startsOn > today) return;
      trainingRows.push({
        id: stableUuid('training', `${draft.row.id}:${trainingRows.length}`),
        officerId: draft.row.id,
        title,
        kind,
        organiser,
        startsOn,
        endsOn: addDays(startsOn, days - 1),
        hours,
        isPassed: random.chance(0.98),
        createdAt: new Date(`${addDays(startsOn, days)}T08:00:00Z`),
      });
    };
    const rotationSessions = new Map<string, string>();
    for (const draft of drafts) {
      const prefix = draft.agency.regionCode.slice(0, 2);
      const info = provinceOf[prefix]!;
      const department = `${info.name}生态环境厅`;
      const cityCode = `${draft.agency.regionCode.slice(0, 4)}00`;
      const cityBureau =
        draft.agency.level === 'province' ? department : `${regionById.get(cityCode)?.name ?? ''}生态环境局`;
      const joinedOn = draft.row.joinedOn ?? today;
      // 2022: every officer of the city and county units trained once (全员轮训), heads by the province.
      if (joinedOn < '2022-06-01' && random.chance(0.97)) {
        const session = rotationSessions.get(cityCode) ?? dayBetween(random, '2022-04-11', '2022-10-24');
        rotationSessions.set(cityCode, session);
        addTraining(
          draft,
          `2022年${info.name.replace('省', '')}生态环境执法人员全员轮训`,
          'rotation',
          cityBureau,
          session,
          4,
          32,
        );
      }
      if (draft.postRank === 'head' && joinedOn < '2022-05-01' && draft.agency.level !== 'province') {
        addTraining(
          draft,
          '2022年全省市县生态环境执法机构主要负责人培训班',
          'leadership',
          department,
          '2022-05-16',
          5,
          36,
        );
      }
      if (joinedOn < '2025-06-01' && random.chance(0.9)) {
        addTraining(
          draft,
          '2025年度生态环境执法人员轮训',
          'rotation',
          cityBureau,
          dayBetween(random, '2025-03-10', '2025-11-14'),
          3,
          24,
        );
      }
      if (joinedOn > addDays(today, -400)) {
        addTraining(
          draft,
          '新录用生态环境执法人员入职岗位培训',
          'induction',
          department,
          addDays(joinedOn, random.integer(7, 40)),
          10,
          80,
        );
      }
      const courseCount = random.pickWeighted([
        [0, 4],
        [1, 4],
        [2, 2],
      ] as const);
      for (let index = 0; index < courseCount; index++) {
        const course = random.pick(specialistCourses);
        addTraining(
          draft,
          course.title,
          course.kind,
          random.chance(0.5) ? department : cityBureau,
          dayBetween(random, '2023-02-20', addDays(today, -3)),
          random.integer(2, 4),
          course.hours,
        );
      }
      if (random.chance(0.05)) {
        addTraining(
          draft,
          '全省生态环境执法大练兵实战比武',
          'contest',
          department,
          dayBetween(random, '2023-09-01', '2025-11-30'),
          2,
          16,
        );
      }
      if (draft.row.isBackbone && random.chance(0.5)) {
        addTraining(
          draft,
          `赴${info.name}生态环境保护综合执法局跟班学习`,
          'shadowing',
          `${info.name}生态环境保护综合执法局`,
          dayBetween(random, '2023-03-01', '2026-06-30'),
          30,
          160,
        );
      }
      // Awards: 记功 for major cases, 嘉奖 for urgent tasks, 通报表扬 for daily work (item 19).
      const awardChance = draft.row.isBackbone ? 0.3 : 0.025;
      if (random.chance(awardChance)) {
        const kind = random.pickWeighted<AwardKind>([
          ['merit', 1],
          ['commendation', 3],
          ['praise', 4],
        ]);
        const year = random.integer(2022, 2026);
        const awarded = {
          merit: {
            title: '个人三等功',
            by: `${info.name}人力资源和社会保障厅、${department}`,
            reason: '查办重大环境违法犯罪案件成绩突出',
          },
          commendation: {
            title: '嘉奖',
            by: cityBureau,
            reason: '在中央生态环境保护督察反馈问题整改攻坚中担当作为',
          },
          praise: {
            title: `${year}年度全省生态环境执法大练兵表现突出个人`,
            by: department,
            reason: '日常执法和监督帮扶工作表现突出',
          },
        }[kind];
        awardRows.push({
          id: stableUuid('award', `${draft.row.id}:${kind}:${year}`),
          officerId: draft.row.id,
          title: awarded.title,
          kind,
          awardedOn:
            year === 2026
              ? dayBetween(random, '2026-01-10', addDays(today, -10))
              : dayBetween(random, `${year}-01-10`, `${year}-12-28`),
          awardedBy: awarded.by,
          reason: awarded.reason,
          createdAt: now,
        });
      }
    }

    const officerRows = drafts.map((draft) => withNameSortKey(draft.row));
    await insertMany(db, officers, officerRows);
    await insertMany(db, officerSecondments, secondmentRows);
    await insertMany(db, officerTrainings, trainingRows);
    await insertMany(db, officerAwards, awardRows);

    // 7. Supervising officers of most key polluters of this year: 1–2 eligible officers of the
    // owner's jurisdiction, the least loaded first, assigned when this year's list came out.
    const year = Number(today.slice(0, 4));
    const keyPolluters = await queryRows<{ id: string; owner_agency_id: string }>(
      db,
      sql`SELECT e.id, e.owner_agency_id FROM regulated_entities e
          WHERE EXISTS (SELECT 1 FROM key_polluter_listings l WHERE l.entity_id = e.id AND l.year = ${year})
          ORDER BY e.credit_code`,
    );
    const subtreeOfficers = new Map<string, OfficerDraft[]>();
    const officersUnder = (rootId: string): OfficerDraft[] => {
      const cached = subtreeOfficers.get(rootId);
      if (cached) return cached;
      const found = drafts.filter((draft) => {
        for (
          let agency: AgencyRecord | undefined = draft.agency;
          agency;
          agency = agency.parentId ? agencyById.get(agency.parentId) : undefined
        ) {
          if (agency.id === rootId) return true;
        }
        return false;
      });
      subtreeOfficers.set(rootId, found);
      return found;
    };
    const load = new Map<string, number>();
    const supervisorRows: (typeof entitySupervisors.$inferInsert)[] = [];
    const eventRows: (typeof entityEvents.$inferInsert)[] = [];
    for (const entity of keyPolluters) {
      if (!random.chance(0.85)) continue;
      const owner = agencyById.get(entity.owner_agency_id);
      if (!owner) continue;
      const assignedOn = dayBetween(random, `${year}-01-12`, addDays(today, -7));
      const eligible = officersUnder(owner.jurisdictionAgencyId ?? owner.id).filter(
        (draft) =>
          draft.row.status !== 'departed' &&
          draft.row.status !== 'seconded' &&
          whyCannotAssign(
            {
              status: 'on_duty',
              certificateNumber: draft.row.certificateNumber ?? null,
              certificateValidFrom: draft.row.certificateValidFrom ?? null,
              certificateValidUntil: draft.row.certificateValidUntil ?? null,
            },
            assignedOn,
          ) === null,
      );
      // Field officers of the enforcement unit first; the bureau's leaders only where nobody else can.
      const frontLine = eligible.filter(
        (draft) =>
          draft.postRank !== 'head' &&
          draft.agency.kind !== 'county_bureau' &&
          draft.agency.kind !== 'city_bureau',
      );
      const pool = frontLine.length > 0 ? frontLine : eligible;
      if (pool.length === 0) continue;
      const wanted = Math.min(pool.length, random.chance(0.55) ? 2 : 1);
      const sample = Array.from({ length: Math.min(6, pool.length) }, () => random.pick(pool));
      const chosen = [...new Set(sample)]
        .sort((a, b) => (load.get(a.row.id) ?? 0) - (load.get(b.row.id) ?? 0))
        .slice(0, wanted);
      for (const draft of chosen) {
        load.set(draft.row.id, (load.get(draft.row.id) ?? 0) + 1);
        supervisorRows.push({
          entityId: entity.id,
          officerId: draft.row.id,
          assignedOn,
          assignedBy: null,
          createdAt: now,
        });
      }
      eventRows.push({
        id: stableUuid('entity-event', `supervisors:${entity.id}`),
        entityId: entity.id,
        occurredOn: assignedOn,
        kind: 'supervisors_changed',
        title: '监管责任人变更',
        detail: `指定监管责任人：${chosen.map((draft) => draft.row.name).join('、')}（${year}年重点排污单位名录公布后）`,
        compliance: null,
        sourceType: 'entity_supervisors',
        sourceId: entity.id,
        agencyId: owner.id,
        createdBy: null,
        createdAt: new Date(`${assignedOn}T02:00:00Z`),
      });
    }
    await insertMany(db, entitySupervisors, supervisorRows);
    await insertMany(db, entityEvents, eventRows);

    const count = (status: OfficerStatus) => officerRows.filter((row) => row.status === status).length;
    const linked = officerRows.filter((row) => row.userId).length;
    const expiring = officerRows.filter(
      (row) =>
        row.certificateValidUntil &&
        row.certificateValidUntil >= today &&
        row.certificateValidUntil <= addDays(today, warningDays),
    ).length;
    const expired = officerRows.filter(
      (row) => row.certificateValidUntil && row.certificateValidUntil < today,
    ).length;
    const missing = officerRows.filter((row) => !row.certificateNumber).length;
    const backbone = officerRows.filter((row) => row.isBackbone).length;
    return (
      `执法人员 ${officerRows.length} 名（在岗 ${count('on_duty')}、借调 ${count('seconded')}、休假 ${count('on_leave')}、离岗 ${count('departed')}；` +
      `关联账号 ${linked}；执法证60日内到期 ${expiring}、已过期 ${expired}、未取得 ${missing}；骨干 ${backbone}），` +
      `借调记录 ${secondmentRows.length} 条，培训 ${trainingRows.length} 条，奖励 ${awardRows.length} 条，` +
      `重点排污单位监管责任人 ${supervisorRows.length} 人次（${eventRows.length} 家），用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`
    );
  },
};
