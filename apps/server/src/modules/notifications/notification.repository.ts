import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { notifications } from '../../db/schema/index';

export type NewNotificationRow = typeof notifications.$inferInsert;

/** One row per user and cause: a cause notified before is skipped (the sweep may run twice). */
export async function insertNotifications(db: Database, rows: NewNotificationRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({
      target: [notifications.userId, notifications.dedupeKey],
    });
}

export async function findNotificationsPage(
  db: Database,
  userId: string,
  options: { page: number; pageSize: number; unreadOnly: boolean },
) {
  const where = and(
    eq(notifications.userId, userId),
    options.unreadOnly ? isNull(notifications.readAt) : undefined,
  );
  const [rows, [total], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ value: count() }).from(notifications).where(where),
    db
      .select({ value: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { rows, total: total?.value ?? 0, unreadCount: unread?.value ?? 0 };
}

/** Marks the user's own notifications read; ids of someone else's are simply not matched. */
export async function markRead(db: Database, userId: string, ids: readonly string[] | null, at: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, [...ids]) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

export async function countUnread(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.value ?? 0;
}
