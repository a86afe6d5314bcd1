export {
  type ComparableItem,
  canonicalJson,
  compareCatalogueItems,
  type ItemChange,
  type ItemComparison,
} from './catalogues.compare';
export * from './catalogues.contract';
export {
  calculateDiscretion,
  type DiscretionChoice,
  type DiscretionInput,
  type DiscretionProblem,
  type DiscretionResult,
  formatYuan,
  legalRangeYuan,
  toChineseCapitalYuan,
} from './catalogues.discretion';
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
} from './catalogues.no-penalty';
export {
  canTransition,
  catalogueTransitions,
  nextVersionNumber,
  whyCannotPublish,
  whyCannotStartDraft,
  whyCatalogueIsNotEditable,
  whyOrderIsInvalid,
} from './catalogues.versioning';
