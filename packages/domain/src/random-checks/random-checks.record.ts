import { z } from 'zod';
import { findAssignmentBlockers } from '../personnel/personnel.assignment';
import {
  commitToDrawSecret,
  deriveDrawSeed,
  publicEntropyMaxLength,
  randomCheckAlgorithmVersion,
} from './random-checks.commitment';
import { drawRandomChecks } from './random-checks.draw';
import {
  type DrawInput,
  type DrawRejection,
  drawInputSchema,
  type RecordedDrawOutcome,
  recordedDrawOutcomeSchema,
} from './random-checks.draw.contract';
import { bytesToHex, hmacSha256 } from './random-checks.sha256';

/**
 * The published draw record (DR-3): everything needed to recompute the draw and nothing
 * personal. Officers appear under a pseudonym of this plan only (`officerPseudonymOf`), and only
 * those who could act on the inspection day, with their certificate shown as "valid on that
 * day" rather than its dates and no leave status: that is all the draw reads of them. The plan
 * publishes `commitment` before the draw; the rest after it. `npm run draw:verify -- <file>` and
 * the public page run `verifyDrawRecord` on it.
 */
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位小写十六进制数');

export const drawRecordSchema = z.object({
  algorithmVersion: z.literal(randomCheckAlgorithmVersion),
  /** SHA-256 of the secret's hex text, published before the draw. */
  commitment: hex64,
  /** The server's secret, revealed after the draw. */
  secret: hex64,
  /** Entered at the draw meeting (e.g. dice), exactly as typed. */
  publicEntropy: z.string().min(1).max(publicEntropyMaxLength),
  /** SHA-256("qingshan-draw/1\n" + secret + "\n" + publicEntropy). */
  seed: hex64,
  input: drawInputSchema,
  /** What the draw gave: the tasks, or the shortfalls that stopped it. */
  outcome: recordedDrawOutcomeSchema,
});
export type DrawRecord = z.infer<typeof drawRecordSchema>;

/**
 * An officer's name in one plan's public record: `o-` and the first 20 hex digits of
 * HMAC-SHA256(key = the plan's secret, "qingshan-draw/1 officer" LF planId LF officerId). The
 * secret is fixed by the commitment before the dice, so the server cannot shuffle the pseudonyms
 * (and with them the draw's id order) after seeing the dice; and another plan has another secret,
 * so the same officer cannot be followed from record to record. Only someone holding the internal
 * officer ids can recompute them.
 */
export function officerPseudonymOf(secret: string, planId: string, officerId: string): string {
  const mac = hmacSha256(secret, `${randomCheckAlgorithmVersion} officer\n${planId}\n${officerId}`);
  return `o-${bytesToHex(mac).slice(0, 20)}`;
}

export interface PublishableDrawInput {
  input: DrawInput;
  /** Pseudonym → the officer's id in the platform, to store the tasks' teams. */
  officerIdOfPseudonym: Map<string, string>;
}

/**
 * The input as the record publishes it: officers who cannot take part on the inspection day
 * (on leave, certificate missing or expired, outside a joint draw's departments) are left out,
 * since the draw never reads them beyond that; the rest get the plan's pseudonyms and the bare
 * facts the draw reads. The draw treats a left-out officer exactly as an ineligible one (no tag,
 * no task, not counted), so nothing the recomputation needs is lost.
 */
export function publishableDrawInputOf(input: DrawInput, secret: string): PublishableDrawInput {
  const officerIdOfPseudonym = new Map<string, string>();
  const departmentIds = new Set(input.plan.jointDepartments.map((department) => department.id));
  const officers = input.officers.flatMap((officer) => {
    if (departmentIds.size > 0 && !departmentIds.has(officer.agencyId)) return [];
    const blockers = findAssignmentBlockers(
      {
        status: officer.status,
        certificateNumber: officer.hasCertificate ? 'held' : null,
        certificateValidFrom: officer.certificateValidFrom,
        certificateValidUntil: officer.certificateValidUntil,
      },
      input.plan.inspectionDate,
    );
    if (blockers.length > 0) return [];
    const pseudonym = officerPseudonymOf(secret, input.plan.id, officer.id);
    officerIdOfPseudonym.set(pseudonym, officer.id);
    return [
      {
        ...officer,
        id: pseudonym,
        status: 'on_duty' as const,
        hasCertificate: true,
        certificateValidFrom: input.plan.inspectionDate,
        certificateValidUntil: input.plan.inspectionDate,
      },
    ];
  });
  return { input: { ...input, officers }, officerIdOfPseudonym };
}

export interface CreatedDrawRecord {
  record: DrawRecord;
  /** Pseudonym → officer id: the tasks' `officerIds` in the record are pseudonyms. */
  officerIdOfPseudonym: Map<string, string>;
}

/**
 * Runs the draw on the publishable input (pseudonyms, see above) and returns the record to store
 * and publish, or why the input was rejected.
 */
export function createDrawRecord(options: {
  secret: string;
  publicEntropy: string;
  input: DrawInput;
}): CreatedDrawRecord | DrawRejection {
  const { input, officerIdOfPseudonym } = publishableDrawInputOf(options.input, options.secret);
  const seed = deriveDrawSeed(options.secret, options.publicEntropy);
  const outcome = drawRandomChecks(input, seed);
  if (outcome.status === 'invalid') return outcome;
  return {
    record: {
      algorithmVersion: randomCheckAlgorithmVersion,
      commitment: commitToDrawSecret(options.secret),
      secret: options.secret,
      publicEntropy: options.publicEntropy,
      seed,
      input,
      outcome,
    },
    officerIdOfPseudonym,
  };
}

export interface DrawVerification {
  isValid: boolean;
  /** In Chinese, one line per difference (at most 50), with the JSON path. */
  differences: string[];
  /** The outcome recomputed from the record's inputs, when they could be read. */
  recomputed?: RecordedDrawOutcome;
}

const maximumDifferences = 50;

/**
 * Recomputes a record: the commitment from the secret, the seed from the secret and the public
 * entropy, and the whole draw from the published inputs, then compares each with what the record
 * says. Valid only when everything matches.
 */
export function verifyDrawRecord(candidate: unknown): DrawVerification {
  const parsed = drawRecordSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      isValid: false,
      differences: parsed.error.issues
        .slice(0, maximumDifferences)
        .map((issue) => `${issue.path.join('.') || '(记录)'}: 格式不正确：${issue.message}`),
    };
  }
  const record = parsed.data;
  const differences: string[] = [];
  const commitment = commitToDrawSecret(record.secret);
  if (commitment !== record.commitment) {
    differences.push(
      `commitment: 密钥的哈希为 ${commitment}，与抽取前公布的承诺值 ${record.commitment} 不符`,
    );
  }
  const seed = deriveDrawSeed(record.secret, record.publicEntropy);
  if (seed !== record.seed) differences.push(`seed: 由密钥和现场随机数算得 ${seed}，记录为 ${record.seed}`);
  const recomputed = drawRandomChecks(record.input, seed);
  if (recomputed.status === 'invalid') {
    differences.push(...recomputed.problems.map((problem) => `input: ${problem}`));
    return { isValid: false, differences: differences.slice(0, maximumDifferences) };
  }
  compareValues('outcome', record.outcome, recomputed, differences);
  return {
    isValid: differences.length === 0,
    differences: differences.slice(0, maximumDifferences),
    recomputed,
  };
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Structural comparison of two JSON values, naming each differing path. */
function compareValues(path: string, recorded: unknown, recomputed: unknown, differences: string[]): void {
  if (differences.length >= maximumDifferences) return;
  if (Array.isArray(recorded) && Array.isArray(recomputed)) {
    if (recorded.length !== recomputed.length) {
      differences.push(`${path}: 记录有 ${recorded.length} 项，重新计算得 ${recomputed.length} 项`);
    }
    const length = Math.min(recorded.length, recomputed.length);
    for (let index = 0; index < length && differences.length < maximumDifferences; index++) {
      compareValues(`${path}[${index}]`, recorded[index], recomputed[index], differences);
    }
    return;
  }
  if (isPlainObject(recorded) && isPlainObject(recomputed)) {
    const keys = [...new Set([...Object.keys(recorded), ...Object.keys(recomputed)])].sort();
    for (const key of keys) compareValues(`${path}.${key}`, recorded[key], recomputed[key], differences);
    return;
  }
  if (recorded !== recomputed) {
    differences.push(`${path}: 记录为 ${describe(recorded)}，重新计算为 ${describe(recomputed)}`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
