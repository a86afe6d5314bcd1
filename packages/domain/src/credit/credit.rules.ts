import { addDays, yearOf } from '../calendar/calendar.dates';
import { lastDayOfMonthsPeriod } from '../calendar/calendar.periods';
import type { CreditRules, ProvinceProfile } from '../profile/profile.schema';
import {
  type CardColor,
  type CardStatus,
  type CommitmentStatus,
  type CreditLevel,
  cardColorLabels,
  creditLevelLabels,
  creditLevels,
} from './credit.vocabulary';

/**
 * The rules of commitments and credit (REG-3, REG-4), without I/O. Every number comes from the
 * province profile's `credit` section, which cites its source; the server and the web both ask
 * here, so a refusal reads the same everywhere.
 */

// ---------------------------------------------------------------------------------------------
// Which acts a province has
// ---------------------------------------------------------------------------------------------

/** The credit acts a profile may have; each maps to one switch of `profile.credit`. */
export const creditFeatures = [
  'cards',
  'evaluation',
  'points',
  'blacklist',
  'positiveList',
  'commitments',
] as const;
export type CreditFeature = (typeof creditFeatures)[number];

const featureNames: Record<CreditFeature, string> = {
  cards: '红黄牌警示制度',
  evaluation: '企业环境信用评价',
  points: '生态环境守法积分制度',
  blacklist: '失信黑名单（联合惩戒）',
  positiveList: '监督执法正面清单',
  commitments: '致企业负责人公开信和《环保承诺书》制度（一公开、一承诺）',
};

export function isCreditFeatureEnabled(rules: CreditRules, feature: CreditFeature): boolean {
  switch (feature) {
    case 'cards':
      return rules.redYellowCards.isEnabled;
    case 'evaluation':
      return rules.creditEvaluation.isEnabled;
    case 'points':
      return rules.compliancePoints.isEnabled;
    case 'blacklist':
      return rules.blacklist.isEnabled;
    case 'positiveList':
      return rules.positiveList.isEnabled;
    case 'commitments':
      return rules.commitments.isEnabled;
  }
}

/** Every feature with whether the profile has it. */
export function creditFeatureSwitches(rules: CreditRules): Record<CreditFeature, boolean> {
  return Object.fromEntries(
    creditFeatures.map((feature) => [feature, isCreditFeatureEnabled(rules, feature)]),
  ) as Record<CreditFeature, boolean>;
}

/** Why an act is refused because the entity's province does not have it, or null. */
export function whyFeatureUnavailable(
  profile: Pick<ProvinceProfile, 'name' | 'credit'>,
  feature: CreditFeature,
): string | null {
  if (isCreditFeatureEnabled(profile.credit, feature)) return null;
  return `${profile.name}未实行${featureNames[feature]}（见省份配置“信用管理”），不能办理此项`;
}

// ---------------------------------------------------------------------------------------------
// Red and yellow cards
// ---------------------------------------------------------------------------------------------

export interface CardFacts {
  color: CardColor;
  issuedOn: string;
  liftedOn: string | null;
}

const severity: Record<CardColor, number> = { yellow: 1, red: 2 };

/** The day by which the entity must have rectified (整改期限). */
export function rectificationDueOn(card: Pick<CardFacts, 'color' | 'issuedOn'>, rules: CreditRules): string {
  const days =
    card.color === 'red' ? rules.cardLifting.redRectificationDays : rules.cardLifting.yellowRectificationDays;
  return addDays(card.issuedOn, days);
}

/** The earliest day a card may be lifted (最短警示期). */
export function earliestLiftingOn(card: Pick<CardFacts, 'color' | 'issuedOn'>, rules: CreditRules): string {
  const days =
    card.color === 'red'
      ? rules.cardLifting.redMinimumDaysBeforeLifting
      : rules.cardLifting.yellowMinimumDaysBeforeLifting;
  return addDays(card.issuedOn, days);
}

export function isCardActive(card: Pick<CardFacts, 'liftedOn'>, today: string): boolean {
  return card.liftedOn === null || card.liftedOn > today;
}

/** Active, overdue (active past the rectification deadline), or lifted. */
export function cardStatus(card: CardFacts, today: string, rules: CreditRules): CardStatus {
  if (!isCardActive(card, today)) return 'lifted';
  return today > rectificationDueOn(card, rules) ? 'overdue' : 'active';
}

/**
 * The card the entity is shown with: red wins over yellow (a red card is the more serious
 * warning, 《江西省环境保护红黄牌警示管理制度暂行办法》), and of the same colour the latest.
 */
export function currentCard<T extends CardFacts>(cards: readonly T[], today: string): T | null {
  let winner: T | null = null;
  for (const card of cards) {
    if (!isCardActive(card, today) || card.issuedOn > today) continue;
    if (
      !winner ||
      severity[card.color] > severity[winner.color] ||
      (card.color === winner.color && card.issuedOn > winner.issuedOn)
    ) {
      winner = card;
    }
  }
  return winner;
}

/**
 * A refused act: the request field it is about, the reason in Chinese, and whether it conflicts
 * with the record's state (409) rather than being bad input (400).
 */
export interface CreditRefusal {
  field: string;
  message: string;
  isConflict: boolean;
}

function badInput(field: string, message: string): CreditRefusal {
  return { field, message, isConflict: false };
}

function conflict(field: string, message: string): CreditRefusal {
  return { field, message, isConflict: true };
}

/** Why a card may not be issued now, or null. Raising a yellow card to red is allowed. */
export function whyCannotIssueCard(
  card: { color: CardColor; issuedOn: string },
  activeCards: readonly CardFacts[],
  today: string,
): CreditRefusal | null {
  if (card.issuedOn > today) return badInput('issuedOn', `警示日期 ${card.issuedOn} 晚于今天，不能预先发牌`);
  const sameColour = activeCards.find((active) => active.color === card.color);
  if (sameColour) {
    return conflict(
      'color',
      `该单位已有 ${sameColour.issuedOn} 起警示中的${cardColorLabels[card.color]}，摘牌前不能重复发牌`,
    );
  }
  if (card.color === 'yellow' && activeCards.some((active) => active.color === 'red')) {
    return conflict('color', '该单位已受红牌警示，不再发黄牌');
  }
  return null;
}

/** Why a card may not be lifted on `liftedOn`, or null. */
export function whyCannotLiftCard(
  card: CardFacts,
  liftedOn: string,
  today: string,
  rules: CreditRules,
): CreditRefusal | null {
  if (card.liftedOn !== null) {
    return conflict('liftedOn', `该${cardColorLabels[card.color]}已于 ${card.liftedOn} 摘牌`);
  }
  if (liftedOn > today) return badInput('liftedOn', `摘牌日期 ${liftedOn} 晚于今天`);
  if (liftedOn < card.issuedOn)
    return badInput('liftedOn', `摘牌日期 ${liftedOn} 早于警示日期 ${card.issuedOn}`);
  const earliest = earliestLiftingOn(card, rules);
  if (liftedOn < earliest) {
    const minimum =
      card.color === 'red'
        ? rules.cardLifting.redMinimumDaysBeforeLifting
        : rules.cardLifting.yellowMinimumDaysBeforeLifting;
    return badInput(
      'liftedOn',
      `${cardColorLabels[card.color]}至少警示 ${minimum} 日，最早可于 ${earliest} 摘牌（${rules.cardLifting.basis}）`,
    );
  }
  return null;
}

/** What a card says about compliance on the entity's timeline. */
export function cardCompliance(color: CardColor): 'violation' | 'serious_violation' {
  return color === 'red' ? 'serious_violation' : 'violation';
}

// ---------------------------------------------------------------------------------------------
// Credit evaluation
// ---------------------------------------------------------------------------------------------

/** A level lowered by `steps`, never below 环保不良. */
export function downgradeCreditLevel(level: CreditLevel, steps: number): CreditLevel {
  const index = Math.min(creditLevels.indexOf(level) + Math.max(steps, 0), creditLevels.length - 1);
  return creditLevels[index]!;
}

/**
 * The level that applies while a card is active: the evaluated level lowered by the profile's
 * steps (Jiangxi: 被列入红（黄）牌警示的排污单位，环境信用评价等级下调一级).
 */
export function effectiveCreditLevel(
  evaluated: CreditLevel | null,
  activeCard: CardColor | null,
  rules: CreditRules,
): { level: CreditLevel | null; isDowngraded: boolean } {
  if (evaluated === null) return { level: null, isDowngraded: false };
  const steps =
    activeCard && rules.redYellowCards.isEnabled ? rules.redYellowCards.creditLevelDowngradeSteps : 0;
  const level = downgradeCreditLevel(evaluated, steps);
  return { level, isDowngraded: level !== evaluated };
}

/** Why a year's level may not be set, or null. */
export function whyCannotEvaluate(
  input: { year: number; evaluatedOn: string },
  today: string,
): CreditRefusal | null {
  if (input.year > yearOf(today)) return badInput('year', `${input.year} 年度尚未开始，不能评价`);
  if (input.evaluatedOn > today) return badInput('evaluatedOn', `评价日期 ${input.evaluatedOn} 晚于今天`);
  if (yearOf(input.evaluatedOn) < input.year) {
    return badInput('evaluatedOn', `评价日期 ${input.evaluatedOn} 早于所评年度 ${input.year} 年`);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Compliance points (守法积分)
// ---------------------------------------------------------------------------------------------

/** The balance of the ledger: the sum of its entries up to `asOf` (all when omitted). */
export function pointsBalance(
  entries: readonly { points: number; occurredOn: string }[],
  asOf?: string,
): number {
  return entries.reduce(
    (sum, entry) => (asOf === undefined || entry.occurredOn <= asOf ? sum + entry.points : sum),
    0,
  );
}

/** What a ledger entry says about compliance: a deduction records a problem, an award nothing. */
export function pointsCompliance(points: number): 'minor_issue' | null {
  return points < 0 ? 'minor_issue' : null;
}

// ---------------------------------------------------------------------------------------------
// The positive list (正面清单, seed 004 item 9)
// ---------------------------------------------------------------------------------------------

export interface PositiveListFacts {
  activeCard: CardColor | null;
  isBlacklisted: boolean;
  latestCreditLevel: CreditLevel | null;
  /** The latest day a violation was recorded on the entity's timeline, if any. */
  lastViolationOn: string | null;
}

/**
 * Why the entity may not be put on the positive list, one reason per rule it breaks (none: it
 * may). The conditions are the profile's `positiveListEligibility`.
 */
export function findPositiveListObstacles(
  facts: PositiveListFacts,
  today: string,
  rules: CreditRules,
): string[] {
  const eligibility = rules.positiveListEligibility;
  const reasons: string[] = [];
  if (eligibility.excludesActiveCard && facts.activeCard) {
    reasons.push(`正受${cardColorLabels[facts.activeCard]}警示`);
  }
  if (eligibility.excludesBlacklisted && facts.isBlacklisted) reasons.push('在失信黑名单中');
  if (facts.latestCreditLevel && eligibility.excludedCreditLevels.includes(facts.latestCreditLevel)) {
    reasons.push(`最近一次信用评价为${creditLevelLabels[facts.latestCreditLevel]}`);
  }
  if (eligibility.violationLookBackMonths > 0 && facts.lastViolationOn) {
    // The window of the last violation has not ended today (last day included): the same rule as
    // the first-violation check of the no-penalty list (violationsWithin).
    if (lastDayOfMonthsPeriod(facts.lastViolationOn, eligibility.violationLookBackMonths) >= today) {
      reasons.push(`近 ${eligibility.violationLookBackMonths} 个月内有违法记录（${facts.lastViolationOn}）`);
    }
  }
  return reasons;
}

// ---------------------------------------------------------------------------------------------
// Commitments (一公开、一承诺, seed 002 二（一）1)
// ---------------------------------------------------------------------------------------------

export interface CommitmentFacts {
  letterDeliveredOn: string | null;
  commitmentSignedOn: string | null;
}

/** Signed wins over delivered; no record or no date: missing. */
export function commitmentStatus(record: CommitmentFacts | null | undefined): CommitmentStatus {
  if (record?.commitmentSignedOn) return 'signed';
  if (record?.letterDeliveredOn) return 'delivered';
  return 'missing';
}

export interface CommitmentCoverage {
  keyPolluters: number;
  /** The letter reached them (signed ones included). */
  delivered: number;
  signed: number;
  missing: number;
  /** Whole percentages of the key polluters, 0 when there are none. */
  deliveredPercent: number;
  signedPercent: number;
}

export function commitmentCoverage(counts: Record<CommitmentStatus, number>): CommitmentCoverage {
  const keyPolluters = counts.signed + counts.delivered + counts.missing;
  const delivered = counts.signed + counts.delivered;
  const percent = (part: number) => (keyPolluters === 0 ? 0 : Math.floor((part * 1000) / keyPolluters) / 10);
  return {
    keyPolluters,
    delivered,
    signed: counts.signed,
    missing: counts.missing,
    deliveredPercent: percent(delivered),
    signedPercent: percent(counts.signed),
  };
}

/**
 * Why a delivery or signature may not be recorded for `year`, or null. `date` is the delivery or
 * signing date (the refusal's field is then `date`).
 */
export function whyCannotRecordCommitment(
  input: { year: number; date: string; kind: 'letter' | 'signature' },
  context: { today: string; isKeyPolluter: boolean; letterDeliveredOn: string | null; rules: CreditRules },
): CreditRefusal | null {
  const what = input.kind === 'letter' ? '送达日期' : '签订日期';
  if (input.year > yearOf(context.today)) return badInput('year', `${input.year} 年度尚未开始`);
  if (input.date > context.today) return badInput('date', `${what} ${input.date} 晚于今天`);
  if (yearOf(input.date) !== input.year)
    return badInput('date', `${what} ${input.date} 不在 ${input.year} 年度内`);
  if (context.rules.commitments.isKeyPolluterOnly && !context.isKeyPolluter) {
    return badInput(
      'year',
      `该单位不在 ${input.year} 年重点排污单位名录中（${context.rules.commitments.basis}：公开信印送、承诺书签订的对象是重点排污企业）`,
    );
  }
  if (input.kind === 'signature' && context.letterDeliveredOn && input.date < context.letterDeliveredOn) {
    return badInput('date', `签订日期 ${input.date} 早于公开信送达日期 ${context.letterDeliveredOn}`);
  }
  return null;
}
