import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueItems, catalogues } from '../../db/schema/index';
import { catalogueId } from '../../demo/catalogues.demo';
import { agencyId } from '../../demo/demo.agencies';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import { createTestServer, type TestResponse, type TestServer } from '../../test/test-server';

function expectError(response: TestResponse, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (field !== undefined) expect(response.body.error.field).toBe(field);
}

const province = {
  v2021: catalogueId('enforcement_items', '360000-DEPT', 1),
  v2022: catalogueId('enforcement_items', '360000-DEPT', 2),
  draft2026: catalogueId('enforcement_items', '360000-DEPT', 3),
  noPenalty: catalogueId('no_penalty_list', '360000-DEPT', 1),
  benchmarks: catalogueId('discretion_benchmarks', '360000-DEPT', 1),
};
const nanchang = {
  v2025: catalogueId('random_inspection_items', '360100-BUR', 1),
  v2026: catalogueId('random_inspection_items', '360100-BUR', 2),
};
const nantong2026 = catalogueId('random_inspection_items', '320600-BUR', 1);

const inspectionItem = {
  code: 'NC-SJ-2027-11',
  name: '入河排污口设置情况检查',
  data: {
    basis: [{ law: '《中华人民共和国水污染防治法》', article: '第八十四条第二款' }],
    inspectingBody: '南昌市生态环境局',
    objectScope: { kind: 'all', description: '设有入河排污口的排污单位' },
    content: '排污口设置是否符合规定，标志牌和采样口是否规范',
    ratio: { kind: 'officer_ratio', officers: 1, entities: 5 },
    frequency: 'yearly',
    requiredSpecialties: ['water'],
  },
};

describe('catalogue routes', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  async function seriesStatuses(kind: string, ownerCode: string) {
    const rows = await server.db
      .select({ version: catalogues.version, status: catalogues.status })
      .from(catalogues)
      .where(and(eq(catalogues.kind, kind), eq(catalogues.ownerAgencyId, agencyId(ownerCode))))
      .orderBy(catalogues.version);
    return rows.map((row) => `${row.version}:${row.status}`);
  }

  describe('read scope', () => {
    it('a county inspector reads the province and city published lists, not drafts, not another city or province', async () => {
      const county = await server.as('ncx.inspector');
      const list = await county.get('/api/catalogues?pageSize=100');
      expect(list.status).toBe(200);
      const ids: string[] = list.body.items.map((item: { id: string }) => item.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          province.v2021,
          province.v2022,
          province.noPenalty,
          nanchang.v2025,
          nanchang.v2026,
        ]),
      );
      expect(ids).not.toContain(province.draft2026);
      expect(ids).not.toContain(nantong2026);
      expect(list.body.items.every((item: { status: string }) => item.status !== 'draft')).toBe(true);

      expect((await county.get(`/api/catalogues/${province.v2022}`)).status).toBe(200);
      expectError(await county.get(`/api/catalogues/${province.draft2026}`), 404, 'NOT_FOUND');
      expectError(await county.get(`/api/catalogues/${province.draft2026}/items`), 404, 'NOT_FOUND');
      expectError(await county.get(`/api/catalogues/${nantong2026}`), 404, 'NOT_FOUND');

      const detail = await county.get(`/api/catalogues/${province.v2022}`);
      expect(detail.body.versions.map((version: { version: number }) => version.version)).toEqual([2, 1]);
      expect(detail.body).toMatchObject({ canEdit: false, canPublish: false, canCreateVersion: false });
    });

    it('another city sees the province lists but not Nanchang’s; Nantong sees neither Jiangxi list', async () => {
      const jiujiang = await server.as('jj.inspector');
      expect((await jiujiang.get(`/api/catalogues/${province.v2022}`)).status).toBe(200);
      for (const path of ['', '/items', '/export.xlsx', `/compare?with=${nanchang.v2025}`]) {
        expectError(await jiujiang.get(`/api/catalogues/${nanchang.v2026}${path}`), 404, 'NOT_FOUND');
      }
      const filtered = await jiujiang.get(`/api/catalogues?ownerAgencyId=${agencyId('360100-BUR')}`);
      expect(filtered.body).toMatchObject({ total: 0, items: [] });

      const nantong = await server.as('nt.inspector');
      expectError(await nantong.get(`/api/catalogues/${province.v2022}`), 404, 'NOT_FOUND');
      expect((await nantong.get(`/api/catalogues/${nantong2026}`)).status).toBe(200);
    });

    it('the province legal reviewer sees the province draft; the list filters by kind, status and year', async () => {
      const supervisor = await server.as('jx.supervisor');
      const drafts = await supervisor.get('/api/catalogues?status=draft');
      expect(drafts.body.items.map((item: { id: string }) => item.id)).toContain(province.draft2026);
      const byKind = await supervisor.get('/api/catalogues?kind=enforcement_items&year=2022');
      expect(byKind.body.items.map((item: { id: string }) => item.id)).toEqual([province.v2022]);
      expect(byKind.body.items[0]).toMatchObject({
        itemCount: 49,
        status: 'published',
        ownerAgencyName: '江西省生态环境厅',
      });
      const current = await supervisor.get('/api/catalogues?kind=enforcement_items&isCurrentOnly=true');
      expect(current.body.items.map((item: { version: number }) => item.version).sort()).toEqual([2, 3]);
      expectError(await supervisor.get('/api/catalogues?kind=nonsense'), 400, 'VALIDATION_FAILED', 'kind');
    });
  });

  describe('items, compare, export', () => {
    it('searches and filters the items of a version on the server', async () => {
      const inspector = await server.as('ncx.inspector');
      const vapour = await inspector.get(
        `/api/catalogues/${province.v2022}/items?q=${encodeURIComponent('油气回收')}`,
      );
      expect(vapour.body.items.map((item: { code: string }) => item.code)).toEqual(['JX-ZF-014']);
      const noise = await inspector.get(
        `/api/catalogues/${province.v2022}/items?law=${encodeURIComponent('噪声污染防治法')}`,
      );
      expect(noise.body.total).toBe(4);
      const provincial = await inspector.get(`/api/catalogues/${province.v2022}/items?level=province`);
      expect(provincial.body.items.map((item: { code: string }) => item.code)).toEqual([
        'JX-ZF-046',
        'JX-ZF-047',
      ]);
      const coercion = await inspector.get(`/api/catalogues/${province.v2022}/items?powerType=coercion`);
      expect(coercion.body.items.map((item: { code: string }) => item.code)).toEqual(['JX-ZF-004']);
      const page = await inspector.get(`/api/catalogues/${province.v2022}/items?page=2&pageSize=20`);
      expect(page.body).toMatchObject({ total: 49, page: 2, pageSize: 20 });
      expect(page.body.items[0].position).toBe(21);
    });

    it('compares two versions: added, removed and changed items', async () => {
      const supervisor = await server.as('jx.supervisor');
      const upgrade = await supervisor.get(
        `/api/catalogues/${province.v2022}/compare?with=${province.v2021}`,
      );
      expect(upgrade.status).toBe(200);
      expect(upgrade.body.added.map((item: { code: string }) => item.code)).toEqual([
        'JX-ZF-030',
        'JX-ZF-031',
        'JX-ZF-032',
        'JX-ZF-033',
      ]);
      expect(upgrade.body.removed).toEqual([]);
      expect(
        upgrade.body.changed.map((item: { code: string; changedFields: string[] }) => [
          item.code,
          item.changedFields,
        ]),
      ).toEqual([
        ['JX-ZF-014', ['data.firstResponsibleLevel']],
        ['JX-ZF-024', ['data.firstResponsibleLevel']],
      ]);
      const draft = await supervisor.get(
        `/api/catalogues/${province.draft2026}/compare?with=${province.v2022}`,
      );
      expect(draft.body.removed.map((item: { code: string }) => item.code)).toEqual(['JX-ZF-049']);
      expect(draft.body.added.map((item: { code: string }) => item.code)).toEqual(['JX-ZF-050']);
      expectError(
        await supervisor.get(`/api/catalogues/${province.v2022}/compare?with=${province.noPenalty}`),
        400,
        'VALIDATION_FAILED',
        'with',
      );
    });

    it('exports a version as Excel with every item, and records the export', async () => {
      const inspector = await server.as('ncx.inspector');
      const before = await latestAuditId(server);
      const response = await inspector.get(`/api/catalogues/${province.v2022}/export.xlsx`);
      expect(response.status).toBe(200);
      expect(String(response.headers['content-disposition'])).toContain(
        encodeURIComponent('江西省生态环境保护综合行政执法事项目录清单（2022年版）'),
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(3).getCell(9).value).toBe('处罚种类和幅度');
      expect(sheet.rowCount).toBe(3 + 49);
      const vapour = sheet.getRow(3 + 14);
      expect(vapour.getCell(2).value).toBe('JX-ZF-014');
      expect(String(vapour.getCell(6).value)).toContain('《中华人民共和国大气污染防治法》第一百零八条第四项');
      const entries = await auditEntriesAfter(server, before);
      expect(entries.map((entry) => entry.action)).toEqual(['catalogues.export']);
    });
  });

  describe('permissions and drafts', () => {
    it('an inspector cannot change lists (403); a legal reviewer cannot publish (403)', async () => {
      const inspector = await server.as('nc.inspector');
      expectError(
        await inspector.post('/api/catalogues', { kind: 'random_inspection_items' }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await inspector.patch(`/api/catalogues/${nanchang.v2026}`, { title: 'x' }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await inspector.post(`/api/catalogues/${nanchang.v2026}/items`, inspectionItem),
        403,
        'FORBIDDEN',
      );
      const legal = await server.as('nc.legal');
      expectError(await legal.post(`/api/catalogues/${nanchang.v2026}/publish`), 403, 'FORBIDDEN');
    });

    it('the lists of the agencies above are read-only for a city legal reviewer', async () => {
      const legal = await server.as('nc.legal');
      const before = await latestAuditId(server);
      expectError(
        await legal.post('/api/catalogues', {
          kind: 'enforcement_items',
          ownerAgencyId: agencyId('360000-DEPT'),
          title: '越权',
          basedOnId: province.v2022,
        }),
        404,
        'NOT_FOUND',
        'ownerAgencyId',
      );
      const refused = await legal.patch(`/api/catalogues/${province.v2022}`, { title: '改名' });
      expectError(refused, 403, 'FORBIDDEN');
      expect(refused.body.error.message).toContain('由江西省生态环境厅制定');
      expectError(
        await legal.patch(`/api/catalogues/${province.draft2026}`, { title: '改名' }),
        404,
        'NOT_FOUND',
      );
      expect(await auditEntriesAfter(server, before)).toEqual([]);
    });

    it('only drafts can be edited: a published version answers 400 with the reason', async () => {
      const head = await server.as('nc.head');
      const items = await head.get(`/api/catalogues/${nanchang.v2026}/items`);
      const firstItem = items.body.items[0];
      const refused = await head.patch(`/api/catalogues/${nanchang.v2026}/items/${firstItem.id}`, {
        name: '改名',
      });
      expectError(refused, 400, 'BAD_REQUEST');
      expect(refused.body.error.message).toContain('只有草稿可以修改');
      expectError(
        await head.patch(`/api/catalogues/${nanchang.v2025}`, { title: '改名' }),
        400,
        'BAD_REQUEST',
      );
      expectError(await head.delete(`/api/catalogues/${nanchang.v2026}`), 400, 'BAD_REQUEST');
      const [row] = await server.db.select().from(catalogueItems).where(eq(catalogueItems.id, firstItem.id));
      expect(row!.name).toBe(firstItem.name);
    });

    it('a legal reviewer drafts a new version; the agency head publishes; the previous version is superseded', async () => {
      const legal = await server.as('nc.legal');
      let auditFrom = await latestAuditId(server);
      const created = await legal.post('/api/catalogues', {
        kind: 'random_inspection_items',
        ownerAgencyId: agencyId('360100-BUR'),
        title: '南昌市生态环境局2027年度“双随机、一公开”随机抽查事项清单',
        basedOnId: nanchang.v2026,
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const draftId: string = created.body.id;
      expect(created.body).toMatchObject({
        version: 3,
        status: 'draft',
        itemCount: 10,
        basedOnVersion: 2,
        canEdit: true,
        canPublish: false,
      });
      expect((await auditEntriesAfter(server, auditFrom)).map((entry) => entry.action)).toEqual([
        'catalogues.create',
      ]);

      expectError(
        await legal.post('/api/catalogues', {
          kind: 'random_inspection_items',
          ownerAgencyId: agencyId('360100-BUR'),
          title: '第二份草稿',
        }),
        409,
        'CONFLICT',
      );

      // Item validation by kind names the field.
      const badRatio = await legal.post(`/api/catalogues/${draftId}/items`, {
        ...inspectionItem,
        data: { ...inspectionItem.data, ratio: { kind: 'percent', percent: 150 } },
      });
      expectError(badRatio, 400, 'VALIDATION_FAILED', 'data.ratio.percent');
      const badSpecialty = await legal.post(`/api/catalogues/${draftId}/items`, {
        ...inspectionItem,
        data: { ...inspectionItem.data, requiredSpecialties: ['astrology'] },
      });
      expectError(badSpecialty, 400, 'VALIDATION_FAILED', 'data.requiredSpecialties.0');
      const duplicate = await legal.post(`/api/catalogues/${draftId}/items`, {
        ...inspectionItem,
        code: 'NC-SJ-2026-01',
      });
      expectError(duplicate, 409, 'CONFLICT', 'code');

      auditFrom = await latestAuditId(server);
      const added = await legal.post(`/api/catalogues/${draftId}/items`, inspectionItem);
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      expect(added.body).toMatchObject({ position: 11, code: 'NC-SJ-2027-11' });
      expect(added.body.data.objectScope).toMatchObject({ industryCodes: [], keyPolluterMedia: [] });
      const updated = await legal.patch(`/api/catalogues/${draftId}/items/${added.body.id}`, {
        name: '入河排污口规范化检查',
      });
      expect(updated.body.name).toBe('入河排污口规范化检查');
      const metadata = await legal.patch(`/api/catalogues/${draftId}`, { effectiveFrom: '2027-01-01' });
      expect(metadata.body.effectiveFrom).toBe('2027-01-01');
      expect((await auditEntriesAfter(server, auditFrom)).map((entry) => entry.action)).toEqual([
        'catalogues.item_create',
        'catalogues.item_update',
        'catalogues.update',
      ]);

      // Reorder: the new item first; every item exactly once.
      const all = await legal.get(`/api/catalogues/${draftId}/items?pageSize=100`);
      const ids: string[] = all.body.items.map((item: { id: string }) => item.id);
      expectError(
        await legal.put(`/api/catalogues/${draftId}/items/order`, { itemIds: ids.slice(1) }),
        400,
        'VALIDATION_FAILED',
        'itemIds',
      );
      const reordered = await legal.put(`/api/catalogues/${draftId}/items/order`, {
        itemIds: [ids[10], ...ids.slice(0, 10)],
      });
      expect(reordered.status).toBe(200);
      expect(reordered.body.map((item: { code: string }) => item.code).slice(0, 2)).toEqual([
        'NC-SJ-2027-11',
        'NC-SJ-2026-01',
      ]);

      // Delete one copied item; the positions close up.
      const removed = await legal.delete(`/api/catalogues/${draftId}/items/${ids[9]}`);
      expect(removed.status).toBe(200);
      const after = await legal.get(`/api/catalogues/${draftId}/items?pageSize=100`);
      expect(after.body.items.map((item: { position: number }) => item.position)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
      ]);

      // Another city's head cannot touch the draft: it does not exist for them.
      const nantongHead = await server.as('nt.head');
      auditFrom = await latestAuditId(server);
      expectError(await nantongHead.post(`/api/catalogues/${draftId}/publish`), 404, 'NOT_FOUND');
      expectError(
        await nantongHead.post(`/api/catalogues/${draftId}/items`, inspectionItem),
        404,
        'NOT_FOUND',
      );
      expectError(await nantongHead.delete(`/api/catalogues/${draftId}`), 404, 'NOT_FOUND');
      expect(await auditEntriesAfter(server, auditFrom)).toEqual([]);

      const head = await server.as('nc.head');
      auditFrom = await latestAuditId(server);
      const [first, second] = await Promise.all([
        head.post(`/api/catalogues/${draftId}/publish`),
        head.post(`/api/catalogues/${draftId}/publish`),
      ]);
      const statuses = [first.status, second.status].sort();
      expect(statuses).toEqual([200, 400]);
      const published = first.status === 200 ? first : second;
      expect(published.body).toMatchObject({ status: 'published', version: 3, publishedByName: '王海涛' });
      expect(await seriesStatuses('random_inspection_items', '360100-BUR')).toEqual([
        '1:superseded',
        '2:superseded',
        '3:published',
      ]);
      const entries = await auditEntriesAfter(server, auditFrom);
      expect(entries.map((entry) => entry.action)).toEqual(['catalogues.publish']);
      expect(entries[0]!.summary).toContain('第 2 版同时被替代');

      // A county inspector now works by the new version.
      const county = await server.as('ncx.inspector');
      const current = await county.get('/api/catalogues?kind=random_inspection_items&isCurrentOnly=true');
      expect(current.body.items.map((item: { id: string }) => item.id)).toEqual([draftId]);
    });

    it('publishing needs items and an effective date; a draft is deleted with its items', async () => {
      const head = await server.as('nc.head');
      const created = await head.post('/api/catalogues', {
        kind: 'discretion_benchmarks',
        ownerAgencyId: agencyId('360100-BUR'),
        title: '南昌市生态环境行政处罚裁量基准（试行）',
      });
      expect(created.status).toBe(201);
      const id: string = created.body.id;
      const empty = await head.post(`/api/catalogues/${id}/publish`);
      expectError(empty, 400, 'BAD_REQUEST');
      expect(empty.body.error.message).toContain('没有任何事项');

      const benchmark = {
        code: 'NC-CL-001',
        name: '超标排放大气污染物',
        data: {
          violation: '超过大气污染物排放标准排放大气污染物',
          legalBases: [{ law: '《中华人民共和国大气污染防治法》', article: '第九十九条第二项' }],
          range: { kind: 'amount', minYuan: 100000, maxYuan: 1000000 },
          rangeText: '十万元以上一百万元以下',
          method: 'level_weighted',
          factors: [
            {
              code: 'exceedance',
              name: '超标倍数',
              weight: 1,
              options: [{ code: 'low', label: '超标0.5倍以下', level: 1 }],
            },
          ],
        },
      };
      expectError(
        await head.post(`/api/catalogues/${id}/items`, benchmark),
        400,
        'VALIDATION_FAILED',
        'data.factors.0.options',
      );
      const valid = {
        ...benchmark,
        data: {
          ...benchmark.data,
          factors: [
            {
              ...benchmark.data.factors[0],
              options: [
                ...benchmark.data.factors[0]!.options,
                { code: 'high', label: '超标3倍以上', level: 5 },
              ],
            },
          ],
        },
      };
      expect((await head.post(`/api/catalogues/${id}/items`, valid)).status).toBe(201);
      const noDate = await head.post(`/api/catalogues/${id}/publish`);
      expectError(noDate, 400, 'BAD_REQUEST');
      expect(noDate.body.error.message).toContain('生效日期');

      const before = await latestAuditId(server);
      expect((await head.delete(`/api/catalogues/${id}`)).status).toBe(200);
      expect(await server.db.select().from(catalogueItems).where(eq(catalogueItems.catalogueId, id))).toEqual(
        [],
      );
      expectError(await head.get(`/api/catalogues/${id}`), 404, 'NOT_FOUND');
      expect((await auditEntriesAfter(server, before)).map((entry) => entry.action)).toEqual([
        'catalogues.delete',
      ]);
    });

    it('a county head manages the county’s own lists only', async () => {
      const countyHead = await server.as('ncx.head');
      expectError(
        await countyHead.post('/api/catalogues', {
          kind: 'random_inspection_items',
          ownerAgencyId: agencyId('360100-BUR'),
          title: '越级',
        }),
        404,
        'NOT_FOUND',
        'ownerAgencyId',
      );
      const own = await countyHead.post('/api/catalogues', {
        kind: 'random_inspection_items',
        ownerAgencyId: agencyId('360121-BUR'),
        title: '南昌县生态环境局2027年度随机抽查事项清单',
        basedOnId: nanchang.v2026,
        effectiveFrom: '2027-01-01',
      });
      expect(own.status, JSON.stringify(own.body)).toBe(201);
      expect(own.body).toMatchObject({ version: 1, itemCount: 10, canPublish: true });
      const jiujiang = await server.as('jj.inspector');
      expectError(await jiujiang.get(`/api/catalogues/${own.body.id}`), 404, 'NOT_FOUND');
    });
  });
});
