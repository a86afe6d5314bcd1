import type { Role } from '@qingshan/domain';
import { asc, desc, eq, gt } from 'drizzle-orm';
import { auditLog, users } from '../db/schema/index';
import { agencyId } from '../demo/demo.agencies';
import type { TestAgent, TestServer } from './test-server';

/** Meets the password policy; what an administrator hands out as a first password. */
export const initialPassword = 'Start#Pass2026';
/** Meets the password policy; what a new user picks at first login. */
export const chosenPassword = 'Chosen#Pass2026';

export type AuditRow = typeof auditLog.$inferSelect;

/** The id of the newest audit entry (0 when the trail is empty). */
export async function latestAuditId(server: TestServer): Promise<number> {
  const [row] = await server.db
    .select({ id: auditLog.id })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row?.id ?? 0;
}

/** The audit entries appended after `afterId`, oldest first. */
export function auditEntriesAfter(server: TestServer, afterId: number): Promise<AuditRow[]> {
  return server.db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id));
}

export async function findUserRow(server: TestServer, id: string) {
  const [row] = await server.db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function findUserRowByUsername(server: TestServer, username: string) {
  const [row] = await server.db.select().from(users).where(eq(users.username, username)).limit(1);
  return row;
}

export interface CreatedAccount {
  id: string;
  username: string;
  /** The password the account logs in with now. */
  password: string;
  /** Logged in, password changed (unless `keepInitialPassword`): ready to use. */
  agent: TestAgent;
}

/**
 * Creates a Jiangxi account the way the province administrators do it: `admin` creates it,
 * `security` assigns the roles, and the new user logs in and replaces the initial password.
 */
export async function createAccount(
  server: TestServer,
  options: {
    username: string;
    agencyCode: string;
    roles: Role[];
    displayName?: string;
    keepInitialPassword?: boolean;
  },
): Promise<CreatedAccount> {
  const admin = await server.as('admin');
  const created = await admin.post('/api/users', {
    username: options.username,
    displayName: options.displayName ?? '测试账号',
    agencyId: agencyId(options.agencyCode),
    initialPassword,
  });
  if (created.status !== 201) {
    throw new Error(`creating ${options.username} failed: ${created.status} ${JSON.stringify(created.body)}`);
  }
  const id: string = created.body.id;
  if (options.roles.length > 0) {
    const security = await server.as('security');
    const assigned = await security.put(`/api/users/${id}/roles`, { roles: options.roles });
    if (assigned.status !== 200) {
      throw new Error(
        `roles for ${options.username} failed: ${assigned.status} ${JSON.stringify(assigned.body)}`,
      );
    }
  }
  const agent = server.anonymous();
  const login = await agent.login(options.username, initialPassword);
  if (login.status !== 200) throw new Error(`login as ${options.username} failed: ${login.status}`);
  if (options.keepInitialPassword)
    return { id, username: options.username, password: initialPassword, agent };
  const changed = await agent.post('/api/auth/password', {
    currentPassword: initialPassword,
    newPassword: chosenPassword,
  });
  if (changed.status !== 200) {
    throw new Error(`password change for ${options.username} failed: ${JSON.stringify(changed.body)}`);
  }
  return { id, username: options.username, password: chosenPassword, agent };
}

/** A second client on the same session (same cookies and CSRF token), e.g. to replay a cookie. */
export function copyAgent(server: TestServer, agent: TestAgent): TestAgent {
  const copy = server.anonymous();
  copy.csrfToken = agent.csrfToken;
  for (const [name, value] of agent.cookies) copy.cookies.set(name, value);
  return copy;
}

/** The message of an error and of its cause (drizzle wraps driver errors). */
export function errorText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    parts.push(current.message);
    current = current.cause;
  }
  return parts.join(' | ');
}
