import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commitToDrawSecret,
  deriveDrawSeed,
  deriveStreamKey,
  findPublicEntropyProblem,
  isDrawSecret,
} from './random-checks.commitment';
import { chooseWithoutReplacement, DrawGenerator } from './random-checks.generator';
import { bytesToHex, hexToBytes, Sha256, sha256Hex } from './random-checks.sha256';

const nodeSha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('SHA-256 (FIPS 180-4)', () => {
  // FIPS 180-4 examples and NIST CAVP short/long message vectors.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('hashes %j to the published digest', (message, digest) => {
    expect(sha256Hex(message)).toBe(digest);
  });

  it('hashes one million times "a" to the published digest', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('hashes UTF-8 text as node:crypto does', () => {
    expect(sha256Hex('东湖区: 需要2名持证人员')).toBe(nodeSha256('东湖区: 需要2名持证人员'));
  });

  it('gives the same digest as node:crypto for any bytes fed in any chunks', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.integer({ min: 1, max: 70 }), { maxLength: 10 }),
        (bytes, cuts) => {
          const hash = new Sha256();
          let offset = 0;
          for (const cut of cuts) {
            hash.update(bytes.subarray(offset, offset + cut));
            offset = Math.min(bytes.length, offset + cut);
          }
          hash.update(bytes.subarray(offset));
          expect(bytesToHex(hash.digest())).toBe(nodeSha256(bytes));
        },
      ),
    );
  });

  it('round-trips hex', () => {
    expect(bytesToHex(hexToBytes('00ff10Ab'))).toBe('00ff10ab');
    expect(() => hexToBytes('abc')).toThrow();
  });
});

describe('the counter-mode generator', () => {
  const key = hexToBytes('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');

  function block(counter: number): Buffer {
    const message = Buffer.alloc(40);
    message.set(key, 0);
    message.writeBigUInt64BE(BigInt(counter), 32);
    return createHash('sha256').update(message).digest();
  }

  it('reads SHA-256(key ‖ counter as 8-byte big-endian) four bytes at a time, big-endian, block after block', () => {
    const generator = new DrawGenerator(key);
    const numbers = Array.from({ length: 24 }, () => generator.nextUint32());
    const expected = [0, 1, 2].flatMap((counter) =>
      Array.from({ length: 8 }, (_, word) => block(counter).readUInt32BE(word * 4)),
    );
    expect(numbers).toEqual(expected);
    expect(generator.numbersRead).toBe(24);
  });

  it('matches the known vector in docs/random-check-draw.md', () => {
    const generator = new DrawGenerator('00'.repeat(32));
    const first = Array.from({ length: 4 }, () => generator.nextUint32().toString(16).padStart(8, '0'));
    // SHA-256 of 40 zero bytes = 2c34ce1df23b838c5abf2a7f6437cca3d3067ed509ff25f11df6b11b582b51eb.
    expect(first).toEqual(['2c34ce1d', 'f23b838c', '5abf2a7f', '6437cca3']);
  });

  it('draws uniformly below n by rejection, never by a biased modulo', () => {
    // n = 3 × 2³⁰: limit = 2³² − 2³⁰, so about one number in four is rejected.
    const generator = new DrawGenerator(key);
    const n = 3 * 2 ** 30;
    const buckets = [0, 0, 0];
    const draws = 30_000;
    for (let index = 0; index < draws; index++) {
      const value = generator.uniformBelow(n);
      expect(value).toBeLessThan(n);
      buckets[Math.floor(value / 2 ** 30)]!++;
    }
    // A biased `u mod n` would put half of all values in the first bucket.
    for (const count of buckets) expect(Math.abs(count - draws / 3)).toBeLessThan(600);
    expect(generator.numbersRead).toBeGreaterThan(draws * 1.2);
  });

  it('passes a chi-square sanity check over ten values', () => {
    const generator = new DrawGenerator(key);
    const counts = new Array<number>(10).fill(0);
    const draws = 100_000;
    for (let index = 0; index < draws; index++) counts[generator.uniformBelow(10)]!++;
    const expected = draws / 10;
    const chiSquare = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: 27.88 is the 0.1 % critical value.
    expect(chiSquare).toBeLessThan(27.88);
  });

  it('reads one number even for n = 1', () => {
    const generator = new DrawGenerator(key);
    expect(generator.uniformBelow(1)).toBe(0);
    expect(generator.numbersRead).toBe(1);
  });

  it('chooses distinct values without replacement, each first place equally often', () => {
    const generator = new DrawGenerator(key);
    const firstPlaces = new Array<number>(5).fill(0);
    for (let round = 0; round < 20_000; round++) {
      const values = Uint32Array.from([0, 1, 2, 3, 4]);
      chooseWithoutReplacement(generator, values, 5, 3);
      expect(new Set(values).size).toBe(5);
      firstPlaces[values[0]!]!++;
    }
    for (const count of firstPlaces) expect(Math.abs(count - 4_000)).toBeLessThan(300);
  });

  it('is the same sequence for the same key and a different one for another key', () => {
    const first = new DrawGenerator(key);
    const second = new DrawGenerator(key);
    const other = new DrawGenerator(sha256Hex('other key'));
    const a = Array.from({ length: 50 }, () => first.uniformBelow(1000));
    expect(Array.from({ length: 50 }, () => second.uniformBelow(1000))).toEqual(a);
    expect(Array.from({ length: 50 }, () => other.uniformBelow(1000))).not.toEqual(a);
  });
});

describe('commitment and seed', () => {
  const secret = '5f'.repeat(32);

  it('commits to the SHA-256 of the secret hex text', () => {
    expect(commitToDrawSecret(secret)).toBe(nodeSha256(secret));
    expect(() => commitToDrawSecret('5F'.repeat(32))).toThrow();
    expect(isDrawSecret(secret)).toBe(true);
  });

  it('derives the seed from the version, the secret and the entropy separated by LF', () => {
    expect(deriveDrawSeed(secret, '3 5 1 6 2 4')).toBe(nodeSha256(`qingshan-draw/1\n${secret}\n3 5 1 6 2 4`));
    expect(deriveDrawSeed(secret, '3 5 1 6 2 4 ')).not.toBe(deriveDrawSeed(secret, '3 5 1 6 2 4'));
  });

  it('matches the worked example in docs/random-check-draw.md', () => {
    const example = '1f'.repeat(32);
    expect(commitToDrawSecret(example)).toBe(
      '455822389ee3a5cae177bfae0654d936efccacee95363682469b832cb97cc712',
    );
    expect(deriveDrawSeed(example, '4 2 6 1 3 5')).toBe(
      'dc7708147943bfad33037f3cb7604ec0e8972bcc2acc769e94f70e383d941a34',
    );
  });

  it('refuses empty entropy', () => {
    expect(findPublicEntropyProblem('  ')).toMatch(/骰子/);
    expect(() => deriveDrawSeed(secret, '')).toThrow();
  });

  it('keys the stream with SHA-256(seed ‖ input digest) over raw bytes', () => {
    const seed = sha256Hex('seed');
    const digest = sha256Hex('inputs');
    expect(bytesToHex(deriveStreamKey(seed, digest))).toBe(
      nodeSha256(Buffer.concat([Buffer.from(seed, 'hex'), Buffer.from(digest, 'hex')])),
    );
  });
});
