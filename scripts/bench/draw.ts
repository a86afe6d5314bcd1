// `npm run bench:draw`: the random-check draw (DR-2) as the domain function, at province scale
// (100,000 entities, 4,000 officers) and national scale (3,500,000 entities, 70,000 officers).
// Each scale runs in a fresh child process: it builds a deterministic synthetic input, times
// `drawRandomChecks` with performance.now, and reports the process's peak resident memory
// (process.resourceUsage().maxRSS, which includes the input itself: the rows a server would hold).
//
// stdout: exactly one line per scale, `draw <entities> entities <officers> officers: <seconds> s, <MiB> MiB`.
// stderr: the outcome (tasks drawn), input-building time and memory before the draw; and, when
// BENCH_DATABASE_URL or TEST_DATABASE_URL is set, `postgresql read <n> rows: <s> s` — the time to
// SELECT the same rows (entities + officers) from temporary tables through `pg`, for comparison.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type DrawInput,
  type DrawOfficer,
  drawRandomChecks,
  drawRulesOf,
  getProvinceProfile,
} from '@qingshan/domain';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Scale {
  name: 'province' | 'national';
  entityCount: number;
  officerCount: number;
  /** Jiangxi has about 100 counties; the country about 2,800. */
  countyCount: number;
}

const scales: Scale[] = [
  { name: 'province', entityCount: 100_000, officerCount: 4_000, countyCount: 100 },
  { name: 'national', entityCount: 3_500_000, officerCount: 70_000, countyCount: 2_800 },
];

/** mulberry32: a tiny seeded generator, so the input is the same on every run and machine. */
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

const countyCodeOf = (index: number) => String(100_000 + index * 7);
const entityIdOf = (index: number) => `E${String(index).padStart(8, '0')}`;
const officerIdOf = (index: number) => `O${String(index).padStart(6, '0')}`;

/**
 * A city-level yearly plan, first quarter, cross-region, with three items (general; key polluters
 * needing automatic monitoring; special objects needing hazardous waste). Entities: 10 % key
 * polluters, 2 % special supervision, 5 % on the positive list. Officers: 92 % on duty, 95 %
 * with a valid certificate, each of five specialties with probability 0.3, one in five with a
 * declared conflict.
 */
export function buildSyntheticDrawInput(scale: Scale): DrawInput {
  const random = seededRandom(20261122 + scale.entityCount);
  const counties = Array.from({ length: scale.countyCount }, (_, index) => ({
    code: countyCodeOf(index),
    name: `县${index + 1}`,
  }));
  const countyCodes = counties.map((county) => county.code);
  const entities: DrawInput['entities'] = new Array(scale.entityCount);
  for (let index = 0; index < scale.entityCount; index++) {
    const roll = random();
    entities[index] = {
      id: entityIdOf(index),
      countyCode: countyCodes[Math.floor(random() * scale.countyCount)]!,
      isKeyPolluter: roll < 0.1,
      isSpecialSupervision: roll >= 0.1 && roll < 0.12,
      isOnPositiveList: roll >= 0.12 && roll < 0.17,
    };
  }
  const specialtyPool = ['water', 'air', 'solid_waste', 'hazardous_waste', 'automatic_monitoring'] as const;
  const officers: DrawOfficer[] = new Array(scale.officerCount);
  for (let index = 0; index < scale.officerCount; index++) {
    const statusRoll = random();
    const certificateRoll = random();
    officers[index] = {
      id: officerIdOf(index),
      agencyId: 'agency-bench',
      countyCode: countyCodes[Math.floor(random() * scale.countyCount)]!,
      status:
        statusRoll < 0.92
          ? 'on_duty'
          : statusRoll < 0.96
            ? 'on_leave'
            : statusRoll < 0.98
              ? 'seconded'
              : 'departed',
      hasCertificate: certificateRoll < 0.98,
      certificateValidFrom: '2022-01-01',
      certificateValidUntil: certificateRoll < 0.95 ? '2028-12-31' : '2025-12-31',
      specialties: specialtyPool.filter(() => random() < 0.3),
      conflictEntityIds: random() < 0.2 ? [entityIdOf(Math.floor(random() * scale.entityCount))] : [],
    };
  }
  return {
    plan: {
      id: `bench-${scale.name}`,
      agencyId: 'agency-bench',
      level: 'city',
      kind: 'yearly',
      quarter: 1,
      inspectionDate: '2026-03-10',
      items: [
        { id: 'item-general', name: '日常检查', objectKinds: ['general'], specialties: [] },
        {
          id: 'item-key',
          name: '自动监控设施运行',
          objectKinds: ['key_polluter'],
          specialties: ['automatic_monitoring'],
        },
        {
          id: 'item-special',
          name: '危险废物规范化管理',
          objectKinds: ['special_supervision'],
          specialties: ['hazardous_waste'],
        },
      ],
      isCrossRegion: true,
      jointDepartments: [],
      specialSupervisionPercent: 10,
      adjustedCountyRatio: null,
      counties,
    },
    rules: drawRulesOf(getProvinceProfile('jiangxi').randomInspection),
    entities,
    officers,
    keyPolluterIdsCoveredThisYear: [],
  };
}

interface ChildReport {
  seconds: number;
  /** CPU time of the draw (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakMiB: number;
  buildSeconds: number;
  rssBeforeMiB: number;
  status: string;
  taskCount: number;
}

const mebibyte = 1024 * 1024;

/** In the child: build, draw, report one JSON line. */
function runChild(scaleName: string): void {
  const scale = scales.find((candidate) => candidate.name === scaleName)!;
  const buildStarted = performance.now();
  const input = buildSyntheticDrawInput(scale);
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const rssBeforeMiB = process.memoryUsage().rss / mebibyte;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const outcome = drawRandomChecks(input, 'c0ffee'.repeat(10).slice(0, 64).padEnd(64, '0'));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const report: ChildReport = {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    // maxRSS is in KiB.
    peakMiB: process.resourceUsage().maxRSS / 1024,
    buildSeconds,
    rssBeforeMiB,
    status: outcome.status,
    taskCount: outcome.status === 'drawn' ? outcome.tasks.length : 0,
  };
  if (outcome.status !== 'drawn') console.error(JSON.stringify(outcome).slice(0, 2000));
  console.log(JSON.stringify(report));
}

/** Times reading the same rows from PostgreSQL (temporary tables, gone when the session ends). */
async function timePostgresRead(url: string, scale: Scale): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Same shapes as the draw's input; the values follow the same proportions.
    await client.query(`
      CREATE TEMP TABLE bench_draw_entities AS
      SELECT 'E' || lpad(i::text, 8, '0') AS id,
             (100000 + ((i * 7919) % ${scale.countyCount}) * 7)::text AS county_code,
             (i % 100) < 10 AS is_key_polluter,
             (i % 100) BETWEEN 10 AND 11 AS is_special_supervision,
             (i % 100) BETWEEN 12 AND 16 AS is_on_positive_list
      FROM generate_series(0::bigint, ${scale.entityCount - 1}) AS i`);
    await client.query(`
      CREATE TEMP TABLE bench_draw_officers AS
      SELECT 'O' || lpad(i::text, 6, '0') AS id,
             'agency-bench' AS agency_id,
             (100000 + ((i * 7919) % ${scale.countyCount}) * 7)::text AS county_code,
             CASE WHEN i % 50 < 46 THEN 'on_duty' ELSE 'on_leave' END AS status,
             i % 50 <> 0 AS has_certificate,
             DATE '2022-01-01' AS certificate_valid_from,
             DATE '2028-12-31' AS certificate_valid_until,
             ARRAY['water', 'hazardous_waste']::text[] AS specialties,
             CASE WHEN i % 5 = 0 THEN ARRAY['E' || lpad(((i * 31) % ${scale.entityCount})::text, 8, '0')] ELSE '{}'::text[] END AS conflict_entity_ids
      FROM generate_series(0::bigint, ${scale.officerCount - 1}) AS i`);
    await client.query('ANALYZE bench_draw_entities; ANALYZE bench_draw_officers');
    const started = performance.now();
    const entities = await client.query('SELECT * FROM bench_draw_entities');
    const officers = await client.query('SELECT * FROM bench_draw_officers');
    const seconds = (performance.now() - started) / 1000;
    const rows = entities.rowCount! + officers.rowCount!;
    console.error(`postgresql read ${rows} rows: ${seconds.toFixed(2)} s`);
    await client.query('DROP TABLE bench_draw_entities; DROP TABLE bench_draw_officers');
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const childScale = process.argv.indexOf('--child');
  if (childScale >= 0) {
    runChild(process.argv[childScale + 1] ?? '');
    return;
  }
  const only = process.env.BENCH_DRAW_SCALES?.split(',');
  const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  for (const scale of scales.filter((candidate) => !only || only.includes(candidate.name))) {
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=8192', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', scale.name],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * mebibyte },
    );
    if (child.status !== 0) throw new Error(`${scale.name}: the child exited with ${child.status}`);
    const report = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildReport;
    console.log(
      `draw ${scale.entityCount} entities ${scale.officerCount} officers: ${report.seconds.toFixed(2)} s, ${Math.round(report.peakMiB)} MiB`,
    );
    console.error(
      `  ${scale.name}: ${report.status}, ${report.taskCount} tasks, ${report.cpuSeconds.toFixed(2)} s CPU; ` +
        `input built in ${report.buildSeconds.toFixed(1)} s, ` +
        `${Math.round(report.rssBeforeMiB)} MiB resident before the draw`,
    );
    if (postgresUrl) await timePostgresRead(postgresUrl, scale);
  }
  if (!postgresUrl)
    console.error('  未设置 BENCH_DATABASE_URL / TEST_DATABASE_URL：跳过 PostgreSQL 读取对比。');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
