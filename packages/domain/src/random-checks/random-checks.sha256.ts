/**
 * SHA-256 (FIPS 180-4) in plain TypeScript. The draw (DR-3) must be recomputable in the browser
 * (the public page) as well as on the server, synchronously and fast, and `packages/domain` may
 * not import `node:crypto`; Web Crypto's `subtle.digest` is asynchronous and far too slow for
 * millions of tiny hashes. No hashing package is installed in the workspace, so the function is
 * written out here and checked against the FIPS 180-4 / NIST CAVP vectors and `node:crypto`
 * (random-checks.generator.test.ts).
 */

/** FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const roundConstants = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** FIPS 180-4 §5.3.3: the initial hash value. */
export const sha256InitialHash: Readonly<Int32Array> = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/**
 * One compression (FIPS 180-4 §6.2.2) of the 16 message words in `schedule[0..15]` into `state`.
 * `schedule` has room for 64 words and is overwritten. All arithmetic is 32-bit (`| 0`).
 */
export function compressBlock(state: Int32Array, schedule: Int32Array): void {
  for (let t = 16; t < 64; t++) {
    const w15 = schedule[t - 15]!;
    const w2 = schedule[t - 2]!;
    const sigma0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const sigma1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    schedule[t] = (schedule[t - 16]! + sigma0 + schedule[t - 7]! + sigma1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let t = 0; t < 64; t++) {
    const bigSigma1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const choice = (e & f) ^ (~e & g);
    const temporary1 = (h + bigSigma1 + choice + roundConstants[t]! + schedule[t]!) | 0;
    const bigSigma0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const majority = (a & b) ^ (a & c) ^ (b & c);
    const temporary2 = (bigSigma0 + majority) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + temporary1) | 0;
    d = c;
    c = b;
    b = a;
    a = (temporary1 + temporary2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/** A fresh state holding the initial hash value. */
export function initialSha256State(): Int32Array {
  return Int32Array.from(sha256InitialHash);
}

/** An incremental SHA-256: `update` any number of times, then `digest` once. */
export class Sha256 {
  private readonly state = initialSha256State();
  private readonly schedule = new Int32Array(64);
  private readonly pending = new Uint8Array(64);
  private pendingLength = 0;
  private totalLength = 0;
  private isFinished = false;

  update(bytes: Uint8Array): this {
    if (this.isFinished) throw new Error('SHA-256: update after digest');
    this.totalLength += bytes.length;
    let offset = 0;
    if (this.pendingLength > 0) {
      const taken = Math.min(64 - this.pendingLength, bytes.length);
      this.pending.set(bytes.subarray(0, taken), this.pendingLength);
      this.pendingLength += taken;
      offset = taken;
      if (this.pendingLength < 64) return this;
      this.compressFrom(this.pending, 0);
      this.pendingLength = 0;
    }
    while (bytes.length - offset >= 64) {
      this.compressFrom(bytes, offset);
      offset += 64;
    }
    if (offset < bytes.length) {
      this.pending.set(bytes.subarray(offset), 0);
      this.pendingLength = bytes.length - offset;
    }
    return this;
  }

  /** The 32-byte digest. Padding per FIPS 180-4 §5.1.1: 0x80, zeros, the bit length as 64-bit big-endian. */
  digest(): Uint8Array {
    if (this.isFinished) throw new Error('SHA-256: digest called twice');
    const bitLength = this.totalLength * 8;
    const padding = new Uint8Array(
      this.pendingLength < 56 ? 64 - this.pendingLength : 128 - this.pendingLength,
    );
    padding[0] = 0x80;
    const view = new DataView(padding.buffer);
    // The bit length fits in 53 bits: write its high and low 32-bit halves.
    view.setUint32(padding.length - 8, Math.floor(bitLength / 0x1_0000_0000));
    view.setUint32(padding.length - 4, bitLength >>> 0);
    this.update(padding);
    this.isFinished = true;
    return stateToBytes(this.state);
  }

  private compressFrom(bytes: Uint8Array, offset: number): void {
    const schedule = this.schedule;
    for (let index = 0; index < 16; index++) {
      const at = offset + index * 4;
      schedule[index] = (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
    }
    compressBlock(this.state, schedule);
  }
}

function stateToBytes(state: Int32Array): Uint8Array {
  const bytes = new Uint8Array(32);
  for (let index = 0; index < 8; index++) {
    const word = state[index]!;
    bytes[index * 4] = word >>> 24;
    bytes[index * 4 + 1] = (word >>> 16) & 0xff;
    bytes[index * 4 + 2] = (word >>> 8) & 0xff;
    bytes[index * 4 + 3] = word & 0xff;
  }
  return bytes;
}

const utf8 = new TextEncoder();

/** SHA-256 of bytes, or of a string's UTF-8 encoding. */
export function sha256(data: Uint8Array | string): Uint8Array {
  return new Sha256().update(typeof data === 'string' ? utf8.encode(data) : data).digest();
}

/** SHA-256 as 64 lowercase hex digits. */
export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(data));
}

export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Lowercase or uppercase hex, an even number of digits. */
export function hexToBytes(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new Error(`not hex: ${hex.slice(0, 20)}`);
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

/** HMAC-SHA256 (RFC 2104, FIPS 198-1), for keyed pseudonyms; checked against node:crypto in the tests. */
export function hmacSha256(key: Uint8Array | string, message: Uint8Array | string): Uint8Array {
  const encoder = new TextEncoder();
  const keyBytes = typeof key === 'string' ? encoder.encode(key) : key;
  const blockKey = new Uint8Array(64);
  blockKey.set(keyBytes.length > 64 ? sha256(keyBytes) : keyBytes);
  const inner = new Uint8Array(64);
  const outer = new Uint8Array(64);
  for (let index = 0; index < 64; index++) {
    inner[index] = blockKey[index]! ^ 0x36;
    outer[index] = blockKey[index]! ^ 0x5c;
  }
  const messageBytes = typeof message === 'string' ? encoder.encode(message) : message;
  const innerHash = new Sha256().update(inner).update(messageBytes).digest();
  return new Sha256().update(outer).update(innerHash).digest();
}
