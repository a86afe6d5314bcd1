import { beforeAll, describe, expect, it } from 'vitest';
import { loginJavaScriptBudgetKilobytes, measureLoginBundle } from '../scripts/bench/bundle-size';
import { baseUrl } from './support/browser';

// The built web app as the server sends it: compressed, cached by content hash, small enough for
// a county office's slow line (scripts/bench/bundle-size.ts).
describe('delivery of the built web app', () => {
  let indexHtml: Response;
  let entryScript: string;
  beforeAll(async () => {
    indexHtml = await fetch(`${baseUrl()}/login`, { headers: { 'accept-encoding': 'br, gzip' } });
    const html = await indexHtml.text();
    entryScript = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1] ?? '';
  });

  it('revalidates index.html on every load, so a release is picked up at once', () => {
    expect(indexHtml.status).toBe(200);
    expect(indexHtml.headers.get('cache-control')).toBe('no-cache');
  });

  it('sends the hashed scripts brotli- or gzip-compressed and cached for a year as immutable', async () => {
    expect(entryScript).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    // fetch decodes the body but keeps the header, so the encoding can be read.
    const brotli = await fetch(`${baseUrl()}${entryScript}`, { headers: { 'accept-encoding': 'br' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const gzip = await fetch(`${baseUrl()}${entryScript}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toContain('import');
  });

  it('keeps the JavaScript of the login page within the 300 KB budget, gzipped', () => {
    const bundle = measureLoginBundle();
    expect(bundle.javaScript.map((file) => file.file)).toContainEqual(expect.stringMatching(/LoginPage-/));
    // No chart library, no route page other than the login page's, and not the texts of every area
    // (locales/zh-CN/index.ts, which brings the domain's label maps and zod along).
    expect(bundle.javaScript.map((file) => file.file)).not.toContainEqual(
      expect.stringMatching(/(echarts|core-|HomePage|BasicLayout|zh-CN-)/),
    );
    expect(bundle.totals.gzipBytes / 1024).toBeLessThanOrEqual(loginJavaScriptBudgetKilobytes);
  });
});
