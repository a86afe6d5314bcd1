import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

/**
 * SYS-4: the working calendar and its deadline calculator. Dates are fixed (2026 and 2027), so
 * the test reads the same on any day it runs.
 */
describe('calendar: the deadline calculator and provisional years', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('moves 3 calendar days from 2026-09-28 off National Day and names the rule', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.inspector');
    await page.goto('/calendar?year=2026');
    const start = page.getByLabel('起算日（事件发生日）');
    await start.click();
    await start.fill('2026-09-28');
    await page.keyboard.press('Enter');
    await page.getByLabel('期限', { exact: true }).fill('3');
    await page.getByRole('radio', { name: '自然日' }).check({ force: true });
    await page
      .getByRole('button', { name: '计 算' })
      .or(page.getByRole('button', { name: '计算' }))
      .click();

    const result = page.getByTestId('deadline-result');
    await expect.poll(() => result.textContent()).toContain('2026-10-08');
    const rules = page.getByTestId('deadline-rules');
    const rolled = rules.locator('[data-rule="rolled_forward_from_rest_day"]');
    await expect.poll(() => rolled.textContent()).toContain('2026-10-01');
    expect(await rolled.textContent()).toContain('《中华人民共和国民法典》第二百零三条');
    expect(await rules.locator('[data-rule="event_day_not_counted"]').textContent()).toContain(
      '《中华人民共和国民法典》第二百零一条',
    );
    // The help text credits the day of the event to the Civil Code, not to 行政处罚法 art. 85.
    expect(await page.getByText(/开始的当日不计入/).textContent()).toContain('民法典》第二百零一条');
    await saveScreenshot(page, 'calendar-deadline-rolled-forward');
    await context.close();
  });

  it('shows the statutory holidays of 2027 before its schedule is published, marked provisional', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.inspector');
    await page.goto('/calendar?year=2027');
    await expect.poll(() => page.getByTestId('calendar-provisional').isVisible()).toBe(true);
    // 除夕 2027 is 02-05, the first of the four Spring Festival days.
    await expect.poll(() => page.locator('td[title^="2027-02-05"]').getAttribute('title')).toContain('春节');
    expect(await page.locator('td[title^="2027-02-05"]').getAttribute('class')).toContain('qs-day-holiday');
    await context.close();
  });
});
