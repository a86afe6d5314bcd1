import { timingSafeEqual } from 'node:crypto';
import { hasPermission, isAdministrativePermission, type Permission, securityPolicy } from '@qingshan/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import { appendAudit } from '../audit/index';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { type AuthContext, actorOf } from './auth.context';
import {
  csrfCookieName,
  csrfHeaderName,
  endSession,
  lookUpSession,
  sessionCookieName,
  touchSession,
} from './session';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** 'public' routes need no session; every other API route does. */
    access?: 'public' | 'authenticated';
    /** The permission (from @qingshan/domain permissionRoles) the route requires. */
    permission?: Permission;
    /** Reachable while the user must still change a first or expired password. */
    allowWhilePasswordChangeRequired?: boolean;
  }
}

// Writing last_seen_at on every request would turn every read into a write; a minute of slack
// is nothing against a 30-minute idle limit.
const touchIntervalMs = 60_000;

/**
 * A request the page makes on its own (the notification bell looking again) says so with this
 * header: it is answered like any other, but it is not activity, so it never keeps an idle
 * session alive (SYS-2, 30 idle minutes). The web app's idle timer ignores it the same way.
 */
export const backgroundRequestHeader = 'x-qingshan-background';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface CookieOptions {
  secure: boolean;
}

/**
 * Browser-session cookies: no Expires or Max-Age. The server ends a session itself (30 idle minutes,
 * 12 hours in all); an Expires computed from the server's clock would be wrong in a browser whose
 * clock differs, and would keep the token on disk after the browser is closed (docs/DECISIONS.md D29).
 */
export function setSessionCookies(
  reply: FastifyReply,
  session: { token: string; csrfToken: string },
  options: CookieOptions,
): void {
  const common = { path: '/', sameSite: 'strict' as const, secure: options.secure };
  reply.setCookie(sessionCookieName, session.token, { ...common, httpOnly: true });
  // Readable by the page so it can echo it in the X-CSRF-Token header (double submit).
  reply.setCookie(csrfCookieName, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, { path: '/' });
  reply.clearCookie(csrfCookieName, { path: '/' });
}

function isSameSecret(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const left = Buffer.from(expected);
  const right = Buffer.from(given);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Resolves the session of every API request and enforces access, CSRF and permissions. */
export const authPlugin = fastifyPlugin(async (app: FastifyInstance, options: { ctx: AppContext }) => {
  const { ctx } = options;
  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    // Static files, the web app and the API reference page need no session.
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs') || !request.routeOptions.url)
      return;
    const config = request.routeOptions.config;
    const now = ctx.clock.now();
    const token = request.cookies[sessionCookieName];
    let endedReason: string | null = null;
    if (token) {
      const found = await lookUpSession(ctx.db, token, now);
      if (found.state === 'active') {
        request.auth = { ...found.auth, clientAddress: request.ip };
        const isBackground = request.headers[backgroundRequestHeader] === '1';
        if (!isBackground && now.getTime() - found.lastSeenAt.getTime() > touchIntervalMs) {
          await touchSession(ctx.db, found.auth.sessionTokenHash, now);
        }
      } else if (found.state === 'closed') {
        endedReason = found.reason;
        clearSessionCookies(reply);
      } else if (found.state === 'ended') {
        endedReason = found.reason;
        await ctx.db.transaction(async (tx) => {
          await endSession(tx, found.tokenHash, now, found.reason);
          await appendAudit(
            tx,
            {
              userId: found.user.id,
              username: found.user.username,
              displayName: found.user.displayName,
              agencyId: found.user.agencyId,
              clientAddress: request.ip,
            },
            {
              action: 'auth.session_end',
              targetType: 'user',
              targetId: found.user.id,
              summary: sessionEndSummary[found.reason],
            },
            now,
          );
        });
        clearSessionCookies(reply);
      }
    }
    if (config.access === 'public') return;
    const auth = request.auth;
    if (!auth) {
      if (endedReason === 'disabled') throw new AppError('ACCOUNT_DISABLED', '账号已停用，请联系系统管理员');
      const message = endedReason ? sessionEndMessages[endedReason] : undefined;
      if (message) throw new AppError('SESSION_EXPIRED', message);
      throw new AppError('UNAUTHENTICATED', '请先登录');
    }
    if (unsafeMethods.has(request.method)) {
      const header = request.headers[csrfHeaderName];
      if (!isSameSecret(auth.csrfToken, Array.isArray(header) ? header[0] : header)) {
        throw new AppError('CSRF_REJECTED', '请求缺少有效的 X-CSRF-Token 请求头，请刷新页面后重试');
      }
    }
    if (auth.user.mustChangePassword && !config.allowWhilePasswordChangeRequired) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码或已过期的密码');
    }
    if (config.permission && !hasPermission(auth.user.roles, config.permission)) {
      if (isAdministrativePermission(config.permission)) {
        await auditAccessDenied(ctx, auth, request, config.permission, now);
      }
      throw new AppError('FORBIDDEN', '您的角色无权进行此操作');
    }
  });
});

/** A refused administrative operation is a security event (GB/T 22239-2019 8.1.4.3 a). */
async function auditAccessDenied(
  ctx: AppContext,
  auth: AuthContext,
  request: FastifyRequest,
  permission: Permission,
  now: Date,
): Promise<void> {
  const route = `${request.method} ${request.routeOptions.url}`;
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'security.access_denied',
        targetType: 'route',
        targetId: route,
        summary: `拒绝越权访问：${route}（需要权限 ${permission}）`,
      },
      now,
    ),
  );
}

/** What a person is told when their session has ended, by the reason it ended. */
const sessionEndMessages: Record<string, string> = {
  idle: `超过 ${securityPolicy.idleTimeoutMinutes} 分钟未操作，已自动退出，请重新登录`,
  expired: '登录已过期，请重新登录',
  logout: '您已退出登录，请重新登录',
  forced_logout: '您已被安全管理员强制下线，请重新登录',
  password_reset: '您的密码已被系统管理员重置，请使用新密码登录',
  password_changed: '您的密码已在其他会话中修改，请使用新密码重新登录',
  roles_changed: '您的角色已变更，请重新登录以使用新的权限',
  account_locked: `修改密码时连续 ${securityPolicy.maxFailedLogins} 次输入错误的当前密码，账号已锁定，本会话已结束`,
};

const sessionEndSummary: Record<'idle' | 'expired' | 'disabled', string> = {
  idle: '超过 30 分钟未操作，会话自动结束',
  expired: '会话超过最长有效期，自动结束',
  disabled: '账号已停用，会话结束',
};

/** The logged-in user, for routes behind the auth hook (which guarantees one). */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', '请先登录');
  return request.auth;
}
