import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './test/test-server';

describe('one port for the web app and the API', () => {
  let server: TestServer;
  let webDist: string;
  beforeAll(async () => {
    webDist = mkdtempSync(path.join(tmpdir(), 'qingshan-web-'));
    writeFileSync(
      path.join(webDist, 'index.html'),
      '<!doctype html><title>青山</title><div id="root"></div>',
    );
    writeFileSync(path.join(webDist, 'app.js'), 'console.log("app")');
    server = await createTestServer({ webDistFolder: webDist });
  });
  afterAll(async () => {
    await server.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('serves the web app at / and its files', async () => {
    const index = await server.anonymous().get('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.body).toContain('<div id="root">');
    const script = await server.anonymous().get('/app.js');
    expect(script.status).toBe(200);
  });

  it('answers any other page path with index.html, so client-side routes survive a reload', async () => {
    const page = await server.anonymous().get('/agencies/0f0e4c1a-0000-5000-8000-000000000000');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
  });

  it('keeps unknown API paths a JSON 404', async () => {
    const response = await server.anonymous().get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });

  it('sends the security headers on the web app', async () => {
    const index = await server.anonymous().get('/');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['x-frame-options']).toBeDefined();
  });
});
