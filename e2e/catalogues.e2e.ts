import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

/**
 * CAT-2: the Nanchang legal reviewer drafts the next version of the city's random-inspection item
 * list with one more item, the agency head publishes it, and the version before it is superseded.
 */
describe('catalogues: draft a new version, add an item, publish', () => {
  let browser: Browser;
  let draftPath = '';
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the legal reviewer starts a new version of the published list and adds an item', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'nc.legal');
    await page.goto('/catalogues?kind=random_inspection_items');
    await page.getByRole('link', { name: /南昌市生态环境局2026年度/ }).click();
    await page.getByTestId('catalogue-new-version').click();
    const publishedPath = new URL(page.url()).pathname;
    const drawer = page.getByRole('dialog');
    await drawer
      .getByTestId('catalogue-form-title')
      .fill('南昌市生态环境局2027年度“双随机、一公开”随机抽查事项清单');
    await drawer.getByLabel('生效日期').click();
    await page.keyboard.type('2027-01-01');
    await page.keyboard.press('Enter');
    await drawer.getByTestId('catalogue-form-submit').click();
    await page.waitForURL(
      (url) => /\/catalogues\/[0-9a-f-]{36}$/.test(url.pathname) && url.pathname !== publishedPath,
    );
    await expect.poll(() => page.getByTestId('catalogue-status').textContent()).toContain('草稿');
    draftPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByText('事项（10）').isVisible()).toBe(true);

    await page.getByTestId('item-add').click();
    const itemDrawer = page.getByRole('dialog');
    await itemDrawer.getByTestId('item-form-code').fill('NC-SJ-2027-11');
    await itemDrawer.getByTestId('item-form-name').fill('入河排污口设置情况检查');
    await itemDrawer
      .getByPlaceholder('《中华人民共和国大气污染防治法》')
      .fill('《中华人民共和国水污染防治法》');
    await itemDrawer.getByPlaceholder('第九十九条第二项').fill('第八十四条第二款');
    await itemDrawer.getByLabel('实施主体').fill('南昌市生态环境局（南昌市生态环境保护综合执法支队实施）');
    await itemDrawer.getByLabel('对象说明').fill('设有入河排污口的排污单位');
    await itemDrawer.getByLabel('检查内容').fill('排污口设置是否符合规定，标志牌和采样口是否规范');
    await itemDrawer.getByTestId('item-form-submit').click();
    await expect.poll(() => page.getByText('事项已保存').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('事项（11）').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByTestId('items-table').getByText('入河排污口设置情况检查').isVisible())
      .toBe(true);
    // A legal reviewer drafts; publishing is the agency head's.
    expect(await page.getByTestId('catalogue-publish').count()).toBe(0);
    await saveScreenshot(page, 'catalogues-draft');
    await context.close();
  });

  it('the agency head publishes it and the previous version shows as superseded', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'nc.head');
    await page.goto(draftPath);
    await page.getByTestId('catalogue-publish').click();
    await page.getByTestId('publish-confirm').click();
    await expect.poll(() => page.getByTestId('catalogue-status').textContent()).toContain('已发布');
    await page.getByRole('tab', { name: /版本历史/ }).click();
    const history = page.getByTestId('version-history');
    await expect.poll(() => history.textContent()).toContain('已被替代');
    const items = await history.locator('.ant-timeline-item').allTextContents();
    expect(items[0]).toContain('第 3 版');
    expect(items[0]).toContain('已发布');
    expect(items[1]).toContain('第 2 版');
    expect(items[1]).toContain('已被替代');
    await saveScreenshot(page, 'catalogues-published');

    await page.goto('/catalogues?kind=random_inspection_items&history=true');
    const row = page.getByTestId('catalogues-table').locator('tr', { hasText: '2026年度' });
    await expect.poll(() => row.textContent()).toContain('已被替代');
    await context.close();
  });
});
