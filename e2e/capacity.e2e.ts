import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

/** The red of a missed target (styles.css .qs-cell-missed and the cell text). */
const missedText = 'rgb(207, 19, 34)';
const missedFill = 'rgb(255, 241, 240)';

describe('an agency head sees the capacity gaps of the jurisdiction', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens 能力指标 and sees the demo agencies’ missed targets in red, with target and basis in the header', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'nc.head');
    await page.getByRole('menuitem', { name: '能力指标' }).click();
    await page.waitForURL((url) => url.pathname === '/capacity');
    const table = page.getByTestId('capacity-table');
    await expect
      .poll(() => table.getByText('进贤县大队').first().isVisible(), { timeout: 20_000 })
      .toBe(true);

    // 南昌市支队 with its counties; 九江's agencies are not in the head's jurisdiction.
    await expect.poll(() => table.getByText('南昌市支队').first().isVisible()).toBe(true);
    expect(await table.getByText('濂溪区大队').count()).toBe(0);

    // The demo leaves 进贤县大队 with 15 % of its 编制 vacant: red, and a red equipment gap.
    const jinxian = table.locator('tr', { hasText: '进贤县大队' }).first();
    const vacancy = jinxian.getByTestId('capacity-missed-vacancy');
    await expect.poll(() => vacancy.isVisible()).toBe(true);
    expect(await vacancy.textContent()).toMatch(/^\d+(\.\d)?%$/);
    expect(await vacancy.evaluate((element) => getComputedStyle(element).color)).toBe(missedText);
    expect(
      await vacancy.evaluate((element) => getComputedStyle(element.closest('td')!).backgroundColor),
    ).toBe(missedFill);
    expect(await jinxian.getByTestId('capacity-equipment-gap').textContent()).toMatch(/缺 \d+ 件/);
    // Several agencies miss targets across the city.
    expect(await table.locator('td.qs-cell-missed').count()).toBeGreaterThan(3);

    // The header tooltip names the target and its basis (seed 004 items 17 and 18).
    await table.getByText('空编率').first().hover();
    await expect.poll(() => page.getByText('目标：≤ 5%').first().isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/依据：.*重点任务第17、18项/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => page.getByTestId('capacity-chart').isVisible()).toBe(true);
    await saveScreenshot(page, 'capacity-nanchang');
    await context.close();
  });

  it('the 对标缺口 tab shows a county’s equipment shortfall against the standard', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'nc.head');
    await page.goto('/equipment');
    await page.getByRole('tab', { name: '对标缺口' }).click();
    const units = page.getByTestId('equipment-gap-units');
    await expect
      .poll(() => units.getByText('进贤县生态环境保护综合执法大队').isVisible(), { timeout: 20_000 })
      .toBe(true);
    const jinxian = units.locator('tr', { hasText: '进贤县生态环境保护综合执法大队' });
    const shortfall = jinxian.getByTestId('gap-shortfall');
    expect(Number(await shortfall.textContent())).toBeGreaterThan(0);
    expect(await shortfall.evaluate((element) => getComputedStyle(element).color)).toBe(missedText);
    // The demo gave 进贤县大队 no vapour-recovery tester.
    expect(await jinxian.getByText(/油气回收三项检测仪 −1/).isVisible()).toBe(true);

    // Its categories: required vs in use, the shortfall in red.
    await jinxian.getByText('进贤县生态环境保护综合执法大队').click();
    const lines = page.getByTestId('equipment-gap-lines');
    await expect
      .poll(() => page.getByText('分类对标：进贤县生态环境保护综合执法大队').isVisible())
      .toBe(true);
    const tester = lines.locator('tr', { hasText: '油气回收三项检测仪' });
    expect(await tester.locator('td.qs-cell-missed').textContent()).toBe('1');
    await saveScreenshot(page, 'equipment-gaps-jinxian');
    await context.close();
  });
});
