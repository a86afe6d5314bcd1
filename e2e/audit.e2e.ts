import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

describe('the audit administrator reads and verifies the audit trail', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('sees only the audit menu, lists logins and finds the chain intact', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'auditor');
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.getByText('用户管理').count()).toBe(0);
    await page.goto('/audit');
    await expect.poll(() => page.getByText('登录成功').first().isVisible()).toBe(true);
    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-verify-result').first().textContent()).toMatch(/完整/);
    await saveScreenshot(page, 'audit-verified');
    await page.goto('/users');
    await expect.poll(() => page.getByText('403').or(page.getByText('无权')).first().isVisible()).toBe(true);
    await context.close();
  });
});
