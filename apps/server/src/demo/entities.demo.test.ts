import { findIndustry, pollutingIndustryDivisions, validateCreditCode } from '@qingshan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client';
import { loadOwnershipResolver } from '../modules/entities/index';
import { createTestServer, type TestServer } from '../test/test-server';
import { isInsideShape, loadCountyShapes } from './demo.county-shapes';

/** The demo entities as the test template loads them (scale `small`: a tenth of `full`). */
describe('demo entities', () => {
  let server: TestServer;
  let entities: {
    id: string;
    credit_code: string;
    name: string;
    region_code: string;
    county_code: string;
    owner_agency_id: string;
    industry_code: string;
    permit_class: string | null;
    permit_number: string | null;
    longitude: number | null;
    latitude: number | null;
    has_automatic_monitoring: boolean;
    is_monitoring_networked: boolean;
    is_key: boolean;
  }[];

  beforeAll(async () => {
    server = await createTestServer();
    entities = await queryRows(
      server.db,
      sql`SELECT e.*, EXISTS (SELECT 1 FROM key_polluter_listings k WHERE k.entity_id = e.id AND k.year = 2026) AS is_key
        FROM regulated_entities e`,
    );
  });
  afterAll(async () => {
    await server.close();
  });

  it('has about 2,000 entities in Jiangxi and some in Jilin and Nantong, about a tenth of them key polluters', () => {
    const jiangxi = entities.filter((entity) => entity.county_code.startsWith('36'));
    expect(jiangxi.length).toBeGreaterThanOrEqual(1_950);
    expect(jiangxi.length).toBeLessThanOrEqual(2_050);
    expect(entities.filter((entity) => entity.county_code.startsWith('22')).length).toBeGreaterThan(30);
    expect(entities.filter((entity) => entity.county_code.startsWith('3206')).length).toBeGreaterThan(20);
    const share = jiangxi.filter((entity) => entity.is_key).length / jiangxi.length;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
  });

  it('gives every entity a valid, unique credit code registered in its county (or its city for a zone)', () => {
    const codes = new Set<string>();
    for (const entity of entities) {
      const result = validateCreditCode(entity.credit_code);
      expect(result.isValid, `${entity.name} ${entity.credit_code}`).toBe(true);
      if (!result.isValid) continue;
      const region =
        entity.county_code[4] === '7' ? `${entity.county_code.slice(0, 4)}00` : entity.county_code;
      expect(result.parts.regionCode).toBe(region);
      codes.add(entity.credit_code);
    }
    expect(codes.size).toBe(entities.length);
    expect(new Set(entities.map((entity) => entity.name)).size).toBe(entities.length);
  });

  it('places every entity inside its county and gives it the agency that owns its town', async () => {
    const shapes = loadCountyShapes();
    const ownership = await loadOwnershipResolver(server.db);
    let withCoordinates = 0;
    for (const entity of entities) {
      expect(entity.region_code.startsWith(entity.county_code)).toBe(true);
      expect(entity.owner_agency_id).toBe(ownership.ownerOf(entity.region_code));
      if (entity.longitude === null || entity.latitude === null) continue;
      withCoordinates++;
      const shape = shapes[entity.county_code]!;
      expect(
        isInsideShape(entity.longitude, entity.latitude, shape),
        `${entity.name} ${entity.county_code}`,
      ).toBe(true);
    }
    expect(withCoordinates / entities.length).toBeGreaterThan(0.9);
  });

  it('uses real industry classes, mostly of the polluting divisions, with key polluters under key permits', () => {
    const polluting = new Set<string>(pollutingIndustryDivisions);
    for (const entity of entities) {
      expect(findIndustry(entity.industry_code)?.level, entity.industry_code).toBe('class');
      expect(polluting.has(entity.industry_code.slice(0, 2))).toBe(true);
      if (entity.is_key) expect(['key', null]).toContain(entity.permit_class);
      if (entity.permit_number) expect(entity.permit_number.startsWith(entity.credit_code)).toBe(true);
      if (entity.is_monitoring_networked) expect(entity.has_automatic_monitoring).toBe(true);
    }
    const keys = entities.filter((entity) => entity.is_key);
    const monitored = keys.filter((entity) => entity.has_automatic_monitoring);
    expect(monitored.length / keys.length).toBeGreaterThan(0.6);
    // A few key polluters have monitoring that is not networked: the ones to chase.
    expect(monitored.some((entity) => !entity.is_monitoring_networked)).toBe(true);
  });

  it('writes three years of history: inspections of every level, numbered penalties, closed rectifications', async () => {
    const kinds = await queryRows<{ kind: string; compliance: string | null; total: string | number }>(
      server.db,
      sql`SELECT kind, compliance, count(*) AS total FROM entity_events GROUP BY kind, compliance`,
    );
    const count = (kind: string, compliance?: string) =>
      kinds
        .filter((row) => row.kind === kind && (compliance === undefined || row.compliance === compliance))
        .reduce((sum, row) => sum + Number(row.total), 0);
    expect(count('registry_created')).toBeGreaterThanOrEqual(entities.length);
    expect(count('inspection', 'compliant')).toBeGreaterThan(count('inspection', 'minor_issue'));
    expect(count('inspection', 'minor_issue')).toBeGreaterThan(count('inspection', 'violation'));
    expect(count('inspection', 'serious_violation')).toBeGreaterThan(0);
    expect(count('penalty')).toBeGreaterThan(0);
    expect(count('rectification')).toBeGreaterThan(0);
    const penalties = await queryRows<{ title: string; occurred_on: string; county_code: string }>(
      server.db,
      sql`SELECT ev.title, ev.occurred_on::text AS occurred_on, e.county_code FROM entity_events ev
        JOIN regulated_entities e ON e.id = ev.entity_id WHERE ev.kind = 'penalty'`,
    );
    for (const penalty of penalties) {
      const match = /^行政处罚决定 (\S+)环罚〔(\d{4})〕(\d+)号$/.exec(penalty.title);
      expect(match, penalty.title).not.toBeNull();
      expect(match![2]).toBe(penalty.occurred_on.slice(0, 4));
    }
    // Nanchang's decisions are numbered 洪环罚, one sequence per year.
    const nanchang2025 = penalties
      .filter((penalty) => penalty.county_code.startsWith('3601') && penalty.occurred_on.startsWith('2025'))
      .map((penalty) => Number(/〕(\d+)号/.exec(penalty.title)![1]))
      .sort((a, b) => a - b);
    expect(nanchang2025.length).toBeGreaterThan(0);
    expect(nanchang2025).toEqual(nanchang2025.map((_, index) => index + 1));
    const future = await queryRows<{ total: string | number }>(
      server.db,
      sql`SELECT count(*) AS total FROM entity_events WHERE occurred_on > '2026-11-20' AND kind NOT IN ('registry_created')`,
    );
    expect(Number(future[0]!.total)).toBe(0);
  });
});
