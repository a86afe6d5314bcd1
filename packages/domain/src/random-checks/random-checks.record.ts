import { z } from 'zod';
import {
  commitToDrawSecret,
  deriveDrawSeed,
  publicEntropyMaxLength,
  randomCheckAlgorithmVersion,
} from './random-checks.commitment';
import {
  type DrawInput,
  type DrawRejection,
  drawInputSchema,
  type RecordedDrawOutcome,
  recordedDrawOutcomeSchema,
} from './random-checks.contract';
import { drawRandomChecks } from './random-checks.draw';

/**
 * The published draw record (DR-3): everything needed to recompute the draw and nothing
 * personal (officers appear by id with the attributes the rules read, never by name). The plan
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

/** Runs the draw and returns the record to store and publish, or why the input was rejected. */
export function createDrawRecord(options: {
  secret: string;
  publicEntropy: string;
  input: DrawInput;
}): { record: DrawRecord } | DrawRejection {
  const seed = deriveDrawSeed(options.secret, options.publicEntropy);
  const outcome = drawRandomChecks(options.input, seed);
  if (outcome.status === 'invalid') return outcome;
  return {
    record: {
      algorithmVersion: randomCheckAlgorithmVersion,
      commitment: commitToDrawSecret(options.secret),
      secret: options.secret,
      publicEntropy: options.publicEntropy,
      seed,
      input: options.input,
      outcome,
    },
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
