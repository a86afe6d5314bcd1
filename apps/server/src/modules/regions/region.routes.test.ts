import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId } from '../../demo/demo.agencies';
import { createTestServer, type TestServer } from '../../test/test-server';

describe('region routes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  describe('GET /api/regions', () => {
    it('the division tree is reference data every business user reads in full, whatever their jurisdiction', async () => {
      for (const username of ['ncx.inspector', 'jl.inspector', 'police.nc', 'security']) {
        const agent = await server.as(username);
        const provinces = await agent.get('/api/regions');
        expect(provinces.status, username).toBe(200);
        expect(provinces.body.items.map((region: { code: string }) => region.code)).toEqual([
          '220000',
          '320000',
          '360000',
        ]);
        const counties = await agent.get('/api/regions?parentCode=360100');
        expect(counties.body.items.map((region: { code: string }) => region.code)).toContain('360124');
      }
    });

    it('lists the towns of a county', async () => {
      const agent = await server.as('jj.inspector');
      const towns = await agent.get('/api/regions?parentCode=360121');
      expect(towns.status).toBe(200);
      expect(towns.body.items.length).toBeGreaterThan(10);
      expect(
        towns.body.items.every((town: { level: string; parentCode: string }) => town.level === 'town'),
      ).toBe(true);
    });

    it('a malformed parent code is a 400 naming parentCode; the audit administrator may not read regions', async () => {
      const agent = await server.as('ncx.inspector');
      const response = await agent.get('/api/regions?parentCode=36');
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'parentCode' });
      const auditor = await server.as('auditor');
      expect((await auditor.get('/api/regions')).status).toBe(403);
    });
  });

  describe('GET /api/regions/:code', () => {
    it('lists only the agencies at the region that lie in the reader’s jurisdiction', async () => {
      const county = await (await server.as('ncx.inspector')).get('/api/regions/360121');
      expect(county.status).toBe(200);
      expect(county.body).toMatchObject({
        code: '360121',
        name: '南昌县',
        level: 'county',
        parentCode: '360100',
      });
      expect(county.body.ancestors.map((region: { code: string }) => region.code)).toEqual([
        '360000',
        '360100',
      ]);
      expect(county.body.children.length).toBeGreaterThan(10);
      expect(county.body.agencies.map((agency: { id: string }) => agency.id).sort()).toEqual(
        [agencyId('360121-BUR'), agencyId('360121-ENF')].sort(),
      );

      // Another county of the same city: the region is readable, its agencies are not listed.
      const neighbour = await (await server.as('jxx.inspector')).get('/api/regions/360121');
      expect(neighbour.status).toBe(200);
      expect(neighbour.body.children).toEqual(county.body.children);
      expect(neighbour.body.agencies).toEqual([]);

      const city = await (await server.as('ncx.inspector')).get('/api/regions/360100');
      expect(city.body.agencies).toEqual([]);
      const cityInspector = await (await server.as('nc.inspector')).get('/api/regions/360100');
      expect(cityInspector.body.agencies.map((agency: { id: string }) => agency.id).sort()).toEqual(
        [agencyId('360100-BUR'), agencyId('360100-ENF')].sort(),
      );
      const otherProvince = await (await server.as('jl.inspector')).get('/api/regions/360100');
      expect(otherProvince.body.agencies).toEqual([]);
    });

    it('answers 404 for an unknown code and 400 for a malformed one', async () => {
      const agent = await server.as('ncx.inspector');
      const unknown = await agent.get('/api/regions/369999');
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('NOT_FOUND');
      const malformed = await agent.get('/api/regions/36-01');
      expect(malformed.status).toBe(400);
      expect(malformed.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'code' });
    });
  });
});
