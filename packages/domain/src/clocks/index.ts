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
