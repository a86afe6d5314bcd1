// field inspection record rules (DR-5)
export * from './inspection-record.rules';
export * from './random-checks.commitment';
export * from './random-checks.contract';
export { drawRandomChecks } from './random-checks.draw';
export { chooseWithoutReplacement, DrawGenerator } from './random-checks.generator';
export { digestDrawInput, type PreparedDrawInput, prepareDrawInput } from './random-checks.inputs';
export * from './random-checks.period';
export * from './random-checks.record';
export { bytesToHex, hexToBytes, Sha256, sha256, sha256Hex } from './random-checks.sha256';
export * from './random-checks.task-visibility';
