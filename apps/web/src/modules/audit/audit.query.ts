import { z } from 'zod';

/** Kept in the URL beside the API's filters, never sent: the agency's name for its tag, the entry to mark. */
export const auditUrlExtras = z.object({
  agencyName: z.string().trim().max(60).optional(),
  highlight: z.coerce.number().int().positive().optional(),
});

/** `abcdef123456…89abcdef` for long hashes in the table. */
export function shortenHash(hash: string, head = 12, tail = 8): string {
  return hash.length <= head + tail + 1 ? hash : `${hash.slice(0, head)}…${hash.slice(-tail)}`;
}
