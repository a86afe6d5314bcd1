import type { TodoList } from '@qingshan/domain';
import type { AuthContext } from '../../lib/auth/auth.context';
import type { AppContext } from '../../lib/context';
import { listClockTodos } from '../clocks/index';

const weekDays = 7;

/**
 * GET /api/todos (SYS-3): the caller's open statutory clocks (modules/clocks) — field records
 * due on their own tasks, results of their agency's plans awaiting publication, their agency's
 * tables to submit, certificates, secondments and cards, and the overdue items of the agencies
 * below theirs escalated to a head — overdue first, then by due day. Every area starts and stops
 * its clocks at its own events, so the list is one query of open clocks, nothing derived here.
 */
export async function listTodos(ctx: AppContext, auth: AuthContext): Promise<TodoList> {
  const items = await listClockTodos(ctx, auth);
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
