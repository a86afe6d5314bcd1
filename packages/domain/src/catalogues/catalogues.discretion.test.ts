import { describe, expect, it } from 'vitest';
import { type DiscretionBenchmarkData, discretionBenchmarkDataSchema } from './catalogues.contract';
import { calculateDiscretion, toChineseCapitalYuan } from './catalogues.discretion';

const exceedance = discretionBenchmarkDataSchema.parse({
  violation: '超过大气污染物排放标准排放大气污染物',
  legalBases: [{ law: '《中华人民共和国大气污染防治法》', article: '第九十九条第二项' }],
  range: { kind: 'amount', minYuan: 100_000, maxYuan: 1_000_000 },
  rangeText: '十万元以上一百万元以下',
  method: 'base_plus_adjustment',
  factors: [
    {
      code: 'exceedance_multiple',
      name: '超标倍数',
      isBase: true,
      options: [
        { code: 'below_half', label: '超标0.5倍以下', baseFraction: 0.1 },
        { code: 'half_to_one', label: '超标0.5倍以上1倍以下', baseFraction: 0.3 },
        { code: 'above_three', label: '超标3倍以上', baseFraction: 0.8 },
      ],
    },
    {
      code: 'cooperation',
      name: '配合调查情况',
      options: [
        { code: 'active', label: '主动配合并如实陈述', adjustment: -0.1 },
        { code: 'normal', label: '配合调查', adjustment: 0 },
        { code: 'obstruct', label: '拒不配合', adjustment: 0.2 },
      ],
    },
    {
      code: 'repeat',
      name: '违法次数',
      options: [
        { code: 'first', label: '两年内首次', adjustment: 0 },
        { code: 'repeat', label: '两年内再次违法', adjustment: 0.3 },
      ],
    },
  ],
});

const weighted: DiscretionBenchmarkData = discretionBenchmarkDataSchema.parse({
  violation: '未按照规定安装、使用大气污染物排放自动监测设备',
  legalBases: [{ law: '《中华人民共和国大气污染防治法》', article: '第一百条第三项' }],
  range: { kind: 'amount', minYuan: 20_000, maxYuan: 200_000 },
  rangeText: '二万元以上二十万元以下',
  method: 'level_weighted',
  roundToYuan: 1000,
  factors: [
    {
      code: 'fact',
      name: '违法事实',
      weight: 0.5,
      options: [
        { code: 'networked_abnormal', label: '已安装联网但运行不正常', level: 1 },
        { code: 'not_installed', label: '未安装', level: 5 },
      ],
    },
    {
      code: 'duration',
      name: '持续时间',
      weight: 0.5,
      options: [
        { code: 'under_month', label: '不足1个月', level: 1 },
        { code: 'over_three_months', label: '3个月以上', level: 5 },
      ],
    },
  ],
});

describe('calculateDiscretion', () => {
  it('base plus adjustment: the base factor places the value, the others add or take percentages', () => {
    const result = calculateDiscretion({
      benchmark: exceedance,
      choices: { exceedance_multiple: 'half_to_one', cooperation: 'active', repeat: 'repeat' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // base = 100,000 + 0.3 × 900,000 = 370,000; × (1 − 0.1 + 0.3) = 444,000
    expect(result.baseValueYuan).toBe(370_000);
    expect(result.adjustmentTotal).toBeCloseTo(0.2);
    expect(result.amountYuan).toBe(444_000);
    expect(result.legalMinYuan).toBe(100_000);
    expect(result.legalMaxYuan).toBe(1_000_000);
    expect(result.reasons).toContain('《中华人民共和国大气污染防治法》第九十九条第二项');
    expect(result.reasons).toContain('超标倍数：超标0.5倍以上1倍以下');
    expect(result.reasons).toContain('配合调查情况：主动配合并如实陈述（从轻 −10%）');
    expect(result.reasons).toContain('违法次数：两年内再次违法（从重 +30%）');
    expect(result.reasons).toContain('建议罚款 444,000元（肆拾肆万肆仟元整）');
  });

  it('never leaves the legal range: an adjustment past the maximum is clamped and said so', () => {
    const result = calculateDiscretion({
      benchmark: exceedance,
      choices: { exceedance_multiple: 'above_three', cooperation: 'obstruct', repeat: 'repeat' },
    });
    if (!result.ok) throw new Error('expected a result');
    // 820,000 × 1.5 = 1,230,000 > 1,000,000
    expect(result.amountYuan).toBe(1_000_000);
    expect(result.isClamped).toBe(true);
    expect(result.reasons).toContain('超过法定上限');
    const low = calculateDiscretion({
      benchmark: exceedance,
      choices: { exceedance_multiple: 'below_half', cooperation: 'active', repeat: 'first' },
    });
    if (!low.ok) throw new Error('expected a result');
    // 190,000 × 0.9 = 171,000 stays inside
    expect(low.amountYuan).toBe(171_000);
    expect(low.isClamped).toBe(false);
  });

  it('level weighted: the weighted level maps linearly onto the range and is rounded', () => {
    const lightest = calculateDiscretion({
      benchmark: weighted,
      choices: { fact: 'networked_abnormal', duration: 'under_month' },
    });
    const heaviest = calculateDiscretion({
      benchmark: weighted,
      choices: { fact: 'not_installed', duration: 'over_three_months' },
    });
    const middle = calculateDiscretion({
      benchmark: weighted,
      choices: { fact: 'not_installed', duration: 'under_month' },
    });
    if (!lightest.ok || !heaviest.ok || !middle.ok) throw new Error('expected results');
    expect(lightest.amountYuan).toBe(20_000);
    expect(heaviest.amountYuan).toBe(200_000);
    expect(middle.weightedLevel).toBe(3);
    expect(middle.amountYuan).toBe(110_000);
    expect(middle.reasons).toContain('加权等级 3.00');
  });

  it('a multiple of an amount: the floor of the base applies (不足二十万元的按二十万元计算)', () => {
    const dumping = discretionBenchmarkDataSchema.parse({
      violation: '擅自倾倒、堆放危险废物',
      legalBases: [
        { law: '《中华人民共和国固体废物污染环境防治法》', article: '第一百一十二条第一款第三项' },
      ],
      range: {
        kind: 'multiple',
        baseLabel: '所需处置费用',
        minMultiple: 3,
        maxMultiple: 5,
        minimumBaseYuan: 200_000,
      },
      rangeText: '所需处置费用三倍以上五倍以下，所需处置费用不足二十万元的，按二十万元计算',
      method: 'level_weighted',
      factors: [
        {
          code: 'quantity',
          name: '数量',
          weight: 1,
          options: [
            { code: 'small', label: '1吨以下', level: 1 },
            { code: 'large', label: '10吨以上', level: 5 },
          ],
        },
      ],
    });
    const missing = calculateDiscretion({ benchmark: dumping, choices: { quantity: 'small' } });
    expect(missing).toEqual({
      ok: false,
      problems: [{ field: 'baseAmountYuan', message: '请填写所需处置费用（元），罚款按其倍数计算' }],
    });
    const result = calculateDiscretion({
      benchmark: dumping,
      choices: { quantity: 'small' },
      baseAmountYuan: 110_000,
    });
    if (!result.ok) throw new Error('expected a result');
    expect(result.legalMinYuan).toBe(600_000);
    expect(result.legalMaxYuan).toBe(1_000_000);
    expect(result.amountYuan).toBe(600_000);
    expect(result.reasons).toContain('不足200,000元的按200,000元计算');
    const large = calculateDiscretion({
      benchmark: dumping,
      choices: { quantity: 'large' },
      baseAmountYuan: 500_000,
    });
    if (!large.ok) throw new Error('expected a result');
    expect(large.amountYuan).toBe(2_500_000);
  });

  it('names every missing or unknown choice', () => {
    const result = calculateDiscretion({
      benchmark: exceedance,
      choices: { exceedance_multiple: 'nonsense', extra: 'x' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.field)).toEqual([
      'choices.exceedance_multiple',
      'choices.cooperation',
      'choices.repeat',
      'choices.extra',
    ]);
    expect(result.problems[1]!.message).toBe('请选择“配合调查情况”的情形');
  });
});

describe('toChineseCapitalYuan', () => {
  it.each([
    [0, '零元整'],
    [5_000, '伍仟元整'],
    [20_000, '贰万元整'],
    [100_500, '壹拾万零伍佰元整'],
    [444_000, '肆拾肆万肆仟元整'],
    [1_000_000, '壹佰万元整'],
    [1_050_000, '壹佰零伍万元整'],
    [10_000_800, '壹仟万零捌佰元整'],
    [120_000_000, '壹亿贰仟万元整'],
  ])('%i → %s', (amount, expected) => {
    expect(toChineseCapitalYuan(amount)).toBe(expected);
  });
});

describe('the benchmark schema', () => {
  it('names the field of a factor table that cannot be computed', () => {
    const result = discretionBenchmarkDataSchema.safeParse({
      ...weighted,
      factors: [
        {
          ...weighted.factors[0]!,
          weight: 0.7,
          options: [{ code: 'only', label: '只有一个情形', level: 1 }],
        },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('factors.0.options');
  });

  it('requires weights that add up to 1 and a single base factor', () => {
    const weights = discretionBenchmarkDataSchema.safeParse({
      ...weighted,
      factors: weighted.factors.map((factor) => ({ ...factor, weight: 0.3 })),
    });
    expect(weights.error!.issues[0]!.message).toContain('权重之和应为 1');
    const bases = discretionBenchmarkDataSchema.safeParse({
      ...exceedance,
      factors: exceedance.factors.map((factor) => ({ ...factor, isBase: false })),
    });
    expect(bases.error!.issues.some((issue) => issue.message.includes('有且只有一个基准因素'))).toBe(true);
  });
});
