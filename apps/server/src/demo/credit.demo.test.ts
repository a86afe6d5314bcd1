import {
  type CardColor,
  type CreditLevel,
  earliestLiftingOn,
  findPositiveListObstacles,
  getProvinceProfile,
} from '@qingshan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client';
import { createTestServer, type TestServer } from '../test/test-server';

/**
 * The credit demo (small scale, in the test template) obeys the credit rules it demonstrates: the
 * same checks the API applies to a person's acts hold for every generated record.
 */
describe('credit demo data', () => {
  let server: TestServer;
  const jiangxi = getProvinceProfile('jiangxi').credit;
  const today = '2026-11-20';

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  function rows<Row>(query: ReturnType<typeof sql>) {
    return queryRows<Row>(server.db, query);
  }

  it('records commitments only for the year’s key polluters, most of them signed, never before delivery', async () => {
    const commitments = await rows<{
      year: number;
      delivered: string | null;
      signed: string | null;
      listed: boolean;
      region: string;
    }>(sql`
      SELECT c.year, c.letter_delivered_on::text AS delivered, c.commitment_signed_on::text AS signed,
             e.region_code AS region,
             EXISTS (SELECT 1 FROM key_polluter_listings k WHERE k.entity_id = c.entity_id AND k.year = c.year) AS listed
      FROM entity_commitments c JOIN regulated_entities e ON e.id = c.entity_id`);
    expect(commitments.length).toBeGreaterThan(50);
    for (const row of commitments) {
      expect(row.listed).toBe(true);
      expect(row.region.startsWith('36')).toBe(true);
      expect(row.delivered?.slice(0, 4)).toBe(String(row.year));
      if (row.signed) expect(row.signed >= row.delivered!).toBe(true);
      if (row.signed) expect(row.signed <= today).toBe(true);
    }
    const signedShare = commitments.filter((row) => row.signed).length / commitments.length;
    expect(signedShare).toBeGreaterThan(0.85);
    expect(signedShare).toBeLessThan(0.97);
  });

  it('issues cards only in Jiangxi, never two active cards of a colour or a yellow under a red, lifted no earlier than allowed', async () => {
    const cards = await rows<{
      entity_id: string;
      color: CardColor;
      issued_on: string;
      lifted_on: string | null;
      document_number: string;
      region: string;
    }>(sql`
      SELECT c.entity_id, c.color, c.issued_on::text, c.lifted_on::text, c.document_number, e.region_code AS region
      FROM credit_cards c JOIN regulated_entities e ON e.id = c.entity_id ORDER BY c.entity_id, c.issued_on`);
    expect(cards.some((card) => card.color === 'red')).toBe(true);
    expect(cards.some((card) => card.lifted_on)).toBe(true);
    expect(cards.some((card) => !card.lifted_on)).toBe(true);
    const byEntity = new Map<string, typeof cards>();
    for (const card of cards) {
      expect(card.region.startsWith('36')).toBe(true);
      expect(card.document_number).toMatch(/^.+环警〔\d{4}〕\d+号$/);
      expect(card.issued_on <= today).toBe(true);
      if (card.lifted_on) {
        expect(
          card.lifted_on >= earliestLiftingOn({ color: card.color, issuedOn: card.issued_on }, jiangxi),
        ).toBe(true);
        expect(card.lifted_on <= today).toBe(true);
      }
      byEntity.set(card.entity_id, [...(byEntity.get(card.entity_id) ?? []), card]);
    }
    const activeOn = (list: typeof cards, date: string) =>
      list.filter((card) => card.issued_on < date && (!card.lifted_on || card.lifted_on > date));
    for (const list of byEntity.values()) {
      for (const card of list) {
        const before = activeOn(list, card.issued_on);
        expect(before.some((other) => other.color === card.color)).toBe(false);
        if (card.color === 'yellow') expect(before.some((other) => other.color === 'red')).toBe(false);
      }
    }
  });

  it('keeps exactly the entities with an active card on the blacklist (seed 002 二（五）3)', async () => {
    const mismatches = await rows<{ id: string; has_card: boolean; listed: boolean }>(sql`
      SELECT e.id,
        EXISTS (SELECT 1 FROM credit_cards c WHERE c.entity_id = e.id AND c.lifted_on IS NULL) AS has_card,
        EXISTS (SELECT 1 FROM entity_list_memberships m
                WHERE m.entity_id = e.id AND m.list = 'blacklist' AND m.removed_on IS NULL) AS listed
      FROM regulated_entities e WHERE e.region_code LIKE '36%'`);
    const listed = mismatches.filter((row) => row.listed);
    expect(listed.length).toBeGreaterThan(0);
    expect(mismatches.filter((row) => row.has_card !== row.listed)).toEqual([]);
  });

  it('lists on the positive list only entities the rules admit (seed 004 item 9)', async () => {
    const members = await rows<{
      id: string;
      region: string;
      has_card: boolean;
      blacklisted: boolean;
      level: CreditLevel | null;
      last_violation: string | null;
    }>(sql`
      SELECT e.id, e.region_code AS region,
        EXISTS (SELECT 1 FROM credit_cards c WHERE c.entity_id = e.id AND c.lifted_on IS NULL) AS has_card,
        EXISTS (SELECT 1 FROM entity_list_memberships b
                WHERE b.entity_id = e.id AND b.list = 'blacklist' AND b.removed_on IS NULL) AS blacklisted,
        (SELECT v.level FROM credit_evaluations v WHERE v.entity_id = e.id ORDER BY v.year DESC LIMIT 1) AS level,
        (SELECT max(t.occurred_on)::text FROM entity_events t
         WHERE t.entity_id = e.id AND t.compliance IN ('violation', 'serious_violation')) AS last_violation
      FROM entity_list_memberships m JOIN regulated_entities e ON e.id = m.entity_id
      WHERE m.list = 'positive' AND m.removed_on IS NULL`);
    expect(members.length).toBe(30);
    for (const member of members) {
      expect(member.region.startsWith('36')).toBe(true);
      const obstacles = findPositiveListObstacles(
        {
          activeCard: member.has_card ? 'yellow' : null,
          isBlacklisted: member.blacklisted,
          latestCreditLevel: member.level,
          lastViolationOn: member.last_violation,
        },
        today,
        jiangxi,
      );
      expect(obstacles, member.id).toEqual([]);
    }
  });

  it('evaluates key polluters for the last two full years, a red card making the year 环保不良', async () => {
    const evaluations = await rows<{
      year: number;
      level: CreditLevel;
      red_in_year: boolean;
      listed: boolean;
    }>(sql`
      SELECT v.year, v.level,
        EXISTS (SELECT 1 FROM credit_cards c WHERE c.entity_id = v.entity_id AND c.color = 'red'
                AND extract(year FROM c.issued_on) = v.year) AS red_in_year,
        EXISTS (SELECT 1 FROM key_polluter_listings k WHERE k.entity_id = v.entity_id AND k.year = v.year) AS listed
      FROM credit_evaluations v`);
    expect(new Set(evaluations.map((row) => row.year))).toEqual(new Set([2024, 2025]));
    for (const row of evaluations) {
      expect(row.listed).toBe(true);
      if (row.red_in_year) expect(row.level).toBe('untrustworthy');
    }
    const levels = new Set(evaluations.map((row) => row.level));
    expect(levels).toEqual(new Set(['trustworthy', 'good', 'warning', 'untrustworthy']));
  });

  it('keeps compliance points for Nantong only', async () => {
    const points = await rows<{ region: string; entries: number }>(sql`
      SELECT substr(e.region_code, 1, 4) AS region, count(*)::int AS entries
      FROM compliance_point_entries p JOIN regulated_entities e ON e.id = p.entity_id GROUP BY 1`);
    expect(points.map((row) => row.region)).toEqual(['3206']);
    expect(points[0]!.entries).toBeGreaterThan(10);
  });

  it('puts every credit record on its entity’s timeline', async () => {
    const missing = await rows<{ source: string; count: number }>(sql`
      SELECT 'card' AS source, count(*)::int AS count FROM credit_cards r
        WHERE NOT EXISTS (SELECT 1 FROM entity_events t WHERE t.source_id = r.id::text AND t.kind = 'card_issued')
      UNION ALL SELECT 'lift', count(*)::int FROM credit_cards r WHERE r.lifted_on IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM entity_events t WHERE t.source_id = r.id::text AND t.kind = 'card_lifted')
      UNION ALL SELECT 'evaluation', count(*)::int FROM credit_evaluations r
        WHERE NOT EXISTS (SELECT 1 FROM entity_events t WHERE t.source_id = r.id::text)
      UNION ALL SELECT 'commitment', count(*)::int FROM entity_commitments r
        WHERE NOT EXISTS (SELECT 1 FROM entity_events t WHERE t.source_id = r.id::text AND t.kind = 'letter_delivered')
      UNION ALL SELECT 'membership', count(*)::int FROM entity_list_memberships r
        WHERE NOT EXISTS (SELECT 1 FROM entity_events t WHERE t.source_id = r.id::text)
      UNION ALL SELECT 'points', count(*)::int FROM compliance_point_entries r
        WHERE NOT EXISTS (SELECT 1 FROM entity_events t WHERE t.source_id = r.id::text)`);
    // UNION ALL keeps no order on PostgreSQL: compare as a map.
    expect(Object.fromEntries(missing.map((row) => [row.source, Number(row.count)]))).toEqual(
      Object.fromEntries([
        ['card', 0],
        ['lift', 0],
        ['evaluation', 0],
        ['commitment', 0],
        ['membership', 0],
        ['points', 0],
      ]),
    );
  });
});
