import { compressBlock, hexToBytes, sha256InitialHash } from './random-checks.sha256';

/**
 * The draw's deterministic generator (DR-3: "a documented deterministic generator drives every
 * choice"): SHA-256 in counter mode. Anyone holding the 32-byte key can recompute every number
 * the draw used, in any language, from this description (also in docs/random-check-draw.md):
 *
 *   block(i) = SHA-256( key ‖ i )        key: 32 bytes; i: unsigned 64-bit, big-endian, 8 bytes
 *   stream   = block(0) ‖ block(1) ‖ block(2) ‖ …          (i counts from 0)
 *
 * The stream is read 4 bytes at a time as unsigned 32-bit big-endian integers (`nextUint32`);
 * a block yields 8 of them, in order, before the next block is hashed.
 *
 * A uniform integer in [0, n), 1 ≤ n ≤ 2³², is drawn by rejection sampling so no value is
 * favoured (plain `u mod n` would favour small values whenever n does not divide 2³²):
 *
 *   limit = 2³² − (2³² mod n)
 *   repeat u = nextUint32() until u < limit
 *   return u mod n
 *
 * n = 1 still reads one number (and returns 0), so the count of numbers read never depends on
 * the arithmetic shortcut an implementation might take.
 */
export class DrawGenerator {
  private readonly state = new Int32Array(8);
  private readonly schedule = new Int32Array(64);
  /** The message block template: key words, counter words, then fixed padding for 40 bytes. */
  private readonly message = new Int32Array(16);
  private counter = 0;
  private position = 8;
  /** How many 32-bit numbers have been read, for the record and for tests. */
  numbersRead = 0;

  constructor(key: Uint8Array | string) {
    const bytes = typeof key === 'string' ? hexToBytes(key) : key;
    if (bytes.length !== 32) throw new Error('the generator key is 32 bytes');
    for (let index = 0; index < 8; index++) {
      this.message[index] =
        (bytes[index * 4]! << 24) |
        (bytes[index * 4 + 1]! << 16) |
        (bytes[index * 4 + 2]! << 8) |
        bytes[index * 4 + 3]!;
    }
    // key (32 bytes) ‖ counter (8 bytes) = 40 bytes = 320 bits: one padded block (FIPS 180-4 §5.1.1).
    this.message[10] = 0x80000000 | 0;
    this.message[15] = 320;
  }

  /** The next unsigned 32-bit number of the stream. */
  nextUint32(): number {
    if (this.position === 8) this.refill();
    this.numbersRead++;
    return this.state[this.position++]! >>> 0;
  }

  /** A uniform integer in [0, n) by rejection sampling; 1 ≤ n ≤ 2³². */
  uniformBelow(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 0x1_0000_0000) throw new Error(`uniformBelow: bad bound ${n}`);
    const limit = 0x1_0000_0000 - (0x1_0000_0000 % n);
    for (;;) {
      const value = this.nextUint32();
      if (value < limit) return value % n;
    }
  }

  private refill(): void {
    const message = this.message;
    // The 64-bit counter as two big-endian 32-bit words (it never reaches 2⁵³ in practice).
    message[8] = Math.floor(this.counter / 0x1_0000_0000) | 0;
    message[9] = this.counter | 0;
    this.schedule.set(message);
    this.state.set(sha256InitialHash);
    compressBlock(this.state, this.schedule);
    this.counter++;
    this.position = 0;
  }
}

/**
 * Chooses `count` of the first `length` values of `values` uniformly at random without
 * replacement, by a partial Fisher–Yates shuffle in place: for i = 0 … count−1, j = i +
 * uniformBelow(length − i), swap values[i] and values[j]. The chosen values end up in
 * values[0 … count−1], in the order they were chosen. Reads exactly `count` draws of
 * `uniformBelow` (plus any rejections).
 */
export function chooseWithoutReplacement(
  generator: DrawGenerator,
  values: Uint32Array | Int32Array,
  length: number,
  count: number,
): void {
  if (count > length) throw new Error(`cannot choose ${count} of ${length}`);
  for (let index = 0; index < count; index++) {
    const other = index + generator.uniformBelow(length - index);
    const chosen = values[other]!;
    values[other] = values[index]!;
    values[index] = chosen;
  }
}
