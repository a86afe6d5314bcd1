import {
  businessDateOf,
  daysRemaining,
  hasPermission,
  resultsDueOn,
  type TodoItem,
  type TodoList,
} from '@qingshan/domain';
import type { AuthContext } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { profileForRegion } from '../../lib/profile';
import { loadWorkingCalendar } from '../calendar/index';
import { listClockTodos } from '../clocks/index';
import { getReportReminders, listMyTasks, listPublicationItems } from '../random-checks/index';

/** Enough for a workbench: beyond it a person works from the area's own list. */
const perSource = 200;
const weekDays = 7;

// 民法典 art. 203: a period whose last day is a rest day ends on the next working day.
const rolledForward = '期限末日为休息日的，顺延至其后第一个工作日（《中华人民共和国民法典》第二百零三条）';

/**
 * GET /api/todos (SYS-3): the caller's open items from the deadlines of the areas they work in —
 * field records due on their own tasks, results of their agency's plans awaiting publication,
 * their agency's tables to submit, the overdue results of the agencies below theirs
 * (escalated to the superior), and the open statutory clocks of their duties (modules/clocks) — each only when the role has the duty, and only what the area's
 * own list shows them (its jurisdiction rule), overdue first, then by due day.
 */
export async function listTodos(ctx: AppContext, auth: AuthContext): Promise<TodoList> {
  const today = todayOf(ctx);
  const calendar = await loadWorkingCalendar(ctx.db);
  const roles = auth.user.roles;
  const daysLeftOf = (dueOn: string) =>
    daysRemaining(calendar, { dueDate: dueOn, today, unit: 'calendar_day' });
  const items: TodoItem[] = [];

  // Open tasks only, by status: an inspector's list holds years of completed tasks, and asking
  // for every status sorted and joined all of them to skip them here (docs/PERFORMANCE.md).
  const canInspect = hasPermission(roles, 'random_checks.inspect');
  const [clockItems, pending, recorded, publication, reminders] = await Promise.all([
    listClockTodos(ctx, auth),
    canInspect ? listMyTasks(ctx, auth, { page: 1, pageSize: perSource, status: 'pending' }) : null,
    canInspect ? listMyTasks(ctx, auth, { page: 1, pageSize: perSource, status: 'recorded' }) : null,
    hasPermission(roles, 'random_checks.manage')
      ? listPublicationItems(ctx, auth, { page: 1, pageSize: perSource, status: 'unpublished' })
      : null,
    hasPermission(roles, 'random_checks.report') ? getReportReminders(ctx, auth) : null,
  ]);

  for (const task of [...(pending?.items ?? []), ...(recorded?.items ?? [])]) {
    const dueOn = resultsDueOn(calendar, task.plan.inspectionDueOn);
    items.push({
      kind: 'inspection_record',
      key: `task:${task.id}`,
      subject: task.entity.name,
      context: `${task.plan.title}（${task.plan.number}）`,
      dueOn,
      daysLeft: daysLeftOf(dueOn),
      isOverdue: today > dueOn,
      basis: `抽查计划的检查截止日 ${task.plan.inspectionDueOn}；${rolledForward}`,
      path: `/field-inspections/${task.id}`,
      escalatedFrom: null,
    });
  }
  for (const result of publication?.items ?? []) {
    // A result the caller cannot publish belongs to an agency below theirs: it reaches the
    // superior's list once it is overdue (escalation), and not before.
    const isEscalated = !result.canPublish && result.isPublicationOverdue;
    if (!result.canPublish && !isEscalated) continue;
    items.push({
      kind: 'results_publication',
      key: `publication:${result.taskId}`,
      subject: result.entity.name,
      context: `${result.planTitle}（${result.planNumber}）`,
      dueOn: result.publicationDueOn,
      daysLeft: daysLeftOf(result.publicationDueOn),
      isOverdue: result.isPublicationOverdue,
      basis: '抽查计划规定的结果公开期限（“双随机、一公开”：抽查情况及查处结果及时向社会公开）',
      path: `/random-checks/publication?planId=${result.planId}`,
      escalatedFrom: isEscalated ? result.agencyName : null,
    });
  }
  if (reminders && reminders.reminders.length > 0) {
    const rules = profileForRegion(ctx, auth.agency.regionCode).randomInspection;
    for (const reminder of reminders.reminders) {
      items.push({
        kind: 'report_submission',
        key: `report:${reminder.kind}:${reminder.period}`,
        subject: reminder.title,
        context: auth.agency.name,
        dueOn: reminder.dueOn,
        daysLeft: reminder.daysLeft,
        isOverdue: reminder.isOverdue,
        basis:
          reminder.kind === 'monthly'
            ? `每月 ${rules.monthlySummaryDueDay.day} 日前上报上月汇总表（${rules.monthlySummaryDueDay.basis}）；${rolledForward}`
            : `每年 ${rules.yearlySummaryDue.month} 月 ${rules.yearlySummaryDue.day} 日前上报年度总结（${rules.yearlySummaryDue.basis}）；${rolledForward}`,
        path:
          reminder.kind === 'monthly'
            ? `/random-checks/reports?month=${reminder.period}`
            : `/random-checks/reports?tab=yearly&year=${reminder.period}`,
        escalatedFrom: null,
      });
    }
  }

  // Statutory clocks (modules/clocks): certificates, secondments, cards — already in the item shape.
  items.push(...clockItems);
  items.sort(
    (a, b) =>
      Number(b.isOverdue) - Number(a.isOverdue) ||
      a.dueOn.localeCompare(b.dueOn) ||
      a.key.localeCompare(b.key),
  );
  return {
    items,
    counts: {
      total: items.length,
      overdue: items.filter((item) => item.isOverdue).length,
      dueWithinWeek: items.filter((item) => !item.isOverdue && item.daysLeft <= weekDays).length,
    },
  };
}
