import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, installClock, launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

/** Pages load a few requests in sequence: give each poll more than vitest's one-second default. */
const wait = { timeout: 20_000 };

describe('random-check plans: commitment, dice, draw, tasks (DR-1 … DR-4)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the 南昌县 head creates a plan, publishes the commitment, enters dice, draws and sees the tasks', {
    timeout: 120_000,
  }, async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.head');
    await page.goto('/random-checks/plans');
    await page.getByTestId('plans-table').waitFor(wait);
    await page.getByTestId('plan-create').click();

    // The form comes with the profile's ratio and a title; the head picks two items of the city's list.
    const form = page.getByTestId('plan-form');
    await form.waitFor(wait);
    const title = '南昌县浏览器测试抽查计划甲';
    await page.getByTestId('plan-title').fill(title);
    for (const code of ['NC-SJ-2026-02', 'NC-SJ-2026-05']) {
      await page
        .getByTestId('plan-items')
        .locator('tr', { hasText: code })
        .locator('input[type=checkbox]')
        .check();
    }
    await expect.poll(() => form.getByText('省份配置：1:10').count(), wait).toBeGreaterThan(0);
    // The form opens on the current quarter: its ratio is the quarter's share of the year's 1:10
    // (2:5), and the target it gives is shown before saving.
    await expect
      .poll(() => page.getByTestId('plan-period-ratio').textContent(), wait)
      .toContain('按 2:5 抽取');
    await expect.poll(() => form.getByLabel('ratio entities').inputValue(), wait).toBe('5');
    await expect
      .poll(() => page.getByTestId('plan-target-general').textContent(), wait)
      .toMatch(/至少抽取 \d+ 家/);
    await saveScreenshot(page, 'random-check-plan-form');
    await page.getByTestId('plan-submit').click();

    // The draft, with the pool preview (a rehearsal) before the commitment.
    await expect.poll(() => page.getByTestId('plan-status').textContent(), wait).toBe('草稿');
    const number = (await page.getByTestId('plan-number').textContent()) ?? '';
    expect(number).toMatch(/^\d{4}-SJ-360121-\d{3}$/);
    await expect
      .poll(() => page.getByTestId('pool-preview').getByText('南昌县').count(), wait)
      .toBeGreaterThan(0);
    await expect.poll(() => page.getByText('人员充足，可以抽取').count(), wait).toBe(1);

    // The commitment: the plan is fixed from here.
    await page.getByTestId('plan-commit').click();
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('plan-status').textContent(), wait).toBe('已公布承诺');
    const commitment = (await page.getByTestId('plan-commitment').textContent()) ?? '';
    expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(() => page.getByTestId('draw-explanation').textContent(), wait).toContain('SHA-256');

    // The draw meeting: dice and witnesses.
    for (const die of [3, 5, 1, 6, 2, 4]) await page.getByTestId(`die-${die}`).click();
    await expect.poll(() => page.getByTestId('draw-entropy').inputValue(), wait).toBe('3 5 1 6 2 4');
    await page.getByTestId('draw-witnesses').fill('南昌县司法局 王明；企业代表 李华');
    await saveScreenshot(page, 'random-check-draw-dice');
    await page.getByTestId('draw-submit').click();
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('plan-status').textContent(), wait).toBe('已抽取');
    await expect.poll(() => page.getByTestId('draw-result-entropy').textContent(), wait).toBe('3 5 1 6 2 4');
    await expect
      .poll(() => page.getByTestId('draw-result-seed').textContent(), wait)
      .toMatch(/^[0-9a-f]{64}$/);
    await saveScreenshot(page, 'random-check-draw-result');

    // The tasks, with the officers' names for the plan's own head.
    await page.getByRole('tab', { name: /任务/ }).click();
    const table = page.getByTestId('tasks-table');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count(), wait).toBeGreaterThan(0);
    await expect.poll(() => table.getByText('（主查）').count(), wait).toBeGreaterThan(0);
    await saveScreenshot(page, 'random-check-tasks');

    // The public page (no login): the commitment now, the record from the inspection day.
    const planId = new URL(page.url()).pathname.split('/')[3]!;
    const anonymous = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    await installClock(anonymous);
    const publicPage = await anonymous.newPage();
    await publicPage.goto(`/public/draws/${planId}`);
    await expect.poll(() => publicPage.getByTestId('public-commitment').textContent(), wait).toBe(commitment);
    await expect.poll(() => publicPage.getByText('完整记录尚未公开').count(), wait).toBe(1);
    await saveScreenshot(publicPage, 'random-check-public-before');
    await anonymous.close();

    // The owner sees the full record at once and the browser recomputes it.
    await page.goto(`/public/draws/${planId}`);
    await expect.poll(() => page.getByTestId('public-verified').textContent(), wait).toBe('校验通过');
    await saveScreenshot(page, 'random-check-public-verified');

    // A draw made in error: the owner annuls it before the inspection day, with a reason; the plan
    // is a draft again without commitment, and the public page says so.
    await page.goto(`/random-checks/plans/${planId}`);
    await page.getByRole('tab', { name: /抽取/ }).click();
    await page.getByTestId('annul-reason').fill('浏览器测试：季度比例设置错误，撤销重抽');
    await page.getByTestId('annul-submit').click();
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('plan-status').textContent(), wait).toBe('草稿');
    await expect
      .poll(() => page.getByTestId('annulled-reason').first().textContent(), wait)
      .toBe('浏览器测试：季度比例设置错误，撤销重抽');
    await saveScreenshot(page, 'random-check-draw-annulled');
    await page.goto(`/public/draws/${planId}`);
    await expect
      .poll(() => page.getByTestId('annulled-draws').textContent(), wait)
      .toContain('浏览器测试：季度比例设置错误，撤销重抽');
    await expect.poll(() => page.getByTestId('annulled-draws').textContent(), wait).toContain(commitment);
    await context.close();
  });
});
