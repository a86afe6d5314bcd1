export {
  type ComparableItem,
  canonicalJson,
  compareCatalogueItems,
  type ItemChange,
  type ItemComparison,
} from './catalogue.compare';
export {
  canTransition,
  catalogueTransitions,
  nextVersionNumber,
  whyCannotPublish,
  whyCannotStartDraft,
  whyCatalogueIsNotEditable,
  whyOrderIsInvalid,
} from './catalogue.versioning';
export {
  calculateDiscretion,
  type DiscretionChoice,
  type DiscretionInput,
  type DiscretionProblem,
  type DiscretionResult,
  formatYuan,
  legalRangeYuan,
  toChineseCapitalYuan,
} from './discretion';
export {
  type ConditionEvaluation,
  evaluateNoPenaltyItem,
  findNoPenaltyBasis,
  type HarmLevel,
  type NoPenaltyCandidate,
  type NoPenaltyFacts,
  type NoPenaltyFinding,
  type NoPenaltyItemEvaluation,
  type NoPenaltyOutcome,
  noPenaltyOutcomeLabels,
  violationsWithin,
} from './no-penalty';
