export { digestState, toCanonicalJson } from './audit.chain';
export { type ChainBreak, type ChainVerification, verifyAuditChain } from './audit.verifier';
export { type AuditActor, type AuditEvent, appendAudit, systemActor } from './audit.writer';
