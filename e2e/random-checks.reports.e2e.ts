import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

/** antd's red tag text (Tag color="red"). */
const redTagText = 'rgb(207, 19, 34)';

/** A month chosen explicitly, long past on any day the tests run, so its due day has passed. */
const pastMonth = '2026-10';

async function submitMonth(page: Page, month: string): Promise<void> {
  await page.goto(`/random-checks/reports?month=${month}`);
  const panel = page.getByTestId('report-submission');
  await expect.poll(() => panel.isVisible(), { timeout: 20_000 }).toBe(true);
  if (await page.getByTestId('report-submit').isVisible()) {
    await page.getByTestId('report-submit').click();
  }
  await expect.poll(() => panel.getByTestId('own-submission').textContent()).toMatch(/已上报/);
}

describe('上报: a county submits its monthly table, the city sees who has and has not', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the home-page reminder of last month’s table disappears once the county has submitted it', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.head');
    await page.goto('/');
    // Last month's table always reminds until it is submitted (overdue in red after its due day).
    const reminder = page.getByTestId('reminder-monthly');
    await expect.poll(() => reminder.isVisible(), { timeout: 20_000 }).toBe(true);
    const link = page.getByTestId('report-reminders').getByRole('link').first();
    const href = (await link.getAttribute('href')) ?? '';
    const month = new URLSearchParams(href.split('?')[1]).get('month');
    expect(month).toMatch(/^\d{4}-\d{2}$/);
    await submitMonth(page, month!);
    await page.goto('/');
    await expect
      .poll(() => page.getByRole('heading', { name: '首页' }).first().isVisible(), { timeout: 20_000 })
      .toBe(true);
    await expect.poll(() => page.getByTestId('reminder-monthly').count()).toBe(0);
    await context.close();
  });

  it('the city head sees 南昌县 submitted and 进贤县 not submitted, overdue in red', async () => {
    const county = await newPage(browser);
    await logIn(county.page, 'ncx.head');
    await submitMonth(county.page, pastMonth);
    await county.context.close();

    const { context, page } = await newPage(browser);
    await logIn(page, 'nc.head');
    await page.goto(`/random-checks/reports?month=${pastMonth}`);
    const table = page.getByTestId('subordinate-submissions');
    await expect.poll(() => table.isVisible(), { timeout: 20_000 }).toBe(true);
    const nanchang = table.locator('tr', { hasText: '南昌县' }).first();
    await expect.poll(() => nanchang.textContent()).toMatch(/已上报/);
    expect(await nanchang.textContent()).not.toMatch(/已逾期/);
    const jinxian = table.locator('tr', { hasText: '进贤县' }).first();
    await expect.poll(() => jinxian.textContent()).toMatch(/未上报/);
    const overdue = jinxian.getByText('已逾期');
    expect(await overdue.evaluate((element) => getComputedStyle(element).color)).toBe(redTagText);
    // The city accepts the county's table; the county can then no longer withdraw it.
    await nanchang.getByRole('button', { name: /接\s*收/ }).click();
    await expect.poll(() => nanchang.textContent()).toMatch(/已接收/);
    await saveScreenshot(page, 'report-submissions-city');
    await context.close();
  });
});
