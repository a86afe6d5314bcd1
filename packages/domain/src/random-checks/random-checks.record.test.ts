import { describe, expect, it } from 'vitest';
import { createDrawSecret } from './random-checks.commitment';
import { createDrawRecord, type DrawRecord, verifyDrawRecord } from './random-checks.record';
import { buildInput, buildOfficer } from './random-checks.test-support';

function record(): DrawRecord {
  const created = createDrawRecord({
    secret: '1f'.repeat(32),
    publicEntropy: '4 2 6 1 3 5',
    input: buildInput(),
  });
  if (!('record' in created)) throw new Error(created.problems.join());
  return created.record;
}

/** What the published file holds: JSON, read back. */
const published = (value: DrawRecord): DrawRecord => JSON.parse(JSON.stringify(value));

describe('the published draw record (DR-3)', () => {
  it('verifies after a trip through JSON', () => {
    const value = record();
    expect(value.outcome.status).toBe('drawn');
    expect(verifyDrawRecord(published(value))).toMatchObject({ isValid: true, differences: [] });
  });

  it('holds no names, only ids and the attributes the draw reads', () => {
    const text = JSON.stringify(record());
    expect(Object.keys(JSON.parse(text).input.officers[0]).sort()).toEqual([
      'agencyId',
      'certificateValidFrom',
      'certificateValidUntil',
      'conflictEntityIds',
      'countyCode',
      'hasCertificate',
      'id',
      'specialties',
      'status',
    ]);
  });

  it('fails when the secret does not match the commitment published before the draw', () => {
    const value = published(record());
    value.secret = '2f'.repeat(32);
    const verification = verifyDrawRecord(value);
    expect(verification.isValid).toBe(false);
    expect(verification.differences[0]).toMatch(/^commitment: .*与抽取前公布的承诺值/);
  });

  it('fails when the public entropy was changed afterwards', () => {
    const value = published(record());
    value.publicEntropy = '4 2 6 1 3 6';
    expect(verifyDrawRecord(value).differences[0]).toMatch(/^seed: /);
  });

  it('names the task whose officers were swapped', () => {
    const value = published(record());
    if (value.outcome.status !== 'drawn') throw new Error('drawn expected');
    value.outcome.tasks[2]!.officerIds = ['o8', 'o9'];
    const verification = verifyDrawRecord(value);
    expect(verification.isValid).toBe(false);
    expect(verification.differences.some((line) => line.startsWith('outcome.tasks[2].officerIds'))).toBe(
      true,
    );
  });

  it('fails when an input was edited after the draw', () => {
    const value = published(record());
    value.input.officers.push(buildOfficer('late-addition'));
    const verification = verifyDrawRecord(value);
    expect(verification.isValid).toBe(false);
    expect(verification.differences[0]).toMatch(/^outcome\.(eligibleOfficerCount|inputDigest)/);
  });

  it('reports a malformed file by path', () => {
    expect(verifyDrawRecord({ algorithmVersion: 'qingshan-draw/1' })).toMatchObject({ isValid: false });
    expect(verifyDrawRecord({ ...record(), seed: 'nope' }).differences[0]).toMatch(/^seed: 格式不正确/);
  });

  it('creates secrets of 64 hex digits that differ each time', () => {
    const first = createDrawSecret();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(createDrawSecret()).not.toBe(first);
  });
});
