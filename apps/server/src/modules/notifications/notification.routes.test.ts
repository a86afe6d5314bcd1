import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createUser, type TestUser } from '../../test/factories';
import type { TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';
import { notifyUsers } from './index';

/** GET /api/notifications and POST /api/notifications/read: each user reads and marks only their own. */
describe('in-app notifications (SYS-3)', () => {
  let server: TestServer;
  let alice: TestUser;
  let bob: TestUser;
  beforeAll(async () => {
    server = await createTestServer();
    const agency = await createAgency(server);
    const other = await createAgency(server);
    alice = await createUser(server, agency, ['agency_head']);
    bob = await createUser(server, other, ['agency_head']);
    const at = server.clock.now();
    for (const [index, minutes] of [0, 1, 2].entries()) {
      await notifyUsers(
        server.db,
        [
          {
            userIds: [alice.id],
            kind: 'clock_escalated',
            title: `逾期督办 ${index}`,
            body: '测试',
            path: `/officers/${randomUUID()}`,
            dedupeKey: `test:${index}`,
          },
        ],
        new Date(at.getTime() + minutes * 60_000),
      );
    }
    // The same cause again is not a second notification.
    await notifyUsers(
      server.db,
      [
        {
          userIds: [alice.id, bob.id],
          kind: 'clock_overdue',
          title: '重复',
          body: '测试',
          path: '/',
          dedupeKey: 'test:0',
        },
      ],
      at,
    );
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a caller who is not signed in', async () => {
    expect((await server.anonymous().get('/api/notifications')).status).toBe(401);
    expect((await server.anonymous().post('/api/notifications/read', {})).status).toBe(401);
  });

  it('lists the caller’s own notifications newest first, paged, with the unread count, one per cause', async () => {
    const page = await alice.agent.get('/api/notifications?pageSize=2');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 3, page: 1, pageSize: 2, unreadCount: 3 });
    expect(page.body.items.map((item: { title: string }) => item.title)).toEqual([
      '逾期督办 2',
      '逾期督办 1',
    ]);
    const theirs = await bob.agent.get('/api/notifications');
    expect(theirs.body).toMatchObject({ total: 1, unreadCount: 1 });
    expect(theirs.body.items[0].title).toBe('重复');
  });

  it('refuses a malformed request with a message and changes nothing', async () => {
    const bad = await alice.agent.get('/api/notifications?pageSize=500');
    expect(bad.status).toBe(400);
    const badIds = await alice.agent.post('/api/notifications/read', { ids: ['x'] });
    expect(badIds.status).toBe(400);
    expect(badIds.body.error.message).toMatch(/编号/);
    expect((await alice.agent.get('/api/notifications')).body.unreadCount).toBe(3);
  });

  it('marks read only the caller’s own notifications: another user’s ids are not touched', async () => {
    const [bobs] = (await bob.agent.get('/api/notifications')).body.items as { id: string }[];
    const byAlice = await alice.agent.post('/api/notifications/read', { ids: [bobs!.id] });
    expect(byAlice.status).toBe(200);
    expect(byAlice.body.unreadCount).toBe(3);
    expect((await bob.agent.get('/api/notifications')).body.unreadCount).toBe(1);

    const [newest] = (await alice.agent.get('/api/notifications')).body.items as { id: string }[];
    const one = await alice.agent.post('/api/notifications/read', { ids: [newest!.id] });
    expect(one.body.unreadCount).toBe(2);
    const unread = await alice.agent.get('/api/notifications?unread=true');
    expect(unread.body.total).toBe(2);
    const all = await alice.agent.post('/api/notifications/read', {});
    expect(all.body.unreadCount).toBe(0);
    expect(
      (await alice.agent.get('/api/notifications')).body.items.every(
        (item: { isRead: boolean }) => item.isRead,
      ),
    ).toBe(true);
  });
});
