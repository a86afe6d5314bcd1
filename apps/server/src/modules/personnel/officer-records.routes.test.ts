import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesAfter, createAccount, latestAuditId } from '../../test/test-fixtures';
import type { TestAgent, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';
import {
  createOfficer,
  expectError,
  officerRow,
  secondmentRows,
  usableAccountOf,
} from './personnel.test-support';

interface SecondmentView {
  id: string;
  state: string;
  needsApproval: boolean;
  needsFiling: boolean;
  approvedOn: string | null;
  approvedByName: string | null;
  filedOn: string | null;
  returnedOn: string | null;
  approvalFreeUntil: string;
  problems: { code: string; message: string }[];
}

describe('secondments, trainings and awards', () => {
  let server: TestServer;
  let countyHead: TestAgent;
  let countyInspector: TestAgent;
  let otherCountyHead: TestAgent;
  /** A head of the provincial enforcement bureau, who records the bureau's consent. */
  let provincialHead: TestAgent;

  beforeAll(async () => {
    server = await createTestServer();
    countyHead = await server.as('ncx.head');
    countyInspector = await server.as('ncx.inspector');
    otherCountyHead = await server.as(await usableAccountOf(server, '360124-BUR', 'agency_head'));
    provincialHead = (
      await createAccount(server, {
        username: 'prov.enf.head',
        agencyCode: '360000-ENF',
        roles: ['agency_head'],
      })
    ).agent;
  });
  afterAll(async () => {
    await server.close();
  });

  const longSecondment = {
    hostOrganisation: '生态环境部华东督察局',
    reason: '跟班学习、参加部级督察',
    startsOn: '2026-10-08',
    plannedEndsOn: '2028-01-31',
    leavesCity: true,
  };

  describe('POST /api/officers/:id/secondments', () => {
    it('records a secondment: the officer is 借调; over a year and out of the city it needs approval and filing', async () => {
      const officer = await createOfficer(countyHead, '360121-ENF');
      const before = await latestAuditId(server);
      const response = await countyHead.post(`/api/officers/${officer.id}/secondments`, longSecondment);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      expect(response.body.status).toBe('seconded');
      expect(response.body.assignmentBlockers.map((blocker: { code: string }) => blocker.code)).toEqual([
        'not_on_duty',
      ]);
      const [secondment] = response.body.secondments as SecondmentView[];
      expect(secondment).toMatchObject({
        state: 'active',
        needsApproval: true,
        needsFiling: true,
        approvalFreeUntil: '2027-10-08',
      });
      expect(secondment!.problems.map((problem) => problem.code)).toEqual([
        'approval_missing',
        'filing_missing',
      ]);
      expect(secondment!.problems[0]!.message).toBe('计划借调超过1年，未经省厅执法局同意');
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['personnel.secondment_create']);
      expect(entries[0]!.summary).toContain('须经省厅执法局同意');
    });

    it('one open secondment at a time, never in the future, never for a departed officer', async () => {
      const officer = await createOfficer(countyHead, '360121-ENF');
      const short = { hostOrganisation: '县委巡察办', startsOn: '2026-11-02', plannedEndsOn: '2027-02-28' };
      expect((await countyHead.post(`/api/officers/${officer.id}/secondments`, short)).status).toBe(201);
      expectError(
        await countyHead.post(`/api/officers/${officer.id}/secondments`, short),
        409,
        'CONFLICT',
        'startsOn',
      );
      const other = await createOfficer(countyHead, '360121-ENF');
      expectError(
        await countyHead.post(`/api/officers/${other.id}/secondments`, { ...short, startsOn: '2026-12-01' }),
        400,
        'VALIDATION_FAILED',
        'startsOn',
      );
      expectError(
        await countyHead.post(`/api/officers/${other.id}/secondments`, {
          ...short,
          plannedEndsOn: '2026-10-01',
        }),
        400,
        'VALIDATION_FAILED',
        'plannedEndsOn',
      );
      await countyHead.post(`/api/officers/${other.id}/status`, { status: 'departed' });
      expectError(
        await countyHead.post(`/api/officers/${other.id}/secondments`, short),
        400,
        'VALIDATION_FAILED',
      );
      expect(await secondmentRows(server, other.id)).toEqual([]);
      expectError(
        await countyInspector.post(`/api/officers/${other.id}/secondments`, short),
        403,
        'FORBIDDEN',
      );
    });
  });

  describe('approval by the provincial enforcement bureau (seed 004 item 17)', () => {
    it('only a user of the provincial enforcement bureau may approve; the county cannot', async () => {
      const officer = await createOfficer(countyHead, '360121-ENF');
      const created = await countyHead.post(`/api/officers/${officer.id}/secondments`, longSecondment);
      const secondmentId = created.body.secondments[0].id as string;
      const approval = { approvalDocument: '赣环执法函〔2026〕41号', approvedOn: '2026-11-18' };
      const before = await latestAuditId(server);
      const refused = await countyHead.post(
        `/api/officers/${officer.id}/secondments/${secondmentId}/approval`,
        approval,
      );
      expectError(refused, 403, 'FORBIDDEN');
      expect(refused.body.error.message).toContain('只有省厅执法局的人员可以登记批准');
      expect(await auditEntriesAfter(server, before)).toEqual([]);
      expect((await secondmentRows(server, officer.id))[0]!.approvedOn).toBeNull();

      const approved = await provincialHead.post(
        `/api/officers/${officer.id}/secondments/${secondmentId}/approval`,
        approval,
      );
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      const view = (approved.body.secondments as SecondmentView[])[0]!;
      expect(view.approvedOn).toBe('2026-11-18');
      expect(view.approvedByName).toBe('测试账号');
      expect(view.problems.map((problem) => problem.code)).toEqual(['filing_missing']);
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['personnel.secondment_approve']);
      expectError(
        await provincialHead.post(
          `/api/officers/${officer.id}/secondments/${secondmentId}/approval`,
          approval,
        ),
        400,
        'VALIDATION_FAILED',
        'approvedOn',
      );
    });

    it('a secondment of a year or less needs no approval', async () => {
      const officer = await createOfficer(countyHead, '360121-ENF');
      const created = await countyHead.post(`/api/officers/${officer.id}/secondments`, {
        hostOrganisation: '南昌市创建全国文明城市指挥部',
        startsOn: '2026-09-01',
        plannedEndsOn: '2027-09-01',
      });
      const secondment = (created.body.secondments as SecondmentView[])[0]!;
      expect(secondment.needsApproval).toBe(false);
      expect(secondment.problems).toEqual([]);
      const response = await provincialHead.post(
        `/api/officers/${officer.id}/secondments/${secondment.id}/approval`,
        {
          approvalDocument: '赣环执法函〔2026〕42号',
          approvedOn: '2026-11-18',
        },
      );
      expectError(response, 400, 'VALIDATION_FAILED', 'approvedOn');
      expect(response.body.error.message).toContain('无须省厅执法局批准');
    });

    it('flags a secondment that has run past a year without approval, and lets the bureau approve it then', async () => {
      const officer = await createOfficer(countyHead, '360121-ENF');
      const created = await countyHead.post(`/api/officers/${officer.id}/secondments`, {
        hostOrganisation: '南昌县委办公室',
        startsOn: '2025-10-01',
        plannedEndsOn: '2026-09-30',
      });
      const secondment = (created.body.secondments as SecondmentView[])[0]!;
      expect(secondment.state).toBe('overdue');
      expect(secondment.problems.map((problem) => problem.code)).toEqual([
        'exceeded_without_approval',
        'overdue_return',
      ]);
      const approved = await provincialHead.post(
        `/api/officers/${officer.id}/secondments/${secondment.id}/approval`,
        {
          approvalDocument: '赣环执法函〔2026〕43号',
          approvedOn: '2026-11-19',
        },
      );
      expect(approved.status).toBe(200);
      const list = await countyHead.get('/api/officers?secondment=overdue_return&pageSize=200');
      expect(list.body.items.map((item: { id: string }) => item.id)).toContain(officer.id);
    });
  });

  describe('filing and return', () => {
    it('files a secondment out of the city, refuses filing one that stays, records the return', async () => {
      const officer = await createOfficer(countyHead, '360121-ENF');
      const created = await countyHead.post(`/api/officers/${officer.id}/secondments`, {
        ...longSecondment,
        plannedEndsOn: '2027-04-30',
      });
      const secondmentId = created.body.secondments[0].id as string;
      const pending = await countyHead.get('/api/officers?secondment=filing_missing&pageSize=200');
      expect(pending.body.items.map((item: { id: string }) => item.id)).toContain(officer.id);

      const before = await latestAuditId(server);
      const filed = await countyHead.post(`/api/officers/${officer.id}/secondments/${secondmentId}/filing`, {
        filedOn: '2026-11-19',
      });
      expect(filed.status, JSON.stringify(filed.body)).toBe(200);
      expect((filed.body.secondments as SecondmentView[])[0]!.problems).toEqual([]);
      expectError(
        await countyHead.post(`/api/officers/${officer.id}/secondments/${secondmentId}/filing`, {
          filedOn: '2026-11-19',
        }),
        400,
        'VALIDATION_FAILED',
        'filedOn',
      );
      expectError(
        await countyHead.post(`/api/officers/${officer.id}/secondments/${secondmentId}/return`, {
          returnedOn: '2026-10-01',
        }),
        400,
        'VALIDATION_FAILED',
        'returnedOn',
      );
      const returned = await countyHead.post(
        `/api/officers/${officer.id}/secondments/${secondmentId}/return`,
        {
          returnedOn: '2026-11-20',
        },
      );
      expect(returned.status).toBe(200);
      expect(returned.body.status).toBe('on_duty');
      expect((returned.body.secondments as SecondmentView[])[0]!.state).toBe('returned');
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual([
        'personnel.secondment_file',
        'personnel.secondment_return',
      ]);

      const local = await createOfficer(countyHead, '360121-ENF');
      const stays = await countyHead.post(`/api/officers/${local.id}/secondments`, {
        hostOrganisation: '县委巡察办',
        startsOn: '2026-11-01',
        plannedEndsOn: '2027-01-31',
      });
      const response = await countyHead.post(
        `/api/officers/${local.id}/secondments/${stays.body.secondments[0].id}/filing`,
        { filedOn: '2026-11-19' },
      );
      expectError(response, 400, 'VALIDATION_FAILED', 'filedOn');
      expect(response.body.error.message).toContain('无须备案');
    });

    it('a secondment of another officer is not found under this one', async () => {
      const first = await createOfficer(countyHead, '360121-ENF');
      const second = await createOfficer(countyHead, '360121-ENF');
      const created = await countyHead.post(`/api/officers/${first.id}/secondments`, longSecondment);
      const response = await countyHead.post(
        `/api/officers/${second.id}/secondments/${created.body.secondments[0].id}/return`,
        { returnedOn: '2026-11-20' },
      );
      expectError(response, 404, 'NOT_FOUND');
      expect((await officerRow(server, first.id))!.status).toBe('seconded');
    });
  });

  describe('trainings and awards', () => {
    it('adds and lists trainings with one audit entry; bad input names the field', async () => {
      const officer = await createOfficer(countyHead, '360121-ENF');
      const before = await latestAuditId(server);
      const added = await countyHead.post(`/api/officers/${officer.id}/trainings`, {
        title: '危险废物规范化环境管理专项执法培训',
        kind: 'special_enforcement',
        organiser: '江西省生态环境厅',
        startsOn: '2026-10-12',
        endsOn: '2026-10-14',
        hours: 24,
      });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      expect(added.body).toHaveLength(1);
      expect(added.body[0]).toMatchObject({ kind: 'special_enforcement', hours: 24, isPassed: true });
      expect((await auditEntriesAfter(server, before)).map((entry) => entry.action)).toEqual([
        'personnel.training_add',
      ]);
      const listed = await countyInspector.get(`/api/officers/${officer.id}/trainings`);
      expect(listed.body).toEqual(added.body);
      expectError(
        await countyHead.post(`/api/officers/${officer.id}/trainings`, {
          ...added.body[0],
          id: undefined,
          createdAt: undefined,
          kind: 'party',
        }),
        400,
        'VALIDATION_FAILED',
        'kind',
      );
      expectError(
        await countyHead.post(`/api/officers/${officer.id}/trainings`, {
          title: '培训',
          kind: 'professional',
          organiser: '南昌县局',
          startsOn: '2026-10-12',
          endsOn: '2026-10-10',
          hours: 8,
        }),
        400,
        'VALIDATION_FAILED',
        'endsOn',
      );
      expect((await countyInspector.get(`/api/officers/${officer.id}/trainings`)).body).toHaveLength(1);
    });

    it('adds and lists awards (记功、嘉奖、通报表扬)', async () => {
      const officer = await createOfficer(countyHead, '360121-ENF');
      const added = await countyHead.post(`/api/officers/${officer.id}/awards`, {
        title: '个人三等功',
        kind: 'merit',
        awardedOn: '2026-06-30',
        awardedBy: '江西省人力资源和社会保障厅、江西省生态环境厅',
        reason: '查办重大环境违法犯罪案件成绩突出',
      });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      expect(added.body[0]).toMatchObject({ title: '个人三等功', kind: 'merit' });
      expectError(
        await countyHead.post(`/api/officers/${officer.id}/awards`, {
          title: '嘉奖',
          kind: 'commendation',
          awardedOn: '2027-01-01',
          awardedBy: '南昌县局',
        }),
        400,
        'VALIDATION_FAILED',
        'awardedOn',
      );
      expect((await countyInspector.get(`/api/officers/${officer.id}/awards`)).body).toHaveLength(1);
      expectError(
        await countyInspector.post(`/api/officers/${officer.id}/awards`, {
          title: '嘉奖',
          kind: 'commendation',
          awardedOn: '2026-01-01',
          awardedBy: '南昌县局',
        }),
        403,
        'FORBIDDEN',
      );
    });

    it('another county sees neither', async () => {
      const officer = await createOfficer(countyHead, '360121-ENF');
      expectError(await otherCountyHead.get(`/api/officers/${officer.id}/trainings`), 404, 'NOT_FOUND');
      expectError(await otherCountyHead.get(`/api/officers/${officer.id}/awards`), 404, 'NOT_FOUND');
    });
  });
});
