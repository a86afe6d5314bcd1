import { createHash } from 'node:crypto';

/** The previous hash of the first entry. */
export const genesisHash = '0'.repeat(64);

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function toCanonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/**
 * The text as the database will give it back: PostgreSQL stores a lone UTF-16 surrogate as
 * U+FFFD (the driver encodes to UTF-8) and refuses NUL. The request edge refuses both already;
 * the chain canonicalises anyway, so no caller can write an entry whose hash does not match
 * what is read back.
 */
export function toStoredText(text: string): string {
  return text.toWellFormed().replaceAll('\u0000', '\ufffd');
}

function toStoredTextOrNull(text: string | null): string | null {
  return text === null ? null : toStoredText(text);
}

/** The chained fields as they will be stored, so the hash covers exactly that. */
export function toStoredFields(fields: ChainedFields): ChainedFields {
  return {
    ...fields,
    actorUserId: toStoredTextOrNull(fields.actorUserId),
    actorUsername: toStoredTextOrNull(fields.actorUsername),
    actorDisplayName: toStoredTextOrNull(fields.actorDisplayName),
    actorAgencyId: toStoredTextOrNull(fields.actorAgencyId),
    action: toStoredText(fields.action),
    targetType: toStoredText(fields.targetType),
    targetId: toStoredTextOrNull(fields.targetId),
    summary: toStoredText(fields.summary),
    clientAddress: toStoredTextOrNull(fields.clientAddress),
  };
}

function sortKeys(value: unknown): unknown {
  if (typeof value === 'string') return toStoredText(value);
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
