import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

const wait = { timeout: 20_000 };

/** The home page is the workbench (SYS-3): each user sees what they have to do, with real due days. */
describe('the to-do workbench on the home page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('an inspector sees the field records due on their tasks and opens one from the list', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.inspector');
    const workbench = page.getByTestId('todo-workbench');
    await expect.poll(() => workbench.getByTestId('todo-link').count(), wait).toBeGreaterThan(0);
    await expect
      .poll(() => workbench.getByTestId('todo-summary').textContent(), wait)
      .toMatch(/^共 \d+ 项，逾期 \d+ 项/);
    expect(await workbench.getByTestId('todo-due').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await workbench.textContent()).toContain('现场检查笔录');
    await saveScreenshot(page, 'workbench-inspector');
    await workbench.getByTestId('todo-link').first().click();
    await expect.poll(() => page.url(), wait).toMatch(/\/field-inspections\/[0-9a-f-]{36}$/);
    await context.close();
  });

  it('a county head sees results to publish and tables to submit, and can narrow the list to overdue items', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.head');
    const workbench = page.getByTestId('todo-workbench');
    await expect.poll(() => workbench.getByTestId('todo-link').count(), wait).toBeGreaterThan(0);
    const text = (await workbench.textContent()) ?? '';
    expect(text).toMatch(/结果公开|报表上报/);
    await saveScreenshot(page, 'workbench-head');
    const summary = (await workbench.getByTestId('todo-summary').textContent()) ?? '';
    const overdue = Number(/逾期 (\d+) 项/.exec(summary)?.[1]);
    await workbench.getByTestId('todo-only-overdue').click();
    await expect
      .poll(() => workbench.locator('tbody tr.ant-table-row').count(), wait)
      .toBe(Math.min(overdue, 10));
    await context.close();
  });

  it('the city head sees a county’s overdue result escalated to them, naming the county', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'nc.head');
    const workbench = page.getByTestId('todo-workbench');
    await expect
      .poll(() => workbench.getByTestId('todo-escalated').first().textContent(), wait)
      .toMatch(/^下级逾期：.+生态环境局$/);
    await saveScreenshot(page, 'workbench-city-head');
    await context.close();
  });

  it('a county head sees the statutory clocks of the county: certificates expiring and cards to rectify', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.head');
    const workbench = page.getByTestId('todo-workbench');
    await expect.poll(() => workbench.getByTestId('todo-link').count(), wait).toBeGreaterThan(0);
    await expect.poll(() => workbench.textContent(), wait).toMatch(/执法证到期|红黄牌整改/);
    await context.close();
  });

  it('the city head sees an escalation in the bell, opens it, and it is marked read', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'nc.head');
    const bell = page.getByTestId('notification-bell');
    const unreadOf = async () =>
      Number(/（(\d+) 条未读）/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    await expect.poll(unreadOf, wait).toBeGreaterThan(0);
    const unread = await unreadOf();
    await bell.click();
    const list = page.getByTestId('notification-list');
    await expect.poll(() => list.getByTestId('notification-item').count(), wait).toBeGreaterThan(0);
    // The city head is told of the counties' overdue clocks (逾期督办) and of the city's own
    // (已逾期), created in the same sweep: their order among equals is not the test's business.
    const first = list.getByTestId('notification-item').filter({ hasText: '逾期督办' }).first();
    await expect.poll(() => first.count(), wait).toBe(1);
    await expect.poll(() => list.isVisible(), wait).toBe(true);
    await page.waitForTimeout(500); // the popover's fade-in, so the picture shows the list
    await saveScreenshot(page, 'workbench-notifications');
    await first.click();
    // The page where the overdue item is done: an officer, an entity, a task or a plan's results.
    await expect
      .poll(() => new URL(page.url()).pathname, wait)
      .toMatch(
        /^\/(officers\/[0-9a-f-]{36}|entities\/[0-9a-f-]{36}|field-inspections\/[0-9a-f-]{36}|random-checks\/publication)$/,
      );
    await expect.poll(unreadOf, wait).toBe(unread - 1);
    await context.close();
  });

  it('the system administrator, who has no business duties, sees an empty workbench that says so', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'admin');
    const workbench = page.getByTestId('todo-workbench');
    await expect.poll(() => workbench.textContent(), wait).toContain('暂无待办');
    await context.close();
  });
});
