import { z } from 'zod';
import {
  isoDateSchema,
  isoDateTimeSchema,
  pagedSchema,
  pageQuerySchema,
  uuidSchema,
} from '../common/common.contract';

export const auditQuerySchema = pageQuerySchema.extend({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  action: z.string().trim().max(64).optional(),
  /** Part of the actor's username or name. */
  actor: z.string().trim().max(50).optional(),
  targetType: z.string().trim().max(40).optional(),
  targetId: z.string().trim().max(64).optional(),
  agencyId: uuidSchema.optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  occurredAt: isoDateTimeSchema,
  actorUserId: uuidSchema.nullable(),
  actorUsername: z.string().nullable(),
  actorDisplayName: z.string().nullable(),
  actorAgencyId: uuidSchema.nullable(),
  actorAgencyName: z.string().nullable(),
  action: z.string(),
  actionLabel: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  summary: z.string(),
  beforeDigest: z.string().nullable(),
  afterDigest: z.string().nullable(),
  clientAddress: z.string().nullable(),
  previousHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = pagedSchema(auditEntrySchema);

const auditChainBreakSchema = z.object({
  id: z.number().int(),
  reason: z.string(),
  occurredAt: isoDateTimeSchema.nullable(),
});
export type AuditChainBreak = z.infer<typeof auditChainBreakSchema>;

export const auditVerificationSchema = z.object({
  isIntact: z.boolean(),
  /** Entries checked: the whole trail; the verifier goes on past a break. */
  checkedCount: z.number().int(),
  /** Every break found; `brokenEntries` lists the first 1,000 in id order. */
  brokenCount: z.number().int(),
  brokenEntries: z.array(auditChainBreakSchema),
  firstBrokenEntry: auditChainBreakSchema.nullable(),
  verifiedAt: isoDateTimeSchema,
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
