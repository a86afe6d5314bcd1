import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.dates';
import { violationsWithin } from '../catalogues/catalogues.no-penalty';
import { provinceProfiles } from '../profile/index';
import {
  type CardFacts,
  cardCompliance,
  cardStatus,
  commitmentCoverage,
  commitmentStatus,
  creditFeatureSwitches,
  currentCard,
  downgradeCreditLevel,
  earliestLiftingOn,
  effectiveCreditLevel,
  findPositiveListObstacles,
  pointsBalance,
  pointsCompliance,
  rectificationDueOn,
  whyCannotEvaluate,
  whyCannotIssueCard,
  whyCannotLiftCard,
  whyCannotRecordCommitment,
  whyFeatureUnavailable,
} from './credit.rules';

const jiangxi = provinceProfiles.jiangxi;
const nantong = provinceProfiles['jiangsu-nantong'];
const rules = jiangxi.credit;
const today = '2026-11-20';

function card(color: CardFacts['color'], issuedOn: string, liftedOn: string | null = null): CardFacts {
  return { color, issuedOn, liftedOn };
}

describe('which credit acts a province has', () => {
  it('gives Jiangxi cards, the positive list and commitments, but no compliance points', () => {
    expect(creditFeatureSwitches(jiangxi.credit)).toEqual({
      cards: true,
      evaluation: true,
      points: false,
      blacklist: true,
      positiveList: true,
      commitments: true,
    });
  });

  it('gives Nantong compliance points (seed 003 三（六）) but no cards, positive list or commitments', () => {
    expect(creditFeatureSwitches(nantong.credit)).toMatchObject({
      cards: false,
      points: true,
      positiveList: false,
      commitments: false,
    });
  });

  it('names the province and the missing system when an act is refused', () => {
    expect(whyFeatureUnavailable(nantong, 'cards')).toMatch(/^江苏省南通市未实行红黄牌警示制度/);
    expect(whyFeatureUnavailable(jiangxi, 'points')).toMatch(/^江西省未实行生态环境守法积分制度/);
    expect(whyFeatureUnavailable(jiangxi, 'cards')).toBeNull();
  });

  it('cites the Jiangxi card rules and seed 002 for the cards, seed 004 item 9 for the positive list', () => {
    expect(rules.redYellowCards.basis).toContain('红黄牌警示管理制度暂行办法');
    expect(rules.redYellowCards.basis).toContain('二（五）3');
    expect(rules.positiveList.basis).toContain('第9项');
    expect(rules.positiveListEligibility.basis).toContain('第9项');
    expect(rules.positiveListEligibility.isConfigurable).toBe(true);
    expect(rules.commitments.basis).toContain('二（一）1');
  });
});

describe('red and yellow cards', () => {
  it('lets red win over yellow, and the latest card of the same colour', () => {
    const yellow = card('yellow', '2026-09-01');
    const red = card('red', '2026-06-01');
    const laterYellow = card('yellow', '2026-10-01');
    expect(currentCard([yellow, red], today)).toBe(red);
    expect(currentCard([yellow, laterYellow], today)).toBe(laterYellow);
    expect(currentCard([card('red', '2026-06-01', '2026-10-01'), yellow], today)).toBe(yellow);
    expect(currentCard([card('yellow', '2026-01-01', '2026-05-01')], today)).toBeNull();
  });

  it('does not count a card issued after today', () => {
    expect(currentCard([card('red', '2026-12-01')], today)).toBeNull();
  });

  it('computes the rectification deadline and turns an unlifted card overdue after it', () => {
    const yellow = card('yellow', '2026-08-01');
    const due = rectificationDueOn(yellow, rules);
    expect(due).toBe(addDays('2026-08-01', rules.cardLifting.yellowRectificationDays));
    expect(cardStatus(yellow, due, rules)).toBe('active');
    expect(cardStatus(yellow, addDays(due, 1), rules)).toBe('overdue');
    expect(cardStatus(card('yellow', '2026-08-01', '2026-10-01'), today, rules)).toBe('lifted');
  });

  it('gives red cards the longer rectification period', () => {
    expect(
      rectificationDueOn(card('red', '2026-01-01'), rules) >
        rectificationDueOn(card('yellow', '2026-01-01'), rules),
    ).toBe(true);
  });

  it('refuses a second active card of the same colour and a yellow card over a red one', () => {
    expect(
      whyCannotIssueCard({ color: 'yellow', issuedOn: today }, [card('yellow', '2026-10-01')], today),
    ).toMatchObject({
      field: 'color',
      isConflict: true,
      message: expect.stringMatching(/已有 2026-10-01 起警示中的黄牌/),
    });
    expect(
      whyCannotIssueCard({ color: 'yellow', issuedOn: today }, [card('red', '2026-10-01')], today)?.message,
    ).toMatch(/已受红牌警示/);
  });

  it('allows raising a yellow card to red (黄牌拒不整改或整改不到位的列入红牌)', () => {
    expect(
      whyCannotIssueCard({ color: 'red', issuedOn: today }, [card('yellow', '2026-05-01')], today),
    ).toBeNull();
  });

  it('refuses a card dated in the future', () => {
    expect(whyCannotIssueCard({ color: 'red', issuedOn: '2026-11-21' }, [], today)).toMatchObject({
      field: 'issuedOn',
      isConflict: false,
      message: expect.stringMatching(/晚于今天/),
    });
  });

  it('lifts a card only after its minimum warning period, and not twice', () => {
    const yellow = card('yellow', '2026-11-01');
    const earliest = earliestLiftingOn(yellow, rules);
    expect(earliest).toBe(addDays('2026-11-01', rules.cardLifting.yellowMinimumDaysBeforeLifting));
    expect(whyCannotLiftCard(yellow, addDays(earliest, -1), '2027-06-01', rules)?.message).toMatch(
      new RegExp(`最早可于 ${earliest} 摘牌`),
    );
    expect(whyCannotLiftCard(yellow, earliest, '2027-06-01', rules)).toBeNull();
    expect(whyCannotLiftCard(card('yellow', '2026-01-01', '2026-05-01'), today, today, rules)).toMatchObject({
      isConflict: true,
      message: expect.stringMatching(/已于 2026-05-01 摘牌/),
    });
  });

  it('refuses lifting dated before the card or after today', () => {
    const red = card('red', '2025-01-01');
    expect(whyCannotLiftCard(red, '2024-12-31', today, rules)?.message).toMatch(/早于警示日期/);
    expect(whyCannotLiftCard(red, '2026-11-21', today, rules)?.message).toMatch(/晚于今天/);
  });

  it('marks red cards serious violations and yellow cards violations on the timeline', () => {
    expect(cardCompliance('red')).toBe('serious_violation');
    expect(cardCompliance('yellow')).toBe('violation');
  });
});

describe('credit evaluation', () => {
  it('lowers a level by steps, never below 环保不良', () => {
    expect(downgradeCreditLevel('trustworthy', 1)).toBe('good');
    expect(downgradeCreditLevel('good', 1)).toBe('warning');
    expect(downgradeCreditLevel('untrustworthy', 1)).toBe('untrustworthy');
    expect(downgradeCreditLevel('good', 0)).toBe('good');
  });

  it('lowers the evaluated level by one while a Jiangxi card is active, not in Nantong', () => {
    expect(effectiveCreditLevel('good', 'yellow', rules)).toEqual({ level: 'warning', isDowngraded: true });
    expect(effectiveCreditLevel('good', null, rules)).toEqual({ level: 'good', isDowngraded: false });
    expect(effectiveCreditLevel('good', 'red', nantong.credit)).toEqual({
      level: 'good',
      isDowngraded: false,
    });
    expect(effectiveCreditLevel(null, 'red', rules)).toEqual({ level: null, isDowngraded: false });
  });

  it('refuses to evaluate a year that has not begun or with a date before the year', () => {
    expect(whyCannotEvaluate({ year: 2027, evaluatedOn: today }, today)).toMatchObject({
      field: 'year',
      message: expect.stringMatching(/尚未开始/),
    });
    expect(whyCannotEvaluate({ year: 2026, evaluatedOn: '2025-12-31' }, today)).toMatchObject({
      field: 'evaluatedOn',
      message: expect.stringMatching(/早于所评年度/),
    });
    expect(whyCannotEvaluate({ year: 2025, evaluatedOn: '2026-03-01' }, today)).toBeNull();
    expect(whyCannotEvaluate({ year: 2026, evaluatedOn: '2026-11-21' }, today)?.message).toMatch(/晚于今天/);
  });
});

describe('compliance points', () => {
  const ledger = [
    { points: 10, occurredOn: '2026-01-10' },
    { points: -3, occurredOn: '2026-05-02' },
    { points: 5, occurredOn: '2026-09-30' },
  ];

  it('sums the ledger, up to a date when asked', () => {
    expect(pointsBalance(ledger)).toBe(12);
    expect(pointsBalance(ledger, '2026-05-02')).toBe(7);
    expect(pointsBalance([])).toBe(0);
  });

  it('records a deduction as a minor issue and an award as nothing', () => {
    expect(pointsCompliance(-3)).toBe('minor_issue');
    expect(pointsCompliance(5)).toBeNull();
  });
});

describe('who may be put on the positive list (seed 004 item 9)', () => {
  const clean = {
    activeCard: null,
    isBlacklisted: false,
    latestCreditLevel: 'good' as const,
    lastViolationOn: null,
  };

  it('accepts an entity without cards, blacklisting, bad level or recent violation', () => {
    expect(findPositiveListObstacles(clean, today, rules)).toEqual([]);
  });

  it('names every rule an entity breaks', () => {
    const reasons = findPositiveListObstacles(
      {
        activeCard: 'yellow',
        isBlacklisted: true,
        latestCreditLevel: 'warning',
        lastViolationOn: '2026-03-01',
      },
      today,
      rules,
    );
    expect(reasons).toEqual([
      '正受黄牌警示',
      '在失信黑名单中',
      '最近一次信用评价为环保警示',
      '近 12 个月内有违法记录（2026-03-01）',
    ]);
  });

  it('still counts a violation exactly 12 months ago and forgets it the day after (民法典 arts. 201–202)', () => {
    // today is 2026-11-20: twelve months from 2025-11-20 end on 2026-11-20, that day included.
    expect(today).toBe('2026-11-20');
    expect(findPositiveListObstacles({ ...clean, lastViolationOn: '2025-11-20' }, today, rules)).toEqual([
      '近 12 个月内有违法记录（2025-11-20）',
    ]);
    expect(findPositiveListObstacles({ ...clean, lastViolationOn: '2025-11-19' }, today, rules)).toEqual([]);
    expect(
      findPositiveListObstacles({ ...clean, lastViolationOn: '2025-11-20' }, addDays(today, 1), rules),
    ).toEqual([]);
  });

  it('agrees with the first-violation rule of the no-penalty list on every edge', () => {
    const months = rules.positiveListEligibility.violationLookBackMonths;
    const edges = [
      ['2025-11-20', '2026-11-20'],
      ['2025-11-20', '2026-11-21'],
      ['2024-02-29', '2025-02-28'],
      ['2024-02-29', '2025-03-01'],
      ['2025-01-31', '2026-01-31'],
      ['2025-03-31', '2026-03-31'],
      ['2025-03-31', '2026-04-01'],
    ] as const;
    for (const [violation, day] of edges) {
      const isObstacle =
        findPositiveListObstacles({ ...clean, lastViolationOn: violation }, day, rules).length > 0;
      const isNotFirst = violationsWithin(day, [violation], months).length > 0;
      expect(isObstacle, `${violation} → ${day}`).toBe(isNotFirst);
    }
  });

  it('follows a profile that looks back further', () => {
    const stricter = {
      ...rules,
      positiveListEligibility: { ...rules.positiveListEligibility, violationLookBackMonths: 24 },
    };
    expect(
      findPositiveListObstacles({ ...clean, lastViolationOn: '2025-06-01' }, today, stricter),
    ).toHaveLength(1);
    expect(findPositiveListObstacles({ ...clean, lastViolationOn: '2025-06-01' }, today, rules)).toEqual([]);
  });
});

describe('commitments (一公开、一承诺, seed 002 二（一）1)', () => {
  it('ranks signed over delivered over missing', () => {
    expect(commitmentStatus({ letterDeliveredOn: '2026-03-01', commitmentSignedOn: '2026-03-05' })).toBe(
      'signed',
    );
    expect(commitmentStatus({ letterDeliveredOn: '2026-03-01', commitmentSignedOn: null })).toBe('delivered');
    expect(commitmentStatus(null)).toBe('missing');
  });

  it('computes coverage of the key polluters', () => {
    expect(commitmentCoverage({ signed: 9, delivered: 2, missing: 1 })).toEqual({
      keyPolluters: 12,
      delivered: 11,
      signed: 9,
      missing: 1,
      deliveredPercent: 91.6,
      signedPercent: 75,
    });
    expect(commitmentCoverage({ signed: 0, delivered: 0, missing: 0 }).signedPercent).toBe(0);
  });

  it('records only key polluters of the year, within the year, not in the future', () => {
    const context = { today, isKeyPolluter: true, letterDeliveredOn: null, rules };
    expect(whyCannotRecordCommitment({ year: 2026, date: '2026-03-01', kind: 'letter' }, context)).toBeNull();
    expect(
      whyCannotRecordCommitment(
        { year: 2026, date: '2026-03-01', kind: 'letter' },
        { ...context, isKeyPolluter: false },
      ),
    ).toMatchObject({ field: 'year', message: expect.stringMatching(/不在 2026 年重点排污单位名录中/) });
    expect(
      whyCannotRecordCommitment({ year: 2026, date: '2025-12-30', kind: 'letter' }, context),
    ).toMatchObject({
      field: 'date',
      message: expect.stringMatching(/不在 2026 年度内/),
    });
    expect(
      whyCannotRecordCommitment({ year: 2026, date: '2026-12-01', kind: 'signature' }, context)?.message,
    ).toMatch(/晚于今天/);
  });

  it('refuses a signature dated before the letter reached the entity', () => {
    expect(
      whyCannotRecordCommitment(
        { year: 2026, date: '2026-02-01', kind: 'signature' },
        { today, isKeyPolluter: true, letterDeliveredOn: '2026-03-01', rules },
      )?.message,
    ).toMatch(/早于公开信送达日期/);
  });
});
