import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

interface EntityPage {
  items: { id: string; name: string }[];
}

/** Pages load a few requests in sequence: give each poll more than vitest's one-second default. */
const wait = { timeout: 15_000 };

describe('commitments and credit (REG-3, REG-4)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('an agency head issues a yellow card from the entity page and finds it on the credit page and the timeline', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.head');

    // An entity of 南昌县 without an active card (the demo gives a few of them cards).
    const entities = (await (
      await page.request.get('/api/entities?regionCode=360121&pageSize=50')
    ).json()) as EntityPage;
    let target: { id: string; name: string } | undefined;
    for (const entity of entities.items) {
      const credit = await (await page.request.get(`/api/entities/${entity.id}/credit`)).json();
      if (credit.features?.cards && credit.currentCard === null) {
        target = entity;
        break;
      }
    }
    expect(target, '南昌县 has an entity without an active card').toBeDefined();
    const entity = target!;
    const documentNumber = '南县环警〔2026〕E2E41207号';

    await page.goto(`/entities/${entity.id}`);
    const panel = page.getByTestId('entity-credit-panel');
    await expect
      .poll(() => panel.getByTestId('entity-credit-current-card').textContent(), wait)
      .toContain('无红黄牌警示');
    await panel.getByTestId('entity-credit-actions').click();
    await page.getByRole('menuitem', { name: '红黄牌警示' }).click();
    const drawer = page.getByRole('dialog');
    await expect.poll(() => drawer.getByText(entity.name).count(), wait).toBeGreaterThan(0);
    await drawer.getByLabel('警示事由').fill('废水总排口化学需氧量超过排放标准，被依法处以罚款');
    await drawer.getByLabel('文号').fill(documentNumber);
    await saveScreenshot(page, 'credit-issue-card');
    await drawer.getByTestId('credit-act-submit').click();

    await expect
      .poll(() => panel.getByTestId('entity-credit-current-card').textContent(), wait)
      .toContain('黄牌');
    await expect.poll(() => panel.getByText('失信黑名单').count(), wait).toBeGreaterThan(0);
    // The entity's timeline shows the card (and the blacklisting it brought in Jiangxi).
    await expect
      .poll(() => page.getByTestId('entity-timeline').getByText(documentNumber).count(), wait)
      .toBe(1);
    await saveScreenshot(page, 'credit-entity-page');

    await page.goto(`/credit?tab=cards&q=${encodeURIComponent(entity.name)}`);
    const table = page.getByTestId('credit-tab-cards');
    await expect.poll(() => table.getByText(entity.name).count(), wait).toBeGreaterThan(0);
    await expect.poll(() => table.getByText(documentNumber).count(), wait).toBe(1);
    await expect.poll(() => table.locator('.ant-tag', { hasText: '黄牌' }).count(), wait).toBeGreaterThan(0);
    await saveScreenshot(page, 'credit-page-cards');
    await context.close();
  });
});
