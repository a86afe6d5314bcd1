import {
  businessDateOf,
  hasPermission,
  type Permission,
  type Role,
  type WorkingCalendar,
} from '@qingshan/domain';
import { appendAudit, systemActor } from '../../lib/audit/index';
import { loadWorkingCalendar } from '../../lib/calendar';
import type { AppContext } from '../../lib/context';
import { findAgencyChainUpward } from '../../lib/jurisdiction';
import { notifyUsers } from '../notifications/index';
import { findActiveUsersOfAgencies } from '../users/index';
import { type ClockRow, claimEscalation, findOverdueUnescalated } from './clock.repository';
import { evaluateRow } from './clock.service';

/** Clocks read per page of the sweep. */
const sweepBatch = 500;

/**
 * 逾期督办: for each open clock past its due day and not yet escalated, tells the person
 * responsible (the named user, or the holders of its duty in the owning agency) and the
 * superiors — the head of the owning agency and the head of the agency above it — and marks the
 * clock escalated, so its overdue item also reaches the parent head's to-do list. Idempotent:
 * the mark is claimed atomically and notifications are one per user and clock, so a second run
 * (or a second server process) notifies nobody again. Not scheduled here: the job scheduler
 * registers it.
 */
export async function escalateOverdueClocks(
  ctx: Pick<AppContext, 'db' | 'clock' | 'profile'>,
): Promise<void> {
  const now = ctx.clock.now();
  const today = businessDateOf(now);
  const calendar = await loadWorkingCalendar(ctx.db);
  let after: { dueOn: string; id: string } | null = null;
  for (;;) {
    const batch = await findOverdueUnescalated(ctx.db, today, sweepBatch, after);
    for (const row of batch) await escalateClock(ctx, calendar, row, now, today);
    const last = batch.at(-1);
    if (!last || batch.length < sweepBatch) return;
    after = { dueOn: last.dueOn!, id: last.id };
  }
}

async function escalateClock(
  ctx: Pick<AppContext, 'db' | 'clock' | 'profile'>,
  calendar: WorkingCalendar,
  row: ClockRow,
  now: Date,
  today: string,
): Promise<void> {
  // The stored due day is a filter; the domain model decides (a calendar correction may have moved it).
  const evaluated = evaluateRow(ctx, calendar, row, today);
  if (evaluated.status !== 'overdue') return;
  await ctx.db.transaction(async (tx) => {
    if (!(await claimEscalation(tx, row.id, now))) return;
    const chain = (await findAgencyChainUpward(tx, row.agencyId)).slice(0, 2);
    const people = await findActiveUsersOfAgencies(
      tx,
      chain.map((agency) => agency.id),
    );
    const responsible = people.filter((person) => isResponsible(row, person)).map((person) => person.id);
    const superiors = people
      .filter((person) => (person.roles as Role[]).includes('agency_head'))
      .map((person) => person.id);
    const owner = chain[0]?.name ?? '';
    const body = `${row.subject}（${row.context}）：${row.label}已于 ${evaluated.dueOn} 到期，尚未办结。依据：${row.basis}`;
    await notifyUsers(
      tx,
      {
        userIds: responsible,
        kind: 'clock_overdue',
        title: `已逾期：${row.label}`,
        body,
        path: row.path,
        dedupeKey: `clock:${row.id}`,
      },
      now,
    );
    await notifyUsers(
      tx,
      {
        userIds: superiors.filter((id) => !responsible.includes(id)),
        kind: 'clock_escalated',
        title: `逾期督办：${owner}${row.label}`,
        body,
        path: row.path,
        dedupeKey: `clock:${row.id}`,
      },
      now,
    );
    await appendAudit(
      tx,
      systemActor,
      {
        action: 'clocks.escalate',
        targetType: 'clock',
        targetId: row.id,
        summary: `${owner}：${row.subject}${row.label}逾期（到期日 ${evaluated.dueOn}），已提醒承办人并报上级负责人`,
        after: { dueOn: evaluated.dueOn, notified: [...new Set([...responsible, ...superiors])].length },
      },
      now,
    );
  });
}

function isResponsible(row: ClockRow, person: { id: string; agencyId: string; roles: string[] }): boolean {
  if (row.responsibleUserId) return person.id === row.responsibleUserId;
  return (
    person.agencyId === row.agencyId &&
    row.responsiblePermission !== null &&
    hasPermission(person.roles as Role[], row.responsiblePermission as Permission)
  );
}
