import {
  type ChangePasswordRequest,
  findPasswordProblems,
  isLockedAt,
  type LoginRequest,
  listPermissions,
  type MeResponse,
  type Role,
  registerFailedLogin,
  securityPolicy,
  type UpdateOwnProfileRequest,
} from '@qingshan/domain';
import { type AuditActor, appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { hashPassword, verifyDecoyPassword, verifyPassword } from '../../lib/auth/password';
import {
  createSession,
  endSession,
  endSessionsOfUser,
  findPreviousLogin,
  type NewSession,
  passwordExpiresAt,
} from '../../lib/auth/session';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField } from '../../lib/errors';
import { profileForRegion } from '../../lib/profile';
import {
  countAgenciesBelow,
  findAgencyWithRegion,
  findScopeRegions,
  findUserById,
  findUserForLogin,
  recordFailedLogin,
  recordSuccessfulLogin,
  updatePasswordHash,
  updateUserContact,
} from './auth.repository';

export interface ClientMeta {
  clientAddress: string | null;
  userAgent: string | null;
}

type LoginOutcome = { ok: true; session: NewSession; userId: string } | { ok: false; error: AppError };

function formatShanghaiTime(moment: Date): string {
  return moment.toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
  });
}

function wrongPasswordError(failures: number): AppError {
  const remaining = securityPolicy.maxFailedLogins - failures;
  return new AppError(
    'INVALID_CREDENTIALS',
    `用户名或密码错误，再错 ${remaining} 次账号将锁定 ${securityPolicy.lockoutMinutes} 分钟`,
  );
}

function lockedError(lockedUntil: Date, justLocked: boolean): AppError {
  return new AppError(
    'ACCOUNT_LOCKED',
    justLocked
      ? `连续 ${securityPolicy.maxFailedLogins} 次密码错误，账号已锁定 ${securityPolicy.lockoutMinutes} 分钟（至 ${formatShanghaiTime(lockedUntil)}）`
      : `连续 ${securityPolicy.maxFailedLogins} 次密码错误，账号已锁定至 ${formatShanghaiTime(lockedUntil)}，` +
          '请届时再试或联系安全管理员解锁',
  );
}

/**
 * Logs a user in (SYS-2): argon2id check, lockout after `maxFailedLogins` failures in a row for
 * `lockoutMinutes`, a new server-side session. Failures are recorded (counter and audit entry)
 * even though the request is refused.
 */
export async function logIn(ctx: AppContext, input: LoginRequest, meta: ClientMeta): Promise<LoginOutcome> {
  const now = ctx.clock.now();
  const user = await findUserForLogin(ctx.db, input.username);
  if (!user) return refuseUnknownUsername(ctx, input, meta, now);
  const actor: AuditActor = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    agencyId: user.agencyId,
    clientAddress: meta.clientAddress,
  };
  if (isLockedAt(user, now)) {
    await ctx.db.transaction((tx) =>
      appendAudit(
        tx,
        actor,
        {
          action: 'auth.login_refused_locked',
          targetType: 'user',
          targetId: user.id,
          summary: '账号锁定期间尝试登录',
        },
        now,
      ),
    );
    return { ok: false, error: lockedError(user.lockedUntil!, false) };
  }
  const isPasswordRight = await verifyPassword(user.passwordHash, input.password);
  if (!isPasswordRight) {
    const outcome = registerFailedLogin(user, now);
    await ctx.db.transaction(async (tx) => {
      await recordFailedLogin(tx, user.id, outcome.next.failedLoginCount, outcome.next.lockedUntil, now);
      await appendAudit(
        tx,
        actor,
        {
          action: outcome.isNowLocked ? 'auth.account_locked' : 'auth.login_failed',
          targetType: 'user',
          targetId: user.id,
          summary: outcome.isNowLocked
            ? `连续 ${outcome.failures} 次密码错误，账号锁定 ${securityPolicy.lockoutMinutes} 分钟`
            : `登录失败：密码错误（第 ${outcome.failures} 次）`,
        },
        now,
      );
    });
    return {
      ok: false,
      error: outcome.isNowLocked
        ? lockedError(outcome.next.lockedUntil!, true)
        : wrongPasswordError(outcome.failures),
    };
  }
  if (user.status !== 'active') {
    await ctx.db.transaction((tx) =>
      appendAudit(
        tx,
        actor,
        {
          action: 'auth.login_refused_disabled',
          targetType: 'user',
          targetId: user.id,
          summary: '已停用账号尝试登录',
        },
        now,
      ),
    );
    return { ok: false, error: new AppError('ACCOUNT_DISABLED', '账号已停用，请联系系统管理员') };
  }
  const session = await ctx.db.transaction(async (tx) => {
    await recordSuccessfulLogin(tx, user.id, now, meta.clientAddress);
    const created = await createSession(tx, user.id, now, meta);
    await appendAudit(
      tx,
      actor,
      { action: 'auth.login', targetType: 'user', targetId: user.id, summary: '登录成功' },
      now,
    );
    return created;
  });
  return { ok: true, session, userId: user.id };
}

/**
 * An unknown username gets the answers a real account would get — same countdown, same lock,
 * same timing (the decoy hash) — and an audit entry.
 */
async function refuseUnknownUsername(
  ctx: AppContext,
  input: LoginRequest,
  meta: ClientMeta,
  now: Date,
): Promise<LoginOutcome> {
  await verifyDecoyPassword(input.password);
  const state = ctx.unknownUsernameFailures.get(input.username);
  const isLocked = isLockedAt(state, now);
  const outcome = isLocked ? null : registerFailedLogin(state, now);
  if (outcome) ctx.unknownUsernameFailures.set(input.username, outcome.next);
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      {
        userId: null,
        username: input.username,
        displayName: null,
        agencyId: null,
        clientAddress: meta.clientAddress,
      },
      {
        action: 'auth.login_failed',
        targetType: 'user',
        targetId: null,
        summary: `登录失败：用户名 ${input.username} 不存在`,
      },
      now,
    ),
  );
  if (!outcome) return { ok: false, error: lockedError(state.lockedUntil!, false) };
  return {
    ok: false,
    error: outcome.isNowLocked
      ? lockedError(outcome.next.lockedUntil!, true)
      : wrongPasswordError(outcome.failures),
  };
}

export async function logOut(ctx: AppContext, auth: AuthContext): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await endSession(tx, auth.sessionTokenHash, now, 'logout');
    await appendAudit(
      tx,
      actorOf(auth),
      { action: 'auth.logout', targetType: 'user', targetId: auth.user.id, summary: '退出登录' },
      now,
    );
  });
}

/** Everything the web needs about the logged-in user, their permissions and jurisdiction. */
export async function describeSession(
  ctx: AppContext,
  auth: Pick<
    AuthContext,
    'user' | 'agency' | 'scopeRootAgencyId' | 'csrfToken' | 'sessionExpiresAt' | 'sessionCreatedAt'
  >,
): Promise<MeResponse> {
  const rootAgency =
    auth.scopeRootAgencyId === auth.agency.id
      ? auth.agency
      : await findAgencyWithRegion(ctx.db, auth.scopeRootAgencyId);
  if (!rootAgency) throw new AppError('INTERNAL', '管辖机构数据缺失');
  const [agencyCount, scopeRegions, previousLogin] = await Promise.all([
    countAgenciesBelow(ctx.db, auth.scopeRootAgencyId),
    findScopeRegions(ctx.db, auth.scopeRootAgencyId),
    findPreviousLogin(ctx.db, auth.user.id, auth.sessionCreatedAt),
  ]);
  const profile = profileForRegion(ctx, auth.agency.regionCode);
  const below = agencyCount - 1;
  const servesBureau = auth.scopeRootAgencyId !== auth.agency.id;
  const description =
    (servesBureau ? `局队合一：按${rootAgency.name}的管辖范围执法。` : '') +
    (below > 0 ? `${rootAgency.name}及其下属 ${below} 个机构` : `${rootAgency.name}本机构`) +
    `（${scopeRegions.map((region) => region.name).join('、')}）`;
  const user = auth.user;
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      phone: user.phone,
      roles: user.roles as Role[],
      agency: auth.agency,
      mustChangePassword: user.mustChangePassword,
      passwordExpiresAt: passwordExpiresAt(user.passwordChangedAt).toISOString(),
      previousLoginAt: previousLogin?.at.toISOString() ?? null,
      previousLoginIp: previousLogin?.clientAddress ?? null,
    },
    permissions: listPermissions(user.roles),
    jurisdiction: {
      rootAgency: rootAgency as MeResponse['jurisdiction']['rootAgency'],
      agencyCount,
      regions: scopeRegions,
      description,
    },
    csrfToken: auth.csrfToken,
    idleTimeoutSeconds: securityPolicy.idleTimeoutMinutes * 60,
    sessionExpiresAt: auth.sessionExpiresAt.toISOString(),
    profile: { id: profile.id, name: profile.name },
  };
}

export async function changeOwnPassword(
  ctx: AppContext,
  auth: AuthContext,
  input: ChangePasswordRequest,
): Promise<void> {
  const now = ctx.clock.now();
  const user = await findUserById(ctx.db, auth.user.id);
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalidField('currentPassword', '当前密码不正确');
  }
  const problems = findPasswordProblems(input.newPassword, { username: user.username });
  if (problems.length > 0) throw invalidField('newPassword', problems.join('；'));
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    throw invalidField('newPassword', '新密码不能与当前密码相同');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await updatePasswordHash(tx, user.id, passwordHash, now);
    const ended = await endSessionsOfUser(tx, user.id, now, 'password_changed', auth.sessionTokenHash);
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'auth.password_change',
        targetType: 'user',
        targetId: user.id,
        summary: ended > 0 ? `修改本人密码，结束其他 ${ended} 个会话` : '修改本人密码',
      },
      now,
    );
  });
}

export async function updateOwnProfile(
  ctx: AppContext,
  auth: AuthContext,
  input: UpdateOwnProfileRequest,
): Promise<void> {
  const now = ctx.clock.now();
  const before = { displayName: auth.user.displayName, phone: auth.user.phone };
  const after = { ...before, ...input };
  await ctx.db.transaction(async (tx) => {
    await updateUserContact(tx, auth.user.id, input, now);
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'auth.profile_update',
        targetType: 'user',
        targetId: auth.user.id,
        summary: `修改本人资料：${Object.keys(input).join('、') || '无变化'}`,
        before,
        after,
      },
      now,
    );
  });
}
