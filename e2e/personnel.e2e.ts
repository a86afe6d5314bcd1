import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

interface OfficerItem {
  id: string;
  name: string;
  agencyName: string;
  certificateState: string;
}

/** An entity of the county that has supervising officers (the demo assigns them to most key polluters). */
async function findSupervisedEntity(page: Page): Promise<string> {
  const list = (await (
    await page.request.get('/api/officers?certificateState=valid&pageSize=100')
  ).json()) as {
    items: OfficerItem[];
  };
  for (const officer of list.items) {
    const detail = (await (await page.request.get(`/api/officers/${officer.id}`)).json()) as {
      supervisedEntities: { id: string }[];
    };
    if (detail.supervisedEntities[0]) return detail.supervisedEntities[0].id;
  }
  throw new Error('no supervised entity in the county');
}

describe('personnel: certificates in the officer registry and the supervising officers of an entity', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the head of 南昌县局 sees the county’s officers, an expiring certificate in orange and an expired one in red', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.head');
    await page.getByRole('menuitem', { name: '执法人员' }).click();
    await page.waitForURL('**/officers**');
    const table = page.getByTestId('officers-table');
    await expect.poll(() => table.locator('tbody tr[data-certificate-state]').count()).toBeGreaterThan(8);
    // Only the county: every officer belongs to 南昌县's bureau or brigade.
    const agencies = await table.locator('tbody tr[data-certificate-state] td:nth-child(3)').allInnerTexts();
    for (const agency of agencies) expect(agency).toMatch(/^南昌县生态环境/);

    const expiring = table.locator('tbody tr[data-certificate-state="expiring"]').first();
    await expect.poll(() => expiring.count()).toBe(1);
    const expiringTag = expiring.locator('[data-certificate-state="expiring"]');
    expect(await expiringTag.textContent()).toMatch(/即将到期 · 剩 \d+ 天/);
    expect(await expiringTag.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(212, 107, 8)');
    expect(
      await expiring
        .locator('td')
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor),
    ).toBe('rgb(255, 247, 230)');
    const expired = table.locator('tbody tr[data-certificate-state="expired"]').first();
    await expect.poll(() => expired.count()).toBe(1);
    expect(
      await expired
        .locator('[data-certificate-state="expired"]')
        .evaluate((element) => getComputedStyle(element).color),
    ).toBe('rgb(207, 19, 34)');
    await saveScreenshot(page, 'officers-county');

    // The shortcut filters on the server and keeps the filter in the URL.
    await page.getByTestId('certificate-shortcut-expiring').click();
    await page.waitForURL('**certificateState=expiring**');
    await expect
      .poll(async () => {
        const states = await table
          .locator('tbody tr[data-certificate-state]')
          .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-certificate-state')));
        return states.length > 0 && states.every((state) => state === 'expiring');
      })
      .toBe(true);
    await context.close();
  });

  it('an officer whose certificate has expired cannot be chosen as an entity’s supervisor; a valid one can', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.head');
    const expired = (
      (await (await page.request.get('/api/officers?certificateState=expired&status=on_duty')).json()) as {
        items: OfficerItem[];
      }
    ).items[0]!;
    const entityId = await findSupervisedEntity(page);
    await page.goto(`/entities/${entityId}`);
    const panel = page.getByTestId('entity-supervisors');
    await panel.waitFor();
    await expect.poll(() => panel.getByTestId('entity-supervisor').count()).toBeGreaterThan(0);
    const before = await panel.getByTestId('entity-supervisor').count();

    await panel.getByRole('button', { name: /调\s*整/ }).click();
    const picker = page.getByTestId('supervisor-candidates');
    await picker.waitFor();
    const expiredRow = picker.locator(`tr[data-officer-name="${expired.name}"]`);
    await expect.poll(() => expiredRow.count()).toBe(1);
    expect(await expiredRow.locator('input[type="checkbox"]').isDisabled()).toBe(true);
    expect(await expiredRow.textContent()).toContain('执法证已于');
    await saveScreenshot(page, 'entity-supervisor-picker');

    // The server refuses it too, naming the field; nothing changes.
    const csrf = (await context.cookies()).find((cookie) => cookie.name === 'qs_csrf')?.value ?? '';
    const current = (
      (await (await page.request.get(`/api/entities/${entityId}/supervisors`)).json()) as {
        supervisors: { officerId: string }[];
      }
    ).supervisors.map((supervisor) => supervisor.officerId);
    const refused = await page.request.put(`/api/entities/${entityId}/supervisors`, {
      data: { officerIds: [...current, expired.id] },
      headers: { 'x-csrf-token': csrf },
    });
    expect(refused.status()).toBe(400);
    const body = (await refused.json()) as { error: { field: string; message: string } };
    expect(body.error.field).toBe(`officerIds.${current.length}`);
    expect(body.error.message).toContain('执法证已于');

    // A valid officer can be added.
    const validRow = picker
      .locator('tr[data-officer-name]')
      .filter({ has: page.locator('input[type="checkbox"]:not([disabled]):not(:checked)') })
      .first();
    const validName = await validRow.getAttribute('data-officer-name');
    await validRow.locator('input[type="checkbox"]').check();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect.poll(() => page.getByText('监管责任人已更新').isVisible()).toBe(true);
    await expect.poll(() => panel.getByTestId('entity-supervisor').count()).toBe(before + 1);
    expect(await panel.textContent()).toContain(validName!);
    await saveScreenshot(page, 'entity-supervisors');
    await context.close();
  });
});
