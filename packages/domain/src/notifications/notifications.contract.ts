import { z } from 'zod';
import {
  booleanQuerySchema,
  isoDateTimeSchema,
  pagedSchema,
  pageQuerySchema,
  uuidSchema,
} from '../common/common.contract';

/** In-app notifications (SYS-3): what the platform tells one user, newest first. */
export const notificationKinds = ['clock_overdue', 'clock_escalated'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationSchema = z.object({
  id: uuidSchema,
  kind: z.enum(notificationKinds),
  title: z.string(),
  body: z.string(),
  /** The page where the matter is handled. */
  path: z.string(),
  createdAt: isoDateTimeSchema,
  isRead: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = pageQuerySchema.extend({
  /** Only the unread ones. */
  unread: booleanQuerySchema.optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationListSchema = pagedSchema(notificationSchema).extend({
  unreadCount: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const markNotificationsReadRequestSchema = z.object({
  /** The notifications to mark read; all of the caller's when omitted. */
  ids: z.array(uuidSchema).min(1, '请至少选择一条通知').max(200, '一次最多 200 条').optional(),
});
export type MarkNotificationsReadRequest = z.infer<typeof markNotificationsReadRequestSchema>;

export const markNotificationsReadResponseSchema = z.object({ unreadCount: z.number().int() });
