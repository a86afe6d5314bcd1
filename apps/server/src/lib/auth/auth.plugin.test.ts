import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test/test-server';

/**
 * Who reaches which route (三员分立 and the business roles), for every route of the API. The
 * expectations are written out here rather than derived from @qingshan/domain permissionRoles, so
 * that a change to that table shows up as a failing test someone has to agree with.
 *
 * Allowed writes are sent with a body or path the schema rejects: the permission check runs
 * first, so an allowed role gets a 400 and a refused one a 403, and nothing is changed either way.
 */
type Who =
  | 'system'
  | 'security'
  | 'audit'
  | 'head'
  | 'inspector'
  | 'police'
  | 'hotline'
  | 'legal'
  | 'supervisor';

const accounts: Record<Who, string> = {
  system: 'admin',
  security: 'security',
  audit: 'auditor',
  head: 'nc.head',
  inspector: 'ncx.inspector',
  police: 'police.nc',
  hotline: 'nc.hotline',
  legal: 'nc.legal',
  supervisor: 'jx.supervisor',
};
const everyone = Object.keys(accounts) as Who[];
const allButAudit = everyone.filter((who) => who !== 'audit');

interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the OpenAPI description names it. */
  path: string;
  url: string;
  body?: unknown;
  allowed: Who[] | 'public';
}

const routes: RouteCase[] = [
  { method: 'GET', path: '/api/health', url: '/api/health', allowed: 'public' },
  { method: 'POST', path: '/api/auth/login', url: '/api/auth/login', body: {}, allowed: 'public' },
  { method: 'GET', path: '/api/auth/me', url: '/api/auth/me', allowed: everyone },
  { method: 'POST', path: '/api/auth/password', url: '/api/auth/password', body: {}, allowed: everyone },
  {
    method: 'PATCH',
    path: '/api/auth/profile',
    url: '/api/auth/profile',
    body: { phone: 'x' },
    allowed: everyone,
  },
  // Logout ends the session: checked last, for everyone, below.
  { method: 'GET', path: '/api/profile', url: '/api/profile', allowed: allButAudit },
  { method: 'GET', path: '/api/regions', url: '/api/regions', allowed: allButAudit },
  { method: 'GET', path: '/api/regions/{code}', url: '/api/regions/360121', allowed: allButAudit },
  { method: 'GET', path: '/api/agencies', url: '/api/agencies', allowed: allButAudit },
  { method: 'GET', path: '/api/agencies/{id}', url: '/api/agencies/x', allowed: allButAudit },
  { method: 'PATCH', path: '/api/agencies/{id}', url: '/api/agencies/x', body: {}, allowed: ['system'] },
  { method: 'POST', path: '/api/agencies', url: '/api/agencies', body: {}, allowed: ['system'] },
  { method: 'GET', path: '/api/users', url: '/api/users', allowed: ['system', 'security', 'head'] },
  {
    method: 'GET',
    path: '/api/users/export.xlsx',
    url: '/api/users/export.xlsx?q=ncx.',
    allowed: ['system', 'security', 'head'],
  },
  { method: 'GET', path: '/api/users/{id}', url: '/api/users/x', allowed: ['system', 'security', 'head'] },
  { method: 'POST', path: '/api/users', url: '/api/users', body: {}, allowed: ['system'] },
  { method: 'PATCH', path: '/api/users/{id}', url: '/api/users/x', body: {}, allowed: ['system'] },
  {
    method: 'POST',
    path: '/api/users/{id}/password-reset',
    url: '/api/users/x/password-reset',
    body: {},
    allowed: ['system'],
  },
  {
    method: 'PUT',
    path: '/api/users/{id}/roles',
    url: '/api/users/x/roles',
    body: {},
    allowed: ['security'],
  },
  {
    method: 'POST',
    path: '/api/users/{id}/unlock',
    url: '/api/users/x/unlock',
    body: {},
    allowed: ['security'],
  },
  {
    method: 'POST',
    path: '/api/users/{id}/sessions/end',
    url: '/api/users/x/sessions/end',
    body: {},
    allowed: ['security'],
  },
  { method: 'GET', path: '/api/audit', url: '/api/audit', allowed: ['audit'] },
  {
    method: 'GET',
    path: '/api/audit/export.xlsx',
    url: '/api/audit/export.xlsx?actor=nobody',
    allowed: ['audit'],
  },
  { method: 'POST', path: '/api/audit/verify', url: '/api/audit/verify', body: {}, allowed: ['audit'] },
  { method: 'GET', path: '/api/calendar/{year}', url: '/api/calendar/2026', allowed: everyone },
  {
    method: 'GET',
    path: '/api/calendar/deadline',
    url: '/api/calendar/deadline?start=2026-11-20&amount=5&unit=working_day',
    allowed: everyone,
  },
  {
    method: 'PUT',
    path: '/api/calendar/overrides',
    url: '/api/calendar/overrides',
    body: {},
    allowed: ['system'],
  },
  {
    method: 'DELETE',
    path: '/api/calendar/overrides/{date}',
    url: '/api/calendar/overrides/not-a-date',
    allowed: ['system'],
  },
  {
    method: 'POST',
    path: '/api/calendar/{year}/confirm',
    url: '/api/calendar/1999/confirm',
    body: {},
    allowed: ['system'],
  },
];
const logoutRoute = { method: 'POST', path: '/api/auth/logout' };

describe('route permissions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('the table below covers every route of the API', async () => {
    const spec = (await server.anonymous().get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(spec.paths)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    const tested = [...routes, logoutRoute].map((route) => `${route.method} ${route.path}`).sort();
    expect(tested).toEqual(documented);
  });

  it('public routes answer without a session; every other route answers 401 without one', async () => {
    const anonymous = server.anonymous();
    for (const route of [...routes, { ...logoutRoute, url: logoutRoute.path, body: {}, allowed: everyone }]) {
      const response = await anonymous.request(route.method, route.url, route.body);
      const label = `${route.method} ${route.url}`;
      if (route.allowed === 'public') {
        expect(response.status, label).not.toBe(401);
      } else {
        expect(response.status, label).toBe(401);
        expect(response.body.error.code, label).toBe('UNAUTHENTICATED');
      }
    }
  });

  for (const who of everyone) {
    it(`${accounts[who]} (${who}) reaches exactly the routes of the role`, async () => {
      const agent = await server.as(accounts[who]);
      for (const route of routes) {
        if (route.allowed === 'public') continue;
        const response = await agent.request(route.method, route.url, route.body);
        const label = `${accounts[who]} ${route.method} ${route.url}: ${JSON.stringify(response.body).slice(0, 200)}`;
        if (route.allowed.includes(who)) {
          expect([200, 400], label).toContain(response.status);
        } else {
          expect(response.status, label).toBe(403);
          expect(response.body.error.code, label).toBe('FORBIDDEN');
        }
      }
      const logout = await agent.post('/api/auth/logout');
      expect(logout.status).toBe(200);
    });
  }
});
