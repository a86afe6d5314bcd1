import { describe, expect, it } from 'vitest';
import { getProvinceProfile } from '../profile/index';
import { noPenaltyItemDataSchema } from './catalogues.contract';
import { findNoPenaltyBasis, type NoPenaltyCandidate, violationsWithin } from './catalogues.no-penalty';

const penaltyLaw33 = { law: '《中华人民共和国行政处罚法》', article: '第三十三条第一款' };
const lookBackMonths = getProvinceProfile('jiangxi').deadlines.firstViolationLookBack.amount;

const minorOutlet: NoPenaltyCandidate = {
  code: 'JX-MF-01',
  name: '排污口标志牌设置不规范',
  data: noPenaltyItemDataSchema.parse({
    category: 'minor',
    violation: '未按照规定设置大气污染物排放口标志',
    enforcementItemCodes: ['JX-CF-012'],
    legalBases: [{ law: '《中华人民共和国大气污染防治法》', article: '第一百条第五项' }],
    noPenaltyBasis: penaltyLaw33,
    conditions: [
      { code: 'corrected_in_time', text: '责令改正后立即改正' },
      { code: 'no_harmful_consequences', text: '未造成危害后果' },
    ],
    exclusions: [{ code: 'refused_inspection', text: '拒绝、阻挠检查的' }],
  }),
};

const firstMonitoring: NoPenaltyCandidate = {
  code: 'JX-MF-02',
  name: '首次未按规定开展自行监测',
  data: noPenaltyItemDataSchema.parse({
    category: 'first_violation',
    violation: '未按照规定对所排放的工业废气进行监测并保存原始监测记录',
    enforcementItemCodes: ['JX-CF-012'],
    legalBases: [{ law: '《中华人民共和国大气污染防治法》', article: '第一百条第二项' }],
    noPenaltyBasis: penaltyLaw33,
    conditions: [
      { code: 'first_violation', text: `${lookBackMonths}个月内首次违法` },
      { code: 'corrected_in_time', text: '及时改正' },
      { code: 'minor_harm', text: '危害后果轻微' },
      { code: 'monitoring_gap_short', text: '监测缺失不超过一个监测周期' },
    ],
  }),
};

const base = {
  enforcementItemCode: 'JX-CF-012',
  violationDate: '2026-11-10',
  priorViolationDates: [],
  isCorrectedInTime: true,
  harm: 'none' as const,
};

describe('findNoPenaltyBasis', () => {
  it('a minor violation corrected in time without harm is not penalised (must), citing art. 33', () => {
    const finding = findNoPenaltyBasis({
      items: [firstMonitoring, minorOutlet],
      facts: base,
      lookBackMonths,
    });
    expect(finding.outcome).toBe('not_penalised');
    expect(finding.item?.code).toBe('JX-MF-01');
    expect(finding.basisText).toContain('《中华人民共和国行政处罚法》第三十三条第一款');
  });

  it('a first violation with minor harm may be not penalised once the item condition is confirmed', () => {
    const facts = { ...base, harm: 'minor' as const };
    const unconfirmed = findNoPenaltyBasis({ items: [firstMonitoring, minorOutlet], facts, lookBackMonths });
    expect(unconfirmed.outcome).toBe('penalise');
    const monitoring = unconfirmed.evaluations.find((evaluation) => evaluation.itemCode === 'JX-MF-02')!;
    expect(monitoring.conditions.find((condition) => !condition.isMet)?.code).toBe('monitoring_gap_short');
    const confirmed = findNoPenaltyBasis({
      items: [firstMonitoring, minorOutlet],
      facts: { ...facts, confirmedConditionCodes: ['monitoring_gap_short'] },
      lookBackMonths,
    });
    expect(confirmed.outcome).toBe('may_not_penalise');
    expect(confirmed.item?.code).toBe('JX-MF-02');
  });

  it('a violation inside the profile look-back period is not a first violation; one before it is', () => {
    const facts = { ...base, harm: 'minor' as const, confirmedConditionCodes: ['monitoring_gap_short'] };
    const recent = findNoPenaltyBasis({
      items: [firstMonitoring],
      facts: { ...facts, priorViolationDates: ['2026-03-02'] },
      lookBackMonths,
    });
    expect(recent.outcome).toBe('penalise');
    expect(recent.evaluations[0]!.conditions[0]!.explanation).toContain(
      `此前 ${lookBackMonths} 个月内有 1 次违法记录`,
    );
    const old = findNoPenaltyBasis({
      items: [firstMonitoring],
      facts: { ...facts, priorViolationDates: ['2025-11-09'] },
      lookBackMonths,
    });
    expect(old.outcome).toBe('may_not_penalise');
  });

  it('harm, late correction and exclusions each rule an item out; other items do not apply', () => {
    expect(
      findNoPenaltyBasis({ items: [minorOutlet], facts: { ...base, harm: 'minor' }, lookBackMonths }).outcome,
    ).toBe('penalise');
    expect(
      findNoPenaltyBasis({
        items: [minorOutlet],
        facts: { ...base, isCorrectedInTime: false },
        lookBackMonths,
      }).outcome,
    ).toBe('penalise');
    const excluded = findNoPenaltyBasis({
      items: [minorOutlet],
      facts: { ...base, presentExclusionCodes: ['refused_inspection'] },
      lookBackMonths,
    });
    expect(excluded.outcome).toBe('penalise');
    expect(excluded.evaluations[0]!.excludedBy.map((exclusion) => exclusion.code)).toEqual([
      'refused_inspection',
    ]);
    const otherItem = findNoPenaltyBasis({
      items: [minorOutlet],
      facts: { ...base, enforcementItemCode: 'JX-CF-001' },
      lookBackMonths,
    });
    expect(otherItem).toMatchObject({ outcome: 'penalise', evaluations: [] });
  });

  it('counts the look-back period in calendar months, both ends included', () => {
    expect(violationsWithin('2026-11-10', ['2025-11-10', '2025-11-09', '2026-11-10'], 12)).toEqual([
      '2025-11-10',
      '2026-11-10',
    ]);
  });

  it('counts the look-back period from the earlier violation (民法典 arts. 201–202)', () => {
    // Twelve months from 29 February end on 28 February; one month from 02-28 on 03-28, so a
    // violation on 03-31 is a first violation again although 03-31 minus a month is 02-28.
    expect(violationsWithin('2025-02-28', ['2024-02-29'], 12)).toEqual(['2024-02-29']);
    expect(violationsWithin('2025-03-01', ['2024-02-29'], 12)).toEqual([]);
    expect(violationsWithin('2026-03-28', ['2026-02-28'], 1)).toEqual(['2026-02-28']);
    expect(violationsWithin('2026-03-31', ['2026-02-28'], 1)).toEqual([]);
    // A later violation is not an earlier one.
    expect(violationsWithin('2026-03-10', ['2026-03-11'], 12)).toEqual([]);
  });
});

describe('the no-penalty item schema', () => {
  it('requires the conditions of art. 33 for each category', () => {
    const result = noPenaltyItemDataSchema.safeParse({
      ...firstMonitoring.data,
      conditions: [{ code: 'corrected_in_time', text: '及时改正' }],
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message).join('\n');
    expect(messages).toContain('first_violation');
    expect(messages).toContain('minor_harm');
  });
});
