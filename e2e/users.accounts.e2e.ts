import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

const newUsername = 'e2e.inspector';
const initialPassword = 'Chushi#2026x';
const chosenPassword = 'Xinmima#2026y';

describe('accounts: the system administrator creates, the security administrator grants, the user changes the password', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('creates an account in the Nanchang county brigade', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'nc.admin');
    await page.goto('/users');
    await page.getByTestId('users-table').waitFor();
    await page.getByRole('button', { name: '新建账号' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('用户名').fill(newUsername);
    await drawer.getByLabel('姓名').fill('测试员');
    await drawer.getByLabel('所属机构').click();
    await page.keyboard.type('南昌县生态环境保护综合执法大队');
    await page
      .locator('.ant-select-tree-node-content-wrapper', { hasText: '南昌县生态环境保护综合执法大队' })
      .first()
      .click();
    await drawer.getByLabel('初始密码').fill(initialPassword);
    await drawer.getByRole('button', { name: /^新\s*建$/ }).click();
    await expect.poll(() => page.getByText(`已新建账号 ${newUsername}`).isVisible()).toBe(true);
    await page.getByPlaceholder('用户名、姓名或电话').fill(newUsername);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('users-table').getByText('测试员').isVisible()).toBe(true);
    await saveScreenshot(page, 'users-created');
    await context.close();
  });

  it('the security administrator grants the inspector role', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'security');
    await page.goto(`/users?q=${newUsername}`);
    const row = page.getByTestId('users-table').locator('tr', { hasText: newUsername });
    await row.waitFor();
    await row.getByRole('button', { name: `操作 ${newUsername}` }).click();
    await page.getByRole('menuitem', { name: '设置角色' }).click();
    const modal = page.getByRole('dialog');
    await modal.getByRole('checkbox', { name: '执法人员' }).check();
    await modal.getByRole('button', { name: /保\s*存|确\s*定/ }).click();
    await expect.poll(() => row.getByText('执法人员').isVisible()).toBe(true);
    await context.close();
  });

  it('the new user must change the initial password before anything else', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByTestId('login-username').fill(newUsername);
    await page.getByTestId('login-password').fill(initialPassword);
    await page.getByTestId('login-submit').click();
    await page.waitForURL('**/password**');
    await page.goto('/agencies');
    await page.waitForURL('**/password**');
    await page.getByLabel('当前密码').fill(initialPassword);
    await page.getByLabel('新密码', { exact: true }).fill(chosenPassword);
    await page.getByLabel('确认密码').fill(chosenPassword);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/password'));
    await page.goto('/agencies');
    await expect
      .poll(() => page.getByTestId('agency-tree').getByText('南昌县生态环境局').first().isVisible())
      .toBe(true);
    await context.close();
  });

  it('a wrong password counts down in the login form', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByTestId('login-username').fill('jxx.inspector');
    await page.getByTestId('login-password').fill(`${demoPassword}x`);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('再错 4 次');
    await context.close();
  });
});
