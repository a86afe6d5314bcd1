import {
  addRandomCheckFacts,
  businessDateOf,
  disclosureRatePercent,
  emptyRandomCheckFacts,
  hasPermission,
  monthPeriod,
  type Paged,
  type PublicRandomCheckAgency,
  type PublicRandomCheckPlan,
  type PublicRandomCheckPlanQuery,
  type PublicRandomCheckResultPage,
  type PublicRandomCheckResultQuery,
  type PublishRandomCheckResultsRequest,
  type PublishRandomCheckResultsResponse,
  type RandomCheckFacts,
  type RandomCheckOutcome,
  type RandomCheckPublicationPage,
  type RandomCheckPublicationQuery,
  type ReportAgency,
  randomCheckOutcomeLabels,
  rollUpReport,
  yearPeriod,
} from '@qingshan/domain';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { isAgencyInScope } from '../../lib/jurisdiction';
import { profileForRegion } from '../../lib/profile';
import { findAgency } from '../agencies/index';
import { planPolicy } from './plan.policy';
import { publicationPolicy } from './publication.policy';
import {
  countPublication,
  findDisclosureCounts,
  findPublicAgencies,
  findPublicationPage,
  findPublicPlans,
  findPublicResults,
  findTasksInScope,
  markPublished,
  type PublicAgencyRow,
  type PublicPeriod,
  toReportAgencies,
} from './publication.repository';
import { stopPublicationClocks } from './random-check.clocks';

/**
 * DR-6 一公开: a completed inspection's result is published by the plan's agency (its head
 * presses 公开, for one result or a batch) — not automatically on completion, so that the head
 * reviews what goes out (the enterprise name, the items, the outcome) before the public sees it,
 * and the disclosure rate measures that the agency did it (seed 002 二（二）4: 在检查任务设定的
 * 期限内……及时向社会公开，信息公开率应达到 100%). The rate is published ÷ completed for the
 * period; the plan's publication date tells on-time from late.
 */

function toIso(value: Date | string | null): string | null {
  if (value === null) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function toDate(value: Date | string): string {
  return businessDateOf(value instanceof Date ? value : new Date(value));
}

// ---------------------------------------------------------------------------------------------
// The agency head's list and the publish act
// ---------------------------------------------------------------------------------------------

async function resolveListRoot(
  ctx: AppContext,
  auth: AuthContext,
  agencyId: string | undefined,
): Promise<string> {
  if (!agencyId) return auth.scopeRootAgencyId;
  if (!(await isAgencyInScope(ctx.db, auth, agencyId))) throw notFound('机构');
  return agencyId;
}

/**
 * The page of results without the disclosure counts: what the to-do list needs. The counts read
 * every completed task of the scope (three years of a county: 40,000 rows), so only the
 * publication page pays for them.
 */
export async function listPublicationItems(
  ctx: AppContext,
  auth: AuthContext,
  query: RandomCheckPublicationQuery,
): Promise<Pick<RandomCheckPublicationPage, 'items' | 'total' | 'page' | 'pageSize'>> {
  return (await publicationPage(ctx, auth, query)).page;
}

export async function listPublication(
  ctx: AppContext,
  auth: AuthContext,
  query: RandomCheckPublicationQuery,
): Promise<RandomCheckPublicationPage> {
  const today = todayOf(ctx);
  const { page, root, filters } = await publicationPage(ctx, auth, query);
  const counts = await countPublication(ctx.db, root, filters, today);
  const agency = await findAgency(ctx.db, root);
  const target = profileForRegion(ctx, agency?.regionCode ?? '').randomInspection.disclosureRateTarget
    .percent;
  return {
    ...page,
    counts: {
      ...counts,
      unpublished: counts.completed - counts.published,
      disclosureRatePercent: disclosureRatePercent(counts.published, counts.completed),
      targetPercent: target,
    },
  };
}

async function publicationPage(ctx: AppContext, auth: AuthContext, query: RandomCheckPublicationQuery) {
  const today = todayOf(ctx);
  const root = await resolveListRoot(ctx, auth, query.agencyId);
  const monthRange = query.month ? monthPeriod(query.month) : undefined;
  const filters = { ...query, monthRange };
  const { rows, total } = await findPublicationPage(ctx.db, root, filters);
  const viewer = {
    scopeRootAgencyId: auth.scopeRootAgencyId,
    canManage: hasPermission(auth.user.roles, 'random_checks.manage'),
  };
  const page = {
    items: rows.map((row) => ({
      taskId: row.task_id,
      planId: row.plan_id,
      planNumber: row.plan_number,
      planTitle: row.plan_title,
      agencyId: row.agency_id,
      agencyName: row.agency_name,
      entity: {
        id: row.entity_id,
        name: row.entity_name,
        creditCode: row.credit_code,
        countyName: row.county_name ?? '',
      },
      items: row.items ?? [],
      outcome: (row.outcome as RandomCheckOutcome | null) ?? null,
      findingCount: Number(row.finding_count),
      inspectedOn: row.inspected_on,
      completedAt: toIso(row.completed_at),
      publishedAt: toIso(row.published_at),
      publicationDueOn: row.publication_due_on,
      isPublicationOverdue: row.published_at === null && row.publication_due_on < today,
      canPublish: row.published_at === null && planPolicy.isOwner({ agencyId: row.agency_id }, viewer),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
  return { page, root, filters };
}

export async function publishResults(
  ctx: AppContext,
  auth: AuthContext,
  request: PublishRandomCheckResultsRequest,
): Promise<PublishRandomCheckResultsResponse> {
  const ids = [...new Set(request.taskIds)];
  const tasks = await findTasksInScope(ctx.db, auth.scopeRootAgencyId, ids);
  // Any id outside the jurisdiction (or unknown): nothing is published and nothing is said about it.
  if (tasks.length !== ids.length) throw notFound('所选检查任务');
  const viewer = {
    scopeRootAgencyId: auth.scopeRootAgencyId,
    canManage: hasPermission(auth.user.roles, 'random_checks.manage'),
  };
  const refusal = publicationPolicy.whyCannotPublish(tasks, viewer);
  if (refusal) throw new AppError(refusal.isForbidden ? 'FORBIDDEN' : 'CONFLICT', refusal.message);
  const pending = tasks.filter((task) => task.published_at === null);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const changed = await markPublished(
      tx,
      pending.map((task) => task.id),
      now,
    );
    // A concurrent publish or change got there first: tell the user rather than half-publish.
    if (changed.length !== pending.length)
      throw new AppError('CONFLICT', '部分检查结果刚被他人公开或修改，请刷新后重试');
    await stopPublicationClocks(ctx, tx, changed, todayOf(ctx));
    const names = pending
      .slice(0, 5)
      .map((task) => task.entity_name)
      .join('、');
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'random_checks.results_publish',
        targetType: 'random_check_task',
        targetId: pending.length === 1 ? pending[0]!.id : null,
        summary: `公开双随机抽查结果 ${pending.length} 条：${names}${pending.length > 5 ? ' 等' : ''}`,
      },
      now,
    );
  });
  return { published: pending.length, publishedAt: now.toISOString() };
}

// ---------------------------------------------------------------------------------------------
// The public page
// ---------------------------------------------------------------------------------------------

/** Kinds that appear in the public selector: the bureaus, whose tables include their units. */
const publicAgencyKinds = new Set([
  'provincial_department',
  'city_bureau',
  'county_bureau',
  'zone_enforcement_bureau',
]);

export async function listPublicAgencies(ctx: AppContext): Promise<{ agencies: PublicRandomCheckAgency[] }> {
  const rows = (await findPublicAgencies(ctx.db, null)).filter(
    (row) => row.is_active && publicAgencyKinds.has(row.kind),
  );
  const listed = new Set(rows.map((row) => row.id));
  return {
    agencies: rows.map((row) => ({
      id: row.id,
      name: row.name,
      shortName: row.short_name,
      level: row.level,
      parentId: row.parent_id && listed.has(row.parent_id) ? row.parent_id : null,
    })),
  };
}

function publicPeriodOf(query: PublicRandomCheckResultQuery): { period: PublicPeriod | null; label: string } {
  if (query.month) return { period: monthPeriod(query.month), label: monthPeriod(query.month).label };
  if (query.year) return { period: yearPeriod(query.year), label: yearPeriod(query.year).label };
  return { period: null, label: '全部' };
}

/** A synthetic root above the provinces, for the rates of "every agency". */
const everyAgency = '00000000-0000-0000-0000-000000000000';

export async function listPublicResults(
  ctx: AppContext,
  query: PublicRandomCheckResultQuery,
): Promise<PublicRandomCheckResultPage> {
  const { period, label } = publicPeriodOf(query);
  let agencyRows: PublicAgencyRow[];
  let reportAgencies: ReportAgency[];
  let rootId: string;
  let rootName: string;
  let regionCode: string;
  if (query.agencyId) {
    const agency = await findAgency(ctx.db, query.agencyId);
    if (!agency) throw notFound('机构');
    agencyRows = await findPublicAgencies(ctx.db, query.agencyId);
    reportAgencies = toReportAgencies(agencyRows);
    rootId = agency.id;
    rootName = agency.name;
    regionCode = agency.regionCode;
  } else {
    agencyRows = await findPublicAgencies(ctx.db, null);
    reportAgencies = [
      {
        id: everyAgency,
        name: '全部机构',
        parentId: null,
        jurisdictionAgencyId: null,
        sortOrder: 0,
        isReportingUnit: true,
      },
      ...toReportAgencies(agencyRows).map((agency) => ({
        ...agency,
        parentId: agency.parentId ?? everyAgency,
      })),
    ];
    rootId = everyAgency;
    rootName = '全部机构';
    regionCode = '';
  }
  const { rows, total } = await findPublicResults(ctx.db, query, period);
  const counts = await findDisclosureCounts(ctx.db, query.agencyId ?? null, period);
  const facts = new Map<string, RandomCheckFacts>(
    counts.map((row) => [
      row.agency_id,
      { ...emptyRandomCheckFacts(), inspected: row.completed, published: row.published },
    ]),
  );
  const rollUp = rollUpReport({
    agencies: reportAgencies,
    rootId,
    facts,
    empty: emptyRandomCheckFacts,
    add: addRandomCheckFacts,
  });
  const target = profileForRegion(ctx, regionCode).randomInspection.disclosureRateTarget.percent;
  return {
    items: rows.map((row) => ({
      id: row.id,
      agencyName: row.agency_name,
      planId: row.plan_id,
      planNumber: row.plan_number,
      planTitle: row.plan_title,
      entityName: row.entity_name,
      creditCode: row.credit_code,
      countyName: row.county_name ?? '',
      inspectedOn: row.inspected_on,
      items: row.items ?? [],
      outcome: row.outcome as RandomCheckOutcome,
      outcomeLabel: randomCheckOutcomeLabels[row.outcome as RandomCheckOutcome] ?? row.outcome,
      publishedOn: toDate(row.published_at),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    periodLabel: label,
    disclosure: {
      agencyName: rollUp.rootId === rootId ? rootName : rollUp.rootName,
      completed: rollUp.total.inspected,
      published: rollUp.total.published,
      ratePercent: disclosureRatePercent(rollUp.total.published, rollUp.total.inspected),
      targetPercent: target,
    },
    agencies: rollUp.rows
      .filter((row) => !row.isOwnLevel || row.facts.inspected > 0 || rollUp.rows.length === 1)
      .map((row) => ({
        agencyId: row.agencyId,
        agencyName: row.isOwnLevel && rollUp.rows.length > 1 ? `${row.agencyName}（本级）` : row.agencyName,
        completed: row.facts.inspected,
        published: row.facts.published,
        ratePercent: disclosureRatePercent(row.facts.published, row.facts.inspected),
      })),
  };
}

function isoOf(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

/** GET /api/public/random-checks/plans: the commitments, published before each draw (DR-3). */
export async function listPublicPlans(
  ctx: AppContext,
  query: PublicRandomCheckPlanQuery,
): Promise<Paged<PublicRandomCheckPlan>> {
  const { rows, total } = await findPublicPlans(ctx.db, query);
  return {
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      agencyName: row.agency_name,
      year: Number(row.year),
      kind: row.kind as PublicRandomCheckPlan['kind'],
      quarter: row.quarter === null ? null : Number(row.quarter),
      status: row.status as PublicRandomCheckPlan['status'],
      commitment: row.commitment,
      committedAt: isoOf(row.committed_at),
      drawnAt: isoOf(row.drawn_at),
      inspectionStartsOn: row.inspection_starts_on,
      annulledDrawCount: Number(row.annulled_draw_count),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
