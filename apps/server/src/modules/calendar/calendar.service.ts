import {
  type CalendarOverrideInput,
  type CalendarYear,
  computeDeadline,
  type DayInfo,
  type DeadlineCalculation,
} from '@qingshan/domain';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField } from '../../lib/errors';
import { profileForRegion } from '../../lib/profile';
import { calendarPolicy } from './calendar.policy';
import {
  deleteOverride,
  findConfirmation,
  findOverride,
  insertConfirmation,
  listOverridesOfYear,
  upsertOverride,
} from './calendar.repository';
import { loadWorkingCalendar } from './working-calendar';

export async function getCalendarYear(ctx: AppContext, year: number): Promise<CalendarYear> {
  const [calendar, overrides, confirmation] = await Promise.all([
    loadWorkingCalendar(ctx.db),
    listOverridesOfYear(ctx.db, year),
    findConfirmation(ctx.db, year),
  ]);
  const days: DayInfo[] = [];
  for (let month = 1; month <= 12; month++) days.push(...calendar.monthDays(year, month));
  return {
    year,
    knownThroughYear: calendar.knownThroughYear,
    isProvisional: year > calendar.knownThroughYear,
    confirmation: confirmation
      ? {
          notice: confirmation.notice,
          confirmedAt: confirmation.confirmedAt.toISOString(),
          confirmedBy: confirmation.confirmedBy,
        }
      : null,
    days,
    overrides: overrides.map((override) => ({
      date: override.date,
      kind: override.kind as 'holiday' | 'workday',
      name: override.name,
      createdAt: override.createdAt.toISOString(),
    })),
  };
}

const kindLabels = { holiday: '放假', workday: '调休上班' } as const;

function requireCalendarManager(auth: AuthContext): void {
  const refusal = calendarPolicy.whyCannotManage(auth);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
}

export async function setOverride(
  ctx: AppContext,
  auth: AuthContext,
  input: CalendarOverrideInput,
): Promise<void> {
  requireCalendarManager(auth);
  const now = ctx.clock.now();
  const before = await findOverride(ctx.db, input.date);
  await ctx.db.transaction(async (tx) => {
    await upsertOverride(tx, { ...input, createdBy: auth.user.id, createdAt: now });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'calendar.override_set',
        targetType: 'calendar_day',
        targetId: input.date,
        summary: `设置 ${input.date} 为${kindLabels[input.kind]}（${input.name}）`,
        before: before ? { kind: before.kind, name: before.name } : null,
        after: { kind: input.kind, name: input.name },
      },
      now,
    );
  });
}

export async function removeOverride(ctx: AppContext, auth: AuthContext, date: string): Promise<void> {
  requireCalendarManager(auth);
  const before = await findOverride(ctx.db, date);
  if (!before) throw new AppError('NOT_FOUND', `${date} 没有人工设置的节假日或调休`, 'date');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await deleteOverride(tx, date);
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'calendar.override_remove',
        targetType: 'calendar_day',
        targetId: date,
        summary: `删除 ${date} 的人工设置（${before.name}）`,
        before: { kind: before.kind, name: before.name },
      },
      now,
    );
  });
}

/** Declares a year's schedule complete: deadlines falling in it stop being provisional. */
export async function confirmYear(
  ctx: AppContext,
  auth: AuthContext,
  year: number,
  notice: string,
): Promise<void> {
  requireCalendarManager(auth);
  const calendar = await loadWorkingCalendar(ctx.db);
  if (year <= calendar.knownThroughYear) {
    throw invalidField('year', `${year} 年的节假日安排已确定，无需确认`);
  }
  if (year !== calendar.knownThroughYear + 1) {
    throw invalidField('year', `请先确认 ${calendar.knownThroughYear + 1} 年的安排`);
  }
  const overrides = await listOverridesOfYear(ctx.db, year);
  if (!overrides.some((override) => override.kind === 'holiday')) {
    throw invalidField('year', `${year} 年还没有录入任何放假日期，请先按国务院办公厅通知录入`);
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertConfirmation(tx, { year, notice, confirmedBy: auth.user.id, confirmedAt: now });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'calendar.year_confirm',
        targetType: 'calendar_year',
        targetId: String(year),
        summary: `确认 ${year} 年节假日安排（${notice}），共 ${overrides.length} 天人工设置`,
      },
      now,
    );
  });
}

/** Counts under the profile of the user's agency: the rules its deadlines follow. */
export async function calculateDeadline(
  ctx: AppContext,
  auth: AuthContext,
  input: { start: string; amount: number; unit: 'calendar_day' | 'working_day' },
): Promise<DeadlineCalculation> {
  const calendar = await loadWorkingCalendar(ctx.db);
  const { counting } = profileForRegion(ctx, auth.agency.regionCode);
  const result = computeDeadline(calendar, { ...input, counting });
  return {
    ...input,
    dueDate: result.dueDate,
    isProvisional: result.isProvisional,
    pausedDays: result.pausedDays,
    appliedRules: result.appliedRules,
  };
}
