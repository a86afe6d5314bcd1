import type {
  MarkNotificationsReadRequest,
  NotificationKind,
  NotificationList,
  NotificationListQuery,
} from '@qingshan/domain';
import type { Database } from '../../db/client';
import type { AuthContext } from '../../lib/auth/auth.context';
import type { AppContext } from '../../lib/context';
import { countUnread, findNotificationsPage, insertNotifications, markRead } from './notification.repository';

export interface NotifyInput {
  userIds: readonly string[];
  kind: NotificationKind;
  title: string;
  body: string;
  path: string;
  /** The cause: a user is told of one cause once. */
  dedupeKey: string;
}

/** Tells users of causes, inside the caller's transaction; each user once per cause. */
export async function notifyUsers(db: Database, notices: readonly NotifyInput[], at: Date): Promise<void> {
  await insertNotifications(
    db,
    notices.flatMap(({ userIds, ...rest }) =>
      [...new Set(userIds)].map((userId) => ({ ...rest, userId, createdAt: at })),
    ),
  );
}

/** GET /api/notifications: the caller's own notifications, newest first, with the unread count. */
export async function listNotifications(
  ctx: AppContext,
  auth: AuthContext,
  query: NotificationListQuery,
): Promise<NotificationList> {
  const { rows, total, unreadCount } = await findNotificationsPage(ctx.db, auth.user.id, {
    page: query.page,
    pageSize: query.pageSize,
    unreadOnly: query.unread === true,
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind as NotificationKind,
      title: row.title,
      body: row.body,
      path: row.path,
      createdAt: row.createdAt.toISOString(),
      isRead: row.readAt !== null,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    unreadCount,
  };
}

/**
 * Marks the caller's notifications read (those named, or all). Whether a user has read a
 * notification is their own view state, not an act on a record, so it leaves no audit entry (D51).
 */
export async function markNotificationsRead(
  ctx: AppContext,
  auth: AuthContext,
  input: MarkNotificationsReadRequest,
): Promise<{ unreadCount: number }> {
  await markRead(ctx.db, auth.user.id, input.ids ?? null, ctx.clock.now());
  return { unreadCount: await countUnread(ctx.db, auth.user.id) };
}
