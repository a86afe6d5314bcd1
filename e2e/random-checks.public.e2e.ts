import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';
import { personalDataPattern } from './support/personal-data';

/** Pages load a few requests in sequence: give each poll more than vitest's one-second default. */
const wait = { timeout: 20_000 };

describe('random checks: public results and the summary tables (DR-6, DR-7, PUB-1)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the public page shows the demo results and a disclosure rate without login, and filters by agency', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/public/random-checks');
    expect(page.url()).toContain('/public/random-checks');
    await expect.poll(() => page.getByRole('heading', { name: '双随机抽查结果公开' }).count(), wait).toBe(1);
    const results = page.getByTestId('public-results');
    await expect.poll(() => results.locator('tbody tr.ant-table-row').count(), wait).toBeGreaterThan(5);
    await expect.poll(() => page.getByTestId('public-rate').textContent(), wait).toMatch(/^\d+(\.\d)?%$/);
    await expect.poll(() => results.getByText('未发现问题').count(), wait).toBeGreaterThan(0);
    await saveScreenshot(page, 'random-check-public');

    // 江西省 → 南昌市 → 南昌县 in the cascader: the rate and the list are the county's.
    await page.getByTestId('public-agency').click();
    await page.locator('.ant-cascader-menu-item', { hasText: '江西省生态环境厅' }).click();
    await page.locator('.ant-cascader-menu-item', { hasText: '南昌市生态环境局' }).click();
    await page.locator('.ant-cascader-menu-item', { hasText: '南昌县生态环境局' }).click();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByTestId('public-disclosure').textContent(), wait)
      .toContain('南昌县生态环境局 信息公开率');
    await expect.poll(() => results.locator('tbody tr.ant-table-row').count(), wait).toBeGreaterThan(0);
    const agencies = await results.locator('tbody tr.ant-table-row td:nth-child(3)').allTextContents();
    expect(new Set(agencies)).toEqual(new Set(['南昌县生态环境局']));
    // Nothing personal on the page: no officer or person-present column, no phone numbers.
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(personalDataPattern);
    await saveScreenshot(page, 'random-check-public-county');
    await context.close();

    // On a phone the page fits the screen: the wide table scrolls inside its card.
    const phone = await newPage(browser, { width: 390, height: 844 });
    await phone.page.goto('/public/random-checks');
    await expect.poll(() => phone.page.getByTestId('public-rate').textContent(), wait).toMatch(/%$/);
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    // The first screen as a person sees it (the full page is one long list).
    await phone.page.screenshot({ path: 'e2e/screenshots/random-check-public-phone.png' });
    await phone.context.close();
  });

  it('the public page lists plans with their commitments and links each plan and result to its draw’s verification', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/public/random-checks');
    await page.getByTestId('public-draw-plans-toggle').click();
    const plans = page.getByTestId('public-draw-plans');
    await expect.poll(() => plans.locator('tbody tr.ant-table-row').count(), wait).toBeGreaterThan(0);
    await expect
      .poll(() => plans.getByTestId('public-plan-commitment').first().textContent(), wait)
      .toMatch(/^[0-9a-f]{16}…$/);
    // No officer on the list, and no secret: only the commitment's 64 hex digits exist on it.
    expect((await plans.textContent()) ?? '').not.toMatch(/执法人员|密钥：/);
    await saveScreenshot(page, 'random-check-public-plans');
    await plans.getByTestId('public-plan-verify').first().click();
    await expect.poll(() => page.url(), wait).toContain('/public/draws/');
    await expect
      .poll(() => page.getByTestId('public-commitment').textContent(), wait)
      .toMatch(/^[0-9a-f]{64}$/);

    // Each published result links to the draw that chose it; the draw's record verifies there.
    await page.goto('/public/random-checks');
    const results = page.getByTestId('public-results');
    await expect.poll(() => results.getByTestId('public-result-draw').count(), wait).toBeGreaterThan(0);
    await results.getByTestId('public-result-draw').first().click();
    await expect.poll(() => page.getByTestId('public-verified').textContent(), wait).toBe('校验通过');
    await context.close();
  });

  it('a head opens last month’s table, switches to the yearly summary, and downloads the Excel', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'nc.head');
    await page.goto('/random-checks/reports');
    await expect
      .poll(() => page.getByTestId('report-title').textContent(), wait)
      .toBe('《环境执法“双随机、一公开”情况汇总表》');
    const table = page.getByTestId('monthly-table');
    await expect.poll(() => table.getByText('南昌县生态环境局').count(), wait).toBeGreaterThan(0);
    await expect.poll(() => table.locator('tr.qs-report-total').textContent(), wait).toContain('合计');
    await saveScreenshot(page, 'random-check-monthly-table');

    const download = page.waitForEvent('download');
    await page.getByTestId('report-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^南昌市生态环境局\d{4}年\d{1,2}月双随机一公开情况汇总表-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const path = await file.path();
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');

    await page.getByRole('tab', { name: '年度总结' }).click();
    await expect
      .poll(() => page.getByTestId('yearly-table').locator('tr.qs-report-total').count(), wait)
      .toBe(1);
    await expect.poll(() => page.locator('canvas').count(), wait).toBeGreaterThan(0);
    await saveScreenshot(page, 'random-check-yearly-summary');
    await page.getByRole('tab', { name: '比例与覆盖' }).click();
    await expect
      .poll(() => page.getByTestId('coverage-table').getByText('南昌县生态环境局').count(), wait)
      .toBeGreaterThan(0);
    await saveScreenshot(page, 'random-check-coverage');
    await context.close();
  });

  it('a county head publishes a completed result, which then shows on the public page', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.head');
    await page.goto('/random-checks/publication');
    const table = page.getByTestId('publication-table');
    await expect.poll(() => table.getByTestId('publish-one').count(), wait).toBeGreaterThan(0);
    const row = table
      .locator('tbody tr.ant-table-row')
      .filter({ has: page.getByTestId('publish-one') })
      .first();
    const entityName = ((await row.locator('td a').first().textContent()) ?? '').trim();
    expect(entityName.length).toBeGreaterThan(2);
    await saveScreenshot(page, 'random-check-publication');
    await row.getByTestId('publish-one').click();
    // antd spaces out a two-character label: 公 开.
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^公\s?开$/ })
      .click();
    await expect.poll(() => page.getByText('已公开 1 条检查结果').count(), wait).toBeGreaterThan(0);

    const visitor = await newPage(browser);
    await visitor.page.goto(`/public/random-checks?q=${encodeURIComponent(entityName)}`);
    await expect
      .poll(() => visitor.page.getByTestId('public-results').getByText(entityName).count(), wait)
      .toBeGreaterThan(0);
    await visitor.context.close();
    await context.close();
  });
});
