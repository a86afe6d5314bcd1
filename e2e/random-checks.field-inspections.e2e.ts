import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { generateCreditCode } from '@qingshan/domain';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../apps/server/src/db/client';
import { applyMigrations } from '../apps/server/src/db/migrate';
import {
  agencies,
  catalogueItems,
  catalogues,
  officers,
  randomCheckPlans,
  randomCheckTaskOfficers,
  randomCheckTasks,
  regulatedEntities,
  users,
} from '../apps/server/src/db/schema/index';
import { agencyId } from '../apps/server/src/demo/demo.agencies';
import { loadDemoData } from '../apps/server/src/demo/demo.loader';
import { demoPassword, installClock, launchBrowser, saveScreenshot } from './support/browser';
import { shanghaiDate, testNow } from './support/clock';

/**
 * DR-5 on a phone: an assigned officer fills the 现场检查笔录 at 390 × 844, adds a photo and a
 * finding and confirms; the second officer confirms; the task is completed.
 *
 * The task is put straight into the database, not drawn (the draw has its own test): this file
 * starts its own server on a PGlite folder holding the small demo province plus one plan, one task
 * and its two officers — two linked accounts of 南昌县大队.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const wait = { timeout: 15_000 };
const phone = { width: 390, height: 844 };
const entityName = '现场检查演示四一二零七环保科技有限公司';
const overdueEntityName = '逾期检查演示四一二零七化工有限公司';

/** CRC-32 (ISO 3309), for the PNG chunks below. */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A real PNG (a 240 × 160 gradient): what the phone's camera hands the page. */
function makePhoto(width = 240, height = 160): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const offset = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      rows.set([40 + (x * 150) / width, 120 + (y * 100) / height, 90], offset + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const photo = makePhoto();

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Fixture {
  taskId: string;
  lead: string;
  member: string;
}

/** Migrates a PGlite folder, loads the small demo and inserts the task with its two officers. */
async function prepareDatabase(dataDir: string): Promise<Fixture> {
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await applyMigrations(handle, path.join(root, 'apps/server/drizzle'));
    await loadDemoData(handle.db, { now: testNow }, { scale: 'small' });
    const db = handle.db;
    const linked = await db
      .select({ username: users.username, officerId: officers.id })
      .from(officers)
      .innerJoin(users, eq(users.id, officers.userId))
      .innerJoin(agencies, eq(agencies.id, officers.agencyId))
      .where(
        and(
          eq(agencies.code, '360121-ENF'),
          eq(users.status, 'active'),
          eq(users.mustChangePassword, false),
          eq(officers.status, 'on_duty'),
          sql`'inspector' = ANY(${users.roles})`,
          sql`${users.lockedUntil} IS NULL`,
          ne(users.username, 'u36012102'),
        ),
      )
      .orderBy(users.username);
    const lead = linked.find((row) => row.username === 'ncx.inspector');
    const member = linked.find((row) => row.username !== 'ncx.inspector');
    if (!lead || !member) throw new Error('南昌县大队 needs two linked inspector accounts');
    // Two published random-inspection items with different names (several agencies publish lists).
    const published = await db
      .select({ id: catalogueItems.id, name: catalogueItems.name })
      .from(catalogueItems)
      .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
      .where(and(eq(catalogues.kind, 'random_inspection_items'), eq(catalogues.status, 'published')))
      .orderBy(catalogueItems.position)
      .limit(50);
    const items = published
      .filter((item, index) => published.findIndex((other) => other.name === item.name) === index)
      .slice(0, 2);
    const now = testNow();
    /** One plan of 南昌县局 with one task for a new entity, assigned to the two officers. */
    const insertTask = async (options: { number: string; name: string; startsOn: string; dueOn: string }) => {
      const planId = randomUUID();
      const entityId = randomUUID();
      const taskId = randomUUID();
      await db.insert(randomCheckPlans).values({
        id: planId,
        agencyId: agencyId('360121-BUR'),
        number: options.number,
        title: '南昌县2026年第四季度双随机抽查',
        year: Number(shanghaiDate().slice(0, 4)),
        kind: 'special',
        periodStart: shanghaiDate(-30),
        periodEnd: shanghaiDate(40),
        inspectionStartsOn: options.startsOn,
        inspectionDueOn: options.dueOn,
        publicationDueOn: shanghaiDate(30),
        poolFilter: {},
        ratioOfficers: 1,
        ratioEntities: 10,
        keyPolluterPercent: 25,
        specialObjectPercent: 10,
        minOfficersPerTask: 2,
        status: 'drawn',
        createdAt: now,
        updatedAt: now,
      });
      await db.insert(regulatedEntities).values({
        id: entityId,
        creditCode: generateCreditCode(Math.random, { regionCode: '360121' }),
        name: options.name,
        legalRepresentative: '周建平',
        address: '南昌县小蓝经济开发区金沙大道 88 号',
        regionCode: '360121',
        countyCode: '360121',
        ownerAgencyId: agencyId('360121-BUR'),
        industryCode: '2614',
        permitNumber: '91360121MA35E2E001001P',
        permitClass: 'key',
        permitValidUntil: '2028-06-30',
        longitude: 115.9432,
        latitude: 28.5531,
        contactPerson: '李建国',
        contactPhone: '13907910000',
        createdAt: now,
        updatedAt: now,
      });
      await db.insert(randomCheckTasks).values({
        id: taskId,
        planId,
        entityId,
        agencyId: agencyId('360121-BUR'),
        stratum: 'general',
        position: 1,
        itemIds: items.map((item) => item.id),
        status: 'pending',
        createdAt: now,
        updatedAt: now,
      });
      await db.insert(randomCheckTaskOfficers).values([
        { taskId, officerId: lead.officerId, role: 'lead' },
        { taskId, officerId: member.officerId, role: 'member' },
      ]);
      return taskId;
    };
    const taskId = await insertTask({
      number: '2026-SJ-360121-E2E',
      name: entityName,
      startsOn: shanghaiDate(-3),
      dueOn: shanghaiDate(10),
    });
    // A task whose deadline has passed without a result: flagged overdue in red.
    await insertTask({
      number: '2026-SJ-360121-E2F',
      name: overdueEntityName,
      startsOn: shanghaiDate(-20),
      dueOn: shanghaiDate(-5),
    });
    return { taskId, lead: lead.username, member: member.username };
  } finally {
    await handle.close();
  }
}

async function startServer(dataDir: string): Promise<{ baseUrl: string; server: ChildProcess }> {
  const port = await findFreePort();
  const output: string[] = [];
  const server = spawn(
    process.execPath,
    ['--enable-source-maps', path.join(root, 'apps/server/dist/main.js')],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        QINGSHAN_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
        // The same clock as the demo data loaded above and the browsers.
        QINGSHAN_CLOCK_START: testNow().toISOString(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (chunk) => output.push(String(chunk)));
  server.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`服务进程已退出（${server.exitCode}）：\n${output.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, server };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill('SIGTERM');
  throw new Error(`服务在 60 秒内没有就绪：\n${output.join('')}`);
}

describe('field inspection record on a phone (DR-5)', () => {
  let browser: Browser;
  let folder: string;
  let server: ChildProcess;
  let baseUrl: string;
  let fixture: Fixture;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'qingshan-e2e-field-'));
    const dataDir = path.join(folder, 'data');
    fixture = await prepareDatabase(dataDir);
    ({ baseUrl, server } = await startServer(dataDir));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => {
        server.once('exit', resolve);
        setTimeout(resolve, 5_000);
      });
    }
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  async function phonePage(username: string) {
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: phone,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      isMobile: true,
      hasTouch: true,
    });
    await installClock(context);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(demoPassword);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return { context, page };
  }

  async function horizontalOverflow(page: Page): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  /** Picks HH:mm in an antd TimePicker panel. */
  async function pickTime(page: Page, testId: string, hour: string, minute: string) {
    await page.getByTestId(testId).click();
    const panel = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').last();
    const columns = panel.locator('.ant-picker-time-panel-column');
    await columns
      .nth(0)
      .locator('.ant-picker-time-panel-cell-inner', { hasText: new RegExp(`^${hour}$`) })
      .click();
    await columns
      .nth(1)
      .locator('.ant-picker-time-panel-cell-inner', { hasText: new RegExp(`^${minute}$`) })
      .click();
    await panel.locator('.ant-picker-ok button').click();
  }

  /**
   * Draws a stroke on the signature pad, as a finger would: where the pad is once the modal has
   * opened (it zooms in from the button, so a box read at once is a fraction of the final one).
   */
  async function drawSignature(page: Page) {
    const canvas = page.getByTestId('signature-canvas');
    // The modal zooms in: draw only once its motion is over and the pad stands still, as a person
    // would (the motion's first frame can already have the full size, so the size alone is no sign).
    await expect
      .poll(
        () =>
          canvas.evaluate(async (element: HTMLElement) => {
            const modal = element.closest('.ant-modal');
            if (!modal || /ant-zoom/.test(modal.className)) return false;
            const before = element.getBoundingClientRect();
            await new Promise((resolve) => setTimeout(resolve, 100));
            const after = element.getBoundingClientRect();
            return (
              after.width > 0 &&
              Math.abs(after.width - element.offsetWidth) < 0.5 &&
              before.x === after.x &&
              before.y === after.y &&
              before.width === after.width
            );
          }),
        wait,
      )
      .toBe(true);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no signature canvas');
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) {
      await page.mouse.move(box.x + 20 + step * 25, box.y + box.height / 2 + (step % 2 ? -20 : 20), {
        steps: 3,
      });
    }
    await page.mouse.up();
  }

  /** Picks a day in an antd DatePicker panel (the six-week grid always shows the next few days). */
  async function pickDate(page: Page, testId: string, date: string) {
    await page.getByTestId(testId).click();
    const panel = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').last();
    await panel.locator(`td[title="${date}"]`).click();
  }

  it('an assigned officer fills the record, adds a photo and a finding and confirms; the second officer confirms', async () => {
    const yesterday = shanghaiDate(-1);
    const { context, page } = await phonePage(fixture.lead);

    // My tasks, from the menu (双随机抽查 → 现场检查): one card per task, no table, nothing wider than the phone.
    await page
      .getByRole('button', { name: /菜单|menu/i })
      .first()
      .click();
    await page.getByRole('menuitem', { name: '现场检查' }).click();
    await page.waitForURL('**/field-inspections');
    const card = page.getByTestId('field-task-card').filter({ hasText: entityName });
    await expect.poll(() => card.count(), wait).toBe(1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
    // The task past its deadline without a result is flagged overdue, in red.
    const overdueCard = page.getByTestId('field-task-card').filter({ hasText: overdueEntityName });
    await expect.poll(() => overdueCard.getByTestId('field-task-overdue').count(), wait).toBe(1);
    expect(await overdueCard.getByTestId('field-task-overdue').getAttribute('class')).toContain(
      'ant-tag-red',
    );
    expect(await card.getByTestId('field-task-overdue').count()).toBe(0);
    await page.waitForTimeout(500); // the list's loading veil fades out
    await saveScreenshot(page, 'field-inspection-tasks-phone');

    await card.click();
    await page.waitForURL(`**/field-inspections/${fixture.taskId}`);
    await expect
      .poll(() => page.getByTestId('field-entity').textContent(), wait)
      .toContain('91360121MA35E2E001001P');
    await expect.poll(() => page.getByTestId('field-task-status').textContent(), wait).toBe('待检查');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
    await saveScreenshot(page, 'field-inspection-record-empty-phone');

    // The record: yesterday 09:00–10:30, at the entity's address, with the person present.
    const record = page.getByTestId('field-record');
    await pickDate(page, 'record-inspected-on', yesterday);
    await pickTime(page, 'record-started-at', '09', '00');
    await pickTime(page, 'record-ended-at', '10', '30');
    await record.getByRole('button', { name: '填入单位地址' }).click();
    await record.getByLabel('现场负责人').fill('李建国');
    await record.getByLabel('职务').fill('安全环保部经理');
    await record.getByLabel('联系电话').fill('13907910001');
    // 出示执法证件 (numbers prefilled from the registry where it has them), 告知, 回避.
    for (const checkbox of await record.getByTestId('record-certificate-shown').all()) await checkbox.click();
    for (const input of await record.getByPlaceholder('执法证号').all()) {
      if (!(await input.inputValue())) await input.fill('36012100999');
    }
    await pickTime(page, 'record-rights-at', '09', '05');
    await page.getByTestId('record-recusal-asked').click();
    await record.getByText('不申请回避', { exact: true }).click();
    const firstItem = page.getByTestId('record-item-0');
    await firstItem.getByText('不符合', { exact: true }).click();
    await firstItem.getByRole('textbox').fill('废水总排口未设置规范化标志牌');
    await page.getByTestId('record-item-1').getByText('符合', { exact: true }).click();
    await page.getByTestId('record-save').click();
    await expect.poll(() => page.getByText('笔录已保存').count(), wait).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('record-sync-state').textContent(), wait).toBe('已同步');

    // No signal in the plant: the text is kept on the phone and the sync fails at once, not after 20 s.
    await context.setOffline(true);
    const observations = '企业正常生产，污水处理站运行，在线监测设备联网。';
    await record.getByLabel('现场检查情况').fill(observations);
    await expect
      .poll(() => page.getByTestId('record-sync-state').textContent(), wait)
      .toBe('已保存在本机，未同步');
    const tried = Date.now();
    await page.getByTestId('record-save').click();
    await expect.poll(() => page.getByText(/当前没有网络/).count(), wait).toBeGreaterThan(0);
    expect(Date.now() - tried).toBeLessThan(8_000);
    // Reloaded (the page itself needs the network, the record's sync is still cut off): the text is still there.
    const recordUrl = `**/api/field-inspections/tasks/${fixture.taskId}/record`;
    await page.route(recordUrl, (route) => route.abort('internetdisconnected'));
    await context.setOffline(false);
    await page.reload();
    await expect.poll(() => record.getByLabel('现场检查情况').inputValue(), wait).toBe(observations);
    await expect
      .poll(() => page.getByTestId('record-sync-state').textContent(), wait)
      .toBe('已保存在本机，未同步');
    // Back online: sync on demand.
    await page.unroute(recordUrl);
    await page.getByTestId('record-save').click();
    await expect.poll(() => page.getByTestId('record-sync-state').textContent(), wait).toBe('已同步');
    const synced = await (await page.request.get(`/api/field-inspections/tasks/${fixture.taskId}`)).json();
    expect(synced.record.observations).toBe(observations);
    await expect.poll(() => page.getByTestId('field-task-status').textContent(), wait).toBe('待确认');

    // A photo from the camera: the page shows the SHA-256 the server computed, shortened, with the full value.
    await page
      .getByTestId('photo-input')
      .setInputFiles({ name: '排放口.png', mimeType: 'image/png', buffer: photo });
    const fingerprint = page.getByTestId('photo-fingerprint');
    await expect.poll(() => fingerprint.count(), wait).toBe(1);
    const expected = createHash('sha256').update(photo).digest('hex');
    expect(await fingerprint.getAttribute('title')).toBe(expected);
    expect(await fingerprint.textContent()).toContain(`${expected.slice(0, 8)}…${expected.slice(-6)}`);

    // A finding to rectify within three days.
    await page.getByTestId('finding-add').click();
    const drawer = page.getByTestId('finding-drawer');
    await drawer
      .getByTestId('finding-description')
      .fill('废水总排口未设置规范化标志牌，未按要求开展自行监测');
    await pickDate(page, 'finding-due-on', shanghaiDate(3));
    await drawer.getByTestId('finding-submit').click();
    await expect.poll(() => page.getByTestId('finding-row').count(), wait).toBe(1);

    // Both officers and the person present sign on the phone.
    for (let index = 0; index < 3; index++) {
      await page.getByTestId('signature-row').nth(index).getByTestId('signature-open').click();
      await drawSignature(page);
      await page.getByTestId('signature-submit').click();
      await expect.poll(() => page.getByTestId('signature-image').count(), wait).toBe(index + 1);
    }
    await expect.poll(() => page.getByTestId('field-gaps').count(), wait).toBe(0);
    await expect.poll(() => drawer.isVisible(), wait).toBe(false);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
    await saveScreenshot(page, 'field-inspection-record-filled-phone');

    // The first confirmation.
    await page.getByTestId('record-confirm').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^确\s*认$/ })
      .click();
    await expect.poll(() => page.getByTestId('record-confirm').textContent(), wait).toContain('您已确认');
    await context.close();

    // The second officer opens the same record and confirms: the task is completed.
    const second = await phonePage(fixture.member);
    await second.page.goto(`/field-inspections/${fixture.taskId}`);
    await expect
      .poll(() => second.page.getByTestId('field-officer-confirmation').first().textContent(), wait)
      .toContain('已确认');
    await second.page.getByTestId('record-confirm').click();
    await second.page
      .getByRole('dialog')
      .getByRole('button', { name: /^确\s*认$/ })
      .click();
    await expect.poll(() => second.page.getByTestId('field-completed').count(), wait).toBe(1);
    await expect.poll(() => second.page.getByRole('dialog').count(), wait).toBe(0);
    await expect.poll(() => second.page.getByTestId('field-task-status').textContent(), wait).toBe('已完成');
    expect(await second.page.getByTestId('field-completed').textContent()).toContain('发现问题');
    // Read only now: no form, no upload.
    expect(await second.page.getByTestId('record-save').count()).toBe(0);
    expect(await second.page.getByTestId('photo-input').count()).toBe(0);
    await saveScreenshot(second.page, 'field-inspection-completed-phone');
    // The record's completion started the result's publication clock (SYS-3): the page shows it
    // with its basis, and a row opens the day-by-day count.
    const clocksCard = second.page.getByTestId('subject-clocks');
    await expect.poll(() => clocksCard.textContent(), wait).toContain('检查结果公开期限');
    expect(await clocksCard.textContent()).toContain('计时中');
    await clocksCard
      .getByRole('button', { name: /展开|expand/i })
      .first()
      .click();
    await expect
      .poll(() => clocksCard.getByTestId('clock-days').textContent(), wait)
      .toContain('起算事件当日');
    await clocksCard.scrollIntoViewIfNeeded();
    await saveScreenshot(second.page, 'field-inspection-clocks-phone');

    const detail = await (
      await second.page.request.get(`/api/field-inspections/tasks/${fixture.taskId}`)
    ).json();
    expect(detail.task).toMatchObject({
      status: 'completed',
      outcome: 'problem_found',
      inspectedOn: yesterday,
    });
    expect(detail.photos[0].sha256).toBe(expected);
    await second.context.close();
  });
});
