import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

describe('a new user logs in with a README account and walks the agency tree', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a city detachment inspector sees the whole city, opens a county bureau and its units', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'nc.inspector');
    await expect.poll(() => page.getByText('南昌市生态环境局及其下属').first().isVisible()).toBe(true);
    await saveScreenshot(page, 'home-nc-inspector');

    await page.getByRole('menuitem', { name: '机构与区划' }).click();
    await page.waitForURL('**/agencies**');
    const tree = page.getByTestId('agency-tree');
    await expect.poll(() => tree.getByText('南昌市生态环境局', { exact: true }).isVisible()).toBe(true);
    // Search narrows the tree to the county and expands the path to it.
    await page.getByPlaceholder('按机构名称搜索').fill('南昌县');
    await tree
      .getByRole('treeitem')
      .filter({ hasText: /^南昌县生态环境局/ })
      .click();
    // The detail panel: the county bureau, its brigade below it, its place in the region tree.
    const detailTitle = page.locator('.ant-card-head-title').filter({ hasText: /^南昌县生态环境局/ });
    await expect.poll(() => detailTitle.count()).toBe(1);
    await expect
      .poll(() =>
        page.getByRole('table').getByRole('link', { name: '南昌县生态环境保护综合执法大队' }).count(),
      )
      .toBe(1);
    await expect.poll(() => page.getByText('360121-BUR').isVisible()).toBe(true);
    await saveScreenshot(page, 'agency-detail-nanchang-county');

    // Another city is outside the jurisdiction: it is not in the tree at all.
    await page.getByPlaceholder('按机构名称搜索').fill('九江');
    await expect.poll(() => tree.getByText('九江市生态环境局').count()).toBe(0);
    await context.close();
  });

  it('a county inspector sees only the county, and an agency of another county is not found', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.inspector');
    await page.goto('/agencies');
    const tree = page.getByTestId('agency-tree');
    await expect.poll(() => tree.getByText('南昌县生态环境局').first().isVisible()).toBe(true);
    expect(await tree.getByText('进贤县生态环境局').count()).toBe(0);
    expect(await tree.getByText('南昌市生态环境局', { exact: true }).count()).toBe(0);

    const response = await page.request.get('/api/agencies');
    const names = ((await response.json()) as { items: { name: string }[] }).items.map(
      (agency) => agency.name,
    );
    expect(names.sort()).toEqual(['南昌县生态环境保护综合执法大队', '南昌县生态环境局']);
    await context.close();
  });
});
