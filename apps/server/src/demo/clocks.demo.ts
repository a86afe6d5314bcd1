import {
  businessDateOf,
  type CardColor,
  findProfileForRegion,
  getProvinceProfile,
  secondmentNeedsApproval,
  secondmentRulesOf,
} from '@qingshan/domain';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../db/client';
import {
  agencies,
  creditCards,
  officerSecondments,
  officers,
  randomCheckPlans,
  randomCheckReportSubmissions,
  randomCheckTaskOfficers,
  randomCheckTasks,
  regulatedEntities,
} from '../db/schema/index';
import { findReportingAgencies } from '../modules/agencies/index';
import { loadWorkingCalendar } from '../modules/calendar/index';
import {
  escalateOverdueClocks,
  insertClocks,
  newClockRow,
  type StartClockInput,
} from '../modules/clocks/index';
import { cardClockOf } from '../modules/credit/index';
import { certificateClockOf, secondmentClockOf } from '../modules/personnel/index';
import {
  publicationClockOf,
  reportClockOf,
  reportPeriodsOpenOn,
  resultsClockOf,
} from '../modules/random-checks/index';
import type { DemoContext, DemoStep } from './demo.context';

/**
 * The statutory clocks of the demo history (SYS-3): each open obligation the earlier steps left —
 * certificates, secondments not yet approved or ended, cards not yet lifted, tasks without their
 * record, results not yet published, tables not yet submitted — gets the clock its
 * module would have started at the event, and the escalation sweep runs once as the scheduled
 * job would have, so the demo heads find the overdue items escalated and notified.
 */
export const clockDemoStep: DemoStep = {
  name: '法定期限',
  async load(db: Database, context: DemoContext): Promise<string> {
    const started = Date.now();
    const count = await startHistoryClocks(db, context.now);
    const today = businessDateOf(context.now);
    return `${count} 个计时（截至 ${today}），逾期的已督办，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`;
  },
};

/**
 * The clocks of every obligation open on `now` in the loaded history, in bulk, then the
 * escalation sweep once; the number of clocks. Also for a load set built before the clocks
 * existed (`npm run demo:scale -- --backfill-clocks`).
 */
export async function startHistoryClocks(db: Database, now: Date): Promise<number> {
  {
    const context = { now };
    const ctx = { db, clock: { now: () => context.now }, profile: getProvinceProfile() };
    const [officerRows, secondmentRows, cardRows, calendar] = await Promise.all([
      db
        .select({
          id: officers.id,
          name: officers.name,
          realNameNumber: officers.realNameNumber,
          // 局队合一: an enforcement unit's officers are its bureau's matters (as startClock owns them).
          agencyId: sql<string>`coalesce(${agencies.jurisdictionAgencyId}, ${agencies.id})`,
          agencyName: agencies.name,
          agencyRegionCode: agencies.regionCode,
          certificateNumber: officers.certificateNumber,
          certificateValidUntil: officers.certificateValidUntil,
          status: officers.status,
        })
        .from(officers)
        .innerJoin(agencies, eq(agencies.id, officers.agencyId)),
      db
        .select()
        .from(officerSecondments)
        .where(and(isNull(officerSecondments.returnedOn), isNull(officerSecondments.approvedOn))),
      db
        .select({
          id: creditCards.id,
          color: creditCards.color,
          issuedOn: creditCards.issuedOn,
          documentNumber: creditCards.documentNumber,
          agencyId: creditCards.agencyId,
          entityId: regulatedEntities.id,
          entityName: regulatedEntities.name,
          entityRegionCode: regulatedEntities.regionCode,
        })
        .from(creditCards)
        .innerJoin(regulatedEntities, eq(regulatedEntities.id, creditCards.entityId))
        .where(isNull(creditCards.liftedOn)),
      loadWorkingCalendar(db),
    ]);
    const officersById = new Map(officerRows.map((row) => [row.id, row]));
    const inputs: StartClockInput[] = [];
    for (const officer of officerRows) {
      const clock = certificateClockOf(officer);
      if (clock) inputs.push(clock);
    }
    for (const secondment of secondmentRows) {
      const officer = officersById.get(secondment.officerId);
      if (!officer) continue;
      const profile = findProfileForRegion(officer.agencyRegionCode) ?? ctx.profile;
      const needsApproval = secondmentNeedsApproval(secondment, secondmentRulesOf(profile));
      inputs.push(secondmentClockOf(officer, { ...secondment, needsApproval }));
    }
    for (const card of cardRows) {
      inputs.push(
        cardClockOf({
          ...card,
          color: card.color as CardColor,
          entity: { id: card.entityId, name: card.entityName, regionCode: card.entityRegionCode },
        }),
      );
    }
    inputs.push(...(await randomCheckClockInputs(db, ctx, businessDateOf(context.now))));
    await insertClocks(
      db,
      inputs.map((input) => newClockRow(ctx, calendar, input, context.now)),
    );
    await escalateOverdueClocks(ctx);
    return inputs.length;
  }
}

interface OpenTaskRow {
  id: string;
  status: string;
  entity_name: string;
  completed_on: string | null;
  drawn_on: string;
  inspector_user_ids: string[];
  plan_id: string;
  plan_number: string;
  plan_title: string;
  agency_id: string;
  agency_region_code: string;
  inspection_starts_on: string;
  inspection_due_on: string;
  publication_due_on: string;
}

/**
 * The random-check clocks of the history, as the draw, the confirmation and the report job
 * would have started them: each open task's record from its draw, each completed result not yet
 * published from its completion, and each reporting agency's tables open on `today` and not submitted.
 */
export async function randomCheckClockInputs(
  db: Database,
  ctx: { profile: ReturnType<typeof getProvinceProfile> },
  today: string,
): Promise<StartClockInput[]> {
  const tasks = await queryRows<OpenTaskRow>(
    db,
    sql`SELECT t.id, t.status, e.name AS entity_name,
          to_char(t.completed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS completed_on,
          to_char(coalesce(p.drawn_at, t.created_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS drawn_on,
          coalesce((SELECT array_agg(o.user_id ORDER BY o.user_id) FROM ${randomCheckTaskOfficers} tof
                    JOIN ${officers} o ON o.id = tof.officer_id
                    WHERE tof.task_id = t.id AND o.user_id IS NOT NULL), '{}') AS inspector_user_ids,
          p.id AS plan_id, p.number AS plan_number, p.title AS plan_title, p.agency_id,
          a.region_code AS agency_region_code, p.inspection_starts_on::text AS inspection_starts_on,
          p.inspection_due_on::text AS inspection_due_on, p.publication_due_on::text AS publication_due_on
        FROM ${randomCheckTasks} t
        JOIN ${randomCheckPlans} p ON p.id = t.plan_id
        JOIN ${agencies} a ON a.id = p.agency_id
        JOIN ${regulatedEntities} e ON e.id = t.entity_id
        WHERE p.status IN ('drawn', 'closed')
          AND (t.status IN ('pending', 'recorded') OR (t.status = 'completed' AND t.published_at IS NULL))`,
  );
  const inputs: StartClockInput[] = [];
  for (const task of tasks) {
    const facts = {
      id: task.id,
      entityName: task.entity_name,
      plan: {
        id: task.plan_id,
        number: task.plan_number,
        title: task.plan_title,
        agencyId: task.agency_id,
        agencyRegionCode: task.agency_region_code,
        inspectionStartsOn: task.inspection_starts_on,
        inspectionDueOn: task.inspection_due_on,
        publicationDueOn: task.publication_due_on,
      },
    };
    inputs.push(
      task.status === 'completed'
        ? publicationClockOf(facts, task.completed_on ?? today)
        : resultsClockOf(facts, parseUuidArray(task.inspector_user_ids), task.drawn_on),
    );
  }
  const [reporting, submitted] = await Promise.all([
    findReportingAgencies(db),
    db
      .select({
        agencyId: randomCheckReportSubmissions.agencyId,
        kind: randomCheckReportSubmissions.kind,
        period: randomCheckReportSubmissions.period,
      })
      .from(randomCheckReportSubmissions)
      .where(ne(randomCheckReportSubmissions.status, 'withdrawn')),
  ]);
  const isSubmitted = new Set(submitted.map((row) => `${row.agencyId}:${row.kind}:${row.period}`));
  for (const agency of reporting) {
    const rules = (findProfileForRegion(agency.regionCode) ?? ctx.profile).randomInspection;
    for (const ref of reportPeriodsOpenOn(today, rules)) {
      if (!isSubmitted.has(`${agency.id}:${ref.kind}:${ref.period}`))
        inputs.push(reportClockOf(agency, rules, ctx, ref));
    }
  }
  return inputs;
}

/** PGlite returns a uuid[] as an array, node-postgres as its text form. */
function parseUuidArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',');
}
