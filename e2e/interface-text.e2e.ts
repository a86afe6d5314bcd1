import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage } from './support/browser';

// What a person reads must be words, not code (issue 8): no translation key such as
// `todos.links.entities` or `thresholds.latePaymentSurcharge`, no `{county}` placeholder.
const rawKey = /\b[a-z]+(?:\.[a-zA-Z]+){1,}\b/g;
const placeholder = /\{[a-zA-Z]+\}/g;

/** The visible text of the page, every tab of it opened in turn (the profile has eight). */
async function visibleTextOf(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered, visible text
  let text = await page.locator('main, .ant-layout-content').first().innerText();
  const tabs = page.locator('.ant-tabs-tab');
  for (let index = 0; index < (await tabs.count()); index++) {
    await tabs.nth(index).click();
    await page.waitForTimeout(200);
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text, as above
    text += `\n${await page.locator('.ant-layout-content').first().innerText()}`;
  }
  return text;
}

function codeLikeTextIn(text: string, username: string): string[] {
  const found = [...(text.match(rawKey) ?? []), ...(text.match(placeholder) ?? [])];
  // The account's own username (nc.head) is shown on the home page on purpose.
  return [...new Set(found.filter((match) => match !== username))];
}

describe('text of the interface', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const username of ['admin', 'nc.head', 'ncx.inspector', 'nt.head']) {
    for (const language of ['zh-CN', 'en-US'] as const) {
      it(`shows no translation key or placeholder on the home and profile pages (${username}, ${language})`, async () => {
        const { context, page } = await newPage(browser);
        await page.goto('/login');
        await page.evaluate((value) => localStorage.setItem('qingshan.language', value), language);
        await logIn(page, username);
        await page
          .getByText(language === 'zh-CN' ? '常用功能' : 'Shortcuts')
          .first()
          .waitFor();
        expect(codeLikeTextIn(await visibleTextOf(page), username), '首页').toEqual([]);
        if (language === 'en-US') {
          // The jurisdiction line is written by the web from figures, in the chosen language.
          await expect(page.getByText(/agencies under it|only \(/).count()).resolves.toBeGreaterThan(0);
        }
        await page.goto('/profile');
        const canReadProfile = await page
          .locator('.ant-tabs-tab')
          .first()
          .waitFor({ timeout: 5_000 })
          .then(() => true)
          .catch(() => false);
        if (canReadProfile)
          expect(codeLikeTextIn(await visibleTextOf(page), username), '省份配置').toEqual([]);
        await context.close();
      });
    }
  }

  it('answers a detail address that names nothing with 页面不存在 at once, without retrying', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.inspector');
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/entities/not-a-uuid')) requests.push(request.url());
    });
    await page.goto('/entities/not-a-uuid');
    await expect(page.getByText('页面不存在').waitFor({ timeout: 5_000 })).resolves.toBeUndefined();
    await expect(page.getByText('数据加载失败').count()).resolves.toBe(0);
    expect(requests).toHaveLength(1);
    await context.close();
  });

  it('tags a district bureau 区局 and a county bureau 县局 in the agency tree', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'admin');
    await page.goto('/agencies');
    await page.getByPlaceholder(/搜索/).first().fill('青山湖区生态环境局');
    const district = page.locator('.ant-tree-treenode', { hasText: '青山湖区生态环境局' });
    await district.first().waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the visible tag
    await expect(district.first().innerText()).resolves.toContain('区局');
    await page.getByPlaceholder(/搜索/).first().fill('南昌县生态环境局');
    const county = page.locator('.ant-tree-treenode', { hasText: '南昌县生态环境局' });
    await county.first().waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the visible tag
    await expect(county.first().innerText()).resolves.toContain('县局');
    await context.close();
  });

  it('scrolls the report tables inside the page at 1440 px instead of widening it', async () => {
    const { context, page } = await newPage(browser, { width: 1440, height: 900 });
    await logIn(page, 'nc.head');
    for (const address of ['/random-checks/reports', '/capacity']) {
      await page.goto(address);
      await page.locator('.ant-table').first().waitFor();
      await page.waitForLoadState('networkidle');
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        tables: Array.from(document.querySelectorAll('.ant-table-content, .ant-table-body')).map(
          (element) => ({
            scroll: element.scrollWidth,
            client: element.clientWidth,
            overflow: getComputedStyle(element).overflowX,
          }),
        ),
      }));
      expect(widths.page, address).toBeLessThanOrEqual(widths.viewport);
      for (const table of widths.tables) {
        if (table.scroll > table.client) expect(['auto', 'scroll'], address).toContain(table.overflow);
      }
    }
    await context.close();
  });
});
