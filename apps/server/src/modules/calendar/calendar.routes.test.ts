import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarConfirmedYears, calendarOverrides } from '../../db/schema/index';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import { createTestServer, type TestServer } from '../../test/test-server';

describe('calendar routes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  async function overrideCount(): Promise<number> {
    const [row] = await server.db.select({ value: count() }).from(calendarOverrides);
    return row!.value;
  }

  describe('reading', () => {
    it('every role reads the calendar and computes deadlines, the audit administrator included', async () => {
      for (const username of ['ncx.inspector', 'auditor', 'security', 'admin', 'police.nc', 'nc.hotline']) {
        const agent = await server.as(username);
        const year = await agent.get('/api/calendar/2026');
        expect(year.status, username).toBe(200);
        expect(year.body.days).toHaveLength(365);
        // 2026-10-01 is National Day.
        expect(year.body.days.find((day: { date: string }) => day.date === '2026-10-01')).toMatchObject({
          isWorkingDay: false,
          kind: 'holiday',
        });
        const deadline = await agent.get(
          '/api/calendar/deadline?start=2026-11-20&amount=7&unit=calendar_day',
        );
        expect(deadline.status, username).toBe(200);
        expect(deadline.body.dueDate).toBe('2026-11-27');
      }
    });

    it('counts working days past weekends', async () => {
      const agent = await server.as('ncx.inspector');
      // Friday 2026-11-20 + 5 working days: the count starts the next day and skips the weekend.
      const response = await agent.get('/api/calendar/deadline?start=2026-11-20&amount=5&unit=working_day');
      expect(response.body).toMatchObject({
        dueDate: '2026-11-27',
        unit: 'working_day',
        isProvisional: false,
      });
    });

    it('moves a calendar-day period ending on National Day to the next working day and says why', async () => {
      const agent = await server.as('ncx.inspector');
      const response = await agent.get('/api/calendar/deadline?start=2026-09-28&amount=3&unit=calendar_day');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        start: '2026-09-28',
        amount: 3,
        unit: 'calendar_day',
        dueDate: '2026-10-08',
        isProvisional: false,
        pausedDays: 0,
        appliedRules: [
          { code: 'event_day_not_counted', basis: '《中华人民共和国民法典》第二百零一条' },
          {
            code: 'rolled_forward_from_rest_day',
            basis: '《中华人民共和国民法典》第二百零三条',
            restDay: '2026-10-01',
          },
        ],
      });
    });

    it('counts the statutory holidays of a year whose schedule is not published, as provisional', async () => {
      const agent = await server.as('ncx.inspector');
      const year = await agent.get('/api/calendar/2027');
      expect(year.body.isProvisional).toBe(true);
      expect(year.body.days.find((day: { date: string }) => day.date === '2027-02-05')).toEqual({
        date: '2027-02-05',
        isWorkingDay: false,
        kind: 'holiday',
        name: '春节',
        isProvisional: true,
      });
      // Thursday 2027-02-04 + 3 working days: 除夕 (Fri 02-05) and 初三 (Mon 02-08) are off.
      const deadline = await agent.get('/api/calendar/deadline?start=2027-02-04&amount=3&unit=working_day');
      expect(deadline.body).toMatchObject({ dueDate: '2027-02-11', isProvisional: true });
      expect(deadline.body.appliedRules.at(-1)).toEqual({
        code: 'provisional_schedule',
        basis: '《全国年节及纪念日放假办法》（2024年修订）第二条',
      });
    });

    it('computes deadlines only for a logged-in user', async () => {
      const response = await server
        .anonymous()
        .get('/api/calendar/deadline?start=2026-09-28&amount=3&unit=calendar_day');
      expect(response.status).toBe(401);
    });

    it('bad input is a 400 naming the field', async () => {
      const agent = await server.as('ncx.inspector');
      for (const [url, field] of [
        ['/api/calendar/1999', 'year'],
        ['/api/calendar/twenty', 'year'],
        ['/api/calendar/deadline?start=2026-11-20&amount=-1&unit=working_day', 'amount'],
        ['/api/calendar/deadline?start=2026-11-20&amount=1.5&unit=working_day', 'amount'],
        ['/api/calendar/deadline?start=2026-11-20&amount=3&unit=hours', 'unit'],
        ['/api/calendar/deadline?start=20.11.2026&amount=3&unit=working_day', 'start'],
      ]) {
        const response = await agent.get(url!);
        expect(response.status, url).toBe(400);
        expect(response.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field });
      }
    });
  });

  describe('writing', () => {
    it('the system administrator sets and removes a day, each with one audit entry, and deadlines follow', async () => {
      const admin = await server.as('admin');
      const agent = await server.as('ncx.inspector');
      const before = await latestAuditId(server);
      const set = await admin.put('/api/calendar/overrides', {
        date: '2026-11-23',
        kind: 'holiday',
        name: '测试假日',
      });
      expect(set.status).toBe(200);
      const shifted = await agent.get('/api/calendar/deadline?start=2026-11-20&amount=5&unit=working_day');
      expect(shifted.body.dueDate).toBe('2026-11-30');
      const removed = await admin.delete('/api/calendar/overrides/2026-11-23');
      expect(removed.status).toBe(200);
      const restored = await agent.get('/api/calendar/deadline?start=2026-11-20&amount=5&unit=working_day');
      expect(restored.body.dueDate).toBe('2026-11-27');
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => [entry.action, entry.targetId, entry.actorUsername])).toEqual([
        ['calendar.override_set', '2026-11-23', 'admin'],
        ['calendar.override_remove', '2026-11-23', 'admin'],
      ]);
    });

    it('confirms the next year only once it has holidays, naming year otherwise', async () => {
      const admin = await server.as('admin');
      const known = (await admin.get('/api/calendar/2026')).body.knownThroughYear as number;
      const next = known + 1;
      const confirmationsBefore = await server.db.select().from(calendarConfirmedYears);
      const empty = await admin.post(`/api/calendar/${next}/confirm`, { notice: '国办发明电〔2026〕7号' });
      expect(empty.status).toBe(400);
      expect(empty.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'year' });
      const tooFar = await admin.post(`/api/calendar/${next + 1}/confirm`, {
        notice: '国办发明电〔2026〕7号',
      });
      expect(tooFar.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'year' });
      const past = await admin.post(`/api/calendar/${known}/confirm`, { notice: '国办发明电〔2026〕7号' });
      expect(past.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'year' });
      const noNotice = await admin.post(`/api/calendar/${next}/confirm`, { notice: '' });
      expect(noNotice.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'notice' });
      expect(await server.db.select().from(calendarConfirmedYears)).toEqual(confirmationsBefore);

      await admin.put('/api/calendar/overrides', { date: `${next}-01-01`, kind: 'holiday', name: '元旦' });
      const before = await latestAuditId(server);
      const confirmed = await admin.post(`/api/calendar/${next}/confirm`, {
        notice: '国办发明电〔2026〕7号',
      });
      expect(confirmed.status).toBe(200);
      const year = await admin.get(`/api/calendar/${next}`);
      expect(year.body).toMatchObject({
        isProvisional: false,
        confirmation: { notice: '国办发明电〔2026〕7号' },
      });
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['calendar.year_confirm']);
    });

    it('nobody but a provincial system administrator may change the calendar, and a refused change changes nothing', async () => {
      const before = await overrideCount();
      for (const username of ['nc.admin', 'security', 'auditor', 'ncx.head', 'nc.inspector', 'police.nc']) {
        const agent = await server.as(username);
        const auditBefore = await latestAuditId(server);
        const attempts = [
          await agent.put('/api/calendar/overrides', { date: '2026-12-24', kind: 'holiday', name: '平安夜' }),
          await agent.delete('/api/calendar/overrides/2026-12-24'),
          await agent.post('/api/calendar/2030/confirm', { notice: '国办发明电〔2029〕1号' }),
        ];
        for (const response of attempts) {
          expect(response.status, username).toBe(403);
          expect(response.body.error.code).toBe('FORBIDDEN');
        }
        // A role without calendar.manage is refused by the permission check, a security event; the
        // city's system administrator holds it and is refused by the province rule, which is not.
        const entries = await auditEntriesAfter(server, auditBefore);
        expect(
          entries.map((entry) => [entry.action, entry.actorUsername]),
          username,
        ).toEqual(username === 'nc.admin' ? [] : Array(3).fill(['security.access_denied', username]));
      }
      expect(await overrideCount()).toBe(before);
      const [row] = await server.db
        .select()
        .from(calendarOverrides)
        .where(eq(calendarOverrides.date, '2026-12-24'));
      expect(row).toBeUndefined();
    });

    it('bad input is a 400 naming the field; removing a day without a setting is a 404 naming date', async () => {
      const admin = await server.as('admin');
      const before = await overrideCount();
      const auditBefore = await latestAuditId(server);
      for (const [body, field] of [
        [{ date: '2026-02-30', kind: 'holiday', name: '不存在的日子' }, 'date'],
        [{ date: '2026-12-24', kind: 'vacation', name: '平安夜' }, 'kind'],
        [{ date: '2026-12-24', kind: 'holiday', name: '' }, 'name'],
        [{ date: '2026-12-24', kind: 'holiday' }, 'name'],
      ] as const) {
        const response = await admin.put('/api/calendar/overrides', body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(response.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field });
      }
      const missing = await admin.delete('/api/calendar/overrides/2026-12-25');
      expect(missing.status).toBe(404);
      expect(missing.body.error).toMatchObject({ code: 'NOT_FOUND', field: 'date' });
      expect(await overrideCount()).toBe(before);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });
  });
});
