import { isWithinMonthsOf } from '../calendar/calendar.periods';
import {
  type EvaluatedNoPenaltyCondition,
  evaluatedNoPenaltyConditions,
  formatLegalBasis,
  type NoPenaltyCategory,
  type NoPenaltyCondition,
  type NoPenaltyItemData,
  noPenaltyCategoryLabels,
} from './catalogues.contract';

/**
 * The no-penalty eligibility check (CAT-4, used by CASE-6). 行政处罚法 art. 33(1): a minor violation
 * corrected in time without harmful consequences is not penalised (不予行政处罚); a first violation
 * with minor harm corrected in time may be not penalised (可以不予行政处罚). "First" means no
 * violation in the look-back period, which comes from the province profile
 * (`deadlines.firstViolationLookBack`), not from this code.
 */

export type HarmLevel = 'none' | 'minor' | 'significant';

export interface NoPenaltyFacts {
  /** The case's CAT-1 item; items of the list that name other items do not apply. */
  enforcementItemCode?: string | null;
  /** The day of this violation, YYYY-MM-DD. */
  violationDate: string;
  /** Days of the party's earlier established violations, YYYY-MM-DD. */
  priorViolationDates: readonly string[];
  isCorrectedInTime: boolean;
  harm: HarmLevel;
  /** Item-specific conditions the officer confirmed (超标倍数在0.1倍以内 …), by code. */
  confirmedConditionCodes?: readonly string[];
  /** Exclusions that apply to the case, by code. */
  presentExclusionCodes?: readonly string[];
}

export interface NoPenaltyCandidate {
  code: string;
  name: string;
  data: NoPenaltyItemData;
}

export interface ConditionEvaluation {
  code: string;
  text: string;
  isMet: boolean;
  /** Why it is not met, or how it was established. */
  explanation: string;
}

export interface NoPenaltyItemEvaluation {
  itemCode: string;
  itemName: string;
  category: NoPenaltyCategory;
  isSatisfied: boolean;
  conditions: ConditionEvaluation[];
  /** Exclusions of the item that apply to the case. */
  excludedBy: NoPenaltyCondition[];
}

export type NoPenaltyOutcome = 'not_penalised' | 'may_not_penalise' | 'penalise';

export const noPenaltyOutcomeLabels: Record<NoPenaltyOutcome, string> = {
  not_penalised: '不予行政处罚',
  may_not_penalise: '可以不予行政处罚',
  penalise: '不适用包容免罚，依法处罚',
};

export interface NoPenaltyFinding {
  outcome: NoPenaltyOutcome;
  /** The item that grounds the outcome, if any. */
  item: NoPenaltyCandidate | null;
  /** The legal ground and the item, for the decision. */
  basisText: string | null;
  /** Every applicable item, satisfied or not, for the officer to see why. */
  evaluations: NoPenaltyItemEvaluation[];
}

const isEvaluated = (code: string): code is EvaluatedNoPenaltyCondition =>
  (evaluatedNoPenaltyConditions as readonly string[]).includes(code);

/**
 * The earlier violations within the look-back period of this one: those whose period of
 * `lookBackMonths` months (民法典 arts. 201–202, last day included) has not ended on the day of
 * this violation. The positive list asks the same question (credit.rules), through the same rule.
 */
export function violationsWithin(
  violationDate: string,
  priorViolationDates: readonly string[],
  lookBackMonths: number,
): string[] {
  return priorViolationDates.filter((date) => isWithinMonthsOf(date, lookBackMonths, violationDate));
}

function evaluateCondition(
  condition: NoPenaltyCondition,
  facts: NoPenaltyFacts,
  lookBackMonths: number,
): ConditionEvaluation {
  const base = { code: condition.code, text: condition.text };
  if (!isEvaluated(condition.code)) {
    const isMet = facts.confirmedConditionCodes?.includes(condition.code) ?? false;
    return { ...base, isMet, explanation: isMet ? '执法人员已确认' : '尚未确认该条件' };
  }
  switch (condition.code) {
    case 'first_violation': {
      const earlier = violationsWithin(facts.violationDate, facts.priorViolationDates, lookBackMonths);
      return earlier.length === 0
        ? { ...base, isMet: true, explanation: `此前 ${lookBackMonths} 个月内无违法记录` }
        : {
            ...base,
            isMet: false,
            explanation: `此前 ${lookBackMonths} 个月内有 ${earlier.length} 次违法记录（${earlier.join('、')}），不属于初次违法`,
          };
    }
    case 'corrected_in_time':
      return facts.isCorrectedInTime
        ? { ...base, isMet: true, explanation: '已及时改正' }
        : { ...base, isMet: false, explanation: '未及时改正' };
    case 'no_harmful_consequences':
      return facts.harm === 'none'
        ? { ...base, isMet: true, explanation: '未造成危害后果' }
        : {
            ...base,
            isMet: false,
            explanation: facts.harm === 'minor' ? '造成了轻微危害后果' : '造成了危害后果',
          };
    case 'minor_harm':
      return facts.harm === 'significant'
        ? { ...base, isMet: false, explanation: '危害后果不属于轻微' }
        : { ...base, isMet: true, explanation: facts.harm === 'none' ? '未造成危害后果' : '危害后果轻微' };
  }
}

export function evaluateNoPenaltyItem(
  item: NoPenaltyCandidate,
  facts: NoPenaltyFacts,
  lookBackMonths: number,
): NoPenaltyItemEvaluation {
  const conditions = item.data.conditions.map((condition) =>
    evaluateCondition(condition, facts, lookBackMonths),
  );
  const excludedBy = item.data.exclusions.filter((exclusion) =>
    facts.presentExclusionCodes?.includes(exclusion.code),
  );
  return {
    itemCode: item.code,
    itemName: item.name,
    category: item.data.category,
    isSatisfied: excludedBy.length === 0 && conditions.every((condition) => condition.isMet),
    conditions,
    excludedBy,
  };
}

/**
 * Finds the ground for not penalising a case among a published no-penalty list. A satisfied minor
 * item (must not penalise) wins over a satisfied first-violation item (may not penalise).
 */
export function findNoPenaltyBasis(input: {
  items: readonly NoPenaltyCandidate[];
  facts: NoPenaltyFacts;
  /** From the province profile: deadlines.firstViolationLookBack (months). */
  lookBackMonths: number;
}): NoPenaltyFinding {
  const { facts } = input;
  const applicable = input.items.filter(
    (item) =>
      !facts.enforcementItemCode ||
      item.data.enforcementItemCodes.length === 0 ||
      item.data.enforcementItemCodes.includes(facts.enforcementItemCode),
  );
  const evaluations = applicable.map((item) => evaluateNoPenaltyItem(item, facts, input.lookBackMonths));
  const pick = (category: NoPenaltyCategory) => {
    const index = evaluations.findIndex(
      (evaluation) => evaluation.isSatisfied && evaluation.category === category,
    );
    return index === -1 ? null : applicable[index]!;
  };
  const minor = pick('minor');
  const first = minor ? null : pick('first_violation');
  const item = minor ?? first;
  if (!item) return { outcome: 'penalise', item: null, basisText: null, evaluations };
  return {
    outcome: minor ? 'not_penalised' : 'may_not_penalise',
    item,
    basisText: `${formatLegalBasis(item.data.noPenaltyBasis)}；包容免罚清单第 ${item.code} 项（${noPenaltyCategoryLabels[item.data.category]}：${item.name}）`,
    evaluations,
  };
}
