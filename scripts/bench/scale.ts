// `npm run bench:scale`: the province-scale read endpoints (docs/PERFORMANCE.md, "Province scale") on the PostgreSQL database
// that `npm run demo:scale` built, at 50 connections, each beside a bare Fastify + pg route that
// runs the same SQL (bare-server.mjs /replay). The statements are recorded from the application
// itself (QINGSHAN_QUERY_LOG) on one request per endpoint, so the floor follows the code. The
// ratio application ÷ bare is the figure that survives a loaded machine.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../lib.mjs';
import { type LoadResult, measure, root, type StartedServer, startServer, temporaryFolder } from './harness';

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const password = 'Qingshan@2026';
const databaseUrl = process.env.BENCH_SCALE_DATABASE_URL;

interface Endpoint {
  key: string;
  name: string;
  path: string;
  user: string;
}

interface Statement {
  query: string;
  params: unknown[];
}

async function logIn(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
}

async function get(baseUrl: string, url: string, cookie: string): Promise<unknown> {
  const response = await fetch(baseUrl + url, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

function application(env: Record<string, string>): Promise<StartedServer> {
  return startServer(
    path.join(root, 'apps/server/dist/main.js'),
    { DATABASE_URL: databaseUrl!, QINGSHAN_DEMO: 'false', ...env },
    '/api/health',
  );
}

async function main(): Promise<void> {
  if (!databaseUrl) {
    console.error(
      '请用 BENCH_SCALE_DATABASE_URL 指定 npm run demo:scale 建好的数据库，例如 postgresql://qingshan:qingshan@127.0.0.1:5432/qingshan_scale',
    );
    process.exit(2);
  }
  ensureBuilt({ web: false });
  console.log(
    `机器：${os.cpus().length} 核 ${os.cpus()[0]?.model ?? ''}，${Math.round(os.totalmem() / 2 ** 30)} GiB，负载 ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' / ')}；Node ${process.version}`,
  );
  console.log(`每项 ${duration} 秒，${connections} 个并发连接\n`);
  const folder = temporaryFolder('qingshan-bench-scale-');
  const logFile = path.join(folder.folder, 'queries.jsonl');
  const replayFile = path.join(folder.folder, 'replay.json');
  try {
    // 1. One request per endpoint with the query log on: the statements each one sends.
    writeFileSync(logFile, '');
    const recording = await application({ QINGSHAN_QUERY_LOG: logFile });
    const cookies = new Map<string, string>();
    const endpoints: Endpoint[] = [];
    const replays: Record<string, Statement[]> = {};
    try {
      for (const user of ['jx.inspector', 'ncx.inspector', 'ncx.head']) {
        cookies.set(user, await logIn(recording.baseUrl, user));
      }
      const countyPage = (await get(
        recording.baseUrl,
        '/api/entities?page=1&pageSize=20',
        cookies.get('ncx.inspector')!,
      )) as {
        items: { id: string }[];
      };
      const entityId = countyPage.items[0]?.id;
      if (!entityId) throw new Error('县级名录为空：数据库不是 demo:scale 建的？');
      const search = encodeURIComponent(process.env.BENCH_SCALE_SEARCH ?? '新材料');
      endpoints.push(
        {
          key: 'entities-county',
          name: 'GET /api/entities（县级，按名称第 1 页）',
          path: '/api/entities?page=1&pageSize=20',
          user: 'ncx.inspector',
        },
        {
          key: 'entities-county-q',
          name: 'GET /api/entities?q=…（县级，名称查找）',
          path: `/api/entities?q=${search}&page=1&pageSize=20`,
          user: 'ncx.inspector',
        },
        {
          key: 'entities-province',
          name: 'GET /api/entities（省级，10 万家，第 1 页）',
          path: '/api/entities?page=1&pageSize=20',
          user: 'jx.inspector',
        },
        {
          key: 'entities-province-q',
          name: 'GET /api/entities?q=…（省级，名称查找）',
          path: `/api/entities?q=${search}&page=1&pageSize=20`,
          user: 'jx.inspector',
        },
        {
          key: 'entity',
          name: 'GET /api/entities/:id（监管对象页）',
          path: `/api/entities/${entityId}`,
          user: 'ncx.inspector',
        },
        {
          key: 'officers',
          name: 'GET /api/officers（省级，8,000 名执法人员）',
          path: '/api/officers?page=1&pageSize=20',
          user: 'jx.inspector',
        },
        {
          key: 'plans',
          name: 'GET /api/random-checks/plans（省级）',
          path: '/api/random-checks/plans?page=1&pageSize=20',
          user: 'jx.inspector',
        },
        { key: 'todos', name: 'GET /api/todos（县局局长）', path: '/api/todos', user: 'ncx.head' },
        {
          key: 'todos-inspector',
          name: 'GET /api/todos（县级执法人员）',
          path: '/api/todos',
          user: 'ncx.inspector',
        },
      );
      // BENCH_SCALE_ONLY=todos,todos-inspector: measure some endpoints only (the others' figures stand).
      const only = process.env.BENCH_SCALE_ONLY?.split(',');
      if (only)
        endpoints.splice(0, endpoints.length, ...endpoints.filter((endpoint) => only.includes(endpoint.key)));
      for (const endpoint of endpoints) {
        const cookie = cookies.get(endpoint.user)!;
        await get(recording.baseUrl, endpoint.path, cookie);
        writeFileSync(logFile, '');
        await get(recording.baseUrl, endpoint.path, cookie);
        replays[endpoint.key] = readFileSync(logFile, 'utf8')
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => JSON.parse(line) as Statement);
        console.error(`${endpoint.key}: ${replays[endpoint.key]!.length} 条 SQL`);
      }
    } finally {
      await recording.stop();
    }
    writeFileSync(replayFile, JSON.stringify(replays));
    // The statements, to EXPLAIN ANALYZE them by hand (docs/PERFORMANCE.md).
    if (process.env.BENCH_SCALE_STATEMENTS)
      writeFileSync(process.env.BENCH_SCALE_STATEMENTS, JSON.stringify(replays, null, 1));
    // Only the statements (to count round trips or EXPLAIN them) without the minutes of load.
    if (process.env.BENCH_SCALE_RECORD_ONLY === '1') return;
    // BENCH_SCALE_ONLY=entity,officers: measure only these (keys as above), each still beside its replay.
    const only = process.env.BENCH_SCALE_ONLY?.split(',').map((key) => key.trim());
    const measured = only ? endpoints.filter((endpoint) => only.includes(endpoint.key)) : endpoints;

    // 2. The application without the log, then the bare replay of the same statements.
    const results = new Map<string, { app: LoadResult; bare?: LoadResult }>();
    const server = await application({});
    try {
      for (const endpoint of measured) {
        const cookie = await logIn(server.baseUrl, endpoint.user);
        results.set(endpoint.key, {
          app: await measure(endpoint.name, {
            url: server.baseUrl + endpoint.path,
            headers: { cookie },
            connections,
            duration,
          }),
        });
      }
    } finally {
      await server.stop();
    }
    const bare = await startServer(
      path.join(root, 'scripts/bench/bare-server.mjs'),
      { BENCH_REPLAY: replayFile, BENCH_REPLAY_DATABASE_URL: databaseUrl },
      '/bare',
    );
    try {
      for (const endpoint of measured) {
        results.get(endpoint.key)!.bare = await measure(`bare ${endpoint.key}`, {
          url: `${bare.baseUrl}/replay/${endpoint.key}`,
          connections,
          duration,
        });
      }
    } finally {
      await bare.stop();
    }

    const lines = [
      '| 接口 | p50 ms | p99 ms | 请求/秒 | 裸 SQL 请求/秒 | 比值 | SQL 条数 | 非 2xx / 错误 |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const endpoint of measured) {
      const { app, bare: floor } = results.get(endpoint.key)!;
      const ratio =
        floor && floor.requestsPerSecond > 0 ? app.requestsPerSecond / floor.requestsPerSecond : Number.NaN;
      lines.push(
        `| ${endpoint.name} | ${app.p50.toFixed(1)} | ${app.p99.toFixed(1)} | ${app.requestsPerSecond} | ${floor?.requestsPerSecond ?? '—'} | ${(ratio * 100).toFixed(0)} % | ${replays[endpoint.key]!.length} | ${app.non2xx + (floor?.non2xx ?? 0)} / ${app.errors + (floor?.errors ?? 0)} |`,
      );
    }
    console.log(lines.join('\n'));
  } finally {
    folder.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
