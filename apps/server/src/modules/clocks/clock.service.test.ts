import { randomUUID } from 'node:crypto';
import { getProvinceProfile } from '@qingshan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../lib/audit/index';
import { createAgency, type TestAgency } from '../../test/factories';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import type { TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';
import {
  type ClockContext,
  extendClock,
  listClocksForSubject,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
} from './index';

/**
 * The clock service every module uses (SYS-3, base of CASE-2), on a penalty decision's clock
 * (行政处罚法 art. 60: 90 days, two extensions of 30, pauses for the reasons the profile names).
 * The manual clock starts on demoDate (2026-11-20).
 */
describe('the statutory clock service', () => {
  let server: TestServer;
  let ctx: ClockContext;
  let agency: TestAgency;
  beforeAll(async () => {
    server = await createTestServer();
    ctx = { db: server.db, clock: server.clock, profile: getProvinceProfile('jiangxi') };
    agency = await createAgency(server);
  });
  afterAll(async () => {
    await server.close();
  });

  const start = async () => {
    const subjectId = randomUUID();
    await startClock(ctx, server.db, {
      subjectKind: 'random_check_task',
      subjectId,
      kind: 'inspection_record',
      agencyId: agency.id,
      regionCode: agency.regionCode,
      responsibleDuty: 'random_checks.inspect',
      ruleKey: 'penaltyDecision',
      startedOn: '2026-11-02',
      subject: '测试案件',
      context: agency.name,
      path: '/',
    });
    return { subjectKind: 'random_check_task' as const, subjectId, ruleKey: 'penaltyDecision' };
  };
  const clockOf = async (ref: { subjectKind: 'random_check_task'; subjectId: string }) =>
    (await listClocksForSubject(ctx, ref.subjectKind, ref.subjectId))[0]!;

  it('dates the clock by the domain model and names the article', async () => {
    const ref = await start();
    // 90 days after 2 November 2026 is 31 January 2027, a Sunday: the next working day.
    expect(await clockOf(ref)).toMatchObject({
      dueOn: '2027-02-01',
      status: 'running',
      label: '作出行政处罚决定',
    });
    expect((await clockOf(ref)).basis).toContain('第六十条');
  });

  it('pauses for a reason the rule names, holds the due day while paused, and moves it by the paused days', async () => {
    const ref = await start();
    const before = await latestAuditId(server);
    await pauseClock(ctx, server.db, systemActor, ref, { from: '2026-11-10', reason: '听证' });
    expect(await clockOf(ref)).toMatchObject({ dueOn: null, status: 'paused' });
    await resumeClock(ctx, server.db, systemActor, ref, '2026-11-19');
    // Ten paused days: 90 counted days end on 10 February 2027.
    expect((await clockOf(ref)).dueOn).toBe('2027-02-10');
    const entries = await auditEntriesAfter(server, before);
    expect(entries.map((entry) => entry.action)).toEqual(['clocks.pause', 'clocks.resume']);
    expect(entries[0]!.summary).toContain('听证');
  });

  it('refuses a pause for a reason the rule does not name with a message, and changes nothing', async () => {
    const ref = await start();
    const before = await latestAuditId(server);
    await expect(
      pauseClock(ctx, server.db, systemActor, ref, { from: '2026-11-10', reason: '出差' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('不是') });
    expect(await clockOf(ref)).toMatchObject({ dueOn: '2027-02-01', pauses: [] });
    expect(await auditEntriesAfter(server, before)).toEqual([]);
  });

  it('extends in the rule’s order up to its longest total, then refuses', async () => {
    const ref = await start();
    await extendClock(ctx, server.db, systemActor, ref, { approvedOn: '2026-11-20', approvedBy: '局长' });
    expect((await clockOf(ref)).dueOn).toBe('2027-03-02');
    await extendClock(ctx, server.db, systemActor, ref, { approvedOn: '2026-11-20', approvedBy: '局务会' });
    expect((await clockOf(ref)).extensions).toHaveLength(2);
    await expect(
      extendClock(ctx, server.db, systemActor, ref, { approvedOn: '2026-11-20', approvedBy: '局长' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('不能再延长') });
  });

  it('stops once, with an audit entry when it is an act of its own', async () => {
    const ref = await start();
    const before = await latestAuditId(server);
    await stopClock(ctx, server.db, systemActor, ref, { metOn: '2026-11-20', reason: '已作出处罚决定' });
    await stopClock(ctx, server.db, systemActor, ref, { metOn: '2026-11-21', reason: '重复' });
    expect(await clockOf(ref)).toMatchObject({ status: 'met', metOn: '2026-11-20' });
    expect((await auditEntriesAfter(server, before)).map((entry) => entry.action)).toEqual(['clocks.stop']);
    await expect(
      pauseClock(ctx, server.db, systemActor, ref, { from: '2026-11-25', reason: '听证' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
