import { createHash } from 'node:crypto';
import {
  computeDeadline,
  createDrawRecord,
  type DrawEntity,
  type DrawInput,
  type DrawObjectKind,
  type DrawOfficer,
  type DrawRecord,
  drawRulesOf,
  getProvinceProfile,
  type InspectionFindingDisposition,
  inspectionCompliance,
  inspectionFindingDispositionLabels,
  isSpecialty,
  type OfficerStatus,
  type RandomCheckOutcome,
  type RandomCheckPoolFilter,
  type RandomCheckStratum,
  randomCheckOutcomeLabels,
  type Specialty,
  type WorkingCalendar,
} from '@qingshan/domain';
import { sql } from 'drizzle-orm';
import { insertMany } from '../db/bulk';
import { type Database, queryRows } from '../db/client';
import {
  entityEvents,
  inspectionFindings,
  inspectionRecordConfirmations,
  inspectionRecords,
  randomCheckPlanItems,
  randomCheckPlans,
  randomCheckTaskOfficers,
  randomCheckTasks,
} from '../db/schema/index';
import { loadWorkingCalendar } from '../modules/calendar/index';
import type { AgencyRecord } from './demo.agencies';
import type { DemoContext, DemoStep } from './demo.context';
import { generatePersonName } from './demo.names';
import { SeededRandom, stableUuid } from './demo.random';

/**
 * A year of 双随机、一公开 (DR-1 … DR-7) across Jiangxi, up to the demo date (2026-11-20), so that
 * every page and table has content:
 * - each county bureau (its 大队 inspects, 局队合一) draws a quarterly plan in Q1–Q4: key polluters
 *   at the profile's 25 % a quarter without replacement (all of them by Q4), special objects, and
 *   general objects at the county ratio 1:10 a year drawn in four quarters (2:5 a quarter, the
 *   adjustment the Jiangxi profile allows a county: seed 002 二（二）3);
 * - every sixth county also runs a special campaign on hazardous waste with other departments
 *   (随机联查, seed 002 二（二）2);
 * - every plan is drawn with the domain's `drawRandomChecks` from a committed secret and dice, and
 *   its draw record is stored, so `npm run draw:verify` and the public page verify it (DR-3);
 * - most past tasks have a confirmed field record (≈ 80 % no problem, 15 % problem found with
 *   findings made rectifications or case referrals, some entities closed), some are overdue, the
 *   fourth quarter is under way;
 * - results are published by most agencies promptly, by a few late or not at all, so disclosure
 *   rates differ (DR-6).
 * The items come from Nanchang's published 2026 random-inspection list (the only Jiangxi CAT-2 list
 * of the demo). Deterministic: one seeded generator, ids from keys, dates from the demo date.
 */
export const randomCheckDemoStep: DemoStep = {
  name: '双随机抽查',
  async load(db, context) {
    const random = new SeededRandom(`qingshan-demo-random-checks-${context.scale}`);
    const today = businessDate(context.now);
    const year = Number(today.slice(0, 4));
    const calendar = await loadWorkingCalendar(db);
    const data = await readRecord(db, year);
    const out = new Output();
    if (data.items.length === 0) return '双随机抽查：未找到南昌市随机抽查事项清单，未生成演示数据';

    const counties = countyUnitsOf(context);
    for (const county of counties) {
      const generator = new CountyGenerator(random, context, data, calendar, out, county, year, today);
      generator.run();
    }
    await out.save(db);
    return out.summary();
  },
};

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/** The Asia/Shanghai date of a moment (UTC+8 all year; toLocaleDateString is slow for 10,000 calls). */
function businessDate(moment: Date): string {
  return new Date(moment.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A moment of a business date at hh:mm Beijing time. */
function at(date: string, hour: number, minute = 0): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
}

function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): string[] {
  const days: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) if (calendar.isWorkingDay(date)) days.push(date);
  return days;
}

/** The next working day on or after `date`. */
function workingDayFrom(calendar: WorkingCalendar, date: string): string {
  let day = date;
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

// ---------------------------------------------------------------------------------------------
// What the earlier steps wrote
// ---------------------------------------------------------------------------------------------

interface EntityRecord extends DrawEntity {
  name: string;
  address: string | null;
  ownerAgencyId: string;
  industryCode: string;
  operatingStatus: string;
  hasPermit: boolean;
}

interface OfficerRecord extends DrawOfficer {
  userId: string | null;
  certificateNumber?: string | null;
}

interface ItemRecord {
  id: string;
  name: string;
  scope: string;
}

async function readRecord(db: Database, year: number) {
  // One query after the other: `db` is the step's transaction.
  const entityRows = await queryRows<{
    id: string;
    name: string;
    address: string | null;
    county_code: string;
    owner_agency_id: string;
    industry_code: string;
    operating_status: string;
    permit_number: string | null;
    is_special_supervision: boolean;
    is_key_polluter: boolean;
    is_on_positive_list: boolean;
  }>(
    db,
    sql`SELECT e.id, e.name, e.address, e.county_code, e.owner_agency_id, e.industry_code, e.operating_status,
          e.permit_number, e.is_special_supervision,
          EXISTS (SELECT 1 FROM key_polluter_listings k WHERE k.entity_id = e.id AND k.year = ${year}) AS is_key_polluter,
          EXISTS (SELECT 1 FROM entity_list_memberships m WHERE m.entity_id = e.id AND m.list = 'positive'
                  AND m.removed_on IS NULL) AS is_on_positive_list
        FROM regulated_entities e
        WHERE e.region_code LIKE '36%' AND e.operating_status <> 'closed'
        ORDER BY e.id`,
  );
  const officerRows = await queryRows<{
    id: string;
    agency_id: string;
    user_id: string | null;
    status: string;
    certificate_number: string | null;
    certificate_valid_from: string | null;
    certificate_valid_until: string | null;
    specialties: string[] | string;
  }>(
    db,
    sql`SELECT o.id, o.agency_id, o.user_id, o.status, o.certificate_number,
          o.certificate_valid_from::text AS certificate_valid_from,
          o.certificate_valid_until::text AS certificate_valid_until, o.specialties
        FROM officers o JOIN agencies a ON a.id = o.agency_id
        WHERE a.region_code LIKE '36%' AND o.status <> 'departed'
        ORDER BY o.id`,
  );
  const conflicts = await queryRows<{ officer_id: string; entity_id: string }>(
    db,
    sql`SELECT officer_id, entity_id FROM officer_conflicts ORDER BY officer_id, entity_id`,
  );
  // Nanchang's published random-inspection list of the year (CAT-2).
  const items = await queryRows<{ id: string; name: string; scope: string | null }>(
    db,
    sql`SELECT i.id, i.name, i.data->'objectScope'->>'kind' AS scope
        FROM catalogue_items i JOIN catalogues c ON c.id = i.catalogue_id
        JOIN agencies a ON a.id = c.owner_agency_id
        WHERE c.kind = 'random_inspection_items' AND c.status = 'published' AND a.code = '360100-BUR'
        ORDER BY i.position`,
  );

  const conflictsByOfficer = new Map<string, string[]>();
  for (const row of conflicts) {
    const list = conflictsByOfficer.get(row.officer_id) ?? [];
    list.push(row.entity_id);
    conflictsByOfficer.set(row.officer_id, list);
  }
  const entitiesByOwner = new Map<string, EntityRecord[]>();
  for (const row of entityRows) {
    const entity: EntityRecord = {
      id: row.id,
      countyCode: row.county_code,
      isKeyPolluter: Boolean(row.is_key_polluter),
      isSpecialSupervision: Boolean(row.is_special_supervision),
      isOnPositiveList: Boolean(row.is_on_positive_list),
      name: row.name,
      address: row.address,
      ownerAgencyId: row.owner_agency_id,
      industryCode: row.industry_code,
      operatingStatus: row.operating_status,
      hasPermit: row.permit_number !== null,
    };
    const list = entitiesByOwner.get(entity.ownerAgencyId) ?? [];
    list.push(entity);
    entitiesByOwner.set(entity.ownerAgencyId, list);
  }
  const officersByAgency = new Map<string, Omit<OfficerRecord, 'countyCode'>[]>();
  for (const row of officerRows) {
    const specialties =
      (typeof row.specialties === 'string' ? parseTextArray(row.specialties) : row.specialties) ?? [];
    const officer = {
      id: row.id,
      agencyId: row.agency_id,
      userId: row.user_id,
      certificateNumber: row.certificate_number,
      status: row.status as OfficerStatus,
      hasCertificate: row.certificate_number !== null && row.certificate_number !== '',
      certificateValidFrom: row.certificate_valid_from,
      certificateValidUntil: row.certificate_valid_until,
      specialties: specialties.filter(isSpecialty) as Specialty[],
      conflictEntityIds: conflictsByOfficer.get(row.id) ?? [],
    };
    const list = officersByAgency.get(officer.agencyId) ?? [];
    list.push(officer);
    officersByAgency.set(officer.agencyId, list);
  }
  return {
    entitiesByOwner,
    officersByAgency,
    items: items.map<ItemRecord>((row) => ({ id: row.id, name: row.name, scope: row.scope ?? 'all' })),
  };
}
type DemoRecord = Awaited<ReturnType<typeof readRecord>>;

/** `{a,b}` → ['a', 'b'] for drivers that hand text[] back as its literal. */
function parseTextArray(literal: string): string[] {
  const inner = literal.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',').map((value) => value.replace(/^"|"$/g, ''));
}

// ---------------------------------------------------------------------------------------------
// Which agencies draw
// ---------------------------------------------------------------------------------------------

/** The small test template keeps the counties whose officers it keeps (see personnel.demo.ts). */
const smallScaleCounties = ['360121', '360124', '360402'];

interface CountyUnit {
  bureau: AgencyRecord;
  /** The bureau and everything below it (its 大队). */
  agencyIds: string[];
  countyName: string;
  index: number;
}

function countyUnitsOf(context: DemoContext): CountyUnit[] {
  const childrenOf = new Map<string, AgencyRecord[]>();
  for (const agency of context.agencies) {
    if (!agency.parentId) continue;
    const list = childrenOf.get(agency.parentId) ?? [];
    list.push(agency);
    childrenOf.set(agency.parentId, list);
  }
  const regionNames = new Map(context.regions.map((region) => [region.code, region.name]));
  const units: CountyUnit[] = [];
  for (const bureau of context.agencies) {
    if (bureau.kind !== 'county_bureau' || !bureau.regionCode.startsWith('36')) continue;
    const children = childrenOf.get(bureau.id) ?? [];
    if (!children.some((child) => child.kind === 'county_enforcement_unit')) continue;
    if (context.scale === 'small' && !smallScaleCounties.includes(bureau.regionCode.slice(0, 6))) continue;
    const agencyIds: string[] = [];
    const walk = (agency: AgencyRecord) => {
      agencyIds.push(agency.id);
      for (const child of childrenOf.get(agency.id) ?? []) walk(child);
    };
    walk(bureau);
    units.push({
      bureau,
      agencyIds,
      countyName: regionNames.get(bureau.regionCode) ?? bureau.shortName,
      index: units.length,
    });
  }
  return units;
}

// ---------------------------------------------------------------------------------------------
// The rows this step writes
// ---------------------------------------------------------------------------------------------

class Output {
  plans: (typeof randomCheckPlans.$inferInsert)[] = [];
  planItems: (typeof randomCheckPlanItems.$inferInsert)[] = [];
  tasks: (typeof randomCheckTasks.$inferInsert)[] = [];
  taskOfficers: (typeof randomCheckTaskOfficers.$inferInsert)[] = [];
  records: (typeof inspectionRecords.$inferInsert)[] = [];
  confirmations: (typeof inspectionRecordConfirmations.$inferInsert)[] = [];
  findings: (typeof inspectionFindings.$inferInsert)[] = [];
  events: (typeof entityEvents.$inferInsert)[] = [];
  skipped: string[] = [];

  async save(db: Database) {
    // Plans carry their draw records (≈ 40 KB of JSON each): as array parameters every quote would
    // be escaped into one 17 MB array literal, so they go as multi-row inserts of 50 instead.
    for (let start = 0; start < this.plans.length; start += 50) {
      await db.insert(randomCheckPlans).values(this.plans.slice(start, start + 50));
    }
    await insertMany(db, randomCheckPlanItems, this.planItems);
    await insertMany(db, randomCheckTasks, this.tasks);
    await insertMany(db, randomCheckTaskOfficers, this.taskOfficers);
    await insertMany(db, inspectionRecords, this.records);
    await insertMany(db, inspectionRecordConfirmations, this.confirmations);
    await insertMany(db, inspectionFindings, this.findings);
    await insertMany(db, entityEvents, this.events);
  }

  summary(): string {
    const completed = this.tasks.filter((task) => task.status === 'completed');
    const published = completed.filter((task) => task.publishedAt).length;
    const rate = completed.length === 0 ? 0 : Math.round((published / completed.length) * 1000) / 10;
    return (
      `双随机抽查：计划 ${this.plans.length} 个（专项 ${this.plans.filter((plan) => plan.kind === 'special').length}），` +
      `检查任务 ${this.tasks.length} 个，已完成 ${completed.length} 个，发现问题 ${this.findings.length} 个，` +
      `结果公开率 ${rate}%${this.skipped.length > 0 ? `；未抽取 ${this.skipped.length} 个（${this.skipped[0]}…）` : ''}`
    );
  }
}

// ---------------------------------------------------------------------------------------------
// One county's year
// ---------------------------------------------------------------------------------------------

interface PlanSpec {
  number: string;
  title: string;
  kind: 'yearly' | 'special';
  quarter: number | null;
  periodStart: string;
  periodEnd: string;
  inspectionStartsOn: string;
  inspectionDueOn: string;
  items: { item: ItemRecord; requiredSpecialty: Specialty | null }[];
  poolFilter: RandomCheckPoolFilter;
  ratio: { officers: number; entities: number };
  jointDepartments: string[];
  note: string;
}

const quarterWindows = [
  { start: '01-01', end: '03-31', inspection: '03-02', due: '03-31' },
  { start: '04-01', end: '06-30', inspection: '04-13', due: '06-30' },
  { start: '07-01', end: '09-30', inspection: '07-13', due: '09-30' },
  { start: '10-01', end: '12-31', inspection: '10-19', due: '12-15' },
] as const;
const quarterNames = ['一', '二', '三', '四'];

/** 政府信息公开条例 art. 26: made public within 20 working days (the plan service's default too). */
const publicationWorkingDays = 20;

const personPositions = ['环保负责人', '厂长', '安全环保部经理', '总经理', '生产主管', '设备主管'];
const witnessSets = [
  '驻局纪检监察组、县司法局行政执法监督科、企业代表 2 名',
  '县纪委监委派驻纪检监察组、人大代表 1 名、企业代表 1 名',
  '局机关纪委、县融媒体中心记者、企业代表 2 名',
];
const findingTemplates: Record<string, string[]> = {
  排污许可证执行情况检查: [
    '未按排污许可证规定的频次开展自行监测',
    '环境管理台账记录不完整，缺少近三个月的污染防治设施运行记录',
    '未按时提交排污许可证执行报告',
    '废水排放口标志牌设置不规范',
  ],
  污染防治设施运行情况检查: [
    '废气收集管道破损，存在无组织排放',
    '污水处理设施药剂投加记录与生产负荷明显不符',
    '活性炭吸附装置未按期更换活性炭',
  ],
  重点排污单位自动监控设施运行及数据质量检查: [
    '自动监测数据有效传输率低于 90%',
    '自动监控设备运维记录不全，未按规定校准',
    '在线监测设备采样管路堵塞，数据失真',
  ],
  危险废物规范化环境管理检查: [
    '危险废物贮存场所未设置识别标志',
    '危险废物管理台账记录不全，与转移联单不符',
    '未按规定申报危险废物管理计划',
  ],
};
const otherFindings = ['现场环境管理不规范，物料露天堆放', '未按规定公开环境信息'];
const closedObservations = [
  '现场检查时该单位已停产，生产设施停用，未见生产迹象',
  '该单位已停产搬迁，现场无人员生产',
  '按登记地址查无此户，经社区核实已于年初关闭',
];
const compliantObservations = [
  '现场检查时企业正常生产，污染防治设施正常运行，台账记录齐全',
  '企业持证排污，排放口规范，自行监测按要求开展',
  '污染防治设施运行正常，运行记录与生产负荷相符，未发现环境违法行为',
];
const jointDepartmentSets = [
  ['县应急管理局', '县市场监督管理局'],
  ['县应急管理局', '县交通运输局'],
  ['县市场监督管理局'],
];

const stratumOfKind: Record<DrawObjectKind, RandomCheckStratum> = {
  key_polluter: 'key_polluter',
  special_supervision: 'special',
  general: 'general',
};
const kindOfStratum: Record<RandomCheckStratum, DrawObjectKind> = {
  key_polluter: 'key_polluter',
  special: 'special_supervision',
  general: 'general',
};

const regionNameCache = new WeakMap<DemoContext, Map<string, string>>();
function regionNamesOf(context: DemoContext): Map<string, string> {
  let names = regionNameCache.get(context);
  if (!names) {
    names = new Map(context.regions.map((region) => [region.code, region.name]));
    regionNameCache.set(context, names);
  }
  return names;
}

function secretOf(planId: string): string {
  return createHash('sha256').update(`qingshan-demo-draw-secret:${planId}`).digest('hex');
}

class CountyGenerator {
  private readonly entities: EntityRecord[];
  private readonly entitiesById: Map<string, EntityRecord>;
  private readonly officers: OfficerRecord[];
  private readonly officersById: Map<string, OfficerRecord>;
  private readonly covered = new Set<string>();
  private readonly rules = drawRulesOf(getProvinceProfile('jiangxi').randomInspection);
  /** How reliably this county finishes its inspections and publishes the results. */
  private readonly inspectionDiligence: number;
  private readonly publicationDiligence: number;
  private sequence = 0;
  private readonly headUserId: string | null;

  constructor(
    private readonly random: SeededRandom,
    private readonly context: DemoContext,
    data: DemoRecord,
    private readonly calendar: WorkingCalendar,
    private readonly out: Output,
    private readonly county: CountyUnit,
    private readonly year: number,
    private readonly today: string,
  ) {
    const agencyIds = new Set(county.agencyIds);
    this.entities = county.agencyIds.flatMap((id) => data.entitiesByOwner.get(id) ?? []);
    this.entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.entitiesById = new Map(this.entities.map((entity) => [entity.id, entity]));
    const agencyRegion = new Map(context.agencies.map((agency) => [agency.id, agency.regionCode]));
    this.officers = county.agencyIds
      .flatMap((id) => data.officersByAgency.get(id) ?? [])
      .map((officer) => ({ ...officer, countyCode: (agencyRegion.get(officer.agencyId) ?? '').slice(0, 6) }));
    this.officers.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.officersById = new Map(this.officers.map((officer) => [officer.id, officer]));
    this.inspectionDiligence = random.pickWeighted([
      [0.99, 60],
      [0.95, 30],
      [0.88, 10],
    ] as const);
    this.publicationDiligence = random.pickWeighted([
      [1, 55],
      [0.97, 25],
      [0.9, 14],
      [0.75, 6],
    ] as const);
    const head =
      context.namedAccounts.find(
        (account) => agencyIds.has(account.agencyId) && account.roles.includes('agency_head'),
      ) ??
      context.staffAccounts.find(
        (account) => agencyIds.has(account.agencyId) && account.roles.includes('agency_head'),
      );
    this.headUserId = head?.id ?? null;
    this.data = data;
    this.regionNames = regionNamesOf(context);
    this.itemNames = new Map(data.items.map((item) => [item.id, item.name]));
  }

  private readonly data: DemoRecord;
  private readonly regionNames: Map<string, string>;
  private readonly itemNames: Map<string, string>;
  private readonly workingDays = new Map<string, string[]>();

  /** The working days of [from, to], computed once per window. */
  private workingDaysOf(from: string, to: string): string[] {
    const key = `${from}/${to}`;
    let days = this.workingDays.get(key);
    if (!days) {
      days = workingDaysBetween(this.calendar, from, to);
      this.workingDays.set(key, days);
    }
    return days;
  }

  run() {
    const items = this.data.items;
    const byName = (name: string) => items.find((item) => item.name === name);
    const quarterlyItems = [
      byName('排污许可证执行情况检查'),
      byName('污染防治设施运行情况检查'),
      byName('重点排污单位自动监控设施运行及数据质量检查'),
    ].filter((item): item is ItemRecord => item !== undefined);
    const hazardousWaste = byName('危险废物规范化环境管理检查');
    const short = this.county.bureau.name;
    const division = this.county.bureau.regionCode.slice(0, 6);

    for (let quarter = 1; quarter <= 4; quarter++) {
      const window = quarterWindows[quarter - 1]!;
      const inspectionStartsOn = workingDayFrom(this.calendar, `${this.year}-${window.inspection}`);
      if (addDays(inspectionStartsOn, -5) >= this.today) break;
      this.plan({
        number: `${this.year}-SJ-${division}-${String(++this.sequence).padStart(3, '0')}`,
        title: `${short}${this.year}年第${quarterNames[quarter - 1]}季度“双随机、一公开”抽查计划`,
        kind: 'yearly',
        quarter,
        periodStart: `${this.year}-${window.start}`,
        periodEnd: `${this.year}-${window.end}`,
        inspectionStartsOn,
        inspectionDueOn: `${this.year}-${window.due}`,
        items: (quarterlyItems.length > 0 ? quarterlyItems : items.slice(0, 2)).map((item) => ({
          item,
          requiredSpecialty: null,
        })),
        poolFilter: {
          countyCodes: [],
          industryCodes: [],
          permitClasses: [],
          strata: ['general', 'key_polluter', 'special'],
        },
        // Seed 002 二（二）3: county 1:10 a year; drawn in four quarters, 2:5 each.
        ratio: { officers: 2, entities: 5 },
        jointDepartments: [],
        note: '一般监管对象全年按不低于 1:10（人员:企业）抽查，分四个季度实施，每季度按 2:5 抽取（洪环监察〔2018〕21号二（二）3：县区可适当调整抽查比例）；重点排污单位每季度按 25% 不放回抽取，全年全覆盖。',
      });
    }

    // A special campaign with other departments in every sixth county (seed 002 二（二）2 随机联查).
    if (hazardousWaste && this.county.index % 6 === 2) {
      const inspectionStartsOn = workingDayFrom(this.calendar, `${this.year}-06-08`);
      if (addDays(inspectionStartsOn, -5) < this.today) {
        const departments = jointDepartmentSets[this.county.index % jointDepartmentSets.length]!.map((name) =>
          name.replace('县', this.county.countyName),
        );
        this.plan({
          number: `${this.year}-SJ-${division}-${String(++this.sequence).padStart(3, '0')}`,
          title: `${short}${this.year}年危险废物规范化环境管理专项抽查（随机联查）`,
          kind: 'special',
          quarter: null,
          periodStart: `${this.year}-06-01`,
          periodEnd: `${this.year}-08-31`,
          inspectionStartsOn,
          inspectionDueOn: `${this.year}-07-31`,
          items: [{ item: hazardousWaste, requiredSpecialty: 'hazardous_waste' }],
          poolFilter: {
            countyCodes: [],
            industryCodes: ['26', '27', '33', '38'],
            permitClasses: [],
            strata: ['general', 'special'],
          },
          ratio: { officers: 1, entities: 1 },
          jointDepartments: departments,
          note: `与${departments.join('、')}开展部门联合随机抽查，一次检查、全面体检（洪环监察〔2018〕21号二（二）2）。`,
        });
      }
    }
  }

  private plan(spec: PlanSpec) {
    const planId = stableUuid('random-check-plan', `${this.county.bureau.code}-${spec.number}`);
    const pool = this.entities.filter(
      (entity) =>
        spec.poolFilter.industryCodes.length === 0 ||
        spec.poolFilter.industryCodes.some((code) => entity.industryCode.startsWith(code)),
    );
    if (pool.length === 0) return;
    const drawnAt = at(addDays(spec.inspectionStartsOn, -5), 10, 0);
    const committedAt = at(addDays(spec.inspectionStartsOn, -9), 9, 30);
    const quarter = spec.quarter ?? Math.floor((Number(spec.inspectionStartsOn.slice(5, 7)) - 1) / 3) + 1;
    const regionNames = this.regionNames;
    const countyCodes = [...new Set(pool.map((entity) => entity.countyCode))].sort();
    const inputFor = (withSpecialties: boolean): DrawInput => ({
      plan: {
        id: planId,
        agencyId: this.county.bureau.id,
        level: 'county',
        kind: spec.kind,
        quarter,
        inspectionDate: spec.inspectionStartsOn,
        items: spec.items.map(({ item, requiredSpecialty }) => ({
          id: item.id,
          name: item.name,
          objectKinds: (item.scope === 'key_polluters'
            ? (['key_polluter'] as RandomCheckStratum[])
            : (['general', 'key_polluter', 'special'] as RandomCheckStratum[])
          )
            .filter((stratum) => spec.poolFilter.strata.includes(stratum))
            .map((stratum) => kindOfStratum[stratum]),
          specialties: withSpecialties && requiredSpecialty ? [requiredSpecialty] : [],
        })),
        isCrossRegion: false,
        // As the draw service does: the other departments' inspectors are not in this platform.
        jointDepartments: [],
        specialSupervisionPercent: 50,
        adjustedCountyRatio: spec.ratio,
        counties: countyCodes.map((code) => ({ code, name: regionNames.get(code) ?? code })),
      },
      rules: this.rules,
      entities: pool.map((entity) => ({
        id: entity.id,
        countyCode: entity.countyCode,
        isKeyPolluter: entity.isKeyPolluter,
        isSpecialSupervision: entity.isSpecialSupervision,
        isOnPositiveList: entity.isOnPositiveList,
      })),
      officers: this.officers.map((officer) => ({
        id: officer.id,
        agencyId: officer.agencyId,
        countyCode: officer.countyCode,
        status: officer.status,
        hasCertificate: officer.hasCertificate,
        certificateValidFrom: officer.certificateValidFrom,
        certificateValidUntil: officer.certificateValidUntil,
        specialties: officer.specialties,
        conflictEntityIds: officer.conflictEntityIds,
      })),
      keyPolluterIdsCoveredThisYear: spec.kind === 'yearly' ? [...this.covered].sort() : [],
    });
    const secret = secretOf(planId);
    const dice = Array.from({ length: 6 }, () => this.random.integer(1, 6)).join(' ');
    let record: DrawRecord | null = null;
    let officerIdOfPseudonym = new Map<string, string>();
    let isSpecialtyDropped = false;
    for (const withSpecialties of [true, false]) {
      const created = createDrawRecord({ secret, publicEntropy: dice, input: inputFor(withSpecialties) });
      if ('record' in created && created.record.outcome.status === 'drawn') {
        record = created.record;
        officerIdOfPseudonym = created.officerIdOfPseudonym;
        isSpecialtyDropped = !withSpecialties && spec.items.some((item) => item.requiredSpecialty);
        break;
      }
      if (!spec.items.some((item) => item.requiredSpecialty)) {
        const reason =
          'problems' in created
            ? created.problems[0]
            : created.record.outcome.status === 'shortage'
              ? created.record.outcome.message
              : '';
        this.out.skipped.push(`${spec.number}：${reason}`);
        return;
      }
    }
    if (record?.outcome.status !== 'drawn') {
      this.out.skipped.push(`${spec.number}：人员不足`);
      return;
    }
    const outcome = record.outcome;
    const publicationDueOn = computeDeadline(this.calendar, {
      start: spec.inspectionDueOn,
      amount: publicationWorkingDays,
      unit: 'working_day',
      counting: getProvinceProfile('jiangxi').counting,
    }).dueDate!;

    this.out.plans.push({
      id: planId,
      agencyId: this.county.bureau.id,
      number: spec.number,
      title: spec.title,
      year: this.year,
      kind: spec.kind,
      quarter: spec.quarter,
      periodStart: spec.periodStart,
      periodEnd: spec.periodEnd,
      inspectionStartsOn: spec.inspectionStartsOn,
      inspectionDueOn: spec.inspectionDueOn,
      publicationDueOn,
      poolFilter: spec.poolFilter,
      ratioOfficers: spec.ratio.officers,
      ratioEntities: spec.ratio.entities,
      keyPolluterPercent: this.rules.keyPolluterQuarterlyCoverage.countyPercent,
      specialObjectPercent: 50,
      minOfficersPerTask: this.rules.minOfficersPerTask,
      isCrossRegion: false,
      jointDepartments: spec.jointDepartments,
      status: 'drawn',
      secret,
      commitment: record.commitment,
      committedAt,
      publicEntropy: dice,
      drawWitnesses: this.random.pick(witnessSets),
      seed: record.seed,
      algorithmVersion: record.algorithmVersion,
      drawRecord: record,
      drawnAt,
      drawnBy: this.headUserId,
      note: isSpecialtyDropped
        ? `${spec.note}（本县持相应专业特长的执法人员不足，未限定专业特长）`
        : spec.note,
      createdBy: this.headUserId,
      createdAt: at(addDays(spec.inspectionStartsOn, -15), 9, 0),
      updatedAt: drawnAt,
    });
    for (const { item, requiredSpecialty } of spec.items) {
      this.out.planItems.push({
        planId,
        catalogueItemId: item.id,
        requiredSpecialty: isSpecialtyDropped ? null : requiredSpecialty,
      });
    }
    outcome.tasks.forEach((drawn, index) => {
      if (spec.kind === 'yearly' && drawn.objectKinds.includes('key_polluter'))
        this.covered.add(drawn.entityId);
      // The record names officers by the plan's pseudonyms; the tasks store officer ids.
      const officerIds = drawn.officerIds.map((pseudonym) => officerIdOfPseudonym.get(pseudonym)!);
      this.task(spec, planId, index + 1, { ...drawn, officerIds });
    });
  }

  private task(
    spec: PlanSpec,
    planId: string,
    position: number,
    drawn: { entityId: string; objectKinds: DrawObjectKind[]; itemIds: string[]; officerIds: string[] },
  ) {
    const random = this.random;
    const taskId = stableUuid('random-check-task', `${planId}-${drawn.entityId}`);
    const entity = this.entitiesById.get(drawn.entityId)!;
    const createdAt = at(addDays(spec.inspectionStartsOn, -5), 10, 5);
    const yesterday = addDays(this.today, -1);
    const lastDay = [yesterday, spec.inspectionDueOn].sort()[0]!;
    const isPastDue = spec.inspectionDueOn < this.today;
    // How far the inspection window has run: a running plan has done about that share.
    const elapsed = Math.min(
      1,
      (daysBetween(spec.inspectionStartsOn, this.today) + 1) /
        (daysBetween(spec.inspectionStartsOn, spec.inspectionDueOn) + 1),
    );
    const completionChance = isPastDue ? this.inspectionDiligence : Math.max(0, elapsed * 0.95 - 0.05);
    const roll = random.next();
    const status: 'pending' | 'recorded' | 'completed' =
      roll < completionChance
        ? 'completed'
        : roll < completionChance + (isPastDue ? 0.3 : 0.12) * (1 - completionChance)
          ? 'recorded'
          : 'pending';
    const task: typeof randomCheckTasks.$inferInsert = {
      id: taskId,
      planId,
      entityId: drawn.entityId,
      agencyId: this.county.bureau.id,
      stratum: stratumOfKind[drawn.objectKinds[0]!],
      position,
      itemIds: drawn.itemIds,
      status,
      outcome: null,
      inspectedOn: null,
      completedAt: null,
      publishedAt: null,
      createdAt,
      updatedAt: createdAt,
    };
    drawn.officerIds.forEach((officerId, index) => {
      this.out.taskOfficers.push({ taskId, officerId, role: index === 0 ? 'lead' : 'member' });
    });
    this.out.tasks.push(task);
    if (status === 'pending' || lastDay < spec.inspectionStartsOn) {
      task.status = 'pending';
      return;
    }

    // The visit: a working day of the window, before today.
    const days = this.workingDaysOf(spec.inspectionStartsOn, lastDay);
    const inspectedOn = days.length > 0 ? random.pick(days) : spec.inspectionStartsOn;
    const isClosed = entity.operatingStatus === 'suspended' ? random.chance(0.6) : random.chance(0.04);
    const hasProblem = !isClosed && random.chance(0.155);
    const outcome: RandomCheckOutcome = isClosed
      ? 'entity_closed'
      : hasProblem
        ? 'problem_found'
        : 'no_problem';
    const itemNames = this.itemNames;
    const problemItems: string[] = [];
    if (hasProblem) {
      const candidates = [...drawn.itemIds];
      const count = Math.min(candidates.length, random.chance(0.25) ? 2 : 1);
      for (let index = 0; index < count; index++) {
        problemItems.push(candidates.splice(random.integer(0, candidates.length - 1), 1)[0]!);
      }
    }
    const problemSet = new Set(problemItems);
    const itemResults = drawn.itemIds.map((itemId) => ({
      itemId,
      result: isClosed
        ? 'not_applicable'
        : problemSet.has(itemId)
          ? 'non_compliant'
          : itemNames.get(itemId) === '排污许可证执行情况检查' && !entity.hasPermit
            ? 'not_applicable'
            : 'compliant',
      note: null,
    }));
    const startHour = random.integer(9, 15);
    const startedAt = at(inspectedOn, startHour, random.pick([0, 10, 20, 30, 40, 50]));
    const endedAt = new Date(startedAt.getTime() + random.integer(50, 170) * 60_000);
    const recordId = stableUuid('inspection-record', taskId);
    const lead = this.officersById.get(drawn.officerIds[0]!);
    this.out.records.push({
      id: recordId,
      taskId,
      inspectedOn,
      startedAt,
      endedAt,
      location: entity.address ?? entity.name,
      personPresent: isClosed ? null : generatePersonName(random),
      personPresentPosition: isClosed ? null : random.pick(personPositions),
      // The record's procedure entries (DR-5), derived without drawing from `random` so the rest of
      // the demo stays as it was.
      certificatesShown: isClosed
        ? []
        : drawn.officerIds.map((officerId) => ({
            officerId,
            certificateNumber: this.officersById.get(officerId)?.certificateNumber ?? '',
          })),
      rightsInformedAt: isClosed ? null : new Date(startedAt.getTime() + 5 * 60_000),
      recusal: isClosed
        ? null
        : { isAsked: true, answer: 'not_requested', officerId: null, outcome: null, note: null },
      revision: 1,
      itemResults,
      observations: isClosed
        ? random.pick(closedObservations)
        : hasProblem
          ? `现场检查发现 ${problemItems.length} 项问题，已当场告知企业并制作笔录`
          : random.pick(compliantObservations),
      outcome,
      createdBy: lead?.userId ?? null,
      createdAt: endedAt,
      updatedAt: endedAt,
    });

    const dispositions: InspectionFindingDisposition[] = [];
    for (const itemId of problemItems) {
      const disposition = random.pickWeighted([
        ['rectification', 70],
        ['both', 20],
        ['case_referral', 10],
      ] as const);
      dispositions.push(disposition);
      const templates = findingTemplates[itemNames.get(itemId) ?? ''] ?? otherFindings;
      this.out.findings.push({
        id: stableUuid('inspection-finding', `${recordId}-${itemId}`),
        recordId,
        entityId: entity.id,
        agencyId: this.county.bureau.id,
        catalogueItemId: itemId,
        description: random.pick(templates),
        disposition,
        rectificationDueOn: disposition === 'case_referral' ? null : addDays(inspectedOn, 30),
        handledAt: null,
        createdBy: lead?.userId ?? null,
        createdAt: endedAt,
      });
    }

    // Confirmations: the lead signs on the day; the team completes it within a few days.
    const completedOn =
      days
        .filter((day) => day >= inspectedOn)
        .slice(0, random.integer(1, 3))
        .pop() ?? inspectedOn;
    const completedAt = at(completedOn < this.today ? completedOn : inspectedOn, 17, random.integer(0, 50));
    drawn.officerIds.forEach((officerId, index) => {
      if (status === 'recorded' && index > 0) return;
      this.out.confirmations.push({
        recordId,
        officerId,
        userId: this.officersById.get(officerId)?.userId ?? null,
        confirmedAt: index === 0 ? endedAt : completedAt,
      });
    });
    if (status === 'recorded') {
      task.inspectedOn = null;
      task.updatedAt = endedAt;
      return;
    }

    task.outcome = outcome;
    task.inspectedOn = inspectedOn;
    task.completedAt = completedAt;
    task.updatedAt = completedAt;
    // Publication: most within days; a late one now and then; some never (the county's diligence).
    const publishedOn = addDays(
      businessDate(completedAt),
      random.pickWeighted([
        [random.integer(1, 7), 70],
        [random.integer(8, 20), 25],
        [random.integer(25, 45), 5],
      ] as const),
    );
    const publishedAt = at(workingDayFrom(this.calendar, publishedOn), 10, random.integer(0, 59));
    if (publishedAt < this.context.now && random.chance(this.publicationDiligence)) {
      task.publishedAt = publishedAt;
      task.updatedAt = publishedAt;
    }

    const detail = [
      `${spec.title}（${spec.number}），${this.county.bureau.name}`,
      `检查事项 ${drawn.itemIds.length} 项`,
      ...(problemItems.length > 0 ? [`不符合 ${problemItems.length} 项`] : []),
      ...(dispositions.length > 0
        ? [
            `发现问题 ${dispositions.length} 个（${[...new Set(dispositions)]
              .map(
                (disposition) =>
                  `${inspectionFindingDispositionLabels[disposition]} ${dispositions.filter((value) => value === disposition).length}`,
              )
              .join('，')}）`,
          ]
        : []),
    ].join('；');
    this.out.events.push({
      id: stableUuid('random-check-event', taskId),
      entityId: entity.id,
      occurredOn: inspectedOn,
      kind: 'random_check',
      title: `双随机抽查：${randomCheckOutcomeLabels[outcome]}`,
      detail,
      compliance: inspectionCompliance(outcome, dispositions),
      sourceType: 'random_check_task',
      sourceId: taskId,
      agencyId: this.county.bureau.id,
      createdBy: null,
      createdAt: completedAt,
    });
  }
}
