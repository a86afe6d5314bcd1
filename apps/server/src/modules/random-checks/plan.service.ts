import { randomBytes, randomUUID } from 'node:crypto';
import {
  type AnnulledRandomCheckDraw,
  businessDateOf,
  type CreateRandomCheckPlanInput,
  commitToDrawSecret,
  computeDeadline,
  generalObjectRatioForPeriod,
  hasPermission,
  type Paged,
  type ProvinceProfile,
  quartersOfPeriod,
  type RandomCheckItemOption,
  type RandomCheckPlanDefaults,
  type RandomCheckPlanDetail,
  type RandomCheckPlanItem,
  type RandomCheckPlanListItem,
  type RandomCheckPlanListQuery,
  type RandomCheckPlanStatus,
  type RandomCheckPoolFilter,
  type RandomCheckStratum,
  randomCheckPoolFilterSchema,
  randomInspectionItemDataSchema,
  ratioLevelOf,
  type Specialty,
  type UpdateRandomCheckPlanRequest,
} from '@qingshan/domain';
import type { Database } from '../../db/client';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { profileForRegion } from '../../lib/profile';
import { findAgency } from '../agencies/index';
import { loadWorkingCalendar } from '../calendar/index';
import { findAssignableOfficers } from '../personnel/index';
import { findAnnulledDraws } from './draw.repository';
import { type PlanFacts, type PlanViewer, planPolicy } from './plan.policy';
import {
  deletePlan as deletePlanRows,
  findCountiesOfRegion,
  findItemOptions,
  findLastPlanSequence,
  findPlanInScope,
  findPlanItems,
  findPlansPage,
  insertPlan,
  lockPlan,
  type PlanRow,
  replacePlanItems,
  updatePlan as updatePlanRow,
} from './plan.repository';
import { type TaskViewer, taskPolicy } from './task.policy';

// ---------------------------------------------------------------------------------------------
// Shared helpers (the draw and task services use them too)
// ---------------------------------------------------------------------------------------------

export function viewerOf(auth: AuthContext): PlanViewer {
  return {
    scopeRootAgencyId: auth.scopeRootAgencyId,
    canManage: hasPermission(auth.user.roles, 'random_checks.manage'),
  };
}

export function planFactsOf(plan: PlanRow): PlanFacts {
  return {
    agencyId: plan.agencyId,
    status: plan.status as RandomCheckPlanStatus,
    number: plan.number,
    inspectionStartsOn: plan.inspectionStartsOn,
    inspectionDueOn: plan.inspectionDueOn,
  };
}

export function presentAnnulledDraw(
  row: Awaited<ReturnType<typeof findAnnulledDraws>>[number],
): AnnulledRandomCheckDraw {
  return {
    commitment: row.commitment,
    committedAt: timestamp(row.committedAt),
    publicEntropy: row.publicEntropy,
    drawnAt: timestamp(row.drawnAt),
    taskCount: row.taskCount,
    annulledAt: row.annulledAt.toISOString(),
    reason: row.reason,
  };
}

export async function requirePlan(ctx: AppContext, auth: AuthContext, id: string): Promise<PlanRow> {
  const plan = await findPlanInScope(ctx.db, auth, id);
  if (!plan) throw notFound('抽查计划');
  return plan;
}

/** A refusal from the policy: someone else's plan is 403, a plan past its draft state 409. */
export function refuse(plan: PlanRow, viewer: PlanViewer, message: string): AppError {
  return planPolicy.isOwner(plan, viewer)
    ? new AppError('CONFLICT', message)
    : new AppError('FORBIDDEN', message);
}

export function quarterOf(date: string): number {
  return Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
}

/**
 * Special-supervision objects (特殊监管对象) have no national rate; the platform draws half of
 * them per plan unless the plan says otherwise (DR-2 in docs/FEATURES.md: special objects at their own rate;
 * configurable per plan).
 */
export const defaultSpecialObjectPercent = 50;

/** 政府信息公开条例 art. 26: information is made public within 20 working days of being formed. */
const publicationWorkingDays = 20;

interface RatioDefaults {
  ratioOfficers: number;
  ratioEntities: number;
  keyPolluterPercent: number;
  minOfficersPerTask: number;
  isRatioAdjustable: boolean;
  ratioBasis: string;
}

function ratioDefaultsOf(profile: ProvinceProfile, agencyLevel: string): RatioDefaults {
  const rules = profile.randomInspection;
  const level = ratioLevelOf(agencyLevel);
  const ratio = rules.generalObjectRatio[level];
  return {
    ratioOfficers: ratio.officers,
    ratioEntities: ratio.entities,
    keyPolluterPercent:
      level === 'city'
        ? rules.keyPolluterQuarterlyCoverage.cityPercent
        : rules.keyPolluterQuarterlyCoverage.countyPercent,
    minOfficersPerTask: rules.minOfficersPerTask.count,
    isRatioAdjustable: level === 'county' && rules.generalObjectRatio.isCountyRatioAdjustable,
    ratioBasis: rules.generalObjectRatio.basis,
  };
}

/** The draw object kinds a CAT-2 item applies to, by its object scope. */
export function strataOfItemScope(scope: string): RandomCheckStratum[] {
  return scope === 'key_polluters' ? ['key_polluter'] : ['general', 'key_polluter', 'special'];
}

// ---------------------------------------------------------------------------------------------
// Presentation
// ---------------------------------------------------------------------------------------------

function timestamp(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

export function presentPlanListItem(plan: PlanRow): RandomCheckPlanListItem {
  return {
    id: plan.id,
    number: plan.number,
    title: plan.title,
    agencyId: plan.agencyId,
    agencyName: plan.agencyName,
    year: plan.year,
    kind: plan.kind as RandomCheckPlanListItem['kind'],
    quarter: plan.quarter,
    status: plan.status as RandomCheckPlanStatus,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    inspectionStartsOn: plan.inspectionStartsOn,
    inspectionDueOn: plan.inspectionDueOn,
    publicationDueOn: plan.publicationDueOn,
    isCrossRegion: plan.isCrossRegion,
    jointDepartments: plan.jointDepartments,
    itemCount: Number(plan.itemCount),
    taskCount: Number(plan.taskCount),
    committedAt: timestamp(plan.committedAt),
    drawnAt: timestamp(plan.drawnAt),
    createdAt: plan.createdAt.toISOString(),
  };
}

function listedSpecialtiesOf(data: unknown): string[] {
  const parsed = randomInspectionItemDataSchema.safeParse(data);
  return parsed.success ? parsed.data.requiredSpecialties : [];
}

async function presentPlanDetail(
  ctx: AppContext,
  auth: AuthContext,
  plan: PlanRow,
): Promise<RandomCheckPlanDetail> {
  const viewer = viewerOf(auth);
  const today = todayOf(ctx);
  const facts = planFactsOf(plan);
  const items = await findPlanItems(ctx.db, plan.id);
  const annulledDraws = await findAnnulledDraws(ctx.db, plan.id);
  const profile = profileForRegion(ctx, plan.agencyRegionCode);
  const taskViewer: TaskViewer = { ...viewer, officerId: null };
  const isRecordVisible = taskPolicy.isDrawRecordVisible(plan, taskViewer, today);
  return {
    ...presentPlanListItem(plan),
    agencyLevel: plan.agencyLevel,
    poolFilter: randomCheckPoolFilterSchema.parse(plan.poolFilter),
    items: items.map(
      (item): RandomCheckPlanItem => ({
        catalogueItemId: item.catalogueItemId,
        code: item.code,
        name: item.name,
        requiredSpecialty: item.requiredSpecialty as Specialty | null,
        listedSpecialties: listedSpecialtiesOf(item.data),
        catalogueTitle: item.catalogueTitle,
      }),
    ),
    ratioOfficers: plan.ratioOfficers,
    ratioEntities: plan.ratioEntities,
    keyPolluterPercent: plan.keyPolluterPercent,
    specialObjectPercent: plan.specialObjectPercent,
    minOfficersPerTask: plan.minOfficersPerTask,
    isRatioAdjustable: ratioDefaultsOf(profile, plan.agencyLevel).isRatioAdjustable,
    commitment: plan.commitment,
    // DR-3: the secret stays private until the draw, and with the record until it is public (DR-4).
    secret: isRecordVisible ? plan.secret : null,
    publicEntropy: plan.publicEntropy,
    drawWitnesses: plan.drawWitnesses,
    seed: isRecordVisible ? plan.seed : null,
    algorithmVersion: plan.algorithmVersion,
    note: plan.note,
    canEdit: planPolicy.whyCannotChange(facts, viewer) === null,
    canCommit: planPolicy.whyCannotCommit(facts, viewer) === null,
    canDraw: planPolicy.whyCannotDraw(facts, viewer, today) === null,
    canAnnulDraw: planPolicy.whyCannotAnnulDraw(facts, viewer, today) === null,
    annulledDraws: annulledDraws.map(presentAnnulledDraw),
    taskVisibility: taskPolicy.visibilityOf(plan, taskViewer, today),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------------------

export async function listPlans(
  ctx: AppContext,
  auth: AuthContext,
  query: RandomCheckPlanListQuery,
): Promise<Paged<RandomCheckPlanListItem>> {
  const { rows, total } = await findPlansPage(ctx.db, auth, query);
  return { items: rows.map(presentPlanListItem), total, page: query.page, pageSize: query.pageSize };
}

export async function getPlan(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
): Promise<RandomCheckPlanDetail> {
  return presentPlanDetail(ctx, auth, await requirePlan(ctx, auth, id));
}

async function requireOwnAgency(ctx: AppContext, auth: AuthContext) {
  const agency = await findAgency(ctx.db, auth.scopeRootAgencyId);
  if (!agency) throw notFound('机构');
  return agency;
}

export async function getPlanDefaults(ctx: AppContext, auth: AuthContext): Promise<RandomCheckPlanDefaults> {
  const agency = await requireOwnAgency(ctx, auth);
  const profile = profileForRegion(ctx, agency.regionCode);
  const defaults = ratioDefaultsOf(profile, agency.level);
  const rules = profile.randomInspection;
  const today = todayOf(ctx);
  // The form's estimate of the targets: the officers who could be drawn today (the draw counts
  // those who can act on the inspection day).
  const eligibleOfficerCount = (await findAssignableOfficers(ctx.db, agency.id, today)).filter(
    (officer) => officer.blocker === null,
  ).length;
  return {
    agencyId: agency.id,
    agencyName: agency.name,
    agencyLevel: agency.level,
    ...defaults,
    specialObjectPercent: defaultSpecialObjectPercent,
    isPositiveListExcluded: rules.positiveListExclusion.isEnabled,
    isJointDrawEnabled: rules.crossDepartmentJointDraws.isEnabled,
    eligibleOfficerCount,
    counties: await findCountiesOfRegion(ctx.db, agency.regionCode),
  };
}

function presentItemOption(row: Awaited<ReturnType<typeof findItemOptions>>[number]): RandomCheckItemOption {
  const parsed = randomInspectionItemDataSchema.safeParse(row.data);
  return {
    catalogueItemId: row.catalogueItemId,
    code: row.code,
    name: row.name,
    catalogueTitle: row.catalogueTitle,
    ownerAgencyName: row.ownerAgencyName,
    requiredSpecialties: parsed.success ? parsed.data.requiredSpecialties : [],
    content: parsed.success ? parsed.data.content : null,
  };
}

export async function listItemOptions(
  ctx: AppContext,
  auth: AuthContext,
): Promise<{ items: RandomCheckItemOption[] }> {
  const rows = await findItemOptions(ctx.db, auth.scopeRootAgencyId);
  return { items: rows.map(presentItemOption) };
}

// ---------------------------------------------------------------------------------------------
// Validation of a plan's fields (create and update)
// ---------------------------------------------------------------------------------------------

interface PlanFields {
  title: string;
  kind: 'yearly' | 'special';
  year: number;
  quarter: number | null;
  periodStart: string;
  periodEnd: string;
  inspectionStartsOn: string;
  inspectionDueOn: string;
  publicationDueOn: string | undefined;
  items: { catalogueItemId: string; requiredSpecialty: Specialty | null }[];
  poolFilter: RandomCheckPoolFilter;
  ratioOfficers: number | undefined;
  ratioEntities: number | undefined;
  specialObjectPercent: number | undefined;
  isCrossRegion: boolean;
  jointDepartments: string[];
  note: string | null;
}

interface CheckedFields {
  values: Omit<
    PlanFields,
    'publicationDueOn' | 'ratioOfficers' | 'ratioEntities' | 'specialObjectPercent'
  > & {
    publicationDueOn: string;
    ratioOfficers: number;
    ratioEntities: number;
    specialObjectPercent: number;
  };
  defaults: RatioDefaults;
}

/** Every rule on a plan's fields; the first broken one is a 400 naming its field. */
async function checkPlanFields(
  ctx: AppContext,
  agency: { id: string; level: string; regionCode: string },
  fields: PlanFields,
): Promise<CheckedFields> {
  const today = todayOf(ctx);
  const profile = profileForRegion(ctx, agency.regionCode);
  const defaults = ratioDefaultsOf(profile, agency.level);
  if (fields.periodEnd < fields.periodStart) throw invalidField('periodEnd', '计划结束日期不能早于开始日期');
  if (Number(fields.periodStart.slice(0, 4)) !== fields.year) {
    throw invalidField(
      'year',
      `计划年度（${fields.year}）应与计划开始日期（${fields.periodStart}）所在年度一致`,
    );
  }
  if (fields.inspectionStartsOn < fields.periodStart || fields.inspectionStartsOn > fields.periodEnd) {
    throw invalidField(
      'inspectionStartsOn',
      `检查开始日期应在计划期间（${fields.periodStart} 至 ${fields.periodEnd}）内`,
    );
  }
  if (fields.inspectionStartsOn < today) {
    throw invalidField('inspectionStartsOn', `检查开始日期不能早于今天（${today}）：抽取须在检查开始前进行`);
  }
  if (fields.inspectionDueOn < fields.inspectionStartsOn) {
    throw invalidField('inspectionDueOn', '检查完成期限不能早于检查开始日期');
  }
  let publicationDueOn = fields.publicationDueOn;
  if (publicationDueOn === undefined) {
    const calendar = await loadWorkingCalendar(ctx.db);
    publicationDueOn = computeDeadline(calendar, {
      start: fields.inspectionDueOn,
      amount: publicationWorkingDays,
      unit: 'working_day',
      counting: profile.counting,
    }).dueDate!;
  }
  if (publicationDueOn < fields.inspectionDueOn) {
    throw invalidField('publicationDueOn', '结果公开期限不能早于检查完成期限');
  }
  // Items: from a published CAT-2 list of the agency or its superiors, each once, applying to a stratum drawn.
  const options = new Map(
    (await findItemOptions(ctx.db, agency.id)).map((row) => [row.catalogueItemId, row] as const),
  );
  const seen = new Set<string>();
  fields.items.forEach((item, index) => {
    const option = options.get(item.catalogueItemId);
    if (!option) {
      throw invalidField(
        `items.${index}.catalogueItemId`,
        '该事项不在本机关或上级机关已发布的随机抽查事项清单中',
      );
    }
    if (seen.has(item.catalogueItemId))
      throw invalidField(`items.${index}.catalogueItemId`, `事项“${option.name}”重复`);
    seen.add(item.catalogueItemId);
    const scope = randomInspectionItemDataSchema.safeParse(option.data);
    const strata = strataOfItemScope(scope.success ? scope.data.objectScope.kind : 'all');
    if (!strata.some((stratum) => fields.poolFilter.strata.includes(stratum))) {
      throw invalidField(
        `items.${index}.catalogueItemId`,
        `事项“${option.name}”只适用于重点排污单位，请在抽查对象类别中勾选重点排污单位或去掉该事项`,
      );
    }
  });

  // Counties: within the agency's jurisdiction.
  const counties = new Set(
    (await findCountiesOfRegion(ctx.db, agency.regionCode)).map((county) => county.code),
  );
  fields.poolFilter.countyCodes.forEach((code, index) => {
    if (!counties.has(code))
      throw invalidField(`poolFilter.countyCodes.${index}`, `区县 ${code} 不在本机关管辖范围内`);
  });

  // Ratio: from the profile; a county may adjust it where the profile allows (seed 002 二(二)3).
  // Where it may, the default is the period's share of the yearly ratio (a quarter: 1:10 → 2:5);
  // where it may not, every draw applies the profile's ratio (the draw knows no period, D40).
  const periodRatio = defaults.isRatioAdjustable
    ? generalObjectRatioForPeriod(
        { officers: defaults.ratioOfficers, entities: defaults.ratioEntities },
        quartersOfPeriod(fields.periodStart, fields.periodEnd),
      )
    : { officers: defaults.ratioOfficers, entities: defaults.ratioEntities };
  const ratioOfficers = fields.ratioOfficers ?? periodRatio.officers;
  const ratioEntities = fields.ratioEntities ?? periodRatio.entities;
  const isRatioChanged = ratioOfficers !== defaults.ratioOfficers || ratioEntities !== defaults.ratioEntities;
  if (isRatioChanged && !defaults.isRatioAdjustable) {
    throw invalidField(
      'ratioEntities',
      `一般监管对象抽查比例按省份配置为 ${defaults.ratioOfficers}:${defaults.ratioEntities}，本机关不能调整（仅行政区域较大、污染源分散的县区可调整）`,
    );
  }
  if (fields.jointDepartments.length > 0 && !profile.randomInspection.crossDepartmentJointDraws.isEnabled) {
    throw invalidField('jointDepartments', '本省配置未启用部门间随机联查');
  }
  const departments = new Set<string>();
  fields.jointDepartments.forEach((name, index) => {
    if (departments.has(name)) throw invalidField(`jointDepartments.${index}`, `联查部门“${name}”重复`);
    departments.add(name);
  });
  return {
    values: {
      ...fields,
      quarter: fields.quarter ?? quarterOf(fields.inspectionStartsOn),
      publicationDueOn,
      ratioOfficers,
      ratioEntities,
      specialObjectPercent: fields.specialObjectPercent ?? defaultSpecialObjectPercent,
    },
    defaults,
  };
}

function fieldsOfPlan(
  plan: PlanRow,
  items: { catalogueItemId: string; requiredSpecialty: string | null }[],
): PlanFields {
  return {
    title: plan.title,
    kind: plan.kind as PlanFields['kind'],
    year: plan.year,
    quarter: plan.quarter,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    inspectionStartsOn: plan.inspectionStartsOn,
    inspectionDueOn: plan.inspectionDueOn,
    publicationDueOn: plan.publicationDueOn,
    items: items.map((item) => ({
      catalogueItemId: item.catalogueItemId,
      requiredSpecialty: item.requiredSpecialty as Specialty | null,
    })),
    poolFilter: randomCheckPoolFilterSchema.parse(plan.poolFilter),
    ratioOfficers: plan.ratioOfficers,
    ratioEntities: plan.ratioEntities,
    specialObjectPercent: plan.specialObjectPercent,
    isCrossRegion: plan.isCrossRegion,
    jointDepartments: plan.jointDepartments,
    note: plan.note,
  };
}

/** PostgreSQL 23505 (unique_violation), under drizzle's wrapping. */
function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  while (current && typeof current === 'object') {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function auditOf(
  tx: Database,
  auth: AuthContext,
  now: Date,
  plan: { id: string },
  action: string,
  summary: string,
  after?: unknown,
) {
  return appendAudit(
    tx,
    actorOf(auth),
    {
      action,
      targetType: 'random_check_plan',
      targetId: plan.id,
      summary,
      ...(after === undefined ? {} : { after }),
    },
    now,
  );
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

export async function createPlan(
  ctx: AppContext,
  auth: AuthContext,
  input: CreateRandomCheckPlanInput,
): Promise<RandomCheckPlanDetail> {
  const agency = await requireOwnAgency(ctx, auth);
  const { values, defaults } = await checkPlanFields(ctx, agency, {
    ...input,
    publicationDueOn: input.publicationDueOn,
    ratioOfficers: input.ratioOfficers,
    ratioEntities: input.ratioEntities,
    specialObjectPercent: input.specialObjectPercent,
  });
  const now = ctx.clock.now();
  const id = randomUUID();
  // 2026-SJ-360121-003: year, 双随机 (SJ), the agency's division, the agency's sequence of the year.
  const prefix = `${values.year}-SJ-${agency.regionCode.slice(0, 6)}-`;
  for (let attempt = 0; ; attempt++) {
    try {
      await ctx.db.transaction(async (tx) => {
        const sequence = (await findLastPlanSequence(tx, agency.id, prefix)) + 1;
        const number = `${prefix}${String(sequence).padStart(3, '0')}`;
        await insertPlan(tx, {
          id,
          agencyId: agency.id,
          number,
          title: values.title,
          year: values.year,
          kind: values.kind,
          quarter: values.quarter,
          periodStart: values.periodStart,
          periodEnd: values.periodEnd,
          inspectionStartsOn: values.inspectionStartsOn,
          inspectionDueOn: values.inspectionDueOn,
          publicationDueOn: values.publicationDueOn,
          poolFilter: values.poolFilter,
          ratioOfficers: values.ratioOfficers,
          ratioEntities: values.ratioEntities,
          keyPolluterPercent: defaults.keyPolluterPercent,
          specialObjectPercent: values.specialObjectPercent,
          minOfficersPerTask: defaults.minOfficersPerTask,
          isCrossRegion: values.isCrossRegion,
          jointDepartments: values.jointDepartments,
          status: 'draft',
          note: values.note,
          createdBy: auth.user.id,
          createdAt: now,
          updatedAt: now,
        });
        await replacePlanItems(tx, id, values.items);
        await auditOf(
          tx,
          auth,
          now,
          { id },
          'random_checks.plan_create',
          `新建双随机抽查计划 ${number}《${values.title}》`,
          {
            ...values,
          },
        );
      });
      break;
    } catch (error) {
      // Two heads numbering at the same moment: take the next number.
      if (isUniqueViolation(error) && attempt < 3) continue;
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', '计划编号冲突，请重试');
      throw error;
    }
  }
  return getPlan(ctx, auth, id);
}

export async function updatePlan(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  patch: UpdateRandomCheckPlanRequest,
): Promise<RandomCheckPlanDetail> {
  const plan = await requirePlan(ctx, auth, id);
  const viewer = viewerOf(auth);
  const refusal = planPolicy.whyCannotChange(planFactsOf(plan), viewer);
  if (refusal) throw refuse(plan, viewer, refusal);
  const currentItems = await findPlanItems(ctx.db, id);
  const current = fieldsOfPlan(plan, currentItems);
  const merged: PlanFields = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
    // A changed inspection deadline moves a publication deadline that was not given.
    publicationDueOn:
      patch.publicationDueOn ?? (patch.inspectionDueOn !== undefined ? undefined : current.publicationDueOn),
  } as PlanFields;
  if (patch.inspectionStartsOn !== undefined && patch.quarter === undefined) merged.quarter = null;
  const agency = { id: plan.agencyId, level: plan.agencyLevel, regionCode: plan.agencyRegionCode };
  const { values } = await checkPlanFields(ctx, agency, merged);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const locked = await lockPlan(tx, id);
    if (locked?.status !== 'draft')
      throw new AppError('CONFLICT', `计划 ${plan.number} 已公布承诺值，不能再修改`);
    await updatePlanRow(tx, id, {
      title: values.title,
      kind: values.kind,
      year: values.year,
      quarter: values.quarter,
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      inspectionStartsOn: values.inspectionStartsOn,
      inspectionDueOn: values.inspectionDueOn,
      publicationDueOn: values.publicationDueOn,
      poolFilter: values.poolFilter,
      ratioOfficers: values.ratioOfficers,
      ratioEntities: values.ratioEntities,
      specialObjectPercent: values.specialObjectPercent,
      isCrossRegion: values.isCrossRegion,
      jointDepartments: values.jointDepartments,
      note: values.note,
      updatedAt: now,
    });
    if (patch.items !== undefined) await replacePlanItems(tx, id, values.items);
    await auditOf(
      tx,
      auth,
      now,
      plan,
      'random_checks.plan_update',
      `修改双随机抽查计划 ${plan.number}`,
      values,
    );
  });
  return getPlan(ctx, auth, id);
}

export async function deletePlan(ctx: AppContext, auth: AuthContext, id: string): Promise<{ ok: true }> {
  const plan = await requirePlan(ctx, auth, id);
  const viewer = viewerOf(auth);
  const refusal = planPolicy.whyCannotChange(planFactsOf(plan), viewer);
  if (refusal) throw refuse(plan, viewer, refusal);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const locked = await lockPlan(tx, id);
    if (locked?.status !== 'draft')
      throw new AppError('CONFLICT', `计划 ${plan.number} 已公布承诺值，不能删除`);
    if ((await findAnnulledDraws(tx, id)).length > 0) {
      throw new AppError('CONFLICT', `计划 ${plan.number} 有已撤销的抽取，撤销记录须公开保留，不能删除计划`);
    }
    await deletePlanRows(tx, id);
    await auditOf(
      tx,
      auth,
      now,
      plan,
      'random_checks.plan_delete',
      `删除双随机抽查计划草稿 ${plan.number}《${plan.title}》`,
    );
  });
  return { ok: true };
}

/**
 * DR-3, step 1: the server makes a 32-byte secret (node:crypto), keeps it, and publishes its
 * SHA-256. From here the plan's inputs are fixed, so the draw cannot be steered after the fact.
 */
export async function commitPlan(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
): Promise<RandomCheckPlanDetail> {
  const plan = await requirePlan(ctx, auth, id);
  const viewer = viewerOf(auth);
  const refusal = planPolicy.whyCannotCommit(planFactsOf(plan), viewer);
  if (refusal) throw refuse(plan, viewer, refusal);
  // The dates must still hold: a draft left lying around may have a start date in the past.
  await checkPlanFields(
    ctx,
    { id: plan.agencyId, level: plan.agencyLevel, regionCode: plan.agencyRegionCode },
    fieldsOfPlan(plan, await findPlanItems(ctx.db, id)),
  );
  const secret = randomBytes(32).toString('hex');
  const commitment = commitToDrawSecret(secret);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const locked = await lockPlan(tx, id);
    if (locked?.status !== 'draft')
      throw new AppError('CONFLICT', `计划 ${plan.number} 已公布承诺值，不能重复公布`);
    await updatePlanRow(tx, id, {
      status: 'committed',
      secret,
      commitment,
      committedAt: now,
      updatedAt: now,
    });
    await auditOf(
      tx,
      auth,
      now,
      plan,
      'random_checks.plan_commit',
      `公布计划 ${plan.number} 的抽取承诺值 ${commitment}`,
      { commitment },
    );
  });
  return getPlan(ctx, auth, id);
}
