import { randomUUID } from 'node:crypto';
import { generateCreditCode } from '@qingshan/domain';
import { and, count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compliancePointEntries,
  creditCards,
  creditEvaluations,
  entityCommitments,
  entityEvents,
  entityListMemberships,
  keyPolluterListings,
  regulatedEntities,
} from '../../db/schema/index';
import { agencyId } from '../../demo/demo.agencies';
import { createAgency, createEntity, createUser } from '../../test/factories';
import {
  auditEntriesAfter,
  type CreatedAccount,
  createAccount,
  latestAuditId,
} from '../../test/test-fixtures';
import type { TestAgent, TestResponse, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';

function expectError(response: TestResponse, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (field !== undefined) expect(response.body.error.field).toBe(field);
}

/** Every name starts with this, so list filters find the test's entities and nothing of the demo. */
const prefix = '信用测试';
const today = '2026-11-20';

interface Fixture {
  id: string;
  name: string;
  creditCode: string;
}

describe('commitments and credit', () => {
  let server: TestServer;
  /** Agency head of 进贤县局: another county of Nanchang. */
  let otherCountyHead: CreatedAccount;
  let head: TestAgent;
  let inspector: TestAgent;
  let cityHead: TestAgent;
  let nantongHead: TestAgent;
  const entities: Record<string, Fixture> = {};

  async function insertEntity(
    key: string,
    options: { regionCode: string; ownerCode: string; keyPolluterYears?: number[] },
  ): Promise<Fixture> {
    const id = randomUUID();
    const name = `${prefix}${key}有限公司`;
    const creditCode = generateCreditCode(Math.random, { regionCode: options.regionCode });
    const now = server.clock.now();
    await server.db.insert(regulatedEntities).values({
      id,
      creditCode,
      name,
      regionCode: options.regionCode,
      countyCode: options.regionCode.slice(0, 6),
      ownerAgencyId: agencyId(options.ownerCode),
      industryCode: '2614',
      createdAt: now,
      updatedAt: now,
    });
    for (const year of options.keyPolluterYears ?? []) {
      await server.db.insert(keyPolluterListings).values({ entityId: id, year, medium: 'water' });
    }
    const fixture = { id, name, creditCode };
    entities[key] = fixture;
    return fixture;
  }

  async function rowsOf(entityId: string) {
    const counted = async (table: typeof creditCards | typeof entityEvents) =>
      (await server.db.select({ value: count() }).from(table).where(eq(table.entityId, entityId)))[0]!.value;
    const [cards, events, evaluations, points, memberships, commitments] = await Promise.all([
      counted(creditCards),
      counted(entityEvents),
      server.db
        .select({ value: count() })
        .from(creditEvaluations)
        .where(eq(creditEvaluations.entityId, entityId)),
      server.db
        .select({ value: count() })
        .from(compliancePointEntries)
        .where(eq(compliancePointEntries.entityId, entityId)),
      server.db
        .select({ value: count() })
        .from(entityListMemberships)
        .where(eq(entityListMemberships.entityId, entityId)),
      server.db
        .select({ value: count() })
        .from(entityCommitments)
        .where(eq(entityCommitments.entityId, entityId)),
    ]);
    return {
      cards,
      events,
      evaluations: evaluations[0]!.value,
      points: points[0]!.value,
      memberships: memberships[0]!.value,
      commitments: commitments[0]!.value,
    };
  }

  function eventsOf(entityId: string) {
    return server.db.select().from(entityEvents).where(eq(entityEvents.entityId, entityId));
  }

  /** Runs `act`, then checks it appended exactly one audit entry with `action`, and returns the response. */
  async function withOneAuditEntry(action: string, act: () => Promise<TestResponse>) {
    const before = await latestAuditId(server);
    const response = await act();
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const entries = await auditEntriesAfter(server, before);
    expect(entries.map((entry) => entry.action)).toEqual([action]);
    return { response, entry: entries[0]! };
  }

  beforeAll(async () => {
    server = await createTestServer();
    await insertEntity('甲', {
      regionCode: '360121',
      ownerCode: '360121-BUR',
      keyPolluterYears: [2025, 2026],
    });
    await insertEntity('乙', { regionCode: '360121', ownerCode: '360121-BUR' });
    await insertEntity('丙', { regionCode: '360121', ownerCode: '360121-BUR', keyPolluterYears: [2026] });
    await insertEntity('丁', { regionCode: '360121', ownerCode: '360121-BUR' });
    await insertEntity('戊', { regionCode: '360124', ownerCode: '360124-BUR', keyPolluterYears: [2026] });
    await insertEntity('己', { regionCode: '320685', ownerCode: '320685-BUR' });
    otherCountyHead = await createAccount(server, {
      username: 'jxx.head',
      agencyCode: '360124-BUR',
      roles: ['agency_head'],
    });
    head = await server.as('ncx.head');
    inspector = await server.as('ncx.inspector');
    cityHead = await server.as('nc.head');
    nantongHead = await server.as('nt.head');
  });
  afterAll(async () => {
    await server.close();
  });

  const validBodies = {
    letter: { year: 2026, deliveredOn: '2026-03-02', deliveryMethod: 'in_person' },
    signature: { year: 2026, signedOn: '2026-03-10', signatory: '张建华' },
    card: {
      color: 'yellow',
      reason: '废水总排口化学需氧量超过排放标准，已被依法处罚',
      documentNumber: '南县环罚〔2026〕31号',
      issuedOn: '2026-09-01',
    },
    lift: { liftedOn: today, liftReason: '复核：已完成整改，连续监测达标' },
    evaluation: { level: 'good', evaluatedOn: '2026-02-15' },
    points: { occurredOn: '2026-10-01', points: 5, reason: '主动公开环境信息' },
    list: { list: 'blacklist', listedOn: '2026-10-01', reason: '拒不履行生效行政处罚决定，纳入联合惩戒' },
    removal: { removedOn: today, removalReason: '已履行处罚决定，信用修复' },
  };

  describe('GET /api/entities/:id/credit', () => {
    it('shows the record with the rules of the entity’s province', async () => {
      const response = await head.get(`/api/entities/${entities.甲!.id}/credit`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const credit = response.body;
      expect(credit.profileName).toBe('江西省');
      expect(credit.features).toEqual({
        cards: true,
        evaluation: true,
        points: false,
        blacklist: true,
        positiveList: true,
        commitments: true,
      });
      expect(credit.today).toBe(today);
      expect(credit.entity.keyPolluterYears).toEqual([2026, 2025]);
      expect(
        credit.commitments.map((row: { year: number; status: string }) => [row.year, row.status]),
      ).toEqual([
        [2026, 'missing'],
        [2025, 'missing'],
      ]);
      expect(credit.currentCard).toBeNull();
      expect(credit.positiveListObstacles).toEqual([]);
    });

    it('answers 404 to a user of another county, and to an unknown id', async () => {
      const other = await server.as('jxx.inspector');
      expectError(await other.get(`/api/entities/${entities.甲!.id}/credit`), 404, 'NOT_FOUND');
      expectError(await head.get(`/api/entities/${randomUUID()}/credit`), 404, 'NOT_FOUND');
      expect((await other.get(`/api/entities/${entities.戊!.id}/credit`)).status).toBe(200);
    });

    it('gives Nantong entities Nantong’s rules: compliance points, no cards', async () => {
      const response = await nantongHead.get(`/api/entities/${entities.己!.id}/credit`);
      expect(response.status).toBe(200);
      expect(response.body.profileName).toBe('江苏省南通市');
      expect(response.body.features).toMatchObject({ cards: false, points: true, positiveList: false });
    });
  });

  describe('jurisdiction and permissions on every write', () => {
    const writes = (entityId: string): [string, string, string, unknown][] => [
      ['POST', `/api/entities/${entityId}/credit/letters`, 'letter', validBodies.letter],
      ['POST', `/api/entities/${entityId}/credit/commitments`, 'signature', validBodies.signature],
      ['POST', `/api/entities/${entityId}/credit/cards`, 'card', validBodies.card],
      ['POST', `/api/entities/${entityId}/credit/cards/${randomUUID()}/lift`, 'lift', validBodies.lift],
      ['PUT', `/api/entities/${entityId}/credit/evaluations/2026`, 'evaluation', validBodies.evaluation],
      ['POST', `/api/entities/${entityId}/credit/points`, 'points', validBodies.points],
      ['POST', `/api/entities/${entityId}/credit/lists`, 'list', validBodies.list],
      [
        'POST',
        `/api/entities/${entityId}/credit/lists/${randomUUID()}/remove`,
        'removal',
        validBodies.removal,
      ],
    ];

    it('a county head of another county gets 404 for every act, and nothing changes', async () => {
      const target = entities.甲!;
      const before = await rowsOf(target.id);
      const auditBefore = await latestAuditId(server);
      for (const [method, url, , body] of writes(target.id)) {
        const response = await otherCountyHead.agent.request(method, url, body);
        expectError(response, 404, 'NOT_FOUND');
        expect(response.body.error.message).toMatch(/不在您的管辖范围内/);
      }
      expect(await rowsOf(target.id)).toEqual(before);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it('an inspector may record commitments but not issue cards or decide lists (403)', async () => {
      const target = entities.丙!;
      const before = await rowsOf(target.id);
      for (const [method, url, kind, body] of writes(target.id)) {
        if (kind === 'letter' || kind === 'signature') continue;
        expectError(await inspector.request(method, url, body), 403, 'FORBIDDEN');
      }
      expect(await rowsOf(target.id)).toEqual(before);
      const hotline = await server.as('nc.hotline');
      expectError(
        await hotline.post(`/api/entities/${target.id}/credit/letters`, validBodies.letter),
        403,
        'FORBIDDEN',
      );
    });
  });

  describe('red and yellow cards', () => {
    it('refuses bad input naming the field, and changes nothing', async () => {
      const target = entities.甲!;
      const before = await rowsOf(target.id);
      const url = `/api/entities/${target.id}/credit/cards`;
      const missing = await head.post(url, { ...validBodies.card, documentNumber: undefined });
      expectError(missing, 400, 'VALIDATION_FAILED', 'documentNumber');
      expect(missing.body.error.message).toMatch(/文号/);
      expectError(
        await head.post(url, { ...validBodies.card, color: 'green' }),
        400,
        'VALIDATION_FAILED',
        'color',
      );
      const future = await head.post(url, { ...validBodies.card, issuedOn: '2026-11-21' });
      expectError(future, 400, 'VALIDATION_FAILED', 'issuedOn');
      expect(future.body.error.message).toMatch(/晚于今天/);
      expectError(
        await head.post(url, { ...validBodies.card, reason: '超标' }),
        400,
        'VALIDATION_FAILED',
        'reason',
      );
      expect(await rowsOf(target.id)).toEqual(before);
    });

    it('issues a yellow card: one audit entry, a violation on the timeline, and (Jiangxi) the blacklist', async () => {
      const target = entities.甲!;
      const { response, entry } = await withOneAuditEntry('credit.card_issue', () =>
        head.post(`/api/entities/${target.id}/credit/cards`, validBodies.card),
      );
      const credit = response.body;
      expect(credit.currentCard).toMatchObject({
        color: 'yellow',
        status: 'active',
        issuedOn: '2026-09-01',
        rectificationDueOn: '2026-11-30',
        earliestLiftingOn: '2026-10-01',
        agencyName: '南昌县生态环境局',
        canLift: true,
      });
      expect(credit.isBlacklisted).toBe(true);
      expect(credit.memberships[0]).toMatchObject({
        list: 'blacklist',
        isFromCard: true,
        isActive: true,
        canRemove: false,
      });
      expect(entry.summary).toContain(target.name);
      expect(entry.summary).toContain('列入失信黑名单');
      expect(entry.targetId).toBe(target.id);
      const events = await eventsOf(target.id);
      expect(events.map((row) => [row.kind, row.compliance, row.occurredOn]).sort()).toEqual([
        ['blacklist_added', null, '2026-09-01'],
        ['card_issued', 'violation', '2026-09-01'],
      ]);
      expect(events.find((row) => row.kind === 'card_issued')?.title).toContain('黄牌');
    });

    it('refuses a second yellow card while one is active (409)', async () => {
      const response = await head.post(`/api/entities/${entities.甲!.id}/credit/cards`, validBodies.card);
      expectError(response, 409, 'CONFLICT', 'color');
      expect(response.body.error.message).toMatch(/已有 2026-09-01 起警示中的黄牌/);
    });

    it('raises the yellow card to red; red wins, a serious violation, the credit level drops one step', async () => {
      const target = entities.甲!;
      await withOneAuditEntry('credit.evaluation_set', () =>
        head.put(`/api/entities/${target.id}/credit/evaluations/2026`, validBodies.evaluation),
      );
      const { response } = await withOneAuditEntry('credit.card_issue', () =>
        head.post(`/api/entities/${target.id}/credit/cards`, {
          ...validBodies.card,
          color: 'red',
          reason: '黄牌警示后拒不整改',
          documentNumber: '南县环罚〔2026〕40号',
          issuedOn: '2026-10-10',
        }),
      );
      const credit = response.body;
      expect(credit.currentCard).toMatchObject({ color: 'red', status: 'active' });
      expect(credit.cards).toHaveLength(2);
      expect(credit.creditLevel).toEqual({
        year: 2026,
        evaluated: 'good',
        effective: 'warning',
        isDowngraded: true,
      });
      // Still one blacklist entry: the card lists are the blacklist, not one entry per card.
      expect(credit.memberships.filter((row: { list: string }) => row.list === 'blacklist')).toHaveLength(1);
      const events = await eventsOf(target.id);
      expect(events.filter((row) => row.compliance === 'serious_violation')).toHaveLength(1);
    });

    it('refuses lifting before the minimum warning period, naming the earliest day', async () => {
      const target = entities.甲!;
      const credit = (await head.get(`/api/entities/${target.id}/credit`)).body;
      const red = credit.cards.find((card: { color: string }) => card.color === 'red');
      const response = await head.post(
        `/api/entities/${target.id}/credit/cards/${red.id}/lift`,
        validBodies.lift,
      );
      expectError(response, 400, 'VALIDATION_FAILED', 'liftedOn');
      expect(response.body.error.message).toMatch(/红牌至少警示 90 日，最早可于 2027-01-08 摘牌/);
    });

    it('a county may not lift a card its city issued (403); the city may', async () => {
      const target = entities.丁!;
      const issued = await cityHead.post(`/api/entities/${target.id}/credit/cards`, {
        ...validBodies.card,
        documentNumber: '洪环罚〔2026〕88号',
        issuedOn: '2026-06-01',
      });
      expect(issued.status, JSON.stringify(issued.body)).toBe(200);
      const card = issued.body.currentCard;
      expect(card.agencyName).toBe('南昌市生态环境局');
      const asCounty = (await head.get(`/api/entities/${target.id}/credit`)).body;
      expect(asCounty.currentCard.canLift).toBe(false);
      const before = await rowsOf(target.id);
      const refused = await head.post(
        `/api/entities/${target.id}/credit/cards/${card.id}/lift`,
        validBodies.lift,
      );
      expectError(refused, 403, 'FORBIDDEN');
      expect(refused.body.error.message).toMatch(
        /由南昌市生态环境局作出，只能由作出机关或其上级机关复核摘牌/,
      );
      expect(await rowsOf(target.id)).toEqual(before);

      const { response, entry } = await withOneAuditEntry('credit.card_lift', () =>
        cityHead.post(`/api/entities/${target.id}/credit/cards/${card.id}/lift`, validBodies.lift),
      );
      expect(response.body.currentCard).toBeNull();
      expect(response.body.cards[0]).toMatchObject({ status: 'lifted', liftedOn: today });
      expect(response.body.isBlacklisted).toBe(false);
      expect(entry.summary).toContain('移出失信黑名单');
      const events = await eventsOf(target.id);
      expect(events.map((row) => row.kind).sort()).toEqual([
        'blacklist_added',
        'blacklist_removed',
        'card_issued',
        'card_lifted',
      ]);
      expect(events.find((row) => row.kind === 'card_lifted')?.compliance).toBe('compliant');
      const again = await cityHead.post(
        `/api/entities/${target.id}/credit/cards/${card.id}/lift`,
        validBodies.lift,
      );
      expectError(again, 409, 'CONFLICT');
    });

    it('answers 404 for a card of another entity', async () => {
      const other = (await head.get(`/api/entities/${entities.丁!.id}/credit`)).body.cards[0];
      expectError(
        await head.post(`/api/entities/${entities.甲!.id}/credit/cards/${other.id}/lift`, validBodies.lift),
        404,
        'NOT_FOUND',
      );
    });

    it('refuses cards where the province has none (Nantong), with a message naming it', async () => {
      const target = entities.己!;
      const before = await rowsOf(target.id);
      const response = await nantongHead.post(`/api/entities/${target.id}/credit/cards`, validBodies.card);
      expectError(response, 400, 'BAD_REQUEST');
      expect(response.body.error.message).toMatch(/^江苏省南通市未实行红黄牌警示制度/);
      expect(await rowsOf(target.id)).toEqual(before);
    });
  });

  describe('credit evaluation', () => {
    it('updates the year’s level with before and after in the trail', async () => {
      const target = entities.甲!;
      const { response, entry } = await withOneAuditEntry('credit.evaluation_set', () =>
        head.put(`/api/entities/${target.id}/credit/evaluations/2026`, {
          level: 'warning',
          evaluatedOn: '2026-11-01',
        }),
      );
      expect(response.body.evaluations).toHaveLength(1);
      expect(response.body.creditLevel).toMatchObject({ evaluated: 'warning', effective: 'untrustworthy' });
      expect(entry.summary).toMatch(/定为环保警示（原为环保良好）/);
      expect(entry.beforeDigest).not.toBeNull();
      expect(entry.afterDigest).not.toBeNull();
    });

    it('refuses a year that has not begun, and an unknown level', async () => {
      const url = `/api/entities/${entities.甲!.id}/credit/evaluations`;
      const future = await head.put(`${url}/2027`, validBodies.evaluation);
      expectError(future, 400, 'VALIDATION_FAILED', 'year');
      expect(future.body.error.message).toMatch(/2027 年度尚未开始/);
      expectError(
        await head.put(`${url}/2026`, { ...validBodies.evaluation, level: 'excellent' }),
        400,
        'VALIDATION_FAILED',
        'level',
      );
    });
  });

  describe('compliance points', () => {
    it('keeps Nantong’s ledger and balance', async () => {
      const target = entities.己!;
      await withOneAuditEntry('credit.points_add', () =>
        nantongHead.post(`/api/entities/${target.id}/credit/points`, validBodies.points),
      );
      const { response } = await withOneAuditEntry('credit.points_add', () =>
        nantongHead.post(`/api/entities/${target.id}/credit/points`, {
          occurredOn: '2026-11-02',
          points: -8,
          reason: '危险废物贮存场所标识不规范',
        }),
      );
      expect(response.body.points.balance).toBe(-3);
      expect(
        response.body.points.entries.map((entry: { balanceAfter: number }) => entry.balanceAfter),
      ).toEqual([-3, 5]);
      const events = await eventsOf(target.id);
      expect(events.map((row) => row.compliance).sort()).toEqual(['minor_issue', null]);
    });

    it('refuses points in Jiangxi, and a zero entry', async () => {
      const response = await head.post(`/api/entities/${entities.乙!.id}/credit/points`, validBodies.points);
      expectError(response, 400, 'BAD_REQUEST');
      expect(response.body.error.message).toMatch(/^江西省未实行生态环境守法积分制度/);
      expectError(
        await nantongHead.post(`/api/entities/${entities.己!.id}/credit/points`, {
          ...validBodies.points,
          points: 0,
        }),
        400,
        'VALIDATION_FAILED',
        'points',
      );
    });
  });

  describe('the positive list (seed 004 item 9) and the blacklist', () => {
    const positive = { list: 'positive', listedOn: '2026-11-01', reason: '近一年无违法记录，守法经营' };

    it('lists a clean entity', async () => {
      const { response } = await withOneAuditEntry('credit.list_add', () =>
        head.post(`/api/entities/${entities.乙!.id}/credit/lists`, positive),
      );
      expect(response.body.isOnPositiveList).toBe(true);
      expectError(
        await head.post(`/api/entities/${entities.乙!.id}/credit/lists`, positive),
        409,
        'CONFLICT',
      );
    });

    it('refuses an entity under a card, naming every reason', async () => {
      const before = await rowsOf(entities.甲!.id);
      const response = await head.post(`/api/entities/${entities.甲!.id}/credit/lists`, positive);
      expectError(response, 409, 'CONFLICT');
      expect(response.body.error.message).toMatch(
        /正受红牌警示；在失信黑名单中；最近一次信用评价为环保警示；近 12 个月内有违法记录/,
      );
      expect(await rowsOf(entities.甲!.id)).toEqual(before);
    });

    it('refuses an entity with a violation on its timeline in the last 12 months, not one older', async () => {
      const target = entities.丙!;
      await server.db.insert(entityEvents).values({
        entityId: target.id,
        occurredOn: '2025-12-01',
        kind: 'inspection',
        title: '现场检查发现超标排放',
        compliance: 'violation',
        createdAt: server.clock.now(),
      });
      const response = await head.post(`/api/entities/${target.id}/credit/lists`, positive);
      expectError(response, 409, 'CONFLICT');
      expect(response.body.error.message).toMatch(/近 12 个月内有违法记录（2025-12-01）/);
      await server.db
        .update(entityEvents)
        .set({ occurredOn: '2025-11-15' })
        .where(and(eq(entityEvents.entityId, target.id), eq(entityEvents.kind, 'inspection')));
      expect((await head.get(`/api/entities/${target.id}/credit`)).body.positiveListObstacles).toEqual([]);
    });

    it('a card takes the entity off the positive list in the same act', async () => {
      const target = entities.乙!;
      const { response, entry } = await withOneAuditEntry('credit.card_issue', () =>
        head.post(`/api/entities/${target.id}/credit/cards`, {
          ...validBodies.card,
          documentNumber: '南县环罚〔2026〕52号',
        }),
      );
      expect(response.body.isOnPositiveList).toBe(false);
      expect(response.body.isBlacklisted).toBe(true);
      expect(entry.summary).toContain('移出正面清单');
      const removed = response.body.memberships.find((row: { list: string }) => row.list === 'positive');
      expect(removed).toMatchObject({ isActive: false, removedOn: '2026-11-01' });
    });

    it('keeps a card’s blacklisting until the card is lifted (409 on removal)', async () => {
      const target = entities.乙!;
      const credit = (await head.get(`/api/entities/${target.id}/credit`)).body;
      const entryOnList = credit.memberships.find(
        (row: { list: string; isActive: boolean }) => row.list === 'blacklist' && row.isActive,
      );
      const response = await head.post(
        `/api/entities/${target.id}/credit/lists/${entryOnList.id}/remove`,
        validBodies.removal,
      );
      expectError(response, 409, 'CONFLICT');
      expect(response.body.error.message).toMatch(/请先复核摘牌/);
    });

    it('blacklists and removes by hand, each with one audit entry and a timeline event', async () => {
      const target = entities.丙!;
      const { response } = await withOneAuditEntry('credit.list_add', () =>
        head.post(`/api/entities/${target.id}/credit/lists`, validBodies.list),
      );
      const membership = response.body.memberships.find((row: { list: string }) => row.list === 'blacklist');
      expect(membership).toMatchObject({ isFromCard: false, canRemove: true });
      const early = await head.post(`/api/entities/${target.id}/credit/lists/${membership.id}/remove`, {
        ...validBodies.removal,
        removedOn: '2026-09-30',
      });
      expectError(early, 400, 'VALIDATION_FAILED', 'removedOn');
      const { response: removed } = await withOneAuditEntry('credit.list_remove', () =>
        head.post(`/api/entities/${target.id}/credit/lists/${membership.id}/remove`, validBodies.removal),
      );
      expect(removed.body.isBlacklisted).toBe(false);
      const kinds = (await eventsOf(target.id)).map((row) => row.kind);
      expect(kinds).toEqual(expect.arrayContaining(['blacklist_added', 'blacklist_removed']));
    });

    it('refuses the positive list where the province has none', async () => {
      const response = await nantongHead.post(`/api/entities/${entities.己!.id}/credit/lists`, positive);
      expectError(response, 400, 'BAD_REQUEST');
      expect(response.body.error.message).toMatch(/江苏省南通市未实行监督执法正面清单/);
    });
  });

  describe('commitments (一公开、一承诺, seed 002 二（一）1)', () => {
    it('an inspector records the letter, then the signed commitment', async () => {
      const target = entities.丙!;
      const { response: delivered } = await withOneAuditEntry('credit.letter_delivered', () =>
        inspector.post(`/api/entities/${target.id}/credit/letters`, validBodies.letter),
      );
      expect(delivered.body.commitments[0]).toMatchObject({
        year: 2026,
        status: 'delivered',
        deliveryMethod: 'in_person',
      });
      const early = await inspector.post(`/api/entities/${target.id}/credit/commitments`, {
        ...validBodies.signature,
        signedOn: '2026-03-01',
      });
      expectError(early, 400, 'VALIDATION_FAILED', 'signedOn');
      expect(early.body.error.message).toMatch(/早于公开信送达日期 2026-03-02/);
      const { response: signed } = await withOneAuditEntry('credit.commitment_signed', () =>
        inspector.post(`/api/entities/${target.id}/credit/commitments`, validBodies.signature),
      );
      expect(signed.body.commitments[0]).toMatchObject({
        status: 'signed',
        signatory: '张建华',
        commitmentSignedOn: '2026-03-10',
      });
      const events = (await eventsOf(target.id)).filter((row) => row.sourceType === 'entity_commitment');
      expect(events.map((row) => [row.kind, row.compliance]).sort()).toEqual([
        ['commitment_signed', null],
        ['letter_delivered', null],
      ]);
    });

    it('refuses an entity that is not a key polluter of the year, and a date outside the year', async () => {
      const notListed = await head.post(
        `/api/entities/${entities.乙!.id}/credit/letters`,
        validBodies.letter,
      );
      expectError(notListed, 400, 'VALIDATION_FAILED', 'year');
      expect(notListed.body.error.message).toMatch(/不在 2026 年重点排污单位名录中/);
      const outside = await head.post(`/api/entities/${entities.甲!.id}/credit/letters`, {
        ...validBodies.letter,
        deliveredOn: '2025-11-30',
      });
      expectError(outside, 400, 'VALIDATION_FAILED', 'deliveredOn');
    });

    it('refuses commitments where the province has none (Nantong)', async () => {
      const response = await nantongHead.post(
        `/api/entities/${entities.己!.id}/credit/letters`,
        validBodies.letter,
      );
      expectError(response, 400, 'BAD_REQUEST');
      expect(response.body.error.message).toMatch(/江苏省南通市未实行致企业负责人公开信/);
    });
  });

  describe('agency-wide lists', () => {
    it('lists cards with filters, sorted, only within the jurisdiction', async () => {
      const county = await head.get(`/api/credit/cards?q=${encodeURIComponent(prefix)}&sort=issuedOn`);
      expect(county.status, JSON.stringify(county.body)).toBe(200);
      const issued = county.body.items.map((row: { issuedOn: string }) => row.issuedOn);
      expect(issued).toEqual([...issued].sort());
      expect(
        county.body.items
          .map((row: { entityName: string; color: string }) => `${row.entityName}:${row.color}`)
          .sort(),
      ).toEqual(
        [
          `${entities.丁!.name}:yellow`,
          `${entities.甲!.name}:yellow`,
          `${entities.甲!.name}:red`,
          `${entities.乙!.name}:yellow`,
        ].sort(),
      );
      expect(county.body.items[0].entityName).toBe(entities.丁!.name);
      expect(county.body.items[3]).toMatchObject({ entityName: entities.甲!.name, color: 'red' });
      const red = await head.get(`/api/credit/cards?q=${encodeURIComponent(prefix)}&color=red`);
      expect(red.body.total).toBe(1);
      const lifted = await head.get(`/api/credit/cards?q=${encodeURIComponent(prefix)}&status=lifted`);
      expect(lifted.body.items.map((row: { entityName: string }) => row.entityName)).toEqual([
        entities.丁!.name,
      ]);
      const overdue = await head.get(`/api/credit/cards?q=${encodeURIComponent(prefix)}&status=overdue`);
      expect(overdue.body.total).toBe(0);
      const byCode = await head.get(
        `/api/credit/cards?q=${entities.甲!.creditCode.slice(0, 12).toLowerCase()}`,
      );
      expect(byCode.body.items.every((row: { entityId: string }) => row.entityId === entities.甲!.id)).toBe(
        true,
      );
      const other = await (await server.as('jxx.inspector')).get(
        `/api/credit/cards?q=${encodeURIComponent(prefix)}`,
      );
      expect(other.body.total).toBe(0);
      const outsideFilter = await head.get(
        `/api/credit/cards?q=${encodeURIComponent(prefix)}&agencyId=${agencyId('360124-BUR')}`,
      );
      expect(outsideFilter.body.total).toBe(0);
      expectError(await head.get('/api/credit/cards?status=expired'), 400, 'VALIDATION_FAILED', 'status');
    });

    it('lists the blacklist and the positive list with their status filter', async () => {
      const blacklist = await head.get(
        `/api/credit/blacklist?q=${encodeURIComponent(prefix)}&status=active&sort=entityName`,
      );
      expect(blacklist.status, JSON.stringify(blacklist.body)).toBe(200);
      expect(blacklist.body.items.map((row: { entityName: string }) => row.entityName).sort()).toEqual(
        [entities.甲!.name, entities.乙!.name].sort(),
      );
      expect(blacklist.body.items.every((row: { isFromCard: boolean }) => row.isFromCard)).toBe(true);
      const removed = await head.get(`/api/credit/blacklist?q=${encodeURIComponent(prefix)}&status=removed`);
      expect(removed.body.items.map((row: { entityName: string }) => row.entityName).sort()).toEqual(
        [entities.丙!.name, entities.丁!.name].sort(),
      );
      const positive = await head.get(`/api/credit/positive-list?q=${encodeURIComponent(prefix)}`);
      expect(positive.body.items).toHaveLength(1);
      expect(positive.body.items[0]).toMatchObject({ entityName: entities.乙!.name, isActive: false });
    });

    it('shows commitment coverage of the year’s key polluters, with the missing ones', async () => {
      const response = await cityHead.get(
        `/api/credit/commitments?year=2026&q=${encodeURIComponent(prefix)}`,
      );
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      // 甲 and 丙 of 南昌县, 戊 of 进贤县: all key polluters of the city in 2026.
      expect(response.body.coverage).toEqual({
        year: 2026,
        keyPolluters: 3,
        delivered: 1,
        signed: 1,
        missing: 2,
        deliveredPercent: 33.3,
        signedPercent: 33.3,
      });
      const missing = await cityHead.get(
        `/api/credit/commitments?year=2026&status=missing&q=${encodeURIComponent(prefix)}`,
      );
      expect(missing.body.items.map((row: { entityName: string }) => row.entityName).sort()).toEqual(
        [entities.甲!.name, entities.戊!.name].sort(),
      );
      expect(missing.body.items[0]).toMatchObject({ keyPolluterMedia: ['water'], status: 'missing' });
      expect(missing.body.coverage.keyPolluters).toBe(3);
      const county = await head.get(`/api/credit/commitments?year=2026&q=${encodeURIComponent(prefix)}`);
      expect(county.body.coverage).toMatchObject({ keyPolluters: 2, signed: 1, signedPercent: 50 });
      const other = await otherCountyHead.agent.get(
        `/api/credit/commitments?year=2026&q=${encodeURIComponent(prefix)}`,
      );
      expect(other.body.items.map((row: { entityName: string }) => row.entityName)).toEqual([
        entities.戊!.name,
      ]);
    });

    it('lists evaluations and points', async () => {
      const evaluations = await head.get(`/api/credit/evaluations?year=2026&q=${encodeURIComponent(prefix)}`);
      expect(evaluations.body.items).toMatchObject([
        { entityName: entities.甲!.name, level: 'warning', year: 2026 },
      ]);
      const byLevel = await head.get(`/api/credit/evaluations?level=good&q=${encodeURIComponent(prefix)}`);
      expect(byLevel.body.total).toBe(0);
      const points = await nantongHead.get(`/api/credit/points?q=${encodeURIComponent(prefix)}&sort=points`);
      expect(
        points.body.items.map((row: { points: number; entityBalance: number }) => [
          row.points,
          row.entityBalance,
        ]),
      ).toEqual([
        [-8, -3],
        [5, -3],
      ]);
      const deductions = await nantongHead.get(
        `/api/credit/points?q=${encodeURIComponent(prefix)}&direction=deduction`,
      );
      expect(deductions.body.total).toBe(1);
      expect((await head.get(`/api/credit/points?q=${encodeURIComponent(prefix)}`)).body.total).toBe(0);
    });

    it('exports each list as Excel with the same filters, one audit entry each', async () => {
      const q = encodeURIComponent(prefix);
      for (const [url, sheet, rows] of [
        [`/api/credit/cards/export.xlsx?q=${q}`, '红黄牌警示名单', 4],
        [`/api/credit/blacklist/export.xlsx?q=${q}&status=active`, '失信黑名单', 2],
        [`/api/credit/positive-list/export.xlsx?q=${q}`, '正面清单', 1],
        [`/api/credit/commitments/export.xlsx?q=${q}&year=2026`, '2026年重点排污单位公开信与承诺书', 2],
        [`/api/credit/evaluations/export.xlsx?q=${q}`, '企业环境信用评价结果', 1],
      ] as const) {
        const before = await latestAuditId(server);
        const response = await head.get(url);
        expect(response.status, url).toBe(200);
        expect(response.headers['content-type']).toContain('spreadsheetml');
        expect(String(response.headers['content-disposition'])).toContain(encodeURIComponent(sheet));
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
        const worksheet = workbook.getWorksheet(sheet)!;
        expect(worksheet.rowCount - 1, url).toBe(rows);
        expect(String(worksheet.getRow(1).getCell(1).value)).toBe('单位名称');
        const entries = await auditEntriesAfter(server, before);
        expect(entries.map((entry) => [entry.action, entry.summary])).toEqual([
          ['credit.export', `导出${sheet} ${rows} 条`],
        ]);
      }
      const points = await nantongHead.get(`/api/credit/points/export.xlsx?q=${q}`);
      expect(points.status).toBe(200);
    });

    it('shows an unlifted card as overdue once its rectification deadline has passed', async () => {
      const target = entities.丁!;
      const issued = await cityHead.post(`/api/entities/${target.id}/credit/cards`, {
        ...validBodies.card,
        documentNumber: '洪环罚〔2026〕61号',
        issuedOn: '2026-07-01',
      });
      expect(issued.body.currentCard).toMatchObject({ status: 'overdue', rectificationDueOn: '2026-09-29' });
      const overdue = await head.get(`/api/credit/cards?q=${encodeURIComponent(prefix)}&status=overdue`);
      expect(
        overdue.body.items.map((row: { entityName: string; status: string }) => [row.entityName, row.status]),
      ).toEqual([[target.name, 'overdue']]);
      const active = await head.get(`/api/credit/cards?q=${encodeURIComponent(prefix)}&status=active`);
      expect(active.body.items.every((row: { status: string }) => row.status === 'active')).toBe(true);
      expect(active.body.total).toBe(3);
      const current = await head.get(`/api/credit/cards?q=${encodeURIComponent(prefix)}&status=current`);
      expect(current.body.total).toBe(4);
    });

    it('counts the header figures within the jurisdiction', async () => {
      const summary = await head.get('/api/credit/summary');
      expect(summary.status, JSON.stringify(summary.body)).toBe(200);
      expect(summary.body.profileName).toBe('江西省');
      expect(summary.body.features.points).toBe(false);
      const before = summary.body.cards.red;
      await head.post(`/api/entities/${entities.丙!.id}/credit/cards`, {
        ...validBodies.card,
        color: 'red',
        documentNumber: '南县环罚〔2026〕60号',
      });
      const after = (await head.get('/api/credit/summary')).body;
      expect(after.cards.red).toBe(before + 1);
      expect(after.commitments.year).toBe(2026);
      // The header shows the latest evaluated year: here 2026, which the test evaluated above.
      expect(after.evaluations.year).toBe(2026);
      expect(after.evaluations.byLevel.warning).toBeGreaterThanOrEqual(1);
      const other = (await otherCountyHead.agent.get('/api/credit/summary')).body;
      expect(other.cards.red).toBeLessThan(after.cards.red);
      const nantong = (await nantongHead.get('/api/credit/summary')).body;
      expect(nantong.features).toMatchObject({ cards: false, points: true });
      expect(nantong.points.entries).toBeGreaterThanOrEqual(2);
    });
  });

  describe('entity names in credit lists sort by pinyin', () => {
    it('lists key polluters by entity name 丰岭, 中合…二厂, 中合…有限公司 (code point puts 中 before 丰), both ways', async () => {
      const agency = await createAgency(server);
      const owner = await createUser(server, agency, ['agency_head']);
      for (const name of ['测拼县中合化工有限公司', '测拼县丰岭农业开发有限公司', '测拼县中合化工二厂']) {
        const entity = await createEntity(server, agency, { name });
        await server.db
          .insert(keyPolluterListings)
          .values({ entityId: entity.id, year: 2026, medium: 'water' });
      }
      const namesOf = async (sort: string) => {
        const response = await owner.agent.get(
          `/api/credit/commitments?year=2026&sort=${sort}&q=${encodeURIComponent('测拼县')}`,
        );
        expect(response.status, JSON.stringify(response.body)).toBe(200);
        return response.body.items.map((row: { entityName: string }) => row.entityName);
      };
      expect(await namesOf('entityName')).toEqual([
        '测拼县丰岭农业开发有限公司',
        '测拼县中合化工二厂',
        '测拼县中合化工有限公司',
      ]);
      expect(await namesOf('-entityName')).toEqual([
        '测拼县中合化工有限公司',
        '测拼县中合化工二厂',
        '测拼县丰岭农业开发有限公司',
      ]);
    });
  });
});
