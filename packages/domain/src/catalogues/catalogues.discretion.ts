import {
  type DiscretionBenchmarkData,
  type DiscretionFactor,
  type DiscretionOption,
  discretionLevelCount,
  formatLegalBasis,
} from './catalogues.contract';

/**
 * The discretion calculator (CAT-5, used by CASE-5): from the option chosen for each factor of a
 * benchmark to a recommended fine inside the legal range, with the reasons text that goes into
 * the penalty decision. Pure: the web's 试算 panel and the case module run the same function.
 *
 * Two methods, as provincial benchmarks use them:
 * - `level_weighted`: each option has a level 1–5; the weighted level L = Σ weightᵢ·levelᵢ maps
 *   linearly onto the range (L = 1 → the minimum, L = 5 → the maximum).
 * - `base_plus_adjustment`: the base factor's option places a base value in the range
 *   (minimum + baseFraction × (maximum − minimum)); the other options add or take percentages
 *   (从重 +10 %, 从轻 −10 %); amount = base × (1 + Σ adjustments), kept inside the range.
 * The amount is rounded to `roundToYuan` and never leaves the legal range.
 */

export interface DiscretionInput {
  benchmark: DiscretionBenchmarkData;
  /** Factor code → option code. */
  choices: Readonly<Record<string, string>>;
  /** For ranges that are a multiple of an amount: that amount (总投资额, 处置费用 …), in yuan. */
  baseAmountYuan?: number | null;
}

export interface DiscretionChoice {
  factorCode: string;
  factorName: string;
  optionCode: string;
  optionLabel: string;
  level?: number;
  weight?: number;
  baseFraction?: number;
  adjustment?: number;
  isBase: boolean;
}

export interface DiscretionProblem {
  /** `choices.<factor>` or `baseAmountYuan`. */
  field: string;
  message: string;
}

export type DiscretionResult =
  | {
      ok: true;
      amountYuan: number;
      legalMinYuan: number;
      legalMaxYuan: number;
      /** Where the amount lies in the range, 0–1. */
      fraction: number;
      weightedLevel: number | null;
      baseValueYuan: number | null;
      adjustmentTotal: number | null;
      /** The raw amount was outside the range and was moved to its edge. */
      isClamped: boolean;
      choices: DiscretionChoice[];
      reasons: string;
    }
  | { ok: false; problems: DiscretionProblem[] };

/** 370000 → "370,000元". */
export function formatYuan(amount: number): string {
  return `${Math.round(amount).toLocaleString('en-US')}元`;
}

const digits = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const smallUnits = ['', '拾', '佰', '仟'];
const bigUnits = ['', '万', '亿', '万亿'];

/** 370000 → "叁拾柒万元整": the capital form decisions use for amounts (whole yuan). */
export function toChineseCapitalYuan(amount: number): string {
  let value = Math.round(amount);
  if (value === 0) return '零元整';
  const groups: number[] = [];
  while (value > 0) {
    groups.push(value % 10_000);
    value = Math.floor(value / 10_000);
  }
  let result = '';
  let needsZero = false;
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index]!;
    if (group === 0) {
      needsZero = result !== '';
      continue;
    }
    if (needsZero || (result !== '' && group < 1000)) result += '零';
    needsZero = false;
    let groupText = '';
    let zeroPending = false;
    for (let position = 3; position >= 0; position--) {
      const digit = Math.floor(group / 10 ** position) % 10;
      if (digit === 0) {
        zeroPending = groupText !== '';
        continue;
      }
      if (zeroPending) groupText += '零';
      zeroPending = false;
      groupText += digits[digit]! + smallUnits[position]!;
    }
    result += groupText + bigUnits[index]!;
  }
  return `${result}元整`;
}

function percent(value: number): string {
  const rounded = Math.round(value * 1000) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}

function signedPercent(value: number): string {
  return `${value >= 0 ? '+' : '−'}${percent(Math.abs(value))}`;
}

function roundTo(amount: number, step: number): number {
  return Math.round(amount / step) * step;
}

function findOption(factor: DiscretionFactor, code: string | undefined): DiscretionOption | undefined {
  return code === undefined ? undefined : factor.options.find((option) => option.code === code);
}

/** The legal range in yuan, or the problem that prevents knowing it. */
export function legalRangeYuan(
  benchmark: Pick<DiscretionBenchmarkData, 'range'>,
  baseAmountYuan?: number | null,
): { minYuan: number; maxYuan: number; baseYuan: number | null } | DiscretionProblem {
  const { range } = benchmark;
  if (range.kind === 'amount') return { minYuan: range.minYuan, maxYuan: range.maxYuan, baseYuan: null };
  if (baseAmountYuan === undefined || baseAmountYuan === null || !(baseAmountYuan > 0)) {
    return { field: 'baseAmountYuan', message: `请填写${range.baseLabel}（元），罚款按其倍数计算` };
  }
  const baseYuan = Math.max(baseAmountYuan, range.minimumBaseYuan ?? 0);
  return {
    minYuan: Math.round(baseYuan * range.minMultiple),
    maxYuan: Math.round(baseYuan * range.maxMultiple),
    baseYuan,
  };
}

function describeRange(
  benchmark: DiscretionBenchmarkData,
  minYuan: number,
  maxYuan: number,
  baseAmount: number | null,
  baseYuan: number | null,
): string {
  const bases = benchmark.legalBases.map(formatLegalBasis).join('、');
  const { range } = benchmark;
  if (range.kind === 'amount') {
    return `依据${bases}，法定罚款幅度为${benchmark.rangeText}（${formatYuan(minYuan)}至${formatYuan(maxYuan)}）。`;
  }
  const floor =
    range.minimumBaseYuan && baseAmount !== null && baseAmount < range.minimumBaseYuan
      ? `，不足${formatYuan(range.minimumBaseYuan)}的按${formatYuan(range.minimumBaseYuan)}计算`
      : '';
  return `依据${bases}，法定处罚幅度为${benchmark.rangeText}；${range.baseLabel}为${formatYuan(baseAmount ?? 0)}${floor}，按${formatYuan(baseYuan ?? 0)}计，罚款幅度为${formatYuan(minYuan)}至${formatYuan(maxYuan)}。`;
}

export function calculateDiscretion(input: DiscretionInput): DiscretionResult {
  const { benchmark, choices } = input;
  const problems: DiscretionProblem[] = [];
  const range = legalRangeYuan(benchmark, input.baseAmountYuan);
  if ('field' in range) problems.push(range);

  const chosen: DiscretionChoice[] = [];
  for (const factor of benchmark.factors) {
    const option = findOption(factor, choices[factor.code]);
    if (!option) {
      problems.push({
        field: `choices.${factor.code}`,
        message:
          choices[factor.code] === undefined
            ? `请选择“${factor.name}”的情形`
            : `“${factor.name}”没有情形 ${choices[factor.code]}`,
      });
      continue;
    }
    chosen.push({
      factorCode: factor.code,
      factorName: factor.name,
      optionCode: option.code,
      optionLabel: option.label,
      level: option.level,
      weight: factor.weight,
      baseFraction: option.baseFraction,
      adjustment: option.adjustment,
      isBase: factor.isBase,
    });
  }
  const unknown = Object.keys(choices).filter(
    (code) => !benchmark.factors.some((factor) => factor.code === code),
  );
  for (const code of unknown)
    problems.push({ field: `choices.${code}`, message: `裁量基准没有因素 ${code}` });
  if (problems.length > 0 || 'field' in range) return { ok: false, problems };

  const { minYuan, maxYuan, baseYuan } = range;
  const span = maxYuan - minYuan;
  let raw: number;
  let weightedLevel: number | null = null;
  let baseValueYuan: number | null = null;
  let adjustmentTotal: number | null = null;
  const lines: string[] = [];

  if (benchmark.method === 'level_weighted') {
    const totalWeight = chosen.reduce((sum, choice) => sum + (choice.weight ?? 0), 0) || 1;
    weightedLevel = chosen.reduce(
      (sum, choice) => sum + ((choice.weight ?? 0) / totalWeight) * (choice.level ?? 1),
      0,
    );
    const fraction = (weightedLevel - 1) / (discretionLevelCount - 1);
    raw = minYuan + fraction * span;
    chosen.forEach((choice, index) => {
      lines.push(
        `${index + 1}. ${choice.factorName}：${choice.optionLabel}（裁量等级 ${choice.level}，权重 ${percent(choice.weight ?? 0)}）`,
      );
    });
    lines.push(
      `按裁量等级加权计算：加权等级 ${weightedLevel.toFixed(2)}（1 为最轻、${discretionLevelCount} 为最重），对应法定幅度的 ${percent(fraction)}，即 ${formatYuan(minYuan)} ＋ ${percent(fraction)} ×（${formatYuan(maxYuan)} − ${formatYuan(minYuan)}）＝ ${formatYuan(raw)}。`,
    );
  } else {
    const base = chosen.find((choice) => choice.isBase)!;
    baseValueYuan = minYuan + (base.baseFraction ?? 0) * span;
    adjustmentTotal = chosen
      .filter((choice) => !choice.isBase)
      .reduce((sum, choice) => sum + (choice.adjustment ?? 0), 0);
    raw = baseValueYuan * (1 + adjustmentTotal);
    chosen.forEach((choice, index) => {
      lines.push(
        choice.isBase
          ? `${index + 1}. ${choice.factorName}：${choice.optionLabel}（基准：幅度的 ${percent(choice.baseFraction ?? 0)}，基准值 ${formatYuan(baseValueYuan!)}）`
          : `${index + 1}. ${choice.factorName}：${choice.optionLabel}（${(choice.adjustment ?? 0) === 0 ? '不调整' : `${(choice.adjustment ?? 0) > 0 ? '从重' : '从轻'} ${signedPercent(choice.adjustment ?? 0)}`}）`,
      );
    });
    lines.push(
      `按“基准值＋调整系数”计算：${formatYuan(baseValueYuan)} ×（1 ${adjustmentTotal >= 0 ? '＋' : '−'} ${percent(Math.abs(adjustmentTotal))}）＝ ${formatYuan(raw)}。`,
    );
  }

  let amount = roundTo(raw, benchmark.roundToYuan);
  let isClamped = false;
  if (amount > maxYuan) {
    amount = maxYuan;
    isClamped = raw > maxYuan;
  }
  if (amount < minYuan) {
    amount = minYuan;
    isClamped = raw < minYuan;
  }
  if (isClamped) {
    lines.push(
      raw > maxYuan
        ? `计算结果超过法定上限，按上限 ${formatYuan(maxYuan)} 确定。`
        : `计算结果低于法定下限，按下限 ${formatYuan(minYuan)} 确定。`,
    );
  }
  const fraction = span === 0 ? 0 : (amount - minYuan) / span;
  const reasons = [
    describeRange(benchmark, minYuan, maxYuan, input.baseAmountYuan ?? null, baseYuan),
    '参照生态环境行政处罚裁量基准，裁量因素如下：',
    ...lines,
    `建议罚款 ${formatYuan(amount)}（${toChineseCapitalYuan(amount)}）。`,
  ].join('\n');
  return {
    ok: true,
    amountYuan: amount,
    legalMinYuan: minYuan,
    legalMaxYuan: maxYuan,
    fraction,
    weightedLevel,
    baseValueYuan,
    adjustmentTotal,
    isClamped,
    choices: chosen,
    reasons,
  };
}
