import { bytesToHex, hexToBytes, sha256, sha256Hex } from './random-checks.sha256';

/**
 * Commit, reveal, combine (DR-3). Before the draw the plan publishes a commitment to the server's
 * secret; at the draw meeting the people present enter public entropy (dice); the seed is the hash
 * of both, so neither the server (which fixed its secret before seeing the dice) nor the room
 * (which cannot see the secret) can steer the result, and afterwards anyone can check all three.
 *
 * Byte layouts (also in docs/random-check-draw.md), every hash SHA-256, hex lowercase:
 *
 *   secret      = 64 lowercase hex digits (32 random bytes), kept by the server until the draw
 *   commitment  = SHA-256( UTF-8(secret) )                       the 64-character text, not the 32 bytes
 *   seed        = SHA-256( UTF-8("qingshan-draw/1" ‖ LF ‖ secret ‖ LF ‖ publicEntropy) )
 *   stream key  = SHA-256( seed ‖ inputDigest )                  both as 32 raw bytes
 *
 * The public entropy is hashed exactly as entered (no trimming or normalisation): the record keeps
 * that exact text. The input digest (random-checks.inputs.ts) binds the stream to the pool, the
 * officers, the plan and the rules, so changing any input changes every choice the generator
 * makes.
 */
export const randomCheckAlgorithmVersion = 'qingshan-draw/1';
export type RandomCheckAlgorithmVersion = typeof randomCheckAlgorithmVersion;

const secretPattern = /^[0-9a-f]{64}$/;
const digestPattern = /^[0-9a-f]{64}$/;

/** The longest public entropy accepted: dice, a lottery number, a sentence read aloud. */
export const publicEntropyMaxLength = 500;

export function isDrawSecret(value: string): boolean {
  return secretPattern.test(value);
}

/** A new secret from the platform's cryptographic random source (browser or Node ≥ 20). */
export function createDrawSecret(): string {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return bytesToHex(bytes);
}

/** The commitment published before the draw: SHA-256 of the secret's hex text. */
export function commitToDrawSecret(secret: string): string {
  if (!isDrawSecret(secret)) throw new Error('抽取密钥须为 64 位小写十六进制数');
  return sha256Hex(secret);
}

/** Why the entropy cannot be used, in Chinese, or null. */
export function findPublicEntropyProblem(publicEntropy: string): string | null {
  if (publicEntropy.trim().length === 0) return '请录入现场公开随机数（如骰子点数）';
  if (publicEntropy.length > publicEntropyMaxLength)
    return `现场公开随机数不能超过 ${publicEntropyMaxLength} 个字符`;
  return null;
}

/** seed = SHA-256(UTF-8("qingshan-draw/1\n" + secret + "\n" + publicEntropy)), as hex. */
export function deriveDrawSeed(secret: string, publicEntropy: string): string {
  if (!isDrawSecret(secret)) throw new Error('抽取密钥须为 64 位小写十六进制数');
  const problem = findPublicEntropyProblem(publicEntropy);
  if (problem) throw new Error(problem);
  return sha256Hex(`${randomCheckAlgorithmVersion}\n${secret}\n${publicEntropy}`);
}

/** The generator's key: SHA-256(seed ‖ inputDigest), both 32 raw bytes. */
export function deriveStreamKey(seed: string, inputDigest: string): Uint8Array {
  if (!digestPattern.test(seed)) throw new Error('seed: 64 lowercase hex digits expected');
  if (!digestPattern.test(inputDigest)) throw new Error('inputDigest: 64 lowercase hex digits expected');
  const bytes = new Uint8Array(64);
  bytes.set(hexToBytes(seed), 0);
  bytes.set(hexToBytes(inputDigest), 32);
  return sha256(bytes);
}
