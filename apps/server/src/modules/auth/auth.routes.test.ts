import { commonPasswordProblem } from '@qingshan/domain';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { agencies, loginAddressFailures, sessions } from '../../db/schema/index';
import { demoAccountId, demoPassword } from '../../demo/demo.accounts';
import { agencyId } from '../../demo/demo.agencies';
import { passwordHasher } from '../../lib/auth/password';
import {
  auditEntriesAfter,
  chosenPassword,
  copyAgent,
  createAccount,
  findUserRow,
  initialPassword,
  latestAuditId,
} from '../../test/test-fixtures';
import { createTestServer, type TestServer } from '../../test/test-server';

// Staff accounts of 南昌县 from the demo data (active, password Qingshan@2026), one per test so
// that the failure counters of one test do not leak into another.
const staffForLockout = 'u36012103';
const staffForUnlock = 'u36012104';
const staffForUnknownComparison = 'u36012105';
const staffForResetCount = 'u36012106';
const staffForUnknownSequence = 'u36012107';
const disabledStaff = 'u36012101';
const staffForLockedHashWork = 'u36012108';
// A named demo account: the generated staff may be disabled or locked at random.
const accountForAddressLimit = 'jj.inspector';

describe('auth routes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function login(username: string, password: string) {
    return server.anonymous().login(username, password);
  }

  describe('POST /api/auth/login', () => {
    it('logs in, returns the CSRF token and sets an HttpOnly SameSite=Strict session cookie', async () => {
      const before = await latestAuditId(server);
      const agent = server.anonymous();
      const response = await agent.login('ncx.inspector');
      expect(response.status).toBe(200);
      expect(response.body.csrfToken).toMatch(/^[0-9a-f]{48}$/);
      expect(response.body.user.username).toBe('ncx.inspector');
      expect(response.body.jurisdiction.rootAgency.id).toBe(agencyId('360121-BUR'));
      const cookies = response.raw.cookies as {
        name: string;
        value: string;
        httpOnly?: boolean;
        sameSite?: string;
        path?: string;
      }[];
      const session = cookies.find((cookie) => cookie.name === 'qs_session')!;
      expect(session.value.length).toBeGreaterThanOrEqual(40);
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      const csrf = cookies.find((cookie) => cookie.name === 'qs_csrf')!;
      // The page reads this one to echo it in the X-CSRF-Token header.
      expect(csrf.httpOnly).toBeFalsy();
      expect(csrf).toMatchObject({ value: response.body.csrfToken, sameSite: 'Strict' });
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => [entry.action, entry.actorUserId])).toEqual([
        ['auth.login', demoAccountId('ncx.inspector')],
      ]);
      expect((await agent.get('/api/auth/me')).status).toBe(200);
    });

    it('counts down the attempts left, locks on the fifth failure for 15 minutes and refuses even the right password meanwhile', async () => {
      const userId = demoAccountId(staffForLockout);
      const before = await latestAuditId(server);
      for (const remaining of [4, 3, 2, 1]) {
        const response = await login(staffForLockout, 'Wrong#Password1');
        expect(response.status).toBe(401);
        expect(response.body.error.code).toBe('INVALID_CREDENTIALS');
        expect(response.body.error.message).toBe(`用户名或密码错误，再错 ${remaining} 次账号将锁定 15 分钟`);
      }
      const locking = await login(staffForLockout, 'Wrong#Password1');
      expect(locking.status).toBe(423);
      expect(locking.body.error.code).toBe('ACCOUNT_LOCKED');
      expect(locking.body.error.message).toContain('锁定 15 分钟');
      const lockedAt = server.clock.now();
      expect((await findUserRow(server, userId))!.lockedUntil).toEqual(
        new Date(lockedAt.getTime() + 15 * 60_000),
      );

      const rightButLocked = await login(staffForLockout, demoPassword);
      expect(rightButLocked.status).toBe(423);
      expect(rightButLocked.body.error.code).toBe('ACCOUNT_LOCKED');
      expect(rightButLocked.raw.cookies).toEqual([]);

      server.clock.advanceMinutes(14);
      expect((await login(staffForLockout, demoPassword)).status).toBe(423);
      server.clock.advanceMinutes(1);
      const afterLock = await login(staffForLockout, demoPassword);
      expect(afterLock.status).toBe(200);
      expect((await findUserRow(server, userId))!).toMatchObject({ failedLoginCount: 0, lockedUntil: null });

      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual([
        'auth.login_failed',
        'auth.login_failed',
        'auth.login_failed',
        'auth.login_failed',
        'auth.account_locked',
        'auth.login_refused_locked',
        'auth.login_refused_locked',
        'auth.login',
      ]);
      expect(entries.every((entry) => entry.targetId === userId)).toBe(true);
    });

    it('a successful login resets the failure count', async () => {
      await login(staffForResetCount, 'Wrong#Password1');
      await login(staffForResetCount, 'Wrong#Password1');
      expect((await login(staffForResetCount, demoPassword)).status).toBe(200);
      const next = await login(staffForResetCount, 'Wrong#Password1');
      expect(next.body.error.message).toBe('用户名或密码错误，再错 4 次账号将锁定 15 分钟');
    });

    it('the security administrator unlocks a locked account at once', async () => {
      const userId = demoAccountId(staffForUnlock);
      for (let attempt = 0; attempt < 5; attempt++) await login(staffForUnlock, 'Wrong#Password1');
      expect((await login(staffForUnlock, demoPassword)).status).toBe(423);

      const security = await server.as('security');
      const detail = await security.get(`/api/users/${userId}`);
      expect(detail.body).toMatchObject({ isLocked: true, lockedUntil: expect.any(String) });
      const before = await latestAuditId(server);
      const unlocked = await security.post(`/api/users/${userId}/unlock`);
      expect(unlocked.status).toBe(200);
      expect(unlocked.body).toMatchObject({ isLocked: false, lockedUntil: null, failedLoginCount: 0 });
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => [entry.action, entry.actorUsername, entry.targetId])).toEqual([
        ['users.unlock', 'security', userId],
      ]);

      expect((await login(staffForUnlock, demoPassword)).status).toBe(200);
    });

    it('an unknown username gets exactly the answer a wrong password gets, and the attempt is audited', async () => {
      const wrongPassword = await login(staffForUnknownComparison, 'Wrong#Password1');
      const before = await latestAuditId(server);
      const unknown = await login('no.such.user', 'Wrong#Password1');
      expect(unknown.status).toBe(wrongPassword.status);
      expect(unknown.body).toEqual(wrongPassword.body);
      expect(unknown.body.error.code).toBe('INVALID_CREDENTIALS');
      const entries = await auditEntriesAfter(server, before);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        action: 'auth.login_failed',
        actorUserId: null,
        actorUsername: 'no.such.user',
        actorAgencyId: null,
      });
    });

    it('counts down and locks an unknown username exactly as it does a real account', async () => {
      const real: unknown[] = [];
      const unknown: unknown[] = [];
      for (let attempt = 0; attempt < 6; attempt++) {
        const realResponse = await login(staffForUnknownSequence, 'Wrong#Password1');
        const unknownResponse = await login('nobody.here', 'Wrong#Password1');
        real.push([realResponse.status, realResponse.body]);
        unknown.push([unknownResponse.status, unknownResponse.body]);
      }
      expect(unknown).toEqual(real);
      expect((real[4] as [number])[0]).toBe(423);
      expect((real[5] as [number])[0]).toBe(423);
      server.clock.advanceMinutes(15);
      const afterLock = await login('nobody.here', 'Wrong#Password1');
      expect(afterLock.status).toBe(401);
      expect(afterLock.body.error.message).toContain('再错 4 次');
    });

    it('a locked account and a locked unknown username both do the password hash work', async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        await login(staffForLockedHashWork, 'Wrong#Password1');
        await login('locked.nobody', 'Wrong#Password1');
      }
      const verify = vi.spyOn(passwordHasher, 'verify');
      const real = await login(staffForLockedHashWork, 'Wrong#Password1');
      expect(real.status).toBe(423);
      expect(verify).toHaveBeenCalledTimes(1);
      const unknown = await login('locked.nobody', 'Wrong#Password1');
      expect(unknown.status).toBe(423);
      expect(verify).toHaveBeenCalledTimes(2);
      expect(unknown.body).toEqual(real.body);
    });

    it('keeps the failures of an unknown username in the database, so another server process and a restart continue the count', async () => {
      for (let attempt = 0; attempt < 3; attempt++) await login('shared.nobody', 'Wrong#Password1');
      const other = await server.startAnotherProcess();
      const fourth = await other.anonymous().login('shared.nobody', 'Wrong#Password1');
      expect(fourth.body.error.message).toBe('用户名或密码错误，再错 1 次账号将锁定 15 分钟');
      const fifth = await other.anonymous().login('shared.nobody', 'Wrong#Password1');
      expect(fifth.status).toBe(423);
      expect((await login('shared.nobody', 'Wrong#Password1')).status).toBe(423);
    });

    it('blocks a client address after 50 failed logins in 15 minutes, whatever usernames, with a 429 and Retry-After, for every server process', async () => {
      const address = '198.51.100.7';
      const before = await latestAuditId(server);
      for (let attempt = 1; attempt <= 50; attempt++) {
        const response = await server.anonymous(address).login(`spray.${attempt}`, 'Wrong#Password1');
        expect(response.status, `attempt ${attempt}`).toBe(401);
      }
      const verify = vi.spyOn(passwordHasher, 'verify');
      const blocked = await server.anonymous(address).login(accountForAddressLimit, demoPassword);
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.code).toBe('TOO_MANY_REQUESTS');
      expect(blocked.body.error.message).toContain('15 分钟内密码错误已达 50 次');
      expect(blocked.body.error.message).toContain('约 15 分钟后）再试');
      expect(blocked.headers['retry-after']).toBe('900');
      expect(blocked.raw.cookies).toEqual([]);
      expect(verify).not.toHaveBeenCalled();
      const other = await server.startAnotherProcess();
      expect((await other.anonymous(address).login(accountForAddressLimit, demoPassword)).status).toBe(429);
      // Another address is not affected, and the account itself was never locked.
      expect(
        (await server.anonymous('198.51.100.8').login(accountForAddressLimit, demoPassword)).status,
      ).toBe(200);

      const entries = await auditEntriesAfter(server, before);
      const blocks = entries.filter((entry) => entry.action === 'auth.address_blocked');
      expect(blocks).toHaveLength(1);
      expect(blocks[0]).toMatchObject({
        targetType: 'client_address',
        targetId: address,
        clientAddress: address,
      });

      server.clock.advanceMinutes(10);
      expect(
        (await server.anonymous(address).login(accountForAddressLimit, demoPassword)).headers['retry-after'],
      ).toBe('300');
      server.clock.advanceMinutes(5);
      expect((await server.anonymous(address).login(accountForAddressLimit, demoPassword)).status).toBe(200);
    });

    it('counts failures under the address the proxy reports only when trustProxy is set', async () => {
      const behindProxy = await server.startAnotherProcess({ trustProxy: true });
      await behindProxy
        .anonymous('127.0.0.1')
        .request(
          'POST',
          '/api/auth/login',
          { username: 'proxied.nobody', password: 'x' },
          { 'x-forwarded-for': '203.0.113.9' },
        );
      await server
        .anonymous('192.0.2.44')
        .request(
          'POST',
          '/api/auth/login',
          { username: 'direct.nobody', password: 'x' },
          { 'x-forwarded-for': '203.0.113.10' },
        );
      const counted = await server.db
        .select({ address: loginAddressFailures.clientAddress })
        .from(loginAddressFailures);
      const addresses = counted.map((row) => row.address);
      expect(addresses).toContain('203.0.113.9');
      expect(addresses).toContain('192.0.2.44');
      expect(addresses).not.toContain('203.0.113.10');
    });

    it('refuses a disabled account with the right password, and a wrong password tells nothing more', async () => {
      const before = await latestAuditId(server);
      const right = await login(disabledStaff, demoPassword);
      expect(right.status).toBe(403);
      expect(right.body.error.code).toBe('ACCOUNT_DISABLED');
      expect(right.raw.cookies).toEqual([]);
      const wrong = await login(disabledStaff, 'Wrong#Password1');
      expect(wrong.status).toBe(401);
      expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual([
        'auth.login_refused_disabled',
        'auth.login_failed',
      ]);
    });

    it('bad login input is a 400 naming the field', async () => {
      const missing = await server.anonymous().post('/api/auth/login', { username: 'ncx.inspector' });
      expect(missing.status).toBe(400);
      expect(missing.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'password' });
      const extra = await server
        .anonymous()
        .post('/api/auth/login', { username: 'ncx.inspector', password: demoPassword, remember: true });
      expect(extra.status).toBe(400);
      expect(extra.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'remember' });
    });
  });

  describe('sessions', () => {
    it('ends a session after 30 minutes without a request, and the cookie stays dead', async () => {
      const agent = await server.as('ncx.head');
      const replay = copyAgent(server, agent);
      const userId = demoAccountId('ncx.head');
      const before = await latestAuditId(server);
      server.clock.advanceMinutes(31);
      const expired = await agent.get('/api/auth/me');
      expect(expired.status).toBe(401);
      expect(expired.body.error.code).toBe('SESSION_EXPIRED');
      expect(expired.body.error.message).toContain('30 分钟');
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => [entry.action, entry.targetId])).toEqual([['auth.session_end', userId]]);
      const rows = await server.db.select().from(sessions).where(eq(sessions.userId, userId));
      expect(rows.map((row) => row.endReason)).toContain('idle');

      const replayed = await replay.get('/api/auth/me');
      expect(replayed.status).toBe(401);
      expect(replayed.body.error).toMatchObject({
        code: 'SESSION_EXPIRED',
        message: expect.stringContaining('30 分钟'),
      });
      expect(await auditEntriesAfter(server, before)).toHaveLength(1);
    });

    it('keeps a session alive while requests come less than 30 minutes apart', async () => {
      const agent = await server.as('nc.head');
      for (let step = 0; step < 4; step++) {
        server.clock.advanceMinutes(29);
        expect((await agent.get('/api/agencies')).status).toBe(200);
      }
    });

    it('does not count a background request (the bell looking again) as activity', async () => {
      const agent = await server.as('ncx.inspector');
      const background = { 'x-qingshan-background': '1' };
      // Background polls every few minutes answer normally but do not move the idle clock…
      for (let step = 0; step < 5; step++) {
        server.clock.advanceMinutes(5);
        expect((await agent.request('GET', '/api/notifications', undefined, background)).status).toBe(200);
      }
      // …so 31 minutes after the last real request the session has ended, polls or not.
      server.clock.advanceMinutes(6);
      const ended = await agent.request('GET', '/api/notifications', undefined, background);
      expect(ended.status).toBe(401);
      expect(ended.body.error.code).toBe('SESSION_EXPIRED');
      expect((await agent.get('/api/auth/me')).status).toBe(401);
    });

    it('ends a session 12 hours after login however active it is', async () => {
      const agent = await server.as('nc.hotline');
      const loggedInAt = server.clock.now();
      const me = await agent.get('/api/auth/me');
      expect(me.body.sessionExpiresAt).toBe(new Date(loggedInAt.getTime() + 12 * 3_600_000).toISOString());
      // 24 × 29 minutes = 11 h 36 min: still inside the 12 hours.
      for (let step = 0; step < 24; step++) {
        server.clock.advanceMinutes(29);
        expect((await agent.get('/api/auth/me')).status).toBe(200);
      }
      const before = await latestAuditId(server);
      server.clock.advanceMinutes(29);
      const expired = await agent.get('/api/auth/me');
      expect(expired.status).toBe(401);
      expect(expired.body.error.code).toBe('SESSION_EXPIRED');
      expect(expired.body.error.message).toBe('登录已过期，请重新登录');
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['auth.session_end']);
      expect(entries[0]!.summary).toContain('最长有效期');
    });

    it('refuses a write without a valid X-CSRF-Token and changes nothing', async () => {
      const admin = await server.as('nc.admin');
      const target = agencyId('360121-BUR');
      const [before] = await server.db.select().from(agencies).where(eq(agencies.id, target));
      const auditBefore = await latestAuditId(server);

      const withoutHeader = copyAgent(server, admin);
      withoutHeader.csrfToken = '';
      const missing = await withoutHeader.patch(`/api/agencies/${target}`, { phone: '0791-88888888' });
      expect(missing.status).toBe(403);
      expect(missing.body.error.code).toBe('CSRF_REJECTED');
      const wrong = await admin.request(
        'PATCH',
        `/api/agencies/${target}`,
        { phone: '0791-88888888' },
        { 'x-csrf-token': 'f'.repeat(48) },
      );
      expect(wrong.status).toBe(403);
      expect(wrong.body.error.code).toBe('CSRF_REJECTED');
      const logout = await withoutHeader.post('/api/auth/logout');
      expect(logout.body.error.code).toBe('CSRF_REJECTED');

      const [after] = await server.db.select().from(agencies).where(eq(agencies.id, target));
      expect(after).toEqual(before);
      expect(await latestAuditId(server)).toBe(auditBefore);
      // The session survived the refused logout; reads need no token.
      expect((await withoutHeader.get('/api/auth/me')).status).toBe(200);
    });

    it('logout ends the session for good', async () => {
      const agent = await server.as('jxx.inspector');
      const replay = copyAgent(server, agent);
      const before = await latestAuditId(server);
      const response = await agent.post('/api/auth/logout');
      expect(response.status).toBe(200);
      expect(agent.cookies.has('qs_session')).toBe(false);
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => [entry.action, entry.actorUsername])).toEqual([
        ['auth.logout', 'jxx.inspector'],
      ]);
      const replayed = await replay.get('/api/auth/me');
      expect(replayed.status).toBe(401);
      expect(replayed.body.error).toMatchObject({
        code: 'SESSION_EXPIRED',
        message: '您已退出登录，请重新登录',
      });
    });

    it('tells a user whose session a security administrator ended why they must log in again', async () => {
      const agent = await server.as('jj.inspector');
      const security = await server.as('security');
      const forced = await security.post(`/api/users/${demoAccountId('jj.inspector')}/sessions/end`);
      expect(forced.status).toBe(200);
      const response = await agent.get('/api/auth/me');
      expect(response.status).toBe(401);
      expect(response.body.error).toMatchObject({
        code: 'SESSION_EXPIRED',
        message: expect.stringContaining('强制下线'),
      });
    });

    it('shows the previous login, not the current one', async () => {
      const first = await server.as('nt.head');
      expect((await first.get('/api/auth/me')).body.user).toMatchObject({ previousLoginAt: null });
      server.clock.advanceMinutes(5);
      const second = await server.as('nt.head');
      const me = await second.get('/api/auth/me');
      expect(me.body.user.previousLoginAt).toBe(
        new Date(server.clock.now().getTime() - 5 * 60_000).toISOString(),
      );
      expect(me.body.user.previousLoginIp).toBe('127.0.0.1');
    });

    it('answers 401 to a request without a session', async () => {
      const response = await server.anonymous().get('/api/agencies');
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('POST /api/auth/password', () => {
    it('a wrong current password counts towards the lockout like a failed login, is audited, and the fifth locks the account', async () => {
      const account = await createAccount(server, {
        username: 'pw.wrong',
        agencyCode: '360121-ENF',
        roles: ['inspector'],
      });
      const auditBefore = await latestAuditId(server);
      for (const remaining of [4, 3, 2, 1]) {
        const response = await account.agent.post('/api/auth/password', {
          currentPassword: 'Not#MyPassword1',
          newPassword: 'Another#Pass2026',
        });
        expect(response.status).toBe(400);
        expect(response.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'currentPassword' });
        expect(response.body.error.message).toContain(
          `当前密码不正确，再错 ${remaining} 次账号将锁定 15 分钟`,
        );
      }
      const locking = await account.agent.post('/api/auth/password', {
        currentPassword: 'Not#MyPassword1',
        newPassword: 'Another#Pass2026',
      });
      expect(locking.status).toBe(423);
      expect(locking.body.error.code).toBe('ACCOUNT_LOCKED');
      // The guessing session ended with the lock: it cannot try again when the lock expires.
      const afterLock = await account.agent.post('/api/auth/password', {
        currentPassword: account.password,
        newPassword: 'Another#Pass2026',
      });
      expect(afterLock.status).toBe(401);
      expect(afterLock.body.error.message).toContain('账号已锁定，本会话已结束');
      expect((await login(account.username, account.password)).status).toBe(423);
      expect((await findUserRow(server, account.id))!.lockedUntil).toEqual(
        new Date(server.clock.now().getTime() + 15 * 60_000),
      );
      const entries = await auditEntriesAfter(server, auditBefore);
      expect(entries.map((entry) => [entry.action, entry.targetId])).toEqual([
        ['auth.password_change_failed', account.id],
        ['auth.password_change_failed', account.id],
        ['auth.password_change_failed', account.id],
        ['auth.password_change_failed', account.id],
        ['auth.account_locked', account.id],
        ['auth.login_refused_locked', account.id],
      ]);
      server.clock.advanceMinutes(15);
    });

    it('a weak new password is a 400 naming newPassword with the words of the policy', async () => {
      const account = await createAccount(server, {
        username: 'pw.weak',
        agencyCode: '360121-ENF',
        roles: ['inspector'],
      });
      const rowBefore = await findUserRow(server, account.id);
      const auditBefore = await latestAuditId(server);
      const cases: [string, string][] = [
        ['Ab#1', '密码至少 10 位'],
        ['onlylowercaseletters', '至少三类'],
        ['Pw.weak#2026x', '不能包含用户名'],
        ['Aaaaa#2026xy', '连续四个以上相同字符'],
        ['Qingshan2026', commonPasswordProblem],
        [account.password, '不能与当前密码相同'],
      ];
      for (const [newPassword, words] of cases) {
        const response = await account.agent.post('/api/auth/password', {
          currentPassword: account.password,
          newPassword,
        });
        expect(response.status).toBe(400);
        expect(response.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'newPassword' });
        expect(response.body.error.message).toContain(words);
      }
      expect(await findUserRow(server, account.id)).toEqual(rowBefore);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it("success ends the user's other sessions, keeps this one, and only the new password works", async () => {
      const account = await createAccount(server, {
        username: 'pw.change',
        agencyCode: '360121-ENF',
        roles: ['inspector'],
      });
      const other = server.anonymous();
      expect((await other.login(account.username, account.password)).status).toBe(200);
      const before = await latestAuditId(server);
      const response = await account.agent.post('/api/auth/password', {
        currentPassword: account.password,
        newPassword: 'Brand#New2026pw',
      });
      expect(response.status).toBe(200);
      expect((await other.get('/api/auth/me')).status).toBe(401);
      expect((await account.agent.get('/api/auth/me')).status).toBe(200);
      expect((await login(account.username, account.password)).status).toBe(401);
      expect((await login(account.username, 'Brand#New2026pw')).status).toBe(200);
      const entries = await auditEntriesAfter(server, before);
      expect(entries[0]).toMatchObject({ action: 'auth.password_change', targetId: account.id });
      expect(entries[0]!.summary).toContain('结束其他 1 个会话');
    });

    it('a user who must change the password reaches only /api/auth/me, /api/auth/password and logout until then', async () => {
      const account = await createAccount(server, {
        username: 'pw.first',
        agencyCode: '360121-ENF',
        roles: ['inspector'],
        keepInitialPassword: true,
      });
      const me = await account.agent.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body.user.mustChangePassword).toBe(true);
      for (const [method, url] of [
        ['GET', '/api/agencies'],
        ['GET', '/api/calendar/2026'],
        ['GET', '/api/regions'],
        ['PATCH', '/api/auth/profile'],
      ] as const) {
        const response = await account.agent.request(method, url, method === 'GET' ? undefined : {});
        expect(response.status, `${method} ${url}`).toBe(403);
        expect(response.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      }
      const changed = await account.agent.post('/api/auth/password', {
        currentPassword: initialPassword,
        newPassword: chosenPassword,
      });
      expect(changed.status).toBe(200);
      expect((await account.agent.get('/api/agencies')).status).toBe(200);
      expect((await account.agent.get('/api/auth/me')).body.user.mustChangePassword).toBe(false);
    });

    it('a password older than 90 days must be changed before anything else', async () => {
      const startedAt = server.clock.now();
      try {
        server.clock.advanceMinutes(91 * 24 * 60);
        const agent = await server.as('jj.inspector');
        expect((await agent.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
        const refused = await agent.get('/api/agencies');
        expect(refused.status).toBe(403);
        expect(refused.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      } finally {
        server.clock.set(startedAt);
      }
    });
  });

  describe('PATCH /api/auth/profile', () => {
    it('changes own name and phone with an audit entry', async () => {
      const agent = await server.as('nc.legal');
      const before = await latestAuditId(server);
      const response = await agent.patch('/api/auth/profile', { phone: '13907910001' });
      expect(response.status).toBe(200);
      expect(response.body.user.phone).toBe('13907910001');
      expect((await findUserRow(server, demoAccountId('nc.legal')))!.phone).toBe('13907910001');
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['auth.profile_update']);
      expect(entries[0]!.beforeDigest).not.toBe(entries[0]!.afterDigest);
    });

    it('refuses a bad phone and any attempt to set roles or agency, changing nothing', async () => {
      const agent = await server.as('nc.legal');
      const rowBefore = await findUserRow(server, demoAccountId('nc.legal'));
      const auditBefore = await latestAuditId(server);
      const badPhone = await agent.patch('/api/auth/profile', { phone: '12345' });
      expect(badPhone.status).toBe(400);
      expect(badPhone.body.error.field).toBe('phone');
      const roles = await agent.patch('/api/auth/profile', { roles: ['system_admin'] });
      expect(roles.status).toBe(400);
      expect(roles.body.error.field).toBe('roles');
      const agency = await agent.patch('/api/auth/profile', { agencyId: agencyId('360000-DEPT') });
      expect(agency.status).toBe(400);
      expect(agency.body.error.field).toBe('agencyId');
      expect(await findUserRow(server, demoAccountId('nc.legal'))).toEqual(rowBefore);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });
  });
});
