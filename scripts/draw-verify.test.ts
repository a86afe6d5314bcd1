import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDrawRecord, type DrawRecord } from '@qingshan/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInput } from '../packages/domain/src/random-checks/random-checks.test-support';
import { verifyDrawRecordFile } from './draw-verify';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = mkdtempSync(path.join(tmpdir(), 'qingshan-draw-verify-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeRecord(name: string, edit: (record: DrawRecord) => void = () => {}): string {
  const created = createDrawRecord({
    secret: '3c'.repeat(32),
    publicEntropy: '6 6 2 1 5 3',
    input: buildInput(),
  });
  if (!('record' in created)) throw new Error(created.problems.join());
  edit(created.record);
  const file = path.join(folder, name);
  writeFileSync(file, JSON.stringify(created.record, null, 2));
  return file;
}

describe('npm run draw:verify', () => {
  it('passes a record as written and fails it once one field is tampered with', () => {
    const intact = verifyDrawRecordFile(writeRecord('intact.json'));
    expect(intact.exitCode).toBe(0);
    expect(intact.lines[0]).toMatch(/^通过：/);

    let original = '';
    const tampered = verifyDrawRecordFile(
      writeRecord('tampered.json', (record) => {
        if (record.outcome.status !== 'drawn') throw new Error('drawn expected');
        original = record.outcome.tasks[0]!.entityId;
        record.outcome.tasks[0]!.entityId = 'e999';
      }),
    );
    expect(tampered.exitCode).toBe(1);
    expect(tampered.lines[0]).toMatch(/^不通过：/);
    expect(tampered.lines).toContain(
      `  - outcome.tasks[0].entityId: 记录为 "e999"，重新计算为 "${original}"`,
    );
  });

  it('exits 2 on a missing file', () => {
    expect(verifyDrawRecordFile(path.join(folder, 'missing.json')).exitCode).toBe(2);
    expect(verifyDrawRecordFile(undefined).exitCode).toBe(2);
  });

  it('runs as a command with exit codes 0 and 1', () => {
    const run = (file: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/draw-verify.ts', file], {
        cwd: root,
        encoding: 'utf8',
      });
    const passed = run(writeRecord('cli-intact.json'));
    expect(passed.status).toBe(0);
    expect(passed.stdout).toMatch(/^通过：/);
    const failed = run(
      writeRecord('cli-tampered.json', (record) => {
        record.publicEntropy = '1 1 1';
      }),
    );
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/seed: /);
  }, 30_000);
});
