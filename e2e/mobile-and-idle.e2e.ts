import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

describe('phone-sized screens and the idle logout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('works at 390 px: log in, open the menu drawer, reach the agency tree', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await logIn(page, 'ncx.inspector');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page
      .getByRole('button', { name: /菜单|menu/i })
      .first()
      .click();
    await page.getByRole('menuitem', { name: '机构与区划' }).click();
    await expect
      .poll(() => page.getByTestId('agency-tree').getByText('南昌县生态环境局').first().isVisible())
      .toBe(true);
    await saveScreenshot(page, 'mobile-agencies');
    await context.close();
  });

  it('warns two minutes before 30 idle minutes and then logs out', async () => {
    // newPage installed the tests' clock; installing again would reset it to the real day.
    const { context, page } = await newPage(browser);
    await logIn(page, 'jxx.inspector');
    // The watcher starts once the session is loaded and the layout is on screen.
    await page.getByTestId('user-menu').waitFor();
    // Every answer from the server counts as activity when it arrives: let the home page's
    // requests (the to-do list) finish before the clock jumps, or an answer landing after the
    // jump would restart the idle time.
    await page.waitForLoadState('networkidle');
    await page.clock.fastForward('28:30');
    await expect.poll(() => page.getByTestId('idle-warning').isVisible()).toBe(true);
    await saveScreenshot(page, 'idle-warning');
    await page.clock.fastForward('01:40');
    await page.waitForURL('**/login**');
    await expect.poll(() => page.getByText('超过 30 分钟未操作，已自动退出').first().isVisible()).toBe(true);
    await context.close();
  });
});
