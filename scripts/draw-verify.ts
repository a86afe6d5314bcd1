// `npm run draw:verify -- <record.json>`: recomputes a published random-check draw (DR-3) from its
// record — the commitment from the secret, the seed from the secret and the dice, the draw from
// the published inputs — and says 通过 or 不通过 with every difference. Exit code 0 when the record
// verifies, 1 when it does not (or is not a draw record), 2 when the file cannot be read.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { verifyDrawRecord } from '@qingshan/domain';

export interface DrawVerifyReport {
  exitCode: 0 | 1 | 2;
  lines: string[];
}

export function verifyDrawRecordFile(file: string | undefined): DrawVerifyReport {
  if (!file) return { exitCode: 2, lines: ['用法：npm run draw:verify -- <抽取记录.json>'] };
  let candidate: unknown;
  try {
    candidate = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return {
      exitCode: 2,
      lines: [`无法读取 ${file}：${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const verification = verifyDrawRecord(candidate);
  if (!verification.isValid) {
    return {
      exitCode: 1,
      lines: [
        `不通过：${file} 与重新计算的结果不一致（${verification.differences.length} 处）`,
        ...verification.differences.map((difference) => `  - ${difference}`),
      ],
    };
  }
  const outcome = verification.recomputed!;
  const summary =
    outcome.status === 'drawn'
      ? `${outcome.tasks.length} 个检查任务，${outcome.eligibleOfficerCount} 名可派检查人员`
      : `人员不足未抽取：${outcome.shortfalls.length} 项缺口`;
  return {
    exitCode: 0,
    lines: [
      `通过：${file} 可由公开的密钥、现场随机数和输入重新算出（${summary}）`,
      `  承诺值与密钥相符，种子、输入摘要 ${outcome.inputDigest} 和抽取结果逐项一致。`,
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = verifyDrawRecordFile(process.argv[2]);
  for (const line of report.lines) (report.exitCode === 2 ? console.error : console.log)(line);
  process.exit(report.exitCode);
}
