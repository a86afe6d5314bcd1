import { randomUUID } from 'node:crypto';
import {
  type AgencyKind,
  type CreateUserRequest,
  formatBusinessDateTime,
  type Paged,
  type ResetPasswordRequest,
  type Role,
  roleLabels,
  type SetRolesRequest,
  type UpdateUserRequest,
  type UserDetail,
  type UserListItem,
  type UserListQuery,
  type UserStatus,
  userStatusLabels,
} from '@qingshan/domain';
import { findNewPasswordProblems } from '@qingshan/domain/auth/auth.password-strength';
import ExcelJS from 'exceljs';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { hashPassword } from '../../lib/auth/password';
import { endSessionsOfUser } from '../../lib/auth/session';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { isAgencyInScope } from '../../lib/jurisdiction';
import { findAgency } from '../agencies/index';
import { countActiveSessions } from '../auth/index';
import { userPolicy } from './user.policy';
import {
  findUserInScope,
  findUsersForExport,
  findUsersPage,
  insertUser,
  isUsernameTaken,
  type UserRow,
  updateUserRow,
} from './user.repository';

function presentUser(row: UserRow, now: Date): UserListItem {
  const isLocked = row.lockedUntil !== null && row.lockedUntil > now;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    phone: row.phone,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    roles: row.roles as Role[],
    status: row.status as UserStatus,
    isLocked,
    lockedUntil: isLocked ? row.lockedUntil!.toISOString() : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The state of an account the audit trail digests: everything but secrets. */
function auditState(row: {
  username: string;
  displayName: string;
  phone: string | null;
  agencyId: string;
  roles: string[];
  status: string;
}) {
  return {
    username: row.username,
    displayName: row.displayName,
    phone: row.phone,
    agencyId: row.agencyId,
    roles: row.roles,
    status: row.status,
  };
}

export async function listUsers(
  ctx: AppContext,
  auth: AuthContext,
  query: UserListQuery,
): Promise<Paged<UserListItem>> {
  const now = ctx.clock.now();
  const { rows, total } = await findUsersPage(ctx.db, auth, query, now);
  return {
    items: rows.map((row) => presentUser(row, now)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getUser(ctx: AppContext, auth: AuthContext, id: string): Promise<UserDetail> {
  const now = ctx.clock.now();
  const row = await findUserInScope(ctx.db, auth, id);
  if (!row) throw notFound('用户');
  return {
    ...presentUser(row, now),
    mustChangePassword: row.mustChangePassword,
    passwordChangedAt: row.passwordChangedAt.toISOString(),
    failedLoginCount: row.failedLoginCount,
    lastLoginIp: row.lastLoginIp,
    updatedAt: row.updatedAt.toISOString(),
    activeSessionCount: await countActiveSessions(ctx.db, id, now),
  };
}

async function requireAgencyInScope(ctx: AppContext, auth: AuthContext, agencyId: string) {
  if (!(await isAgencyInScope(ctx.db, auth, agencyId))) {
    throw new AppError('NOT_FOUND', '所选机构不存在，或不在您的管辖范围内', 'agencyId');
  }
  const agency = await findAgency(ctx.db, agencyId);
  if (!agency) throw new AppError('NOT_FOUND', '所选机构不存在', 'agencyId');
  return agency;
}

export async function createUser(
  ctx: AppContext,
  auth: AuthContext,
  input: CreateUserRequest,
): Promise<UserDetail> {
  const agency = await requireAgencyInScope(ctx, auth, input.agencyId);
  const problems = findNewPasswordProblems(input.initialPassword, { username: input.username });
  if (problems.length > 0) throw invalidField('initialPassword', problems.join('；'));
  if (await isUsernameTaken(ctx.db, input.username)) {
    throw new AppError('CONFLICT', `用户名 ${input.username} 已被使用，请换一个`, 'username');
  }
  const now = ctx.clock.now();
  const id = randomUUID();
  const passwordHash = await hashPassword(input.initialPassword);
  const values = {
    id,
    username: input.username,
    displayName: input.displayName,
    phone: input.phone,
    agencyId: agency.id,
    roles: [],
    status: 'active',
    passwordHash,
    passwordChangedAt: now,
    // The administrator knows the initial password; the user must replace it at first login.
    mustChangePassword: true,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.db.transaction(async (tx) => {
    await insertUser(tx, values);
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'users.create',
        targetType: 'user',
        targetId: id,
        summary: `新建账号 ${input.displayName}（${input.username}），所属${agency.name}`,
        after: auditState(values),
      },
      now,
    );
  });
  return getUser(ctx, auth, id);
}

async function requireManageableUser(ctx: AppContext, auth: AuthContext, id: string) {
  const target = await findUserInScope(ctx.db, auth, id);
  if (!target) throw notFound('用户');
  const refusal = userPolicy.whyCannotManage(auth.user.id, target);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  return target;
}

export async function updateUser(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: UpdateUserRequest,
): Promise<UserDetail> {
  const target = await requireManageableUser(ctx, auth, id);
  if (input.agencyId && input.agencyId !== target.agencyId) {
    const agency = await requireAgencyInScope(ctx, auth, input.agencyId);
    const refusal = userPolicy.whyRolesDoNotFitAgency(target.roles as Role[], agency.kind as AgencyKind);
    if (refusal) throw invalidField('agencyId', `调入${agency.name}后现有角色不再适用：${refusal}`);
  }
  const now = ctx.clock.now();
  const before = auditState(target);
  const after = { ...before, ...input };
  await ctx.db.transaction(async (tx) => {
    await updateUserRow(tx, id, { ...input, updatedAt: now });
    const endedSessions =
      input.status === 'disabled' && target.status !== 'disabled'
        ? await endSessionsOfUser(tx, id, now, 'disabled')
        : 0;
    const changes = describeChanges(before, after);
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action:
          input.status && input.status !== target.status
            ? `users.${input.status === 'disabled' ? 'disable' : 'enable'}`
            : 'users.update',
        targetType: 'user',
        targetId: id,
        summary:
          `修改账号 ${target.displayName}（${target.username}）：${changes || '无变化'}` +
          (endedSessions > 0 ? `；结束其 ${endedSessions} 个会话` : ''),
        before,
        after,
      },
      now,
    );
  });
  return getUser(ctx, auth, id);
}

const fieldLabels: Record<string, string> = {
  displayName: '姓名',
  phone: '电话',
  agencyId: '所属机构',
  status: '状态',
  roles: '角色',
};

function describeChanges(before: Record<string, unknown>, after: Record<string, unknown>): string {
  return Object.keys(after)
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => {
      if (key === 'status') return `状态改为${userStatusLabels[after[key] as UserStatus]}`;
      if (key === 'roles') {
        const labels = (after[key] as Role[]).map((role) => roleLabels[role].zh);
        return `角色改为${labels.join('、') || '无'}`;
      }
      return fieldLabels[key] ?? key;
    })
    .join('，');
}

export async function resetPassword(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: ResetPasswordRequest,
): Promise<void> {
  const target = await requireManageableUser(ctx, auth, id);
  const problems = findNewPasswordProblems(input.newPassword, { username: target.username });
  if (problems.length > 0) throw invalidField('newPassword', problems.join('；'));
  const now = ctx.clock.now();
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await updateUserRow(tx, id, {
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: true,
      failedLoginCount: 0,
      lockedUntil: null,
      updatedAt: now,
    });
    const ended = await endSessionsOfUser(tx, id, now, 'password_reset');
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'users.password_reset',
        targetType: 'user',
        targetId: id,
        summary:
          `重置 ${target.displayName}（${target.username}）的密码，须在下次登录时修改` +
          (ended ? `；结束其 ${ended} 个会话` : ''),
      },
      now,
    );
  });
}

export async function setRoles(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: SetRolesRequest,
): Promise<UserDetail> {
  const target = await findUserInScope(ctx.db, auth, id);
  if (!target) throw notFound('用户');
  const refusal = userPolicy.whyCannotAssignRoles(
    auth.user.id,
    id,
    input.roles,
    target.agencyKind as AgencyKind,
  );
  if (refusal) {
    throw new AppError(auth.user.id === id ? 'FORBIDDEN' : 'VALIDATION_FAILED', refusal, 'roles');
  }
  const now = ctx.clock.now();
  const before = auditState(target);
  const after = { ...before, roles: input.roles };
  await ctx.db.transaction(async (tx) => {
    await updateUserRow(tx, id, { roles: input.roles, updatedAt: now });
    // New rights take effect at once; removed rights must not linger in an open session.
    await endSessionsOfUser(tx, id, now, 'roles_changed');
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'users.roles_set',
        targetType: 'user',
        targetId: id,
        summary: `为 ${target.displayName}（${target.username}）设置角色：${describeChanges(before, after) || '无变化'}`,
        before,
        after,
      },
      now,
    );
  });
  return getUser(ctx, auth, id);
}

export async function unlockUser(ctx: AppContext, auth: AuthContext, id: string): Promise<UserDetail> {
  const target = await findUserInScope(ctx.db, auth, id);
  if (!target) throw notFound('用户');
  const refusal = userPolicy.whyCannotUnlock(auth.user.id, id);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await updateUserRow(tx, id, { failedLoginCount: 0, lockedUntil: null, updatedAt: now });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'users.unlock',
        targetType: 'user',
        targetId: id,
        summary: `解锁账号 ${target.displayName}（${target.username}）`,
      },
      now,
    );
  });
  return getUser(ctx, auth, id);
}

export async function endUserSessions(ctx: AppContext, auth: AuthContext, id: string): Promise<UserDetail> {
  const target = await findUserInScope(ctx.db, auth, id);
  if (!target) throw notFound('用户');
  const refusal = userPolicy.whyCannotUnlock(auth.user.id, id);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const ended = await endSessionsOfUser(tx, id, now, 'forced_logout');
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'users.sessions_end',
        targetType: 'user',
        targetId: id,
        summary: `强制 ${target.displayName}（${target.username}）下线，结束 ${ended} 个会话`,
      },
      now,
    );
  });
  return getUser(ctx, auth, id);
}

const exportRowLimit = 50_000;

/** The user list as an Excel workbook, with the same filters as the page. */
export async function exportUsers(ctx: AppContext, auth: AuthContext, query: UserListQuery): Promise<Buffer> {
  const now = ctx.clock.now();
  const rows = await findUsersForExport(ctx.db, auth, query, now, exportRowLimit);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青山生态环境执法平台';
  workbook.created = now;
  const sheet = workbook.addWorksheet('用户列表', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '用户名', key: 'username', width: 16 },
    { header: '姓名', key: 'displayName', width: 12 },
    { header: '所属机构', key: 'agencyName', width: 36 },
    { header: '角色', key: 'roles', width: 30 },
    { header: '电话', key: 'phone', width: 16 },
    { header: '状态', key: 'status', width: 10 },
    { header: '是否锁定', key: 'locked', width: 10 },
    { header: '最近登录', key: 'lastLoginAt', width: 20 },
    { header: '创建时间', key: 'createdAt', width: 20 },
  ];
  sheet.getRow(1).font = { bold: true };
  const formatTime = (moment: Date | null) => (moment ? formatBusinessDateTime(moment) : '');
  for (const row of rows) {
    sheet.addRow({
      username: row.username,
      displayName: row.displayName,
      agencyName: row.agencyName,
      roles: (row.roles as Role[]).map((role) => roleLabels[role].zh).join('、'),
      phone: row.phone ?? '',
      status: userStatusLabels[row.status as UserStatus],
      locked: row.lockedUntil && row.lockedUntil > now ? '是' : '否',
      lastLoginAt: formatTime(row.lastLoginAt),
      createdAt: formatTime(row.createdAt),
    });
  }
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'users.export',
        targetType: 'user',
        targetId: null,
        summary: `导出用户列表 ${rows.length} 条`,
      },
      now,
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
