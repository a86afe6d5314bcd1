import {
  businessDateOf,
  type CardColor,
  findProfileForRegion,
  getProvinceProfile,
  secondmentNeedsApproval,
  secondmentRulesOf,
} from '@qingshan/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencies, creditCards, officerSecondments, officers, regulatedEntities } from '../db/schema/index';
import { loadWorkingCalendar } from '../modules/calendar/index';
import {
  escalateOverdueClocks,
  insertClocks,
  newClockRow,
  type StartClockInput,
} from '../modules/clocks/index';
import { cardClockOf } from '../modules/credit/index';
import { certificateClockOf, secondmentClockOf } from '../modules/personnel/index';
import type { DemoContext, DemoStep } from './demo.context';

/**
 * The statutory clocks of the demo history (SYS-3): each open obligation the earlier steps left —
 * certificates, secondments not yet approved or ended, cards not yet lifted — gets the clock its
 * module would have started at the event, and the escalation sweep runs once as the scheduled
 * job would have, so the demo heads find the overdue items escalated and notified.
 */
export const clockDemoStep: DemoStep = {
  name: '法定期限',
  async load(db: Database, context: DemoContext): Promise<string> {
    const started = Date.now();
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
    await insertClocks(
      db,
      inputs.map((input) => newClockRow(ctx, calendar, input, context.now)),
    );
    await escalateOverdueClocks(ctx);
    const today = businessDateOf(context.now);
    return `${inputs.length} 个计时（截至 ${today}），逾期的已督办，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`;
  },
};
