// `npm run bench`: request rate and latency of login and the agency tree on PGlite and on
// PostgreSQL (when BENCH_DATABASE_URL or TEST_DATABASE_URL is set), beside a bare Fastify route as
// the ceiling. Every server runs in its own process, autocannon in this one: on the 2-core
// machine they share the cores, so the figures are comparable with each other, not absolute.
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureBuilt } from '../lib.mjs';
import { formatTable, type LoadResult, measure, root, startServer, temporaryFolder } from './harness';

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const password = 'Qingshan@2026';

async function logIn(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
  return cookie;
}

async function benchmarkApplication(
  database: string,
  env: Record<string, string>,
): Promise<(LoadResult & { database: string })[]> {
  const server = await startServer(path.join(root, 'apps/server/dist/main.js'), env, '/api/health');
  try {
    const results: LoadResult[] = [];
    results.push(
      await measure('POST /api/auth/login（argon2id）', {
        url: `${server.baseUrl}/api/auth/login`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'ncx.inspector', password }),
        connections,
        duration,
      }),
    );
    const provinceCookie = await logIn(server.baseUrl, 'jx.inspector');
    results.push(
      await measure('GET /api/agencies（省级，全省 ~220 个机构）', {
        url: `${server.baseUrl}/api/agencies`,
        headers: { cookie: provinceCookie },
        connections,
        duration,
      }),
    );
    const countyCookie = await logIn(server.baseUrl, 'ncx.inspector');
    results.push(
      await measure('GET /api/agencies（县级，2 个机构）', {
        url: `${server.baseUrl}/api/agencies`,
        headers: { cookie: countyCookie },
        connections,
        duration,
      }),
    );
    // The registry (REG-1): the province's ~21,000 entities, first page sorted by name, and a
    // search by part of a name, as a provincial and as a county inspector.
    results.push(
      await measure('GET /api/entities（省级，全省 ~21,000 家，按名称第 1 页）', {
        url: `${server.baseUrl}/api/entities?page=1&pageSize=20`,
        headers: { cookie: provinceCookie },
        connections,
        duration,
      }),
    );
    results.push(
      await measure('GET /api/entities?q=化工（省级，名称模糊查找）', {
        url: `${server.baseUrl}/api/entities?q=${encodeURIComponent('化工')}&page=1&pageSize=20`,
        headers: { cookie: provinceCookie },
        connections,
        duration,
      }),
    );
    results.push(
      await measure('GET /api/entities（县级，按名称第 1 页）', {
        url: `${server.baseUrl}/api/entities?page=1&pageSize=20`,
        headers: { cookie: countyCookie },
        connections,
        duration,
      }),
    );
    return results.map((result) => ({ ...result, database }));
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  // The API is measured; the web bundle is not needed.
  ensureBuilt({ web: false });
  console.log(
    `机器：${os.cpus().length} 核 ${os.cpus()[0]?.model ?? ''}，${Math.round(os.totalmem() / 2 ** 30)} GiB；Node ${process.version}`,
  );
  console.log(`每项 ${duration} 秒，${connections} 个并发连接\n`);
  const results: (LoadResult & { database: string })[] = [];

  const bare = await startServer(path.join(root, 'scripts/bench/bare-server.mjs'), {}, '/bare');
  try {
    results.push({
      ...(await measure('GET /bare（空 Fastify 路由，上限）', {
        url: `${bare.baseUrl}/bare`,
        connections,
        duration,
      })),
      database: '—',
    });
  } finally {
    await bare.stop();
  }

  const pgliteFolder = temporaryFolder('qingshan-bench-');
  try {
    results.push(
      ...(await benchmarkApplication('PGlite', {
        QINGSHAN_DATA_DIR: path.join(pgliteFolder.folder, 'data'),
        DATABASE_URL: '',
      })),
    );
  } finally {
    pgliteFolder.remove();
  }

  const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (postgresUrl) {
    const benchDatabase = 'qingshan_bench';
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${benchDatabase} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${benchDatabase}`);
    const url = new URL(postgresUrl);
    url.pathname = `/${benchDatabase}`;
    try {
      results.push(...(await benchmarkApplication('PostgreSQL 15', { DATABASE_URL: url.toString() })));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${benchDatabase} WITH (FORCE)`);
      await admin.end();
    }
  } else {
    console.log('未设置 BENCH_DATABASE_URL / TEST_DATABASE_URL：跳过 PostgreSQL。\n');
  }
  console.log(formatTable(results));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
