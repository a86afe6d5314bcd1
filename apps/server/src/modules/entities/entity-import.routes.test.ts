import { entityExchangeColumns, generateCreditCode, type ImportJobDetail } from '@qingshan/domain';
import { and, count, eq, like, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  entityEvents,
  importJobs,
  keyPolluterListings,
  regions,
  regulatedEntities,
} from '../../db/schema/index';
import { agencyId } from '../../demo/demo.agencies';
import { SeededRandom } from '../../demo/demo.random';
import {
  auditEntriesAfter,
  type CreatedAccount,
  createAccount,
  latestAuditId,
} from '../../test/test-fixtures';
import type { TestAgent, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';
import { entityImportFailedQueue, entityImportQueue } from './entity-import.service';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const headers = entityExchangeColumns.map((column) => column.header);

/** A file row by header; the columns not given stay empty. */
type FileRow = Partial<Record<string, string>>;

function csvOf(rows: FileRow[], columns: string[] = headers): string {
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [columns, ...rows.map((row) => columns.map((header) => row[header] ?? ''))]
    .map((cells) => cells.map(quote).join(','))
    .join('\r\n');
}

/** GB18030 bytes of a text, from the decoder's own table (Node has no GB18030 encoder). */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const character = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(character)) table.set(character, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const character of text) {
    if (character.charCodeAt(0) < 0x80) bytes.push(character.charCodeAt(0));
    else {
      const encoded = table.get(character);
      if (!encoded) throw new Error(`no GB18030 two-byte code for ${character}`);
      bytes.push(...encoded);
    }
  }
  return Buffer.from(bytes);
}

/** A valid credit code whose 18th character is changed to a wrong one; returns both. */
function withWrongCheckCharacter(code: string): { code: string; expected: string; actual: string } {
  const expected = code[17]!;
  const actual = expected === '3' ? '4' : '3';
  return { code: code.slice(0, 17) + actual, expected, actual };
}

describe('entity import routes', () => {
  let server: TestServer;
  let countyHead: TestAgent;
  /** agency_head of 进贤县局: another county of Nanchang. */
  let otherCountyHead: CreatedAccount;
  let nanchangTowns: string[];
  let jinxianTown: string;
  const random = new SeededRandom('entity-import-test');
  const newCode = (regionCode = '360121') => generateCreditCode(() => random.next(), { regionCode });

  function entityRow(overrides: FileRow = {}): FileRow {
    return {
      统一社会信用代码: newCode(),
      单位名称: `南昌县测试${random.integer(1000, 9999)}化工有限公司`,
      法定代表人: '王五',
      地址: '南昌县莲塘镇工业大道 1 号',
      行政区划代码: nanchangTowns[0],
      行业代码: '2614',
      排污许可管理类别: '重点管理',
      许可证有效期至: '2028-06-30',
      特殊监管对象: '否',
      已安装自动监控: '是',
      自动监控已联网: '否',
      生产状态: '在产',
      经度: '115.94',
      纬度: '28.54',
      联系人: '赵六',
      联系电话: '13900000000',
      '重点排污单位类别（本年）': '水环境、大气环境',
      ...overrides,
    };
  }

  async function upload(
    agent: TestAgent,
    body: Buffer | string,
    fileName = 'entities.csv',
    contentType = 'text/csv',
  ) {
    return agent.request(
      'POST',
      `/api/entities/imports?fileName=${encodeURIComponent(fileName)}`,
      typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
      { 'content-type': contentType },
    );
  }

  async function waitForJob(agent: TestAgent, id: string): Promise<ImportJobDetail> {
    // Jobs do not poll in API tests: run the queued ones, as a server's worker would.
    await server.runJobs();
    for (let attempt = 0; attempt < 400; attempt++) {
      const response = await agent.get<ImportJobDetail>(`/api/entities/imports/${id}`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      if (response.body.status !== 'validating' && response.body.status !== 'importing') return response.body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`job ${id} did not finish`);
  }

  async function importFile(agent: TestAgent, body: Buffer | string, fileName?: string, type?: string) {
    const started = await upload(agent, body, fileName, type);
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    return waitForJob(agent, started.body.id);
  }

  async function entityCount(): Promise<number> {
    const [row] = await server.db.select({ value: count() }).from(regulatedEntities);
    return row?.value ?? 0;
  }

  async function findEntity(creditCode: string) {
    const [row] = await server.db
      .select()
      .from(regulatedEntities)
      .where(eq(regulatedEntities.creditCode, creditCode));
    return row;
  }

  beforeAll(async () => {
    server = await createTestServer();
    countyHead = await server.as('ncx.head');
    otherCountyHead = await createAccount(server, {
      username: 'jxx.head',
      agencyCode: '360124-BUR',
      roles: ['agency_head'],
    });
    const towns = await server.db
      .select({ code: regions.code })
      .from(regions)
      .where(and(eq(regions.level, 'town'), like(regions.code, '360121%')))
      .orderBy(regions.code);
    nanchangTowns = towns.map((town) => town.code);
    const [jinxian] = await server.db
      .select({ code: regions.code })
      .from(regions)
      .where(and(eq(regions.level, 'town'), like(regions.code, '360124%')))
      .limit(1);
    jinxianTown = jinxian!.code;
  });
  afterAll(async () => {
    await server.close();
  });

  describe('templates', () => {
    it('the Excel template has the exchange header, an example, drop-down lists and the instructions', async () => {
      const response = await countyHead.get('/api/entities/imports/template.xlsx');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        '监管对象',
        '填写说明',
        '区划代码',
        '行业代码',
      ]);
      const data = workbook.getWorksheet('监管对象')!;
      expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
      const example = (data.getRow(2).values as unknown[]).slice(1).map(String);
      expect(example[0]).toMatch(/^91360121MA3EXAMPL.$/);
      expect(example[4]).toMatch(/^360121\d{3}$/);
      const validations = (
        data as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }
      ).dataValidations.model;
      const permitClassColumn = String.fromCharCode(65 + headers.indexOf('排污许可管理类别'));
      // exceljs reads a validated range back cell by cell.
      for (const row of [2, 10_001]) {
        expect(validations[`${permitClassColumn}${row}`]?.formulae[0]).toBe('"重点管理,简化管理,登记管理"');
      }
      const statusColumn = String.fromCharCode(65 + headers.indexOf('生产状态'));
      expect(validations[`${statusColumn}2`]?.formulae[0]).toBe('"在产,停产,关闭,在建"');
      const specialColumn = String.fromCharCode(65 + headers.indexOf('特殊监管对象'));
      expect(validations[`${specialColumn}2`]?.formulae[0]).toBe('"是,否"');
      const instructions = workbook
        .getWorksheet('填写说明')!
        .getSheetValues()
        .flat()
        .map((value) => String(value ?? ''))
        .join('\n');
      expect(instructions).toContain('9 位乡镇');
      expect(instructions).toContain('GB/T 4754-2017');
      expect(instructions).toContain('水环境、大气环境');
      expect(instructions).toContain('重点管理、简化管理、登记管理');
      // The region sheet lists the jurisdiction of 南昌县局 only.
      const regionCodes = workbook.getWorksheet('区划代码')!.getColumn(1).values.slice(2).map(String);
      expect(regionCodes.length).toBeGreaterThan(5);
      expect(regionCodes.every((code) => code.startsWith('360121'))).toBe(true);
    });

    it('the Excel template uploaded as it is reads through its sheets and refuses the example row', async () => {
      const template = await countyHead.get('/api/entities/imports/template.xlsx');
      const job = await importFile(countyHead, template.raw.rawPayload, '模板.xlsx', xlsxType);
      expect(job.status).toBe('rejected');
      expect(job.errors).toEqual([
        expect.objectContaining({
          row: 2,
          column: '统一社会信用代码',
          message: '这是导入模板中的示例行，请删除后再导入',
        }),
      ]);
    });

    it('the CSV template is UTF-8 with BOM, and its example row is refused if left in', async () => {
      const response = await countyHead.get('/api/entities/imports/template.csv');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('text/csv');
      const bytes = response.raw.rawPayload;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe(headers.join(','));
      const before = await entityCount();
      const job = await importFile(countyHead, bytes, '模板.csv');
      expect(job.status).toBe('rejected');
      expect(job.errors).toEqual([
        expect.objectContaining({
          row: 2,
          column: '统一社会信用代码',
          message: '这是导入模板中的示例行，请删除后再导入',
        }),
      ]);
      expect(await entityCount()).toBe(before);
    });
  });

  describe('atomicity', () => {
    it('a file with one bad row changes nothing and names the row, column and reason; fixed, it imports', async () => {
      // An entity already registered in 南昌县, which the file updates.
      const existing = entityRow({ 地址: '南昌县莲塘镇旧址 1 号' });
      const first = await importFile(countyHead, csvOf([existing]));
      expect(first.status).toBe('completed');
      const before = await entityCount();
      const existingBefore = await findEntity(existing.统一社会信用代码!);

      const good = [entityRow(), entityRow(), { ...existing, 地址: '南昌县莲塘镇新址 2 号' }];
      const bad = withWrongCheckCharacter(newCode());
      const badRow = entityRow({ 统一社会信用代码: bad.code });
      const auditBefore = await latestAuditId(server);
      const rejected = await importFile(countyHead, csvOf([good[0]!, good[1]!, badRow, good[2]!]));
      expect(rejected.status).toBe('rejected');
      expect(rejected.errorCount).toBe(1);
      expect(rejected.errors).toEqual([
        {
          row: 4,
          column: '统一社会信用代码',
          value: bad.code,
          message: `第 18 位校验码应为 ${bad.expected}，实际为 ${bad.actual}`,
        },
      ]);
      expect(rejected.createdCount).toBe(0);
      expect(rejected.updatedCount).toBe(0);
      expect(await entityCount()).toBe(before);
      expect(await findEntity(good[0]!.统一社会信用代码!)).toBeUndefined();
      expect(await findEntity(existing.统一社会信用代码!)).toEqual(existingBefore);
      const rejectedAudit = await auditEntriesAfter(server, auditBefore);
      expect(rejectedAudit.map((entry) => entry.action)).toEqual(['entities.import_rejected']);

      const fixed = await importFile(
        countyHead,
        csvOf([good[0]!, good[1]!, entityRow({ 统一社会信用代码: newCode() }), good[2]!]),
      );
      expect(fixed.status).toBe('completed');
      expect(fixed).toMatchObject({
        totalRows: 4,
        processedRows: 4,
        createdCount: 3,
        updatedCount: 1,
        errorCount: 0,
      });
      expect(await entityCount()).toBe(before + 3);
      expect((await findEntity(existing.统一社会信用代码!))?.address).toBe('南昌县莲塘镇新址 2 号');
    });

    it('names a well-formed date that does not exist as such, not as a wrong format', async () => {
      const file = csvOf([
        entityRow({ 许可证有效期至: '2028-13-45' }),
        entityRow({ 许可证有效期至: '2027-02-29' }),
      ]);
      const job = await importFile(countyHead, file);
      expect(job.status).toBe('rejected');
      expect(job.errors.map((error) => [error.row, error.column, error.message])).toEqual([
        [2, '许可证有效期至', '许可证有效期至“2028-13-45”不是有效日期：月份应为 1–12'],
        [3, '许可证有效期至', '许可证有效期至“2027-02-29”不是有效日期：2027 年 2 月只有 28 天'],
      ]);
    });

    it('reports every bad row and cell in one pass, blank rows keeping the spreadsheet numbering', async () => {
      const duplicate = newCode();
      const file = csvOf([
        entityRow({ 统一社会信用代码: duplicate }),
        {},
        entityRow({ 统一社会信用代码: duplicate, 单位名称: '甲' }),
        entityRow({ 行政区划代码: '360199', 生产状态: '营业', 经度: '115.9', 纬度: '' }),
        entityRow({ 行业代码: '9999', 特殊监管对象: '是', 许可证有效期至: '2028/6/30' }),
        entityRow({ 已安装自动监控: '否', 自动监控已联网: '是', '重点排污单位类别（本年）': '水环境、噪声' }),
      ]);
      const job = await importFile(countyHead, file);
      expect(job.status).toBe('rejected');
      const byRow = (row: number) => job.errors.filter((error) => error.row === row);
      expect(byRow(2)).toEqual([]);
      expect(byRow(4).map((error) => [error.column, error.message])).toEqual(
        expect.arrayContaining([
          ['单位名称', '单位名称至少 2 个字'],
          ['统一社会信用代码', '与第 2 行的统一社会信用代码重复；同一单位在文件中只能出现一次'],
        ]),
      );
      expect(
        byRow(5)
          .map((error) => error.column)
          .sort(),
      ).toEqual(['生产状态', '纬度', '行政区划代码'].sort());
      expect(byRow(5).find((error) => error.column === '行政区划代码')?.message).toContain('360199 不存在');
      expect(
        byRow(6)
          .map((error) => error.column)
          .sort(),
      ).toEqual(['特殊监管原因', '行业代码', '许可证有效期至'].sort());
      expect(
        byRow(7)
          .map((error) => error.column)
          .sort(),
      ).toEqual(['自动监控已联网', '重点排污单位类别（本年）'].sort());
      expect(job.errorCount).toBe(job.errors.length);
    });

    it('a file without the required columns is refused at its header', async () => {
      const job = await importFile(countyHead, '单位名称,地址\r\n某公司,某地\r\n');
      expect(job.status).toBe('rejected');
      expect(job.errors.map((error) => [error.row, error.column])).toEqual([
        [1, '统一社会信用代码'],
        [1, '行政区划代码'],
        [1, '行业代码'],
      ]);
    });
  });

  describe('registry and jurisdiction', () => {
    it('updates entities of the jurisdiction, keeps columns the file leaves out, and records the change on the timeline', async () => {
      const row = entityRow({ '重点排污单位类别（本年）': '水环境' });
      await importFile(countyHead, csvOf([row]));
      const entity = (await findEntity(row.统一社会信用代码!))!;
      // A file with only some columns: the others keep their values.
      const partial = csvOf(
        [
          {
            统一社会信用代码: row.统一社会信用代码,
            单位名称: row.单位名称,
            行政区划代码: row.行政区划代码,
            行业代码: '2614',
            联系电话: '0791-85550000',
            '重点排污单位类别（本年）': '大气环境、环境风险',
          },
        ],
        ['统一社会信用代码', '单位名称', '行政区划代码', '行业代码', '联系电话', '重点排污单位类别（本年）'],
      );
      const job = await importFile(countyHead, partial);
      expect(job).toMatchObject({ status: 'completed', createdCount: 0, updatedCount: 1, unchangedCount: 0 });
      const after = (await findEntity(row.统一社会信用代码!))!;
      expect(after.contactPhone).toBe('0791-85550000');
      expect(after.address).toBe(entity.address);
      expect(after.permitClass).toBe('key');
      const media = await server.db
        .select({ medium: keyPolluterListings.medium })
        .from(keyPolluterListings)
        .where(eq(keyPolluterListings.entityId, entity.id));
      expect(media.map((listing) => listing.medium).sort()).toEqual(['air', 'environmental_risk']);
      const events = await server.db
        .select()
        .from(entityEvents)
        .where(and(eq(entityEvents.entityId, entity.id), eq(entityEvents.kind, 'registry_imported')))
        .orderBy(entityEvents.createdAt);
      expect(events.map((event) => event.title)).toEqual(['批量导入建档', '批量导入更新档案']);
      expect(events[1]!.detail).toContain('变更：联系电话、重点排污单位类别（本年）');
      expect(events[1]).toMatchObject({
        sourceType: 'import_job',
        sourceId: job.id,
        agencyId: agencyId('360121-BUR'),
      });

      // The same file again: nothing to change.
      const again = await importFile(countyHead, partial);
      expect(again).toMatchObject({
        status: 'completed',
        createdCount: 0,
        updatedCount: 0,
        unchangedCount: 1,
      });
    });

    it('refuses rows in another county and codes registered under another agency, changing nothing', async () => {
      // 进贤县's head registers an entity in 进贤县.
      const jinxianRow = entityRow({
        统一社会信用代码: newCode('360124'),
        行政区划代码: jinxianTown,
        地址: '进贤县某镇',
      });
      expect((await importFile(otherCountyHead.agent, csvOf([jinxianRow]))).status).toBe('completed');
      const jinxianBefore = await findEntity(jinxianRow.统一社会信用代码!);
      const before = await entityCount();

      const job = await importFile(
        countyHead,
        csvOf([
          entityRow(),
          { ...jinxianRow, 行政区划代码: nanchangTowns[1], 地址: '南昌县冒名地址' },
          entityRow({ 行政区划代码: jinxianTown }),
          entityRow({ 行政区划代码: '360100' }),
        ]),
      );
      expect(job.status).toBe('rejected');
      expect(job.errors.map((error) => [error.row, error.column])).toEqual([
        [3, '统一社会信用代码'],
        [4, '行政区划代码'],
        [5, '行政区划代码'],
      ]);
      expect(job.errors[0]!.message).toBe('该统一社会信用代码的单位不在您的管辖范围内');
      expect(job.errors[1]!.message).toMatch(/进贤县.*由进贤县.*管辖，不在您的管辖范围内/);
      expect(job.errors[2]!.message).toContain('市级区划');
      expect(await entityCount()).toBe(before);
      expect(await findEntity(jinxianRow.统一社会信用代码!)).toEqual(jinxianBefore);
    });

    it('two files registering the same new entity at once never register it twice', async () => {
      const row = entityRow();
      const other = entityRow();
      const [first, second] = await Promise.all([
        upload(countyHead, csvOf([row, other])),
        upload(countyHead, csvOf([row])),
      ]);
      const jobs = await Promise.all([
        waitForJob(countyHead, first.body.id),
        waitForJob(countyHead, second.body.id),
      ]);
      for (const job of jobs) {
        if (job.status === 'failed') {
          expect(job.errors[0]!.message).toContain(`统一社会信用代码 ${row.统一社会信用代码} 已被登记`);
        } else {
          expect(job.status).toBe('completed');
        }
      }
      const [registered] = await server.db
        .select({ value: count() })
        .from(regulatedEntities)
        .where(eq(regulatedEntities.creditCode, row.统一社会信用代码!));
      expect(registered?.value).toBe(1);
      // The first file is all or nothing: its other entity exists exactly when it completed.
      expect(Boolean(await findEntity(other.统一社会信用代码!))).toBe(jobs[0]!.status === 'completed');
    });

    it('the city bureau may import into any of its counties', async () => {
      const cityHead = await server.as('nc.head');
      const job = await importFile(
        cityHead,
        csvOf([entityRow(), entityRow({ 统一社会信用代码: newCode('360124'), 行政区划代码: jinxianTown })]),
      );
      expect(job).toMatchObject({ status: 'completed', createdCount: 2 });
    });
  });

  describe('file formats', () => {
    it('writes the pinyin sort key of every imported name, new and updated', async () => {
      const row = entityRow({ 单位名称: '南昌县丰岭农业开发有限公司' });
      expect((await importFile(countyHead, csvOf([row]))).status).toBe('completed');
      expect((await findEntity(row.统一社会信用代码!))!.nameSortKey).toBe(
        'nan chang xian feng ling nong ye kai fa you xian gong si',
      );
      const renamed = { ...row, 单位名称: '南昌县中合化工有限公司' };
      expect((await importFile(countyHead, csvOf([renamed]))).status).toBe('completed');
      expect((await findEntity(row.统一社会信用代码!))!.nameSortKey).toBe(
        'nan chang xian zhong he hua gong you xian gong si',
      );
    });

    it('reads a GB18030 (GBK) CSV as Excel in Chinese saves it', async () => {
      const row = entityRow({ 单位名称: '南昌县赣江水泥有限公司', 地址: '南昌县向塘镇' });
      const bytes = encodeGb18030(csvOf([row]));
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      const job = await importFile(countyHead, bytes, '监管对象（GBK）.csv', 'application/vnd.ms-excel');
      expect(job.status, JSON.stringify(job.errors)).toBe('completed');
      expect((await findEntity(row.统一社会信用代码!))?.name).toBe('南昌县赣江水泥有限公司');
    });

    it('reads an .xlsx with numbers and dates as Excel stores them', async () => {
      const row = entityRow();
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(headers);
      sheet.addRow(
        headers.map((header) => {
          if (header === '行政区划代码') return Number(row[header]);
          if (header === '许可证有效期至') return new Date(Date.UTC(2029, 0, 31));
          if (header === '经度' || header === '纬度') return Number(row[header]);
          return row[header] ?? null;
        }),
      );
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      const job = await importFile(countyHead, buffer, '监管对象.xlsx', xlsxType);
      expect(job.status, JSON.stringify(job.errors)).toBe('completed');
      const entity = await findEntity(row.统一社会信用代码!);
      expect(entity).toMatchObject({
        regionCode: row.行政区划代码,
        permitValidUntil: '2029-01-31',
        longitude: 115.94,
      });
    });

    it('explains files it cannot read', async () => {
      const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
      const old = await importFile(countyHead, xls, '旧表.xlsx', xlsxType);
      expect(old.status).toBe('rejected');
      expect(old.errors[0]!.message).toContain('.xls');
      const broken = await importFile(countyHead, Buffer.from('PK\u0003\u0004garbage'), '坏.xlsx', xlsxType);
      expect(broken.errors[0]!.message).toContain('不是有效的 Excel');
      const quote = await importFile(countyHead, `${headers.join(',')}\r\n"未闭合,1,2\r\n`);
      expect(quote.errors[0]).toMatchObject({ row: 2 });
    });

    it('refuses requests without a usable file', async () => {
      const noName = await countyHead.request('POST', '/api/entities/imports', Buffer.from('a'), {
        'content-type': 'text/csv',
      });
      expect(noName.status).toBe(400);
      expect(noName.body.error.field).toBe('fileName');
      const xls = await upload(countyHead, 'x', 'old.xls');
      expect(xls.status).toBe(400);
      const json = await countyHead.post('/api/entities/imports?fileName=a.csv', { rows: [] });
      expect(json.status).toBe(400);
      const empty = await upload(countyHead, Buffer.alloc(0));
      expect(empty.status).toBe(400);
    });
  });

  describe('the report', () => {
    it('keeps the first 1,000 errors in the job and all of them in the Excel report', async () => {
      const rows = Array.from({ length: 1_050 }, () => entityRow({ 行业代码: '0000' }));
      const job = await importFile(countyHead, csvOf(rows));
      expect(job.status).toBe('rejected');
      expect(job.errorCount).toBe(1_050);
      expect(job.errors).toHaveLength(1_000);
      expect(job.errors[999]!.row).toBe(1_001);

      const auditBefore = await latestAuditId(server);
      const report = await countyHead.get(`/api/entities/imports/${job.id}/errors.xlsx`);
      expect(report.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(report.raw.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('错误报告')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['行号', '列', '填写的值', '原因']);
      expect(sheet.rowCount).toBe(1_051);
      expect((sheet.getRow(1_051).values as unknown[]).slice(1)).toEqual([
        1_051,
        '行业代码',
        '0000',
        '行业代码 0000 不在 GB/T 4754-2017 中',
      ]);
      const audit = await auditEntriesAfter(server, auditBefore);
      expect(audit.map((entry) => entry.action)).toEqual(['entities.import_report_export']);
    });
  });

  describe('jobs, jurisdiction and permission', () => {
    it('an import writes one audit entry with the counts', async () => {
      const auditBefore = await latestAuditId(server);
      const job = await importFile(countyHead, csvOf([entityRow(), entityRow()]), '两家.csv');
      const audit = await auditEntriesAfter(server, auditBefore);
      expect(audit.map((entry) => entry.action)).toEqual(['entities.import']);
      expect(audit[0]).toMatchObject({
        targetType: 'import_job',
        targetId: job.id,
        actorUsername: 'ncx.head',
      });
      expect(audit[0]!.summary).toContain('新建 2 家，更新 0 家');
    });

    it('a job is visible in its agency and above, and not found in another county', async () => {
      const job = await importFile(countyHead, csvOf([entityRow({ 行业代码: 'x' })]));
      const other = otherCountyHead.agent;
      const mine = await countyHead.get('/api/entities/imports?pageSize=100');
      expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(job.id);
      const theirs = await other.get('/api/entities/imports?pageSize=100');
      expect(theirs.status).toBe(200);
      expect(theirs.body.items.map((item: { id: string }) => item.id)).not.toContain(job.id);
      for (const url of [`/api/entities/imports/${job.id}`, `/api/entities/imports/${job.id}/errors.xlsx`]) {
        const response = await other.get(url);
        expect(response.status, url).toBe(404);
        expect(response.body.error.message).toBe('导入任务不存在，或不在您的管辖范围内');
      }
      const city = await server.as('nc.head');
      expect((await city.get(`/api/entities/imports/${job.id}`)).status).toBe(200);
      const rejected = await countyHead.get('/api/entities/imports?status=rejected&pageSize=100');
      expect(rejected.body.items.every((item: { status: string }) => item.status === 'rejected')).toBe(true);
    });

    it('an inspector may not import or read import jobs', async () => {
      const inspector = await server.as('ncx.inspector');
      const before = await entityCount();
      const post = await upload(inspector, csvOf([entityRow()]));
      expect(post.status).toBe(403);
      expect(post.body.error.code).toBe('FORBIDDEN');
      expect((await inspector.get('/api/entities/imports')).status).toBe(403);
      expect((await inspector.get('/api/entities/imports/template.xlsx')).status).toBe(403);
      expect(await entityCount()).toBe(before);
    });

    /** What a worker that fetched the job and then stopped leaves: the job active since long ago. */
    async function interruptQueuedJob(importJobId: string, options: { lastAttempt: boolean }) {
      await server.db.update(importJobs).set({ status: 'importing' }).where(eq(importJobs.id, importJobId));
      await server.db.execute(sql`
        UPDATE pgboss.job SET state = 'active', started_on = now() - interval '2 hours',
          retry_count = CASE WHEN ${options.lastAttempt} THEN retry_limit ELSE retry_count END
        WHERE name = ${entityImportQueue} AND data->>'importJobId' = ${importJobId}`);
      // The queue's upkeep finds it past its expiry; the retry's backoff is let pass at once.
      await server.app.jobs.maintain();
      await server.db.execute(sql`UPDATE pgboss.job SET start_after = now() WHERE state = 'retry'`);
    }

    it('an import whose worker stopped mid-way is run again by the queue, and imported exactly once', async () => {
      const row = entityRow();
      const started = await upload(countyHead, csvOf([row]));
      expect(started.status).toBe(202);
      const before = await entityCount();
      const auditBefore = await latestAuditId(server);
      await interruptQueuedJob(started.body.id, { lastAttempt: false });

      const job = await waitForJob(countyHead, started.body.id);
      expect(job.status).toBe('completed');
      expect(job.createdCount).toBe(1);
      expect(await entityCount()).toBe(before + 1);
      expect(await server.runJobs()).toBe(0);
      const audit = await auditEntriesAfter(server, auditBefore);
      expect(audit.map((entry) => entry.action)).toEqual(['entities.import']);
      const [stored] = await server.db
        .select({ file: importJobs.file })
        .from(importJobs)
        .where(eq(importJobs.id, started.body.id));
      expect(stored?.file).toBeNull();
    });

    it('an import the queue gives up on is marked failed once, with nothing written', async () => {
      const started = await upload(countyHead, csvOf([entityRow()]));
      const before = await entityCount();
      const auditBefore = await latestAuditId(server);
      await interruptQueuedJob(started.body.id, { lastAttempt: true });

      const job = await waitForJob(countyHead, started.body.id);
      expect(job.status).toBe('failed');
      expect(job.errors[0]!.message).toContain('多次中断');
      expect(await entityCount()).toBe(before);
      expect(await server.runJobs()).toBe(0);
      const audit = await auditEntriesAfter(server, auditBefore);
      expect(audit.map((entry) => entry.action)).toEqual(['entities.import_failed']);
      const [deadLetters] = await server.db
        .execute(
          sql`SELECT count(*)::int AS value FROM pgboss.job WHERE name = ${entityImportFailedQueue} AND state = 'completed'`,
        )
        .then((result) => (result as unknown as { rows: { value: number }[] }).rows);
      expect(deadLetters?.value).toBe(1);
    });
  });
});
