import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test/test-server';

/** Decision D29: the server ends sessions; the browser is not told a date from the server's clock. */
describe('session cookies', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('are browser-session cookies: neither Expires nor Max-Age, whatever the server clock reads', async () => {
    const response = await server.anonymous().login('ncx.inspector');
    expect(response.status).toBe(200);
    const setCookie = response.headers['set-cookie'];
    const headers = Array.isArray(setCookie) ? setCookie : [String(setCookie)];
    expect(headers.map((header) => header.split('=')[0]).sort()).toEqual(['qs_csrf', 'qs_session']);
    for (const header of headers) {
      expect(header).not.toMatch(/;\s*(expires|max-age)=/i);
      expect(header).toMatch(/;\s*Path=\//);
      expect(header).toMatch(/;\s*SameSite=Strict/);
    }
  });

  it('still end on the server after 30 idle minutes', async () => {
    const agent = server.anonymous();
    await agent.login('ncx.inspector');
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    server.clock.advanceMinutes(31);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });
});
