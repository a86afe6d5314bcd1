import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
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
    // What the web build writes: a hashed asset with its precompressed copies.
    mkdirSync(path.join(webDist, 'assets'));
    const asset = 'export const greeting = "你好";\n'.repeat(50);
    writeFileSync(path.join(webDist, 'assets', 'index-AbC123.js'), asset);
    writeFileSync(path.join(webDist, 'assets', 'index-AbC123.js.br'), brotliCompressSync(asset));
    writeFileSync(path.join(webDist, 'assets', 'index-AbC123.js.gz'), gzipSync(asset));
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

  it('sends a hashed asset precompressed (brotli, else gzip) and cached for a year as immutable', async () => {
    const asset = (acceptEncoding: string) =>
      server.app.inject({
        method: 'GET',
        url: '/assets/index-AbC123.js',
        headers: { 'accept-encoding': acceptEncoding },
      });
    const brotli = await asset('gzip, deflate, br');
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(String(brotli.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gzip = await asset('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toContain('你好');
  });

  it('revalidates index.html on every load, for / and for a client-side route', async () => {
    for (const page of ['/', '/index.html', '/entities/0f0e4c1a-0000-5000-8000-000000000000']) {
      const response = await server.anonymous().get(page);
      expect(response.headers['cache-control'], page).toBe('no-cache');
    }
  });
});
