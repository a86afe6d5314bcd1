import { createHash } from 'node:crypto';

/** The previous hash of the first entry. */
export const genesisHash = '0'.repeat(64);

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function toCanonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The digest of a record's state before or after an act; null when there is no such state. */
export function digestState(state: unknown): string | null {
  if (state === undefined || state === null) return null;
  return sha256Hex(toCanonicalJson(state));
}

/** The fields an entry's hash covers, in a fixed order. */
export interface ChainedFields {
  id: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  actorDisplayName: string | null;
  actorAgencyId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  clientAddress: string | null;
  previousHash: string;
}

export function computeEntryHash(fields: ChainedFields): string {
  return sha256Hex(
    JSON.stringify([
      fields.id,
      fields.occurredAt.toISOString(),
      fields.actorUserId,
      fields.actorUsername,
      fields.actorDisplayName,
      fields.actorAgencyId,
      fields.action,
      fields.targetType,
      fields.targetId,
      fields.summary,
      fields.beforeDigest,
      fields.afterDigest,
      fields.clientAddress,
      fields.previousHash,
    ]),
  );
}
