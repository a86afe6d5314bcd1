import {
  errorResponseSchema,
  markNotificationsReadRequestSchema,
  markNotificationsReadResponseSchema,
  notificationListQuerySchema,
  notificationListSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { listNotifications, markNotificationsRead } from './notification.service';

/** In-app notifications (SYS-3): every signed-in user reads and marks only their own. */
export const notificationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags: ['待办'],
        summary: '我的通知：逾期与督办提醒（最新在前，含未读数）',
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema, 400: errorResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => listNotifications(ctx, requireAuth(request), request.query),
  );
  app.post(
    '/notifications/read',
    {
      schema: {
        tags: ['待办'],
        summary: '将本人的通知标为已读（指定编号，或不指定时全部）',
        body: markNotificationsReadRequestSchema,
        response: {
          200: markNotificationsReadResponseSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
        },
      },
    },
    async (request) => markNotificationsRead(ctx, requireAuth(request), request.body),
  );
};
