import {
  type CatalogueItem,
  type CatalogueKind,
  type CatalogueSummary,
  catalogueKindLabels,
  catalogueStatusLabels,
  type DiscretionBenchmarkData,
  discretionMethodLabels,
  type EnforcementItemData,
  enforcementPowerTypeLabels,
  formatLegalBasis,
  formatSamplingRatio,
  inspectionFrequencyLabels,
  type LegalBasis,
  type NoPenaltyItemData,
  noPenaltyCategoryLabels,
  type PowerListItemData,
  powerListTypeLabels,
  type RandomInspectionItemData,
  type ResponsibilityListItemData,
  responsibleLevelLabels,
  specialtyLabels,
} from '@qingshan/domain';
import ExcelJS from 'exceljs';

/** One column of the export: header, width and the cell text of an item. */
interface ExportColumn {
  header: string;
  width: number;
  value: (item: CatalogueItem) => string | number;
}

const bases = (list: readonly LegalBasis[]) => list.map(formatLegalBasis).join('\n');
const lines = (list: readonly string[]) => list.map((line, index) => `${index + 1}. ${line}`).join('\n');

function dataOf<T>(item: CatalogueItem): T {
  return item.data as T;
}

/** The columns of each kind, as the published lists lay them out. */
const kindColumns: Record<CatalogueKind, ExportColumn[]> = {
  enforcement_items: [
    {
      header: '职权类型',
      width: 10,
      value: (item) => enforcementPowerTypeLabels[dataOf<EnforcementItemData>(item).powerType],
    },
    { header: '违法行为或适用情形', width: 40, value: (item) => dataOf<EnforcementItemData>(item).violation },
    { header: '法律依据', width: 44, value: (item) => bases(dataOf<EnforcementItemData>(item).legalBases) },
    { header: '实施主体', width: 20, value: (item) => dataOf<EnforcementItemData>(item).implementingBody },
    {
      header: '第一责任层级',
      width: 12,
      value: (item) => responsibleLevelLabels[dataOf<EnforcementItemData>(item).firstResponsibleLevel],
    },
    {
      header: '处罚种类和幅度',
      width: 44,
      value: (item) => dataOf<EnforcementItemData>(item).penaltySummary,
    },
  ],
  random_inspection_items: [
    { header: '抽查依据', width: 40, value: (item) => bases(dataOf<RandomInspectionItemData>(item).basis) },
    { header: '抽查主体', width: 20, value: (item) => dataOf<RandomInspectionItemData>(item).inspectingBody },
    {
      header: '抽查对象',
      width: 28,
      value: (item) => dataOf<RandomInspectionItemData>(item).objectScope.description,
    },
    { header: '检查内容', width: 48, value: (item) => dataOf<RandomInspectionItemData>(item).content },
    {
      header: '抽查比例',
      width: 16,
      value: (item) => formatSamplingRatio(dataOf<RandomInspectionItemData>(item).ratio),
    },
    {
      header: '抽查频次',
      width: 10,
      value: (item) => inspectionFrequencyLabels[dataOf<RandomInspectionItemData>(item).frequency],
    },
    {
      header: '检查人员专业要求',
      width: 24,
      value: (item) =>
        dataOf<RandomInspectionItemData>(item)
          .requiredSpecialties.map((code) => specialtyLabels[code])
          .join('、'),
    },
  ],
  power_list: [
    {
      header: '权力类型',
      width: 10,
      value: (item) => powerListTypeLabels[dataOf<PowerListItemData>(item).powerType],
    },
    { header: '设定依据', width: 44, value: (item) => bases(dataOf<PowerListItemData>(item).legalBases) },
    { header: '实施主体', width: 20, value: (item) => dataOf<PowerListItemData>(item).implementingBody },
    { header: '办理流程', width: 40, value: (item) => lines(dataOf<PowerListItemData>(item).process) },
    { header: '办理时限', width: 16, value: (item) => dataOf<PowerListItemData>(item).timeLimit ?? '' },
    {
      header: '监督投诉途径',
      width: 30,
      value: (item) => dataOf<PowerListItemData>(item).supervisionChannel,
    },
  ],
  responsibility_list: [
    {
      header: '权力类型',
      width: 10,
      value: (item) => powerListTypeLabels[dataOf<ResponsibilityListItemData>(item).powerType],
    },
    {
      header: '依据',
      width: 40,
      value: (item) => bases(dataOf<ResponsibilityListItemData>(item).legalBases),
    },
    {
      header: '实施主体',
      width: 20,
      value: (item) => dataOf<ResponsibilityListItemData>(item).implementingBody,
    },
    {
      header: '责任事项',
      width: 48,
      value: (item) => lines(dataOf<ResponsibilityListItemData>(item).responsibilities),
    },
    {
      header: '追责情形',
      width: 48,
      value: (item) => lines(dataOf<ResponsibilityListItemData>(item).accountability),
    },
    {
      header: '监督投诉途径',
      width: 30,
      value: (item) => dataOf<ResponsibilityListItemData>(item).supervisionChannel,
    },
  ],
  no_penalty_list: [
    {
      header: '类别',
      width: 14,
      value: (item) => noPenaltyCategoryLabels[dataOf<NoPenaltyItemData>(item).category],
    },
    { header: '违法行为', width: 40, value: (item) => dataOf<NoPenaltyItemData>(item).violation },
    {
      header: '违法及处罚依据',
      width: 40,
      value: (item) => bases(dataOf<NoPenaltyItemData>(item).legalBases),
    },
    {
      header: '免罚依据',
      width: 30,
      value: (item) => formatLegalBasis(dataOf<NoPenaltyItemData>(item).noPenaltyBasis),
    },
    {
      header: '适用条件',
      width: 44,
      value: (item) => lines(dataOf<NoPenaltyItemData>(item).conditions.map((condition) => condition.text)),
    },
    {
      header: '排除情形',
      width: 36,
      value: (item) => lines(dataOf<NoPenaltyItemData>(item).exclusions.map((exclusion) => exclusion.text)),
    },
  ],
  discretion_benchmarks: [
    { header: '违法行为', width: 36, value: (item) => dataOf<DiscretionBenchmarkData>(item).violation },
    {
      header: '法律依据',
      width: 40,
      value: (item) => bases(dataOf<DiscretionBenchmarkData>(item).legalBases),
    },
    { header: '法定处罚幅度', width: 30, value: (item) => dataOf<DiscretionBenchmarkData>(item).rangeText },
    {
      header: '计算方法',
      width: 20,
      value: (item) => discretionMethodLabels[dataOf<DiscretionBenchmarkData>(item).method],
    },
    {
      header: '裁量因素及情形',
      width: 70,
      value: (item) => {
        const benchmark = dataOf<DiscretionBenchmarkData>(item);
        return benchmark.factors
          .map((factor) => {
            const options = factor.options.map((option) => {
              if (benchmark.method === 'level_weighted') return `${option.label}（等级${option.level}）`;
              if (factor.isBase)
                return `${option.label}（幅度的${Math.round((option.baseFraction ?? 0) * 100)}%）`;
              const adjustment = Math.round((option.adjustment ?? 0) * 100);
              return `${option.label}（${adjustment > 0 ? '+' : ''}${adjustment}%）`;
            });
            const weight = factor.weight === undefined ? '' : `，权重${Math.round(factor.weight * 100)}%`;
            return `${factor.name}${factor.isBase ? '（基准因素）' : ''}${weight}：${options.join('；')}`;
          })
          .join('\n');
      },
    },
  ],
};

/** A version of a catalogue as a workbook: a title block, then one row per item. */
export async function buildCatalogueWorkbook(
  catalogue: CatalogueSummary,
  items: readonly CatalogueItem[],
  now: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青山生态环境执法平台';
  workbook.created = now;
  const kindLabel = catalogueKindLabels[catalogue.kind];
  const sheet = workbook.addWorksheet(kindLabel, { views: [{ state: 'frozen', ySplit: 3 }] });
  const columns: ExportColumn[] = [
    { header: '序号', width: 6, value: (item) => item.position },
    { header: '事项编码', width: 14, value: (item) => item.code },
    { header: '事项名称', width: 30, value: (item) => item.name },
    ...kindColumns[catalogue.kind],
  ];
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const title = sheet.addRow([`${catalogue.title}（第 ${catalogue.version} 版）`]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.addRow([
    `制定机关：${catalogue.ownerAgencyName}　类型：${kindLabel}　状态：${catalogueStatusLabels[catalogue.status]}　生效日期：${catalogue.effectiveFrom ?? '未定'}　事项数：${items.length}`,
  ]);
  sheet.mergeCells(2, 1, 2, columns.length);
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const item of items) {
    const row = sheet.addRow(columns.map((column) => column.value(item)));
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
