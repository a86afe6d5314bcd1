import { sql } from 'drizzle-orm';
import { insertMany } from '../db/bulk';
import { type BulkColumn, type BulkValue, loadRows } from '../db/bulk-load';
import { type Database, type DatabaseKind, queryRows } from '../db/client';
import { randomCheckPlanItems, randomCheckPlans } from '../db/schema/index';
import type { DemoContext, DemoStep } from './demo.context';
import { generatePersonName } from './demo.names';
import { SeededRandom, stableUuid } from './demo.random';

/**
 * Earlier years of random checks for the province load set (`npm run demo:scale`): what three
 * years of a province's inspections leave in the tables — about a million tasks with their field
 * records, officers and confirmations — so that the plan list, the task list and the to-do list are
 * measured against a table of a province's size. Each county bureau runs one closed monthly plan
 * for every month of the years before the demo year (the demo year itself is the ordinary
 * random-check step's, drawn with the domain's `drawRandomChecks`); a month visits a seeded share
 * of the county's entities, each with two of the county's officers (the profile's minimum).
 *
 * These plans are history, not draws to verify: they carry no secret and no draw record (a draw
 * record lists the whole pool — 3,600 of them would be gigabytes of JSON), and their note says so.
 * Rows go through COPY (`loadRows`), one county-year at a time, so memory stays flat.
 */
export interface RandomCheckHistoryOptions {
  /** How many years before the demo year. */
  years: number;
  /** Tasks a year per entity of the county (the province load set: ≈ 3.3, a million in three years). */
  visitsPerEntityYear: number;
}

export const provinceHistory: RandomCheckHistoryOptions = { years: 3, visitsPerEntityYear: 3.3 };

interface HistoryEntity {
  id: string;
  name: string;
  address: string | null;
}

interface HistoryOfficer {
  id: string;
  userId: string | null;
  certificateNumber: string | null;
}

/** What one county bureau draws from: its entities, its (and its 大队's) officers, the items. */
export interface HistoryCounty {
  bureauId: string;
  regionCode: string;
  countyName: string;
  headUserId: string | null;
  entities: HistoryEntity[];
  officers: HistoryOfficer[];
  itemIds: string[];
}

/** The rows of one county-year, in the column order of `historyColumns`. */
export interface HistoryBatch {
  plans: (typeof randomCheckPlans.$inferInsert)[];
  planItems: (typeof randomCheckPlanItems.$inferInsert)[];
  tasks: BulkValue[][];
  taskOfficers: BulkValue[][];
  records: BulkValue[][];
  confirmations: BulkValue[][];
}

const text = (name: string): BulkColumn => ({ name, type: 'text' });
const uuid = (name: string): BulkColumn => ({ name, type: 'uuid' });
const date = (name: string): BulkColumn => ({ name, type: 'date' });
const moment = (name: string): BulkColumn => ({ name, type: 'timestamptz' });

export const historyColumns = {
  tasks: [
    uuid('id'),
    uuid('plan_id'),
    uuid('entity_id'),
    uuid('agency_id'),
    text('stratum'),
    { name: 'position', type: 'integer' },
    text('item_ids'),
    text('status'),
    text('outcome'),
    date('inspected_on'),
    moment('completed_at'),
    moment('published_at'),
    moment('created_at'),
    moment('updated_at'),
  ],
  taskOfficers: [uuid('task_id'), uuid('officer_id'), text('role')],
  records: [
    uuid('id'),
    uuid('task_id'),
    date('inspected_on'),
    moment('started_at'),
    moment('ended_at'),
    text('location'),
    text('person_present'),
    text('person_present_position'),
    text('certificates_shown'),
    moment('rights_informed_at'),
    text('recusal'),
    { name: 'revision', type: 'integer' },
    text('item_results'),
    text('observations'),
    text('outcome'),
    uuid('created_by'),
    moment('created_at'),
    moment('updated_at'),
  ],
  confirmations: [uuid('record_id'), uuid('officer_id'), uuid('user_id'), moment('confirmed_at')],
} satisfies Record<string, BulkColumn[]>;

const positions = ['环保负责人', '厂长', '安全环保部经理', '总经理', '生产主管'];
const compliantObservations = [
  '现场检查时企业正常生产，污染防治设施正常运行，台账记录齐全',
  '企业持证排污，排放口规范，自行监测按要求开展',
  '污染防治设施运行正常，运行记录与生产负荷相符，未发现环境违法行为',
];
const recusalAsked = JSON.stringify({
  isAsked: true,
  answer: 'not_requested',
  officerId: null,
  outcome: null,
  note: null,
});
const generalPool = JSON.stringify({
  countyCodes: [],
  industryCodes: [],
  permitClasses: [],
  strata: ['general', 'key_polluter', 'special'],
});

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function lastDayOf(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** A moment of a date at hh:mm Beijing time, as COPY text. */
function at(day: string, hour: number, minute: number): string {
  return `${day} ${pad(hour)}:${pad(minute)}:00+08`;
}

/**
 * One county's year of monthly plans. Pure and seeded by county and year, so the same input gives
 * the same rows on every machine and a county-year can be built without the others.
 */
export function buildCountyYear(
  county: HistoryCounty,
  year: number,
  options: RandomCheckHistoryOptions,
): HistoryBatch {
  const batch: HistoryBatch = {
    plans: [],
    planItems: [],
    tasks: [],
    taskOfficers: [],
    records: [],
    confirmations: [],
  };
  if (county.entities.length === 0 || county.officers.length < 2 || county.itemIds.length === 0) return batch;
  const random = new SeededRandom(`qingshan-scale-history-${county.regionCode}-${year}`);
  const perMonth = Math.max(1, Math.round((county.entities.length * options.visitsPerEntityYear) / 12));
  const itemIds = `{${county.itemIds.join(',')}}`;
  for (let month = 1; month <= 12; month++) {
    const periodStart = `${year}-${pad(month)}-01`;
    const periodEnd = lastDayOf(year, month);
    const planId = stableUuid('scale-history-plan', `${county.bureauId}-${year}-${month}`);
    const createdAt = new Date(`${periodStart}T09:00:00+08:00`);
    batch.plans.push({
      id: planId,
      agencyId: county.bureauId,
      number: `${year}-SJLS-${county.regionCode}-${pad(month)}`,
      title: `${county.countyName}${year}年${month}月“双随机、一公开”日常监管抽查`,
      year,
      kind: 'special',
      quarter: null,
      periodStart,
      periodEnd,
      inspectionStartsOn: periodStart,
      inspectionDueOn: periodEnd,
      publicationDueOn: lastDayOf(year, month + 1),
      poolFilter: JSON.parse(generalPool),
      ratioOfficers: 2,
      ratioEntities: 5,
      keyPolluterPercent: 25,
      specialObjectPercent: 50,
      minOfficersPerTask: 2,
      status: 'closed',
      note: '历史数据（省级规模数据集）：未保存抽取记录',
      createdBy: county.headUserId,
      createdAt,
      updatedAt: new Date(`${periodEnd}T18:00:00+08:00`),
    });
    for (const itemId of county.itemIds)
      batch.planItems.push({ planId, catalogueItemId: itemId, requiredSpecialty: null });

    // Distinct entities a month (the unique index on plan and entity): a seeded partial shuffle.
    const pool = county.entities.slice();
    const drawn = Math.min(perMonth, pool.length);
    const lastDay = Number(periodEnd.slice(8, 10));
    for (let position = 1; position <= drawn; position++) {
      const pick = position - 1 + Math.floor(random.next() * (pool.length - position + 1));
      const entity = pool[pick]!;
      pool[pick] = pool[position - 1]!;
      pool[position - 1] = entity;
      const taskId = stableUuid('scale-history-task', `${planId}-${entity.id}`);
      const recordId = stableUuid('scale-history-record', taskId);
      const lead = county.officers[Math.floor(random.next() * county.officers.length)]!;
      let member = county.officers[Math.floor(random.next() * county.officers.length)]!;
      if (member.id === lead.id)
        member = county.officers[(county.officers.indexOf(lead) + 1) % county.officers.length]!;
      const inspectedOn = `${year}-${pad(month)}-${pad(1 + Math.floor(random.next() * lastDay))}`;
      const hour = 9 + Math.floor(random.next() * 7);
      const minute = 10 * Math.floor(random.next() * 6);
      const startedAt = at(inspectedOn, hour, minute);
      const endedAt = at(inspectedOn, hour + 1, minute);
      const completedAt = at(inspectedOn, 17, minute);
      const roll = random.next();
      const outcome = roll < 0.03 ? 'entity_closed' : roll < 0.18 ? 'problem_found' : 'no_problem';
      const isClosed = outcome === 'entity_closed';
      const results = county.itemIds.map((itemId, index) => ({
        itemId,
        result: isClosed
          ? 'not_applicable'
          : outcome === 'problem_found' && index === 0
            ? 'non_compliant'
            : 'compliant',
        note: null,
      }));
      batch.tasks.push([
        taskId,
        planId,
        entity.id,
        county.bureauId,
        'general',
        position,
        itemIds,
        'completed',
        outcome,
        inspectedOn,
        completedAt,
        at(periodEnd, 16, 0),
        at(periodStart, 9, 30),
        completedAt,
      ]);
      batch.taskOfficers.push([taskId, lead.id, 'lead'], [taskId, member.id, 'member']);
      batch.records.push([
        recordId,
        taskId,
        inspectedOn,
        startedAt,
        endedAt,
        entity.address ?? entity.name,
        isClosed ? null : generatePersonName(random),
        isClosed ? null : positions[Math.floor(random.next() * positions.length)]!,
        isClosed
          ? '[]'
          : JSON.stringify([
              { officerId: lead.id, certificateNumber: lead.certificateNumber ?? '' },
              { officerId: member.id, certificateNumber: member.certificateNumber ?? '' },
            ]),
        isClosed ? null : at(inspectedOn, hour, minute + 5),
        isClosed ? null : recusalAsked,
        1,
        JSON.stringify(results),
        isClosed
          ? '现场检查时该单位已停产，生产设施停用，未见生产迹象'
          : outcome === 'problem_found'
            ? '现场检查发现 1 项问题，已当场告知企业并制作笔录'
            : compliantObservations[Math.floor(random.next() * compliantObservations.length)]!,
        outcome,
        lead.userId,
        endedAt,
        endedAt,
      ]);
      batch.confirmations.push(
        [recordId, lead.id, lead.userId, endedAt],
        [recordId, member.id, member.userId, completedAt],
      );
    }
  }
  return batch;
}

/** The county bureaus of Jiangxi with their entities, officers and the published item list. */
export async function readHistoryCounties(db: Database, context: DemoContext): Promise<HistoryCounty[]> {
  const entities = await queryRows<{
    id: string;
    name: string;
    address: string | null;
    owner_agency_id: string;
  }>(
    db,
    sql`SELECT id, name, address, owner_agency_id FROM regulated_entities
        WHERE region_code LIKE '36%' AND operating_status <> 'closed' ORDER BY id`,
  );
  const officerRows = await queryRows<{
    id: string;
    agency_id: string;
    user_id: string | null;
    certificate_number: string | null;
  }>(
    db,
    sql`SELECT id, agency_id, user_id, certificate_number FROM officers
        WHERE status <> 'departed' AND certificate_number IS NOT NULL ORDER BY id`,
  );
  const items = await queryRows<{ id: string }>(
    db,
    sql`SELECT i.id FROM catalogue_items i JOIN catalogues c ON c.id = i.catalogue_id
        JOIN agencies a ON a.id = c.owner_agency_id
        WHERE c.kind = 'random_inspection_items' AND c.status = 'published' AND a.code = '360100-BUR'
        ORDER BY i.position LIMIT 2`,
  );
  const itemIds = items.map((item) => item.id);
  const bureauOf = new Map<string, string>();
  const parentOf = new Map(context.agencies.map((agency) => [agency.id, agency.parentId]));
  const isBureau = new Set(
    context.agencies
      .filter((agency) => agency.kind === 'county_bureau' && agency.regionCode.startsWith('36'))
      .map((agency) => agency.id),
  );
  // An agency's county bureau: itself, or the nearest bureau above it (a 大队 under its 局).
  for (const agency of context.agencies) {
    let cursor: string | null | undefined = agency.id;
    while (cursor && !isBureau.has(cursor)) cursor = parentOf.get(cursor);
    if (cursor) bureauOf.set(agency.id, cursor);
  }
  const regionNames = new Map(context.regions.map((region) => [region.code, region.name]));
  const counties = new Map<string, HistoryCounty>();
  for (const agency of context.agencies) {
    if (!isBureau.has(agency.id)) continue;
    const head = context.staffAccounts.find(
      (account) => account.agencyId === agency.id && account.roles.includes('agency_head'),
    );
    counties.set(agency.id, {
      bureauId: agency.id,
      regionCode: agency.regionCode,
      countyName: regionNames.get(agency.regionCode) ?? agency.shortName,
      headUserId: head?.id ?? null,
      entities: [],
      officers: [],
      itemIds,
    });
  }
  for (const row of entities) {
    const bureau = bureauOf.get(row.owner_agency_id);
    if (bureau) counties.get(bureau)?.entities.push({ id: row.id, name: row.name, address: row.address });
  }
  for (const row of officerRows) {
    const bureau = bureauOf.get(row.agency_id);
    if (bureau)
      counties
        .get(bureau)
        ?.officers.push({ id: row.id, userId: row.user_id, certificateNumber: row.certificate_number });
  }
  return [...counties.values()];
}

/** The demo step: every county bureau's earlier years, loaded by COPY a county-year at a time. */
export function randomCheckHistoryDemoStep(kind: DatabaseKind, options: RandomCheckHistoryOptions): DemoStep {
  return {
    name: '双随机抽查（往年）',
    async load(db, context) {
      const counties = await readHistoryCounties(db, context);
      const demoYear = Number(new Date(context.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));
      let plans = 0;
      let tasks = 0;
      for (let year = demoYear - options.years; year < demoYear; year++) {
        for (const county of counties) {
          const batch = buildCountyYear(county, year, options);
          if (batch.plans.length === 0) continue;
          await insertMany(db, randomCheckPlans, batch.plans);
          await insertMany(db, randomCheckPlanItems, batch.planItems);
          await loadRows(db, kind, 'random_check_tasks', historyColumns.tasks, batch.tasks);
          await loadRows(
            db,
            kind,
            'random_check_task_officers',
            historyColumns.taskOfficers,
            batch.taskOfficers,
          );
          await loadRows(db, kind, 'inspection_records', historyColumns.records, batch.records);
          await loadRows(
            db,
            kind,
            'inspection_record_confirmations',
            historyColumns.confirmations,
            batch.confirmations,
          );
          plans += batch.plans.length;
          tasks += batch.tasks.length;
        }
      }
      return `双随机抽查（往年 ${options.years} 年）：计划 ${plans} 个，检查任务及笔录 ${tasks} 个`;
    },
  };
}
