import {
  changePasswordRequestSchema,
  errorResponseSchema,
  loginRequestSchema,
  meResponseSchema,
  okResponseSchema,
  updateOwnProfileRequestSchema,
} from '@qingshan/domain';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clearSessionCookies, requireAuth, setSessionCookies } from '../../lib/auth/auth.plugin';
import { lookUpSession } from '../../lib/auth/session';
import type { AppContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import {
  changeOwnPassword,
  describeSession,
  logIn,
  logOut,
  TooManyAttemptsError,
  updateOwnProfile,
} from './auth.service';

const tags = ['登录与会话'];

/** A 429 says when to retry in the Retry-After header too (RFC 9110 10.2.3), for scripts and proxies. */
async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TooManyAttemptsError) reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '登录：设置会话 Cookie，返回当前用户、权限与 CSRF 令牌',
        security: [],
        body: loginRequestSchema,
        response: {
          200: meResponseSchema,
          401: errorResponseSchema,
          423: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const outcome = await withRetryAfter(reply, async () => {
        const result = await logIn(ctx, request.body, {
          clientAddress: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        if (!result.ok) throw result.error;
        return result;
      });
      setSessionCookies(reply, outcome.session, { secure: ctx.cookieSecure || request.protocol === 'https' });
      const found = await lookUpSession(ctx.db, outcome.session.token, ctx.clock.now());
      if (found.state !== 'active') throw new AppError('INTERNAL', '会话创建失败');
      return describeSession(ctx, found.auth);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { allowWhilePasswordChangeRequired: true },
      schema: { tags, summary: '退出登录', response: { 200: okResponseSchema } },
    },
    async (request, reply) => {
      await logOut(ctx, requireAuth(request));
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    {
      config: { allowWhilePasswordChangeRequired: true },
      schema: { tags, summary: '当前用户、权限、管辖范围', response: { 200: meResponseSchema } },
    },
    async (request) => describeSession(ctx, requireAuth(request)),
  );

  app.post(
    '/auth/password',
    {
      config: { allowWhilePasswordChangeRequired: true },
      schema: {
        tags,
        summary: '修改本人密码（其他会话随之结束）',
        body: changePasswordRequestSchema,
        response: { 200: okResponseSchema, 423: errorResponseSchema, 429: errorResponseSchema },
      },
    },
    async (request, reply) => {
      await withRetryAfter(reply, () => changeOwnPassword(ctx, requireAuth(request), request.body));
      return { ok: true as const };
    },
  );

  app.patch(
    '/auth/profile',
    {
      schema: {
        tags,
        summary: '修改本人姓名、电话',
        body: updateOwnProfileRequestSchema,
        response: { 200: meResponseSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await updateOwnProfile(ctx, auth, request.body);
      return describeSession(ctx, { ...auth, user: { ...auth.user, ...request.body } });
    },
  );
};
