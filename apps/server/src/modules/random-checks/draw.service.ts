import { randomUUID } from 'node:crypto';
import {
  type AnnulRandomCheckDrawRequest,
  businessDateOf,
  createDrawRecord,
  type DrawEntity,
  type DrawInput,
  type DrawObjectKind,
  type DrawOfficer,
  type DrawRandomCheckPlanRequest,
  type DrawRecord,
  drawRandomChecks,
  drawRulesOf,
  findPublicEntropyProblem,
  isSpecialty,
  type OfficerStatus,
  type PublicDraw,
  type RandomCheckPlanDetail,
  type RandomCheckPoolPreview,
  type RandomCheckStratum,
  randomCheckPoolFilterSchema,
  randomInspectionItemDataSchema,
  ratioLevelOf,
  type Specialty,
  sha256Hex,
} from '@qingshan/domain';
import type { Database } from '../../db/client';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { profileForRegion } from '../../lib/profile';
import { startClocks } from '../clocks/index';
import { findEntityNames, findPoolEntities } from '../entities/index';
import { findAssignableOfficers } from '../personnel/index';
import { findRegionNames } from '../regions/index';
import {
  deleteTasksOfPlan,
  findAnnulledDraws,
  findConflicts,
  findDrawRecord,
  findKeyPolluterIdsCovered,
  hasInspectionRecords,
  hasTasks,
  insertAnnulledDraw,
  insertTasks,
  type TaskInsert,
  type TaskOfficerInsert,
} from './draw.repository';
import { planPolicy } from './plan.policy';
import { findPlanById, findPlanItems, lockPlan, type PlanRow, updatePlan } from './plan.repository';
import {
  getPlan,
  planFactsOf,
  presentAnnulledDraw,
  quarterOf,
  refuse,
  requirePlan,
  strataOfItemScope,
  viewerOf,
} from './plan.service';
import { cancelTaskClocks, resultsClockOf } from './random-check.clocks';
import { type TaskViewer, taskPolicy } from './task.policy';

/**
 * The draw (DR-2, DR-3): the server gathers the pool and the inspectors, the domain's
 * drawRandomChecks chooses, and the result is written as one act. The input builder is shared by
 * the pool preview (a rehearsal with a throw-away seed) and the real draw.
 */

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

interface BuiltInput {
  input: DrawInput;
  /** Officers' home counties, for the preview's per-county count. */
  officerCounties: string[];
  /** The platform account of each officer who has one: whose to-do list a task's clock is on. */
  userIdOfOfficer: Map<string, string>;
}

/** The draw's input from the tables, for a plan whose agency owns the pool. */
async function buildDrawInput(db: Database, ctx: AppContext, plan: PlanRow): Promise<BuiltInput> {
  const filter = randomCheckPoolFilterSchema.parse(plan.poolFilter);
  // One after another: inside the draw's transaction `db` is a single connection.
  const items = await findPlanItems(db, plan.id);
  const entityRows = await findPoolEntities(db, plan.agencyId, plan.year, filter);
  // The draw judges each officer on the inspection day itself; the blocker is not used here.
  const officerRows = await findAssignableOfficers(db, plan.agencyId, plan.inspectionStartsOn);
  const conflicts = await findConflicts(db, plan.agencyId);
  const covered = await findKeyPolluterIdsCovered(db, plan.agencyId, plan.year, plan.id);
  const profile = profileForRegion(ctx, plan.agencyRegionCode);
  const rules = drawRulesOf(profile.randomInspection);
  const level = ratioLevelOf(plan.agencyLevel);
  const countyCodes = [...new Set(entityRows.map((entity) => entity.countyCode))].sort();
  const countyNames = await findRegionNames(db, countyCodes);
  const conflictsByOfficer = new Map<string, string[]>();
  for (const conflict of conflicts) {
    const list = conflictsByOfficer.get(conflict.officerId) ?? [];
    list.push(conflict.entityId);
    conflictsByOfficer.set(conflict.officerId, list);
  }
  const isAdjusted =
    level === 'county' &&
    (plan.ratioOfficers !== rules.generalObjectRatio.county.officers ||
      plan.ratioEntities !== rules.generalObjectRatio.county.entities);
  const entities: DrawEntity[] = entityRows.map((entity) => ({
    id: entity.id,
    countyCode: entity.countyCode,
    isKeyPolluter: Boolean(entity.isKeyPolluter),
    isSpecialSupervision: entity.isSpecialSupervision,
    isOnPositiveList: Boolean(entity.isOnPositiveList),
  }));
  const officers: DrawOfficer[] = officerRows.map((officer) => ({
    id: officer.id,
    agencyId: officer.agencyId,
    // Home jurisdiction: the county of the officer's agency (a city unit's is the city code).
    countyCode: officer.agencyRegionCode.slice(0, 6),
    status: officer.status as OfficerStatus,
    hasCertificate: officer.certificateNumber !== null && officer.certificateNumber !== '',
    certificateValidFrom: officer.certificateValidFrom,
    certificateValidUntil: officer.certificateValidUntil,
    specialties: officer.specialties.filter(isSpecialty),
    conflictEntityIds: conflictsByOfficer.get(officer.id) ?? [],
  }));
  const input: DrawInput = {
    plan: {
      id: plan.id,
      agencyId: plan.agencyId,
      level,
      kind: plan.kind as DrawInput['plan']['kind'],
      quarter: plan.quarter ?? quarterOf(plan.inspectionStartsOn),
      inspectionDate: plan.inspectionStartsOn,
      items: items.map((item) => {
        const data = randomInspectionItemDataSchema.safeParse(item.data);
        const strata = strataOfItemScope(data.success ? data.data.objectScope.kind : 'all').filter(
          (stratum) => filter.strata.includes(stratum),
        );
        return {
          id: item.catalogueItemId,
          name: item.name,
          objectKinds: strata.map((stratum) => kindOfStratum[stratum]),
          specialties: item.requiredSpecialty ? [item.requiredSpecialty as Specialty] : [],
        };
      }),
      isCrossRegion: plan.isCrossRegion,
      // 随机联查: the other departments' inspectors are not in this platform's inspector database
      // (each department draws its own staff); the plan lists them, the draw covers ours.
      jointDepartments: [],
      specialSupervisionPercent: plan.specialObjectPercent,
      adjustedCountyRatio: isAdjusted ? { officers: plan.ratioOfficers, entities: plan.ratioEntities } : null,
      counties: countyCodes.map((code) => ({ code, name: countyNames.get(code) ?? code })),
    },
    rules,
    entities,
    officers,
    keyPolluterIdsCoveredThisYear: covered,
  };
  return {
    input,
    officerCounties: officers.map((officer) => officer.countyCode),
    userIdOfOfficer: new Map(
      officerRows.flatMap((officer) => (officer.userId ? [[officer.id, officer.userId] as const] : [])),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Pool preview
// ---------------------------------------------------------------------------------------------

/** A fixed seed for the rehearsal: what it draws says nothing about the real draw's secret seed. */
const rehearsalSeed = sha256Hex('qingshan-draw/1 rehearsal');

export async function previewPool(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
): Promise<RandomCheckPoolPreview> {
  const plan = await requirePlan(ctx, auth, id);
  const { input, officerCounties } = await buildDrawInput(ctx.db, ctx, plan);
  const isPositiveListExcluded = input.rules.isPositiveListExcluded;
  const coveredSet = new Set(input.keyPolluterIdsCoveredThisYear);
  const eligibleOn = (officer: DrawOfficer) =>
    officer.status === 'on_duty' &&
    officer.hasCertificate &&
    (officer.certificateValidFrom === null || officer.certificateValidFrom <= input.plan.inspectionDate) &&
    (officer.certificateValidUntil === null || officer.certificateValidUntil >= input.plan.inspectionDate);
  const blank = () => ({
    entities: 0,
    keyPolluters: 0,
    keyPollutersNotYetDrawn: 0,
    specialObjects: 0,
    positiveListExcluded: 0,
    eligibleOfficers: 0,
    expectedTasks: 0,
  });
  const byCounty = new Map(input.plan.counties.map((county) => [county.code, { ...county, ...blank() }]));
  for (const entity of input.entities) {
    const row = byCounty.get(entity.countyCode)!;
    row.entities++;
    if (entity.isKeyPolluter) row.keyPolluters++;
    if (entity.isKeyPolluter && !coveredSet.has(entity.id)) row.keyPollutersNotYetDrawn++;
    if (entity.isSpecialSupervision) row.specialObjects++;
    if (
      isPositiveListExcluded &&
      entity.isOnPositiveList &&
      !entity.isKeyPolluter &&
      !entity.isSpecialSupervision
    ) {
      row.positiveListExcluded++;
    }
  }
  let eligibleOfficers = 0;
  input.officers.forEach((officer, index) => {
    if (!eligibleOn(officer)) return;
    eligibleOfficers++;
    const row = byCounty.get(officerCounties[index]!);
    if (row) row.eligibleOfficers++;
  });
  let generalTargetCount = 0;
  let shortfalls: string[] = [];
  if (input.entities.length > 0 && input.plan.items.length > 0) {
    const outcome = drawRandomChecks(input, rehearsalSeed);
    if (outcome.status === 'drawn') {
      generalTargetCount = outcome.generalTargetCount;
      for (const task of outcome.tasks) byCounty.get(task.countyCode)!.expectedTasks++;
    } else if (outcome.status === 'shortage') {
      shortfalls = outcome.shortfalls.map((shortfall) => shortfall.message);
    } else {
      shortfalls = outcome.problems;
    }
  } else if (input.entities.length === 0) {
    shortfalls = ['抽查对象库为空：没有符合筛选条件的监管对象'];
  }
  const counties = [...byCounty.values()].map(({ code, name, ...counts }) => ({
    countyCode: code,
    countyName: name,
    ...counts,
  }));
  const totals = blank();
  for (const county of counties) {
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += county[key];
  }
  // Officers of a city unit belong to no county of the pool: count them in the total.
  totals.eligibleOfficers = eligibleOfficers;
  return { counties, totals, isPositiveListExcluded, generalTargetCount, shortfalls };
}

// ---------------------------------------------------------------------------------------------
// The draw
// ---------------------------------------------------------------------------------------------

export async function drawPlan(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  request: DrawRandomCheckPlanRequest,
): Promise<RandomCheckPlanDetail> {
  const plan = await requirePlan(ctx, auth, id);
  const viewer = viewerOf(auth);
  const today = todayOf(ctx);
  const refusal = planPolicy.whyCannotDraw(planFactsOf(plan), viewer, today);
  if (refusal) throw refuse(plan, viewer, refusal);
  const entropyProblem = findPublicEntropyProblem(request.publicEntropy);
  if (entropyProblem) throw new AppError('VALIDATION_FAILED', entropyProblem, 'publicEntropy');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const locked = await lockPlan(tx, id);
    if (locked?.status !== 'committed' || (await hasTasks(tx, id))) {
      throw new AppError('CONFLICT', `计划 ${plan.number} 已抽取，不能重复抽取`);
    }
    const { input, userIdOfOfficer } = await buildDrawInput(tx, ctx, plan);
    if (input.entities.length === 0) {
      throw new AppError('RULES_UNSATISFIABLE', '抽查对象库为空：没有符合计划筛选条件的监管对象，本次未抽取');
    }
    const created = createDrawRecord({ secret: plan.secret!, publicEntropy: request.publicEntropy, input });
    if ('problems' in created) {
      throw new AppError('RULES_UNSATISFIABLE', `抽取条件不完整，本次未抽取：${created.problems.join('；')}`);
    }
    const { record, officerIdOfPseudonym } = created;
    const outcome = record.outcome;
    if (outcome.status === 'shortage') {
      // Nothing is written: the transaction rolls back with the error.
      throw new AppError(
        'RULES_UNSATISFIABLE',
        outcome.message,
        'draw',
        outcome.shortfalls.map((shortfall) => ({
          field: `county.${shortfall.countyCode}`,
          message: shortfall.message,
        })),
      );
    }
    const tasks: TaskInsert[] = [];
    const taskOfficers: TaskOfficerInsert[] = [];
    outcome.tasks.forEach((drawn, index) => {
      const taskId = randomUUID();
      tasks.push({
        id: taskId,
        planId: plan.id,
        entityId: drawn.entityId,
        agencyId: plan.agencyId,
        // The first reason in the national plan's order: key polluter, special, general.
        stratum: stratumOfKind[drawn.objectKinds[0]!],
        position: index + 1,
        itemIds: drawn.itemIds,
        status: 'pending',
        createdAt: now,
        updatedAt: now,
      });
      drawn.officerIds.forEach((pseudonym, officerIndex) => {
        // The record names officers by this plan's pseudonyms; the team is stored by officer id.
        // The draw lists the team in pseudonym order; the first is the lead (主查).
        const officerId = officerIdOfPseudonym.get(pseudonym)!;
        taskOfficers.push({ taskId, officerId, role: officerIndex === 0 ? 'lead' : 'member' });
      });
    });
    await insertTasks(tx, tasks, taskOfficers);
    await startDrawClocks(ctx, tx, plan, tasks, taskOfficers, userIdOfOfficer, businessDateOf(now));
    await updatePlan(tx, id, {
      status: 'drawn',
      publicEntropy: request.publicEntropy,
      drawWitnesses: request.witnesses,
      seed: record.seed,
      algorithmVersion: record.algorithmVersion,
      drawRecord: record,
      drawnAt: now,
      drawnBy: auth.user.id,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'random_checks.draw',
        targetType: 'random_check_plan',
        targetId: plan.id,
        summary: `计划 ${plan.number} 现场抽取：${tasks.length} 个检查任务，现场随机数“${request.publicEntropy}”，种子 ${record.seed}`,
        after: { seed: record.seed, inputDigest: outcome.inputDigest, taskCount: tasks.length },
      },
      now,
    );
  });
  return getPlan(ctx, auth, id);
}

/** Each drawn task's field-record clock, on its inspectors who have a platform account. */
async function startDrawClocks(
  ctx: AppContext,
  tx: Database,
  plan: PlanRow,
  tasks: TaskInsert[],
  taskOfficers: TaskOfficerInsert[],
  userIdOfOfficer: Map<string, string>,
  drawnOn: string,
): Promise<void> {
  const names = await findEntityNames(
    tx,
    tasks.map((task) => task.entityId),
  );
  const planFacts = {
    id: plan.id,
    number: plan.number,
    title: plan.title,
    agencyId: plan.agencyId,
    agencyRegionCode: plan.agencyRegionCode,
    inspectionStartsOn: plan.inspectionStartsOn,
    inspectionDueOn: plan.inspectionDueOn,
    publicationDueOn: plan.publicationDueOn,
  };
  await startClocks(
    ctx,
    tx,
    tasks.map((task) =>
      resultsClockOf(
        { id: task.id!, entityName: names.get(task.entityId)?.name ?? '', plan: planFacts },
        taskOfficers
          .filter((officer) => officer.taskId === task.id)
          .flatMap((officer) => userIdOfOfficer.get(officer.officerId) ?? []),
        drawnOn,
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Annulling a draw made in error
// ---------------------------------------------------------------------------------------------

/**
 * Before the inspection day the owning head may annul a draw made in error. The tasks go (out of
 * every to-do and task list), the plan goes back to draft WITHOUT its secret, so a new draw needs a
 * new commitment — the old one is never reused, else the head could annul until the dice pleased
 * them under a commitment the public already trusts. The old draw is kept and listed publicly.
 */
export async function annulDraw(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  request: AnnulRandomCheckDrawRequest,
): Promise<RandomCheckPlanDetail> {
  const plan = await requirePlan(ctx, auth, id);
  const viewer = viewerOf(auth);
  const refusal = planPolicy.whyCannotAnnulDraw(planFactsOf(plan), viewer, todayOf(ctx));
  if (refusal) throw refuse(plan, viewer, refusal);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const locked = await lockPlan(tx, id);
    if (locked?.status !== 'drawn') {
      throw new AppError('CONFLICT', `计划 ${plan.number} 尚未抽取或已结束，没有可撤销的抽取`);
    }
    if (await hasInspectionRecords(tx, id)) {
      throw new AppError('CONFLICT', `计划 ${plan.number} 已有现场检查笔录，抽取结果不能再撤销`);
    }
    const taskIds = await deleteTasksOfPlan(tx, id);
    const taskCount = taskIds.length;
    await cancelTaskClocks(ctx, tx, taskIds, businessDateOf(now));
    await insertAnnulledDraw(tx, {
      planId: id,
      commitment: plan.commitment!,
      committedAt: plan.committedAt,
      secret: plan.secret,
      publicEntropy: plan.publicEntropy,
      seed: plan.seed,
      drawRecord: await findDrawRecord(tx, id),
      drawnAt: plan.drawnAt,
      taskCount,
      reason: request.reason,
      annulledAt: now,
      annulledBy: auth.user.id,
    });
    await updatePlan(tx, id, {
      status: 'draft',
      secret: null,
      commitment: null,
      committedAt: null,
      publicEntropy: null,
      drawWitnesses: null,
      seed: null,
      algorithmVersion: null,
      drawRecord: null,
      drawnAt: null,
      drawnBy: null,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'random_checks.draw_annul',
        targetType: 'random_check_plan',
        targetId: plan.id,
        summary: `撤销计划 ${plan.number} 的抽取（承诺值 ${plan.commitment}，${taskCount} 个检查任务）：${request.reason}`,
        before: { status: 'drawn', commitment: plan.commitment, seed: plan.seed, taskCount },
        after: { status: 'draft', reason: request.reason },
      },
      now,
    );
  });
  return getPlan(ctx, auth, id);
}

// ---------------------------------------------------------------------------------------------
// The published record
// ---------------------------------------------------------------------------------------------

function taskViewerOf(auth: AuthContext | null): TaskViewer | null {
  return auth ? { ...viewerOf(auth), officerId: null } : null;
}

/** The public page's view of a draw (no login): the commitment at once, the record from the inspection day. */
export async function getPublicDraw(
  ctx: AppContext,
  auth: AuthContext | null,
  planId: string,
): Promise<PublicDraw> {
  const plan = await findPlanById(ctx.db, planId);
  const annulledDraws = plan ? await findAnnulledDraws(ctx.db, plan.id) : [];
  // A draft is not published: it may still change. One whose draw was annulled is: the
  // annulment must be visible.
  if (!plan || (plan.status === 'draft' && annulledDraws.length === 0)) throw notFound('抽取记录');
  const today = todayOf(ctx);
  const viewer = taskViewerOf(auth);
  const isVisible = taskPolicy.isDrawRecordVisible(plan, viewer, today);
  const record = isVisible ? await loadRecord(ctx.db, plan.id) : null;
  const entityIds =
    record?.outcome.status === 'drawn' ? record.outcome.tasks.map((task) => task.entityId) : [];
  const names = await findEntityNames(ctx.db, entityIds);
  let notice: string | null = null;
  if (plan.status === 'draft')
    notice = '此前的抽取已撤销（见下方撤销记录）；重新抽取前将公布新的承诺值，原承诺值不再使用';
  else if (plan.status === 'committed')
    notice = `承诺值已于抽取前公布；现场抽取后，完整抽取记录将于检查开始日（${plan.inspectionStartsOn}）公开`;
  else if (!isVisible)
    notice = `检查对象在检查开始日前保密：完整抽取记录（密钥、输入和结果）将于 ${plan.inspectionStartsOn} 公开`;
  return {
    plan: {
      id: plan.id,
      number: plan.number,
      title: plan.title,
      agencyName: plan.agencyName,
      year: plan.year,
      kind: plan.kind as PublicDraw['plan']['kind'],
      quarter: plan.quarter,
      status: plan.status as PublicDraw['plan']['status'],
      inspectionStartsOn: plan.inspectionStartsOn,
      commitment: plan.commitment,
      committedAt: plan.committedAt?.toISOString() ?? null,
      publicEntropy: plan.publicEntropy,
      drawWitnesses: plan.drawWitnesses,
      drawnAt: plan.drawnAt?.toISOString() ?? null,
      algorithmVersion: plan.algorithmVersion,
      taskCount: Number(plan.taskCount),
    },
    record,
    recordPublicFrom: plan.inspectionStartsOn,
    notice,
    entities: entityIds.map((entityId) => ({
      id: entityId,
      name: names.get(entityId)?.name ?? '',
      creditCode: names.get(entityId)?.creditCode ?? '',
    })),
    annulledDraws: annulledDraws.map(presentAnnulledDraw),
  };
}

async function loadRecord(db: Database, planId: string): Promise<DrawRecord | null> {
  return ((await findDrawRecord(db, planId)) as DrawRecord | null) ?? null;
}

/** The record as a file, for `npm run draw:verify -- <file>`: the owner at once, others in scope from the inspection day. */
export async function downloadDrawRecord(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
): Promise<{ record: DrawRecord; fileName: string }> {
  const plan = await requirePlan(ctx, auth, id);
  const viewer = taskViewerOf(auth);
  if (!taskPolicy.isDrawRecordVisible(plan, viewer, todayOf(ctx))) {
    if (plan.status === 'draft' || plan.status === 'committed') {
      throw new AppError('CONFLICT', `计划 ${plan.number} 尚未抽取，没有抽取记录`);
    }
    throw new AppError(
      'FORBIDDEN',
      `检查对象在检查开始日（${plan.inspectionStartsOn}）前保密，抽取记录届时公开`,
    );
  }
  const record = await loadRecord(ctx.db, plan.id);
  if (!record) throw new AppError('CONFLICT', `计划 ${plan.number} 尚未抽取，没有抽取记录`);
  return { record, fileName: `抽取记录-${plan.number}.json` };
}
