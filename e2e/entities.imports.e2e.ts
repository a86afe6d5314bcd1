import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, saveScreenshot } from './support/browser';

// GB 32100-2015: the 31 characters and the weights of the 18th character's check.
const characters = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function checkCharacter(first17: string): string {
  const sum = [...first17].reduce(
    (total, character, index) => total + characters.indexOf(character) * weights[index]!,
    0,
  );
  return characters[(31 - (sum % 31)) % 31]!;
}

/** A valid code of a company registered in 南昌县 (360121), unique per run. */
function creditCode(serial: number): string {
  const body = `E2E41207${serial}`.slice(0, 9);
  const first17 = `91360121${body}`;
  return first17 + checkCharacter(first17);
}

const header =
  '统一社会信用代码,单位名称,法定代表人,地址,行政区划代码,行业代码,排污许可证编号,排污许可管理类别,许可证有效期至,特殊监管对象,特殊监管原因,已安装自动监控,自动监控已联网,生产状态,经度,纬度,联系人,联系电话,重点排污单位类别（本年）';

function row(code: string, name: string): string {
  return `${code},${name},王五,南昌县八月湖街道 1 号,360121001,2614,,重点管理,2028-06-30,否,,是,是,在产,115.9,28.5,赵六,13900000000,水环境、大气环境`;
}

async function entityTotal(page: Page, query = ''): Promise<number> {
  const response = await page.request.get(`/api/entities?pageSize=1${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

describe('entity import: one bad row and nothing changes (REG-5)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the county agency head sees the row-by-row report, the registry is unchanged, and the corrected file imports', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'ncx.head');
    await page.goto('/entities/imports');
    await page.getByText('点击或将文件拖到此处上传').waitFor();
    const before = await entityTotal(page);

    const good = [1, 2, 3].map((serial) => creditCode(serial));
    const valid = creditCode(4);
    const wrong = valid.slice(0, 17) + (valid[17] === '3' ? '4' : '3');
    const lines = [
      header,
      row(good[0]!, '南昌县浏览器测试一号化工有限公司'),
      row(good[1]!, '南昌县浏览器测试二号化工有限公司'),
      row(wrong, '南昌县浏览器测试四号化工有限公司'),
      row(good[2]!, '南昌县浏览器测试三号化工有限公司'),
    ];
    await page.locator('input[type=file]').setInputFiles({
      name: '监管对象-有错误.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
    });

    const report = page.getByTestId('import-errors');
    await report.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByText('文件有 1 处错误，未导入任何数据').isVisible()).toBe(true);
    const reportRow = report.locator('tbody tr', { hasText: wrong });
    await expect.poll(() => reportRow.textContent()).toContain('统一社会信用代码');
    const text = await reportRow.textContent();
    expect(text).toMatch(/^4/);
    expect(text).toContain(`第 18 位校验码应为 ${valid[17]}，实际为 ${wrong[17]}`);
    await saveScreenshot(page, 'entity-import-report');

    expect(await entityTotal(page)).toBe(before);
    for (const code of good) expect(await entityTotal(page, `&q=${code}`)).toBe(0);

    // Corrected, the same file imports as a whole.
    lines[3] = row(valid, '南昌县浏览器测试四号化工有限公司');
    await page.locator('input[type=file]').setInputFiles({
      name: '监管对象-已改正.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
    });
    await page.getByText('导入完成').waitFor({ timeout: 30_000 });
    expect(await entityTotal(page)).toBe(before + 4);
    await expect
      .poll(() => page.getByTestId('import-history').getByText('监管对象-有错误.csv').isVisible())
      .toBe(true);
    await context.close();
  });
});
