import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDrawSecret } from './random-checks.commitment';
import { createDrawRecord, type DrawRecord, verifyDrawRecord } from './random-checks.record';
import { bytesToHex, hmacSha256 } from './random-checks.sha256';
import { buildInput, buildOfficer, buildPlan } from './random-checks.test-support';

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

  it('names officers by pseudonyms of the plan: the same officer differs between two plans, no officer id appears', () => {
    const officerIds = buildInput().officers.map((officer) => officer.id);
    const first = createDrawRecord({ secret: '1f'.repeat(32), publicEntropy: '1 2 3', input: buildInput() });
    const second = createDrawRecord({
      secret: '2e'.repeat(32),
      publicEntropy: '1 2 3',
      input: buildInput({ plan: buildPlan({ id: 'plan-2026-q2' }) }),
    });
    if (!('record' in first) || !('record' in second)) throw new Error('drawn expected');
    const pseudonymOf = (created: typeof first, officerId: string) =>
      [...created.officerIdOfPseudonym].find(([, id]) => id === officerId)![0];
    for (const officerId of officerIds) {
      expect(pseudonymOf(first, officerId)).not.toBe(pseudonymOf(second, officerId));
    }
    for (const created of [first, second]) {
      const text = JSON.stringify(created.record);
      // Ids are quoted in the JSON; the officers' ids never are.
      for (const officerId of officerIds) expect(text).not.toContain(`"${officerId}"`);
      expect(verifyDrawRecord(published(created.record))).toMatchObject({ isValid: true });
    }
  });

  it('publishes only officers who can act on the day, without leave status or certificate dates', () => {
    const input = buildInput();
    input.officers[0] = { ...input.officers[0]!, status: 'on_leave' };
    input.officers[1] = { ...input.officers[1]!, certificateValidUntil: '2020-01-01' };
    const created = createDrawRecord({ secret: '1f'.repeat(32), publicEntropy: '4 2 6', input });
    if (!('record' in created)) throw new Error('drawn expected');
    const { officers } = created.record.input;
    expect(officers).toHaveLength(input.officers.length - 2);
    for (const officer of officers) {
      expect(officer).toMatchObject({
        status: 'on_duty',
        hasCertificate: true,
        certificateValidFrom: input.plan.inspectionDate,
        certificateValidUntil: input.plan.inspectionDate,
      });
    }
    expect(created.record.outcome.status === 'drawn' && created.record.outcome.eligibleOfficerCount).toBe(
      officers.length,
    );
  });

  it('computes HMAC-SHA256 as node:crypto does', () => {
    for (const [key, message] of [
      ['key', 'The quick brown fox jumps over the lazy dog'],
      ['k'.repeat(100), '抽取'],
      ['', ''],
    ] as const) {
      expect(bytesToHex(hmacSha256(key, message))).toBe(
        createHmac('sha256', key).update(message).digest('hex'),
      );
    }
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
