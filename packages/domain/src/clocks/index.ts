export * from './clocks.contract';
export {
  type ClockDay,
  type ClockDayKind,
  type ClockEvaluation,
  type ClockExtension,
  type ClockPause,
  ClockRuleError,
  type ClockState,
  type ClockStatus,
  evaluateClock,
  nextExtensionOf,
} from './clocks.model';
export {
  type AdvanceClockEvaluation,
  type ClockRuleKey,
  clockRuleOf,
  type DerivedClockRuleKey,
  derivedClockRuleKeys,
  evaluateAdvanceClock,
  isClockRuleKey,
  periodToFixedDay,
} from './clocks.rules';
