import { securityPolicy } from '@qingshan/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAddressFailures, sessions, unknownUsernameFailures } from '../../db/schema/index';
import { createAgency, createUser, loginAgain } from '../../test/factories';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import { createTestServer, type TestServer } from '../../test/test-server';

describe('nightly sweep of expired login records (schedule sweep-expired-logins)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  async function sessionsOf(userId: string) {
    return server.db
      .select({ tokenHash: sessions.tokenHash })
      .from(sessions)
      .where(eq(sessions.userId, userId));
  }

  /** What the scheduler does at a tick: one process claims it, a worker runs it. */
  async function runTheSchedule(): Promise<void> {
    await server.app.scheduler.claimDueTicks();
    await server.runJobs();
  }

  it('deletes sessions ended long enough ago and counters whose lock or window ran out, keeping the rest', async () => {
    const agency = await createAgency(server);
    const oldUser = await createUser(server, agency, ['inspector']);
    // Three failures from one address and a locked unknown username, at the start.
    const sprayer = server.anonymous('198.51.100.7');
    for (let attempt = 0; attempt < securityPolicy.maxFailedLogins; attempt++) {
      expect((await sprayer.login('nobody-locked', 'Wrong#Pass2026')).status).toBeGreaterThanOrEqual(400);
    }
    const oldSessions = await sessionsOf(oldUser.id);
    expect(oldSessions.length).toBeGreaterThan(0);

    // A day past the retention of the first sessions (12 hours, then endedSessionRetentionDays).
    server.clock.advanceMinutes(
      (securityPolicy.absoluteSessionHours + securityPolicy.endedSessionRetentionDays * 24) * 60 + 24 * 60,
    );
    const newUser = await createUser(server, agency, ['inspector']);
    await loginAgain(server, oldUser);
    const recent = server.anonymous('198.51.100.8');
    expect((await recent.login('nobody-recent', 'Wrong#Pass2026')).status).toBeGreaterThanOrEqual(400);
    const auditBefore = await latestAuditId(server);

    await runTheSchedule();

    const kept = await sessionsOf(oldUser.id);
    expect(kept.length).toBe(1);
    expect(oldSessions.map((row) => row.tokenHash)).not.toContain(kept[0]!.tokenHash);
    expect((await sessionsOf(newUser.id)).length).toBeGreaterThan(0);
    const usernames = await server.db
      .select({ username: unknownUsernameFailures.username })
      .from(unknownUsernameFailures);
    expect(usernames.map((row) => row.username)).toContain('nobody-recent');
    expect(usernames.map((row) => row.username)).not.toContain('nobody-locked');
    const addresses = await server.db
      .select({ address: loginAddressFailures.clientAddress })
      .from(loginAddressFailures);
    expect(addresses.map((row) => row.address)).toContain('198.51.100.8');
    expect(addresses.map((row) => row.address)).not.toContain('198.51.100.7');
    const audit = await auditEntriesAfter(server, auditBefore);
    // Other schedules (the clocks' escalation) may tick too; this sweep writes one entry.
    expect(
      audit
        .filter((entry) => entry.action.startsWith('auth.'))
        .map((entry) => [entry.action, entry.actorUsername]),
    ).toEqual([['auth.expired_records_sweep', 'system']]);
    // The still-valid session works after the sweep.
    expect((await oldUser.agent.get('/api/auth/me')).status).toBe(200);
  });

  it('runs once per tick: a second check at the same time finds nothing to do', async () => {
    expect(await server.app.scheduler.claimDueTicks()).toEqual([]);
    server.clock.advanceMinutes(24 * 60);
    const claimed = await server.app.scheduler.claimDueTicks();
    expect(claimed).toContain('sweep-expired-logins');
    expect(await server.runJobs()).toBe(claimed.length);
    expect(await server.app.scheduler.claimDueTicks()).toEqual([]);
    expect(await server.runJobs()).toBe(0);
  });
});
