import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

interface Item {
  id: string;
  name: string;
  regionCode: string;
}

describe('the entity registry: a county inspector finds an entity, opens its page, and cannot open another county’s', () => {
  let browser: Browser;
  /** An entity of 进贤县 (360124), found through the API by a provincial inspector. */
  let otherCountyEntity: Item;

  beforeAll(async () => {
    browser = await launchBrowser();
    const { context, page } = await newPage(browser);
    await logIn(page, 'jx.inspector');
    const response = await page.request.get('/api/entities?regionCode=360124&pageSize=1');
    expect(response.status()).toBe(200);
    otherCountyEntity = ((await response.json()) as { items: Item[] }).items[0]!;
    expect(otherCountyEntity.regionCode.startsWith('360124')).toBe(true);
    await context.close();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('finds an entity of the county by part of its name and opens its page with the strip and the timeline', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.inspector');
    // An entity of the county: the part of its name after the place names is what people remember.
    const listed = await page.request.get('/api/entities?regionCode=360121&pageSize=1');
    const target = ((await listed.json()) as { items: Item[] }).items[0]!;
    expect(target).toBeDefined();
    const part = target.name.replace(/^(江西省|江西|南昌市|南昌县|南昌)+/, '').slice(0, 4);

    await page.getByRole('menuitem', { name: '监管对象名录' }).click();
    await page.waitForURL('**/entities');
    const table = page.getByTestId('entities-table');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'entities-list-ncx-inspector');

    const search = page.getByTestId('entities-search').locator('input');
    await search.fill(part);
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === part);
    const link = table.getByRole('link', { name: target.name, exact: true });
    await expect.poll(() => link.count()).toBe(1);
    // Every row found holds the searched text (in its name, code, representative or address).
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);

    await link.click();
    await page.waitForURL(`**/entities/${target.id}`);
    const strip = page.getByTestId('entity-compliance-strip');
    await expect.poll(() => strip.isVisible()).toBe(true);
    expect(await strip.locator('li').count()).toBe(12);
    await expect.poll(() => page.getByTestId('entity-timeline').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: target.name }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('建立监管档案').first().isVisible()).toBe(true);
    await saveScreenshot(page, 'entity-detail-ncx-inspector');
    await context.close();
  });

  it('an entity of another county opened by its address is not found', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.inspector');
    await page.goto(`/entities/${otherCountyEntity.id}`);
    await expect.poll(() => page.locator('.ant-result-404').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('监管对象不存在，或不在您的管辖范围内').isVisible()).toBe(true);
    expect(await page.getByText(otherCountyEntity.name).count()).toBe(0);
    expect(await page.getByTestId('entity-compliance-strip').count()).toBe(0);
    await saveScreenshot(page, 'entity-detail-other-county-not-found');

    // The list does not offer it either, even when searched by its exact name.
    await page.goto(`/entities?q=${encodeURIComponent(otherCountyEntity.name)}`);
    await expect
      .poll(() => page.getByTestId('entities-table').locator('.ant-table-placeholder').isVisible())
      .toBe(true);
    expect(
      await page.getByTestId('entities-table').getByRole('link', { name: otherCountyEntity.name }).count(),
    ).toBe(0);
    await context.close();
  });
});
