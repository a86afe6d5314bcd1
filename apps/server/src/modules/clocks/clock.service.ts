import {
  businessDateOf,
  type ClockDay,
  type ClockExtension,
  type ClockPause,
  ClockRuleError,
  type ClockRuleKey,
  type ClockStatus,
  clockRuleOf,
  daysRemaining,
  evaluateAdvanceClock,
  evaluateClock,
  findProfileForRegion,
  hasPermission,
  type IsoDate,
  nextExtensionOf,
  type Permission,
  type SubjectClock,
  type TodoItem,
  type TodoKind,
  type WorkingCalendar,
} from '@qingshan/domain';
import type { Database } from '../../db/client';
import type { AuditActor } from '../../lib/audit/index';
import { appendAudit } from '../../lib/audit/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import type { AppContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { findAgencyNames, findJurisdictionRootOf } from '../../lib/jurisdiction';
import { loadWorkingCalendar } from '../calendar/index';
import {
  type ClockRow,
  findClockOfSubject,
  findClocksOfSubjects,
  findOpenClocksFor,
  insertClocksSkippingExisting,
  type NewClockRow,
  type SubjectRef,
  stopOpenClocksOfSubjects,
  updateClockRow,
  upsertClock,
  upsertClocks,
} from './clock.repository';

/** What the clock service needs: the database, the clock and the deployment's profile. */
export type ClockContext = Pick<AppContext, 'db' | 'clock' | 'profile'>;

export type ClockSubjectKind =
  | 'officer_certificate'
  | 'officer_secondment'
  | 'credit_card'
  | 'random_check_task'
  | 'random_check_report';

/** The duties a clock may name instead of a person: the permissions whose holders must act. */
export const clockDuties = [
  'personnel.manage',
  'credit.manage',
  'random_checks.inspect',
  'random_checks.manage',
  'random_checks.report',
] as const satisfies readonly Permission[];
export type ClockDuty = (typeof clockDuties)[number];

export interface StartClockInput {
  subjectKind: ClockSubjectKind;
  subjectId: string;
  kind: TodoKind;
  /** The agency that must act; an enforcement unit's clock is owned by the bureau it serves. */
  agencyId: string;
  /** The owning agency's region: whose province profile applies. */
  regionCode: string;
  /** The people who must act, when the event names them (a task's inspectors). */
  responsibleUserIds?: readonly string[];
  responsibleDuty?: ClockDuty | null;
  ruleKey: ClockRuleKey;
  /** The period an act set (a plan's inspection window), instead of the profile's. */
  amount?: number;
  /** The event's day; for a clock that ends at its event (a certificate's expiry), that day. */
  startedOn: IsoDate;
  startedAt?: Date;
  subject: string;
  context: string;
  path: string;
  /**
   * `due`: the item shows only from its due day (an obligation that arises only if the matter
   * runs that long); a date: from that day (a task stays secret until its inspection day, DR-4).
   */
  showsFrom?: 'start' | 'due' | IsoDate;
  /** The basis as the act states it, when it says more than the rule (the report's own due day). */
  basis?: string;
}

/** A subject's clock as its page shows it (the contract's `SubjectClock`). */
export type ClockView = SubjectClock;

interface Evaluated {
  dueOn: IsoDate | null;
  visibleFrom: IsoDate;
  daysLeft: number | null;
  status: ClockStatus;
}

function profileOf(ctx: Pick<AppContext, 'profile'>, regionCode: string) {
  return findProfileForRegion(regionCode) ?? ctx.profile;
}

/** The domain model's answer for a stored clock: the one place a stored clock's due day is computed. */
export function evaluateRow(
  ctx: Pick<AppContext, 'profile' | 'clock'>,
  calendar: WorkingCalendar,
  row: Pick<
    NewClockRow,
    'regionCode' | 'ruleKey' | 'amount' | 'startedOn' | 'startedAt' | 'pauses' | 'extensions' | 'metOn'
  >,
  today: IsoDate,
): Evaluated {
  const profile = profileOf(ctx, row.regionCode);
  const rule = clockRuleOf(profile, row.ruleKey as ClockRuleKey, row.amount ?? undefined);
  if (rule.direction === 'before') {
    const advance = evaluateAdvanceClock(calendar, rule, row.startedOn, today);
    const status: ClockStatus = row.metOn
      ? 'met'
      : advance.isOverdue
        ? 'overdue'
        : advance.daysLeft === 0
          ? 'due_today'
          : 'running';
    return {
      dueOn: advance.dueDate,
      visibleFrom: advance.remindFrom,
      daysLeft: row.metOn ? null : advance.daysLeft,
      status,
    };
  }
  const evaluation = evaluateClock(
    calendar,
    profile.counting,
    rule,
    {
      startedOn: row.startedOn,
      ...(row.startedAt ? { startedAt: row.startedAt } : {}),
      pauses: (row.pauses ?? []) as ClockPause[],
      extensions: (row.extensions ?? []) as ClockExtension[],
      metOn: row.metOn ?? null,
    },
    today,
    ctx.clock.now(),
    { withDays: false },
  );
  return {
    dueOn: evaluation.dueDate,
    visibleFrom: row.startedOn,
    daysLeft: evaluation.daysLeft,
    status: evaluation.status,
  };
}

function refuse(error: unknown): never {
  if (error instanceof ClockRuleError) throw new AppError('VALIDATION_FAILED', error.message);
  throw error;
}

/** The stored row of a new clock, evaluated by the domain model (also used by the demo loader). */
export function newClockRow(
  ctx: Pick<AppContext, 'profile' | 'clock'>,
  calendar: WorkingCalendar,
  input: StartClockInput,
  now: Date,
): NewClockRow {
  const profile = profileOf(ctx, input.regionCode);
  const rule = clockRuleOf(profile, input.ruleKey, input.amount);
  const base = {
    subjectKind: input.subjectKind,
    subjectId: input.subjectId,
    kind: input.kind,
    agencyId: input.agencyId,
    regionCode: input.regionCode,
    responsibleUserIds: [...(input.responsibleUserIds ?? [])],
    responsiblePermission: input.responsibleDuty ?? null,
    ruleKey: input.ruleKey,
    amount: input.amount ?? null,
    label: rule.label,
    basis: input.basis ?? rule.basis,
    subject: input.subject,
    context: input.context,
    path: input.path,
    startedOn: input.startedOn,
    startedAt: input.startedAt ?? null,
    pauses: [],
    extensions: [],
    status: 'open',
    metOn: null,
    createdAt: now,
    updatedAt: now,
  } satisfies Omit<NewClockRow, 'dueOn' | 'visibleFrom'>;
  const evaluated = evaluateRow(ctx, calendar, base, businessDateOf(now));
  const visibleFrom =
    input.showsFrom === 'due'
      ? (evaluated.dueOn ?? evaluated.visibleFrom)
      : input.showsFrom && input.showsFrom !== 'start'
        ? input.showsFrom
        : evaluated.visibleFrom;
  return { ...base, dueOn: evaluated.dueOn, visibleFrom };
}

/**
 * Starts the clock of a subject's obligation at its event, inside the caller's transaction.
 * Starting it again (the event was re-dated) replaces the earlier run.
 */
export async function startClock(ctx: ClockContext, db: Database, input: StartClockInput): Promise<string> {
  // One after the other: `db` is usually the caller's transaction, one connection that runs one
  // statement at a time (node-postgres deprecates queuing a second one behind the first).
  const calendar = await loadWorkingCalendar(db);
  // 局队合一: an enforcement unit's matters are its bureau's, as the acts of its staff are.
  const owner = await findJurisdictionRootOf(db, input.agencyId);
  try {
    return await upsertClock(db, newClockRow(ctx, calendar, { ...input, agencyId: owner }, ctx.clock.now()));
  } catch (error) {
    return refuse(error);
  }
}

/**
 * Starts many clocks of one act at once (a draw's tasks), inside the caller's transaction: one
 * calendar read, one owner look-up per agency, one statement for the rows.
 */
export async function startClocks(
  ctx: ClockContext,
  db: Database,
  inputs: readonly StartClockInput[],
): Promise<void> {
  if (inputs.length === 0) return;
  const calendar = await loadWorkingCalendar(db);
  const owners = new Map<string, string>();
  for (const agencyId of new Set(inputs.map((input) => input.agencyId))) {
    owners.set(agencyId, await findJurisdictionRootOf(db, agencyId));
  }
  const now = ctx.clock.now();
  try {
    await upsertClocks(
      db,
      inputs.map((input) =>
        newClockRow(ctx, calendar, { ...input, agencyId: owners.get(input.agencyId)! }, now),
      ),
    );
  } catch (error) {
    refuse(error);
  }
}

/**
 * Stops the open clocks of many subjects at once, as part of an act its module audits (a draw
 * annulled, results published): the clocks keep their due day, so nothing is re-evaluated.
 */
export async function stopClocksOfSubjects(
  ctx: ClockContext,
  db: Database,
  subjectKind: ClockSubjectKind,
  subjectIds: readonly string[],
  stop: { metOn: IsoDate; outcome?: 'met' | 'cancelled'; ruleKey?: ClockRuleKey },
): Promise<void> {
  if (subjectIds.length === 0) return;
  await stopOpenClocksOfSubjects(db, subjectKind, subjectIds, stop.ruleKey ?? null, {
    metOn: stop.metOn,
    status: stop.outcome ?? 'met',
    updatedAt: ctx.clock.now(),
  });
}

/**
 * Starts the clocks not started yet and leaves the others as they are (met, escalated or
 * running): for a scheduled start that may run again, and for an act that may come before it.
 */
export async function insertClocksIfAbsent(
  ctx: ClockContext,
  db: Database,
  inputs: readonly StartClockInput[],
): Promise<void> {
  if (inputs.length === 0) return;
  const calendar = await loadWorkingCalendar(db);
  const now = ctx.clock.now();
  const rows: NewClockRow[] = [];
  for (const input of inputs) {
    const owner = await findJurisdictionRootOf(db, input.agencyId);
    try {
      rows.push(newClockRow(ctx, calendar, { ...input, agencyId: owner }, now));
    } catch (error) {
      refuse(error);
    }
  }
  await insertClocksSkippingExisting(db, rows);
}

async function requireOpenClock(db: Database, ref: SubjectRef): Promise<ClockRow> {
  const row = await findClockOfSubject(db, ref);
  if (!row) throw new AppError('NOT_FOUND', '未找到该事项的计时');
  if (row.status !== 'open') throw new AppError('CONFLICT', `“${row.label}”计时已结束`);
  return row;
}

/** Applies a change, re-evaluates the clock with the domain model and writes an audit entry. */
async function changeClock(
  ctx: ClockContext,
  db: Database,
  actor: AuditActor,
  row: ClockRow,
  changes: Pick<Partial<NewClockRow>, 'pauses' | 'extensions' | 'metOn' | 'status'>,
  audit: { action: string; summary: string } | null,
): Promise<void> {
  const calendar = await loadWorkingCalendar(db);
  const now = ctx.clock.now();
  const next = { ...row, ...changes };
  let evaluated: Evaluated;
  try {
    evaluated = evaluateRow(ctx, calendar, next, businessDateOf(now));
  } catch (error) {
    refuse(error);
  }
  await updateClockRow(db, row.id, { ...changes, dueOn: evaluated.dueOn, updatedAt: now });
  if (!audit) return;
  await appendAudit(
    db,
    actor,
    {
      action: audit.action,
      targetType: 'clock',
      targetId: row.id,
      summary: `${row.subject}：${row.label}${audit.summary}`,
      before: { pauses: row.pauses, extensions: row.extensions, dueOn: row.dueOn, status: row.status },
      after: { ...changes, dueOn: evaluated.dueOn },
    },
    now,
  );
}

/** 中止: the clock stops counting from `from` for a reason the rule names. */
export async function pauseClock(
  ctx: ClockContext,
  db: Database,
  actor: AuditActor,
  ref: SubjectRef,
  pause: { from: IsoDate; reason: string },
): Promise<void> {
  const row = await requireOpenClock(db, ref);
  const pauses = row.pauses as ClockPause[];
  if (pauses.some((entry) => entry.to === null)) throw new AppError('CONFLICT', `“${row.label}”计时已中止`);
  await changeClock(
    ctx,
    db,
    actor,
    row,
    { pauses: [...pauses, { from: pause.from, to: null, reason: pause.reason }] },
    { action: 'clocks.pause', summary: `自 ${pause.from} 起中止（${pause.reason}）` },
  );
}

/** The pause ends: `lastPausedOn` is its last day, counting resumes the day after. */
export async function resumeClock(
  ctx: ClockContext,
  db: Database,
  actor: AuditActor,
  ref: SubjectRef,
  lastPausedOn: IsoDate,
): Promise<void> {
  const row = await requireOpenClock(db, ref);
  const pauses = row.pauses as ClockPause[];
  const open = pauses.findIndex((entry) => entry.to === null);
  if (open < 0) throw new AppError('CONFLICT', `“${row.label}”计时未中止`);
  const resumed = pauses.map((entry, index) => (index === open ? { ...entry, to: lastPausedOn } : entry));
  await changeClock(
    ctx,
    db,
    actor,
    row,
    { pauses: resumed },
    { action: 'clocks.resume', summary: `中止至 ${lastPausedOn}，恢复计算` },
  );
}

/** 延长: the next extension the rule allows, approved by the office it names. */
export async function extendClock(
  ctx: ClockContext,
  db: Database,
  actor: AuditActor,
  ref: SubjectRef,
  approval: { approvedOn: IsoDate; approvedBy: string },
): Promise<void> {
  const row = await requireOpenClock(db, ref);
  const extensions = row.extensions as ClockExtension[];
  const rule = clockRuleOf(
    profileOf(ctx, row.regionCode),
    row.ruleKey as ClockRuleKey,
    row.amount ?? undefined,
  );
  const step = nextExtensionOf(rule, { startedOn: row.startedOn, extensions });
  if (!step) throw new AppError('CONFLICT', `“${row.label}”期限不能再延长（${row.basis}）`);
  await changeClock(
    ctx,
    db,
    actor,
    row,
    { extensions: [...extensions, { step: extensions.length, ...approval }] },
    {
      action: 'clocks.extend',
      summary: `经${step.approval}延长 ${step.amount} 日（${approval.approvedBy}）`,
    },
  );
}

/**
 * The obligation was met (or the subject went away): the clock stops. A clock already stopped
 * stays as it is. One act, one audit entry: when the stop is part of an act its module audits
 * (a card lifted, a secondment approved), `isPartOfAuditedAct` leaves the record to that entry.
 */
export async function stopClock(
  ctx: ClockContext,
  db: Database,
  actor: AuditActor,
  ref: SubjectRef,
  stop: { metOn: IsoDate; outcome?: 'met' | 'cancelled'; reason: string; isPartOfAuditedAct?: boolean },
): Promise<void> {
  const row = await findClockOfSubject(db, ref);
  if (row?.status !== 'open') return;
  await changeClock(
    ctx,
    db,
    actor,
    row,
    { metOn: stop.metOn, status: stop.outcome ?? 'met' },
    stop.isPartOfAuditedAct
      ? null
      : { action: 'clocks.stop', summary: `于 ${stop.metOn} 停止计时：${stop.reason}` },
  );
}

/** A subject's clocks, each with its due day, status and per-day explanation as of today. */
export async function listClocksForSubject(
  ctx: ClockContext,
  subjectKind: ClockSubjectKind,
  subjectId: string,
): Promise<SubjectClock[]> {
  return listClocksForSubjects(ctx, subjectKind, [subjectId]);
}

/** The clocks of several subjects of one kind (a plan's tasks), by start day. */
export async function listClocksForSubjects(
  ctx: ClockContext,
  subjectKind: ClockSubjectKind,
  subjectIds: readonly string[],
): Promise<SubjectClock[]> {
  if (subjectIds.length === 0) return [];
  const [rows, calendar] = await Promise.all([
    findClocksOfSubjects(ctx.db, subjectKind, subjectIds),
    loadWorkingCalendar(ctx.db),
  ]);
  const today = businessDateOf(ctx.clock.now());
  return rows.map((row) => {
    const evaluated = evaluateRow(ctx, calendar, row, today);
    return {
      id: row.id,
      kind: row.kind as TodoKind,
      ruleKey: row.ruleKey,
      label: row.label,
      basis: row.basis,
      subject: row.subject,
      startedOn: row.startedOn,
      dueOn: evaluated.dueOn,
      daysLeft: evaluated.daysLeft,
      status: row.status === 'cancelled' ? 'cancelled' : evaluated.status,
      pauses: row.pauses as ClockPause[],
      extensions: row.extensions as ClockExtension[],
      metOn: row.metOn,
      escalatedAt: row.escalatedAt?.toISOString() ?? null,
      days: explainRow(ctx, calendar, row, today),
    };
  });
}

/** The domain model's per-day explanation of a stored clock (none for a clock that ends at its event). */
function explainRow(
  ctx: Pick<AppContext, 'profile' | 'clock'>,
  calendar: WorkingCalendar,
  row: ClockRow,
  today: IsoDate,
): ClockDay[] {
  const profile = profileOf(ctx, row.regionCode);
  const rule = clockRuleOf(profile, row.ruleKey as ClockRuleKey, row.amount ?? undefined);
  if (rule.direction === 'before') return [];
  return evaluateClock(
    calendar,
    profile.counting,
    rule,
    {
      startedOn: row.startedOn,
      ...(row.startedAt ? { startedAt: row.startedAt } : {}),
      pauses: row.pauses as ClockPause[],
      extensions: row.extensions as ClockExtension[],
      metOn: row.metOn,
    },
    today,
    ctx.clock.now(),
  ).days;
}

/**
 * The to-do key, stable per subject: a task's record and a result's publication keep the keys the
 * areas' own lists use (`task:…`, `publication:…`), so a page can match its rows to the list.
 */
function todoKeyOf(row: ClockRow): string {
  if (row.ruleKey === 'inspectionResults') return `task:${row.subjectId}`;
  if (row.ruleKey === 'resultsPublication') return `publication:${row.subjectId}`;
  return `clock:${row.id}`;
}

function isEscalatedToCaller(row: ClockRow, auth: AuthContext): boolean {
  return row.escalatedAt !== null && row.agencyId !== auth.scopeRootAgencyId;
}

/** Enough for a workbench: beyond it a person works from the area's own list. */
const todoLimit = 300;

/**
 * The caller's clock items for the to-do list (SYS-3), in the to-do item shape: the clocks naming
 * them, those of their own agency whose duty their roles hold, and — for a head — the overdue
 * clocks of the agencies below, escalated by the sweep. A paused clock (no due day) is left off.
 */
export async function listClockTodos(ctx: ClockContext, auth: AuthContext): Promise<TodoItem[]> {
  const roles = auth.user.roles;
  const duties = clockDuties.filter((duty) => hasPermission(roles, duty));
  const isHead = roles.includes('agency_head');
  const today = businessDateOf(ctx.clock.now());
  const [rows, calendar] = await Promise.all([
    findOpenClocksFor(ctx.db, auth, duties, isHead, today, todoLimit),
    loadWorkingCalendar(ctx.db),
  ]);
  const escalatedFrom = await findAgencyNames(
    ctx.db,
    rows.filter((row) => isEscalatedToCaller(row, auth)).map((row) => row.agencyId),
  );
  const items: TodoItem[] = [];
  // The tasks of one plan share their start and period: evaluate each distinct run once.
  const evaluations = new Map<string, Evaluated>();
  for (const row of rows) {
    const runKey = JSON.stringify([
      row.regionCode,
      row.ruleKey,
      row.amount,
      row.startedOn,
      row.startedAt,
      row.pauses,
      row.extensions,
      row.metOn,
    ]);
    let evaluated = evaluations.get(runKey);
    if (!evaluated) {
      evaluated = evaluateRow(ctx, calendar, row, today);
      evaluations.set(runKey, evaluated);
    }
    if (evaluated.dueOn === null || evaluated.daysLeft === null) continue;
    items.push({
      kind: row.kind as TodoKind,
      key: todoKeyOf(row),
      subject: row.subject,
      context: row.context,
      dueOn: evaluated.dueOn,
      // The to-do list counts calendar days whatever the rule's unit.
      daysLeft: daysRemaining(calendar, { dueDate: evaluated.dueOn, today, unit: 'calendar_day' }),
      isOverdue: evaluated.status === 'overdue',
      basis: `${row.label}（${row.basis}）`,
      path: row.path,
      escalatedFrom: isEscalatedToCaller(row, auth) ? (escalatedFrom.get(row.agencyId) ?? null) : null,
    });
  }
  return items;
}
