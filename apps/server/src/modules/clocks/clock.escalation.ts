import {
  businessDateOf,
  hasPermission,
  type IsoDate,
  type Permission,
  type Role,
  type WorkingCalendar,
} from '@qingshan/domain';
import type { Database } from '../../db/client';
import { appendAudit, systemActor } from '../../lib/audit/index';
import { findAgencyChainUpward } from '../../lib/jurisdiction';
import { loadWorkingCalendar } from '../calendar/index';
import { type NotifyInput, notifyUsers } from '../notifications/index';
import { findActiveUsersOfAgencies } from '../users/index';
import { type ClockRow, claimEscalations, findOverdueUnescalated } from './clock.repository';
import { type ClockContext, evaluateRow } from './clock.service';

/** Clocks read and escalated per transaction of the sweep. */
const sweepBatch = 500;

/**
 * 逾期督办: for each open clock past its due day and not yet escalated, tells the person
 * responsible (the named user, or the holders of its duty in the owning agency) and the
 * superiors — the head of the owning agency and the head of the agency above it — and marks the
 * clock escalated, so its overdue item also reaches the parent head's to-do list. Idempotent:
 * the mark is claimed atomically and notifications are one per user and clock, so a second run
 * (or a second server process) notifies nobody again. Not scheduled here: the job scheduler
 * registers it. One transaction and one audit entry per batch of clocks.
 */
export async function escalateOverdueClocks(ctx: ClockContext): Promise<void> {
  const now = ctx.clock.now();
  const today = businessDateOf(now);
  const calendar = await loadWorkingCalendar(ctx.db);
  let after: { dueOn: string; id: string } | null = null;
  for (;;) {
    const batch = await findOverdueUnescalated(ctx.db, today, sweepBatch, after);
    await escalateBatch(ctx, calendar, batch, now, today);
    const last = batch.at(-1);
    if (!last || batch.length < sweepBatch) return;
    after = { dueOn: last.dueOn!, id: last.id };
  }
}

interface Person {
  id: string;
  agencyId: string;
  roles: string[];
}

async function escalateBatch(
  ctx: ClockContext,
  calendar: WorkingCalendar,
  batch: ClockRow[],
  now: Date,
  today: IsoDate,
): Promise<void> {
  // The stored due day is a filter; the domain model decides (a calendar correction may have moved it).
  const overdue = batch
    .map((row) => ({ row, dueOn: evaluateRow(ctx, calendar, row, today) }))
    .filter((entry) => entry.dueOn.status === 'overdue');
  if (overdue.length === 0) return;
  await ctx.db.transaction(async (tx) => {
    const claimed = await claimEscalations(
      tx,
      overdue.map((entry) => entry.row.id),
      now,
    );
    const mine = overdue.filter((entry) => claimed.has(entry.row.id));
    if (mine.length === 0) return;
    const chains = await chainsOf(tx, [...new Set(mine.map((entry) => entry.row.agencyId))]);
    const people = await findActiveUsersOfAgencies(tx, [
      ...new Set([...chains.values()].flatMap((chain) => chain.map((agency) => agency.id))),
    ]);
    const notices: NotifyInput[] = [];
    for (const { row, dueOn } of mine) {
      const chain = chains.get(row.agencyId) ?? [];
      const around = people.filter((person) => chain.some((agency) => agency.id === person.agencyId));
      const responsible = around.filter((person) => isResponsible(row, person)).map((person) => person.id);
      const superiors = around
        .filter(
          (person) => (person.roles as Role[]).includes('agency_head') && !responsible.includes(person.id),
        )
        .map((person) => person.id);
      const owner = chain[0]?.name ?? '';
      const body = `${row.subject}（${row.context}）：${row.label}已于 ${dueOn.dueOn} 到期，尚未办结。依据：${row.basis}`;
      const cause = `clock:${row.id}`;
      notices.push(
        {
          userIds: responsible,
          kind: 'clock_overdue',
          title: `已逾期：${row.label}`,
          body,
          path: row.path,
          dedupeKey: cause,
        },
        {
          userIds: superiors,
          kind: 'clock_escalated',
          title: `逾期督办：${owner}${row.label}`,
          body,
          path: row.path,
          dedupeKey: cause,
        },
      );
    }
    await notifyUsers(tx, notices, now);
    await appendAudit(
      tx,
      systemActor,
      {
        action: 'clocks.escalate',
        targetType: 'clock',
        targetId: mine.length === 1 ? mine[0]!.row.id : null,
        summary: `逾期督办 ${mine.length} 项，已提醒承办人并报上级负责人：${mine
          .slice(0, 20)
          .map(({ row, dueOn }) => `${row.subject}${row.label}（到期日 ${dueOn.dueOn}）`)
          .join('；')}${mine.length > 20 ? ' 等' : ''}`,
        after: { clockIds: mine.map((entry) => entry.row.id) },
      },
      now,
    );
  });
}

/** The owning agency and the one above it, for each agency. */
async function chainsOf(db: Database, agencyIds: string[]) {
  const chains = new Map<string, { id: string; name: string }[]>();
  for (const agencyId of agencyIds)
    chains.set(agencyId, (await findAgencyChainUpward(db, agencyId)).slice(0, 2));
  return chains;
}

function isResponsible(row: ClockRow, person: Person): boolean {
  if (row.responsibleUserIds.length > 0) return row.responsibleUserIds.includes(person.id);
  return (
    person.agencyId === row.agencyId &&
    row.responsiblePermission !== null &&
    hasPermission(person.roles as Role[], row.responsiblePermission as Permission)
  );
}
