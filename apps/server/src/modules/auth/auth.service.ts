import {
  type ChangePasswordRequest,
  isLockedAt,
  type LoginFailureState,
  type LoginRequest,
  listPermissions,
  type MeResponse,
  type Role,
  registerFailedLogin,
  securityPolicy,
  type UpdateOwnProfileRequest,
} from '@qingshan/domain';
import { findNewPasswordProblems } from '@qingshan/domain/auth/auth.password-strength';
import type { Database } from '../../db/client';
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
import { findAgency } from '../agencies/index';
import {
  findUserById,
  findUserForLogin,
  recordFailedLogin,
  recordSuccessfulLogin,
  updatePasswordHash,
  updateUserContact,
} from '../users/index';
import {
  countAgenciesBelow,
  findAddressBlock,
  findScopeRegions,
  findUnknownUsernameFailures,
  recordAddressFailure,
  saveUnknownUsernameFailures,
} from './auth.repository';

export interface ClientMeta {
  clientAddress: string | null;
  userAgent: string | null;
}

type LoginOutcome = { ok: true; session: NewSession; userId: string } | { ok: false; error: AppError };

/** A refusal that says when to try again; the route sends the wait as Retry-After too. */
export class TooManyAttemptsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('TOO_MANY_REQUESTS', message);
  }
}

function formatShanghaiTime(moment: Date): string {
  return moment.toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
  });
}

function attemptsLeftMessage(failures: number): string {
  const remaining = securityPolicy.maxFailedLogins - failures;
  return `再错 ${remaining} 次账号将锁定 ${securityPolicy.lockoutMinutes} 分钟`;
}

function wrongPasswordError(failures: number): AppError {
  return new AppError('INVALID_CREDENTIALS', `用户名或密码错误，${attemptsLeftMessage(failures)}`);
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

function addressBlockedError(blockedUntil: Date, now: Date): TooManyAttemptsError {
  const seconds = Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000));
  return new TooManyAttemptsError(
    `本机所在网络地址 ${securityPolicy.addressWindowMinutes} 分钟内密码错误已达 ` +
      `${securityPolicy.maxFailedLoginsPerAddress} 次，暂停登录和修改密码，请于 ${formatShanghaiTime(blockedUntil)}` +
      `（约 ${Math.ceil(seconds / 60)} 分钟后）再试；如需立即处理请联系安全管理员`,
    seconds,
  );
}

/** Refuses a password check from a client address that failed too often (securityPolicy). */
async function refuseBlockedAddress(ctx: AppContext, clientAddress: string | null, now: Date): Promise<void> {
  if (!clientAddress) return;
  const blockedUntil = await findAddressBlock(ctx.db, clientAddress, now);
  if (blockedUntil) throw addressBlockedError(blockedUntil, now);
}

/**
 * Counts a failed password check against the client address, whatever account it was for; the
 * failure that reaches the limit is audited once (not every refused request after it).
 */
async function countAddressFailure(tx: Database, actor: AuditActor, now: Date): Promise<void> {
  if (!actor.clientAddress) return;
  const counted = await recordAddressFailure(tx, actor.clientAddress, now);
  if (!counted.isNowBlocked) return;
  await appendAudit(
    tx,
    actor,
    {
      action: 'auth.address_blocked',
      targetType: 'client_address',
      targetId: actor.clientAddress,
      summary:
        `地址 ${actor.clientAddress} ${securityPolicy.addressWindowMinutes} 分钟内密码错误 ` +
        `${counted.failedCount} 次，暂停登录 ${securityPolicy.addressBlockMinutes} 分钟`,
    },
    now,
  );
}

/**
 * Logs a user in (SYS-2): argon2id check, lockout after `maxFailedLogins` failures in a row for
 * `lockoutMinutes`, a limit per client address, a new server-side session. Failures are recorded
 * (counters and audit entry) even though the request is refused. Every path that checks a
 * password does the same hash work, so that timing tells neither which usernames exist nor
 * which are locked.
 */
export async function logIn(ctx: AppContext, input: LoginRequest, meta: ClientMeta): Promise<LoginOutcome> {
  const now = ctx.clock.now();
  try {
    await refuseBlockedAddress(ctx, meta.clientAddress, now);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error };
    throw error;
  }
  const user = await findUserForLogin(ctx.db, input.username);
  if (!user) return refuseUnknownUsername(ctx, input, meta, now);
  const actor: AuditActor = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    agencyId: user.agencyId,
    clientAddress: meta.clientAddress,
  };
  const isPasswordRight = await verifyPassword(user.passwordHash, input.password);
  if (isLockedAt(user, now)) {
    await ctx.db.transaction(async (tx) => {
      if (!isPasswordRight) await countAddressFailure(tx, actor, now);
      await appendAudit(
        tx,
        actor,
        {
          action: 'auth.login_refused_locked',
          targetType: 'user',
          targetId: user.id,
          summary: '账号锁定期间尝试登录',
        },
        now,
      );
    });
    return { ok: false, error: lockedError(user.lockedUntil!, false) };
  }
  if (!isPasswordRight) {
    const outcome = await countAccountFailure(ctx, actor, user, now, {
      action: 'auth.login_failed',
      summary: (failures) => `登录失败：密码错误（第 ${failures} 次）`,
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
 * A wrong password for an account, at login or on a password change: one lockout count
 * (GB/T 22239-2019 8.1.4.1 b), one count against the client address, one audit entry.
 */
async function countAccountFailure(
  ctx: AppContext,
  actor: AuditActor,
  user: LoginFailureState & { id: string },
  now: Date,
  event: { action: string; summary: (failures: number) => string },
  guessingSessionTokenHash?: string,
): Promise<ReturnType<typeof registerFailedLogin>> {
  const outcome = registerFailedLogin(user, now);
  await ctx.db.transaction(async (tx) => {
    await recordFailedLogin(tx, user.id, outcome.next.failedLoginCount, outcome.next.lockedUntil, now);
    // A session that guessed the current password into a lockout has shown it does not know it:
    // it ends with the lock, so it cannot go on guessing once the lock expires.
    if (outcome.isNowLocked && guessingSessionTokenHash) {
      await endSession(tx, guessingSessionTokenHash, now, 'account_locked');
    }
    await countAddressFailure(tx, actor, now);
    await appendAudit(
      tx,
      actor,
      {
        action: outcome.isNowLocked ? 'auth.account_locked' : event.action,
        targetType: 'user',
        targetId: user.id,
        summary: outcome.isNowLocked
          ? `连续 ${outcome.failures} 次密码错误，账号锁定 ${securityPolicy.lockoutMinutes} 分钟`
          : event.summary(outcome.failures),
      },
      now,
    );
  });
  return outcome;
}

/**
 * An unknown username gets the answers a real account would get — same countdown, same lock,
 * kept in the database like an account's, same hash work (the decoy) — and an audit entry.
 */
async function refuseUnknownUsername(
  ctx: AppContext,
  input: LoginRequest,
  meta: ClientMeta,
  now: Date,
): Promise<LoginOutcome> {
  await verifyDecoyPassword(input.password);
  const state = await findUnknownUsernameFailures(ctx.db, input.username);
  const isLocked = isLockedAt(state, now);
  const outcome = isLocked ? null : registerFailedLogin(state, now);
  const actor: AuditActor = {
    userId: null,
    username: input.username,
    displayName: null,
    agencyId: null,
    clientAddress: meta.clientAddress,
  };
  await ctx.db.transaction(async (tx) => {
    if (outcome) await saveUnknownUsernameFailures(tx, input.username, outcome.next, now);
    await countAddressFailure(tx, actor, now);
    await appendAudit(
      tx,
      actor,
      {
        action: 'auth.login_failed',
        targetType: 'user',
        targetId: null,
        summary: `登录失败：用户名 ${input.username} 不存在`,
      },
      now,
    );
  });
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
      : await findAgency(ctx.db, auth.scopeRootAgencyId);
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

/**
 * Changes the user's own password. The current password is checked like a login: a wrong one
 * counts towards the account's lockout and the client address's limit, and is audited, so that a
 * session cannot guess it without limit.
 */
export async function changeOwnPassword(
  ctx: AppContext,
  auth: AuthContext,
  input: ChangePasswordRequest,
): Promise<void> {
  const now = ctx.clock.now();
  const user = await findUserById(ctx.db, auth.user.id);
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
  await refuseBlockedAddress(ctx, auth.clientAddress, now);
  const isCurrentRight = await verifyPassword(user.passwordHash, input.currentPassword);
  if (isLockedAt(user, now)) {
    await ctx.db.transaction(async (tx) => {
      if (!isCurrentRight) await countAddressFailure(tx, actorOf(auth), now);
      await appendAudit(
        tx,
        actorOf(auth),
        {
          action: 'auth.password_change_refused_locked',
          targetType: 'user',
          targetId: user.id,
          summary: '账号锁定期间尝试修改密码',
        },
        now,
      );
    });
    throw lockedError(user.lockedUntil!, false);
  }
  if (!isCurrentRight) {
    const outcome = await countAccountFailure(
      ctx,
      actorOf(auth),
      user,
      now,
      {
        action: 'auth.password_change_failed',
        summary: (failures) => `修改密码失败：当前密码错误（第 ${failures} 次）`,
      },
      auth.sessionTokenHash,
    );
    if (outcome.isNowLocked) throw lockedError(outcome.next.lockedUntil!, true);
    throw invalidField('currentPassword', `当前密码不正确，${attemptsLeftMessage(outcome.failures)}`);
  }
  const problems = findNewPasswordProblems(input.newPassword, { username: user.username });
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
