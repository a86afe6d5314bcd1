import {
  type CatalogueKind,
  type CatalogueStatus,
  catalogueItemDataSchemas,
  findProfileForRegion,
  getProvinceProfile,
  type ProvinceProfile,
} from '@qingshan/domain';
import { insertMany } from '../db/bulk';
import { catalogueItems, catalogues } from '../db/schema/index';
import {
  type DemoItem,
  enforcementItems2021,
  enforcementItems2022,
  enforcementItems2026Draft,
} from './catalogues.enforcement.demo';
import {
  discretionBenchmarks,
  noPenaltyItems,
  powerListItems,
  previousRandomInspectionItems,
  randomInspectionItems,
  responsibilityListItems,
} from './catalogues.lists.demo';
import type { DemoContext, DemoStep } from './demo.context';
import { stableUuid } from './demo.random';

interface DemoVersion {
  kind: CatalogueKind;
  ownerCode: string;
  version: number;
  title: string;
  status: CatalogueStatus;
  effectiveFrom: string;
  /** The moment it was created, published (if it is), and last changed. */
  createdAt: string;
  publishedAt?: string;
  note?: string;
  createdBy: string | null;
  publishedBy?: string | null;
  items: DemoItem<unknown>[];
}

export function catalogueId(kind: CatalogueKind, ownerCode: string, version: number): string {
  return stableUuid('catalogue', `${kind}:${ownerCode}:${version}`);
}

function profileOf(regionCode: string): ProvinceProfile {
  return findProfileForRegion(regionCode) ?? getProvinceProfile('jiangxi');
}

/** The head (agency_head) of an agency among the demo accounts, for "published by". */
function headOf(context: DemoContext, agencyCode: string): string | null {
  const agency = context.agencies.find((entry) => entry.code === agencyCode);
  if (!agency) return null;
  const named = context.namedAccounts.find(
    (account) => account.agencyId === agency.id && account.roles.includes('agency_head'),
  );
  if (named) return named.id;
  const staff = context.staffAccounts.find(
    (account) => account.agencyId === agency.id && account.roles.includes('agency_head'),
  );
  return staff?.id ?? null;
}

/** A legal reviewer of the agency's enforcement unit, for "created by". */
function legalReviewerOf(context: DemoContext, enforcementUnitCode: string): string | null {
  const unit = context.agencies.find((entry) => entry.code === enforcementUnitCode);
  if (!unit) return null;
  const named = context.namedAccounts.find(
    (account) => account.agencyId === unit.id && account.roles.includes('legal_reviewer'),
  );
  if (named) return named.id;
  const staff = context.staffAccounts.find(
    (account) => account.agencyId === unit.id && account.roles.includes('legal_reviewer'),
  );
  return staff?.id ?? null;
}

function buildVersions(context: DemoContext): DemoVersion[] {
  const jiangxi = profileOf('360000');
  const province = '360000-DEPT';
  const provinceHead = headOf(context, province);
  const provinceLegal = legalReviewerOf(context, '360000-ENF');
  const nanchang = {
    body: '南昌市生态环境局（南昌市生态环境保护综合执法支队实施）',
    codePrefix: 'NC-SJ',
    profile: profileOf('360100'),
  };
  const nantong = {
    body: '南通市生态环境局（南通市生态环境综合行政执法局实施）',
    codePrefix: 'NT-SJ',
    profile: profileOf('320600'),
  };
  const changchun = {
    body: '长春市生态环境局（长春市生态环境保护综合执法支队实施）',
    codePrefix: 'CC-SJ',
    profile: profileOf('220100'),
  };
  const changchunItems = randomInspectionItems(changchun, 2026).filter((entry) =>
    [
      '排污许可证执行情况检查',
      '重点排污单位自动监控设施运行及数据质量检查',
      '危险废物规范化环境管理检查',
      '加油站油气回收装置运行情况检查',
    ].includes(entry.name),
  );
  return [
    {
      kind: 'enforcement_items',
      ownerCode: province,
      version: 1,
      title: '江西省生态环境保护综合行政执法事项目录清单（2021年版）',
      status: 'superseded',
      effectiveFrom: '2021-03-01',
      createdAt: '2021-02-08T02:00:00Z',
      publishedAt: '2021-02-26T08:00:00Z',
      note: '依据生态环境保护综合行政执法事项指导目录梳理；《排污许可管理条例》自2021年3月1日起施行，相应事项一并列入。',
      createdBy: provinceLegal,
      publishedBy: provinceHead,
      items: enforcementItems2021,
    },
    {
      kind: 'enforcement_items',
      ownerCode: province,
      version: 2,
      title: '江西省生态环境保护综合行政执法事项目录清单（2022年版）',
      status: 'published',
      effectiveFrom: '2022-07-01',
      createdAt: '2022-05-16T02:00:00Z',
      publishedAt: '2022-06-20T08:00:00Z',
      note: '落实《江西省生态环境综合执法能力建设年活动实施意见》重点任务第1项，建立执法事项清单管理制度；新增《中华人民共和国噪声污染防治法》（2022年6月5日施行）执法事项，调整部分事项第一责任层级。',
      createdBy: provinceLegal,
      publishedBy: provinceHead,
      items: enforcementItems2022,
    },
    {
      kind: 'enforcement_items',
      ownerCode: province,
      version: 3,
      title: '江西省生态环境保护综合行政执法事项目录清单（2026年版）',
      status: 'draft',
      effectiveFrom: '2027-01-01',
      createdAt: '2026-10-12T02:00:00Z',
      note: '征求意见稿：移送公安机关行政拘留不再作为执法事项单列，纳入行政执法与刑事司法衔接办理；核技术利用事项实施主体明确为省生态环境厅；新增工业涂装挥发性有机物管控事项。《中华人民共和国生态环境法典》施行后，统一调整各事项法律依据。',
      createdBy: provinceLegal,
      items: enforcementItems2026Draft,
    },
    {
      kind: 'random_inspection_items',
      ownerCode: '360100-BUR',
      version: 1,
      title: '南昌市生态环境局2025年度“双随机、一公开”随机抽查事项清单',
      status: 'superseded',
      effectiveFrom: '2025-01-01',
      createdAt: '2024-12-10T02:00:00Z',
      publishedAt: '2024-12-27T08:00:00Z',
      createdBy: legalReviewerOf(context, '360100-ENF'),
      publishedBy: headOf(context, '360100-BUR'),
      items: previousRandomInspectionItems(nanchang, 2025),
    },
    {
      kind: 'random_inspection_items',
      ownerCode: '360100-BUR',
      version: 2,
      title: '南昌市生态环境局2026年度“双随机、一公开”随机抽查事项清单',
      status: 'published',
      effectiveFrom: '2026-01-01',
      createdAt: '2025-12-08T02:00:00Z',
      publishedAt: '2025-12-26T08:00:00Z',
      note: '依据洪环监察〔2018〕21号二（二）1，每年度更新并向社会公布；新增工业噪声污染防治检查，重点排污单位自动监控检查改为每季度。',
      createdBy: legalReviewerOf(context, '360100-ENF'),
      publishedBy: headOf(context, '360100-BUR'),
      items: randomInspectionItems(nanchang, 2026),
    },
    {
      kind: 'random_inspection_items',
      ownerCode: '320600-BUR',
      version: 1,
      title: '南通市生态环境局2026年度随机抽查事项清单',
      status: 'published',
      effectiveFrom: '2026-01-01',
      createdAt: '2025-12-15T02:00:00Z',
      publishedAt: '2025-12-30T08:00:00Z',
      createdBy: legalReviewerOf(context, '320600-ENF'),
      publishedBy: headOf(context, '320600-BUR'),
      items: randomInspectionItems(nantong, 2026).slice(0, 8),
    },
    {
      kind: 'random_inspection_items',
      ownerCode: '220100-BUR',
      version: 1,
      title: '长春市生态环境局2026年度随机抽查事项清单',
      status: 'published',
      effectiveFrom: '2026-01-01',
      createdAt: '2025-12-18T02:00:00Z',
      publishedAt: '2026-01-05T08:00:00Z',
      createdBy: legalReviewerOf(context, '220100-ENF'),
      publishedBy: headOf(context, '220100-BUR'),
      items: changchunItems,
    },
    {
      kind: 'power_list',
      ownerCode: province,
      version: 1,
      title: '江西省生态环境厅权力清单（2022年版）',
      status: 'published',
      effectiveFrom: '2022-07-01',
      createdAt: '2022-05-20T02:00:00Z',
      publishedAt: '2022-06-20T08:00:00Z',
      createdBy: provinceLegal,
      publishedBy: provinceHead,
      items: powerListItems,
    },
    {
      kind: 'responsibility_list',
      ownerCode: province,
      version: 1,
      title: '江西省生态环境厅责任清单（2022年版）',
      status: 'published',
      effectiveFrom: '2022-07-01',
      createdAt: '2022-05-20T02:00:00Z',
      publishedAt: '2022-06-20T08:00:00Z',
      createdBy: provinceLegal,
      publishedBy: provinceHead,
      items: responsibilityListItems,
    },
    {
      kind: 'no_penalty_list',
      ownerCode: province,
      version: 1,
      title: '江西省生态环境领域轻微违法行为不予处罚和初次违法可以不予处罚清单（2022年版）',
      status: 'published',
      effectiveFrom: '2022-09-01',
      createdAt: '2022-07-11T02:00:00Z',
      publishedAt: '2022-08-19T08:00:00Z',
      note: '落实《江西省生态环境综合执法能力建设年活动实施意见》重点任务第9项，推行包容审慎监管（《中华人民共和国行政处罚法》第三十三条第一款）。',
      createdBy: provinceLegal,
      publishedBy: provinceHead,
      items: noPenaltyItems(jiangxi),
    },
    {
      kind: 'discretion_benchmarks',
      ownerCode: province,
      version: 1,
      title: '江西省生态环境行政处罚裁量基准（2022年版）',
      status: 'published',
      effectiveFrom: '2022-09-01',
      createdAt: '2022-07-11T02:00:00Z',
      publishedAt: '2022-08-19T08:00:00Z',
      createdBy: provinceLegal,
      publishedBy: provinceHead,
      items: discretionBenchmarks,
    },
  ];
}

/**
 * The demo's published lists (CAT-1 … CAT-5): the province department's enforcement item
 * catalogue in three versions (2021 superseded, 2022 published, a 2026 draft), its power,
 * responsibility and no-penalty lists and discretion benchmarks; random-inspection item lists of
 * Nanchang (2025 superseded, 2026 published), Nantong and Changchun. Every item passes its kind's
 * schema. Lists are the same at both scales: they are small and the tests rely on them.
 */
export const catalogueDemoStep: DemoStep = {
  name: '清单目录',
  async load(db, context) {
    const versions = buildVersions(context);
    const agencyByCode = new Map(context.agencies.map((agency) => [agency.code, agency]));
    const catalogueRows: (typeof catalogues.$inferInsert)[] = [];
    const itemRows: (typeof catalogueItems.$inferInsert)[] = [];
    for (const version of versions) {
      const owner = agencyByCode.get(version.ownerCode);
      if (!owner) throw new Error(`清单目录演示数据：机构 ${version.ownerCode} 不存在`);
      const id = catalogueId(version.kind, version.ownerCode, version.version);
      const createdAt = new Date(version.createdAt);
      const updatedAt = version.publishedAt ? new Date(version.publishedAt) : createdAt;
      catalogueRows.push({
        id,
        kind: version.kind,
        ownerAgencyId: owner.id,
        version: version.version,
        title: version.title,
        status: version.status,
        effectiveFrom: version.effectiveFrom,
        basedOnId:
          version.version > 1 ? catalogueId(version.kind, version.ownerCode, version.version - 1) : null,
        note: version.note ?? null,
        publishedAt: version.publishedAt ? new Date(version.publishedAt) : null,
        publishedBy: version.publishedBy ?? null,
        createdBy: version.createdBy,
        createdAt,
        updatedAt,
      });
      version.items.forEach((item, index) => {
        // The data goes through the same schema the API enforces: the demo cannot hold an item the
        // platform would refuse.
        const parsed = catalogueItemDataSchemas[version.kind].safeParse(item.data);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new Error(`清单目录演示数据 ${item.code}：data.${issue.path.join('.')} ${issue.message}`);
        }
        itemRows.push({
          id: stableUuid('catalogue-item', `${id}:${item.code}`),
          catalogueId: id,
          position: index + 1,
          code: item.code,
          name: item.name,
          data: parsed.data,
          createdAt,
          updatedAt,
        });
      });
    }
    await insertMany(db, catalogues, catalogueRows);
    await insertMany(db, catalogueItems, itemRows);
    const published = versions.filter((version) => version.status === 'published').length;
    return `清单目录：${versions.length} 个版本（${published} 个已发布），${itemRows.length} 个事项`;
  },
};
