import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityExchangeColumns, generateCreditCode, securityPolicy } from '@qingshan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase, queryRows } from './db/client';
import { demoPassword } from './demo/demo.accounts';
import { SeededRandom } from './demo/demo.random';

/** The import queue's name (modules/entities), as the queue's table records it. */
const entityImportQueue = 'entities-import';

import { demoDate, withDatabaseName } from './test/test-constants';

/**
 * Two built server processes (apps/server/dist/main.js) on one PostgreSQL behind nginx, as
 * docs/DEPLOYMENT.md describes. Runs in the api-postgres project only (with TEST_DATABASE_URL);
 * there it fails when nginx is missing rather than skipping.
 */

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const isPostgresRun = process.env.QS_TEST_DB === 'postgres';

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>, output: () => string): Promise<T> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not happen in 30 s:\n${output()}`);
}

/** A browser-like client: keeps cookies, sends the CSRF token on writes, talks to one base URL. */
class Client {
  cookies = new Map<string, string>();
  csrfToken = '';

  async request(baseUrl: string, method: string, url: string, body?: string | object, contentType?: string) {
    const headers: Record<string, string> = {};
    if (this.cookies.size)
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = contentType ?? 'application/json';
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair!.split('=');
      if (value) this.cookies.set(name!, value);
      else this.cookies.delete(name!);
    }
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    return { status: response.status, body: isJson ? JSON.parse(text) : text };
  }

  async login(baseUrl: string, username: string, password = demoPassword) {
    const response = await this.request(baseUrl, 'POST', '/api/auth/login', { username, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }
}

describe.runIf(isPostgresRun)('several server processes behind nginx on one PostgreSQL', () => {
  const processes: { child: ChildProcess; output: string[]; url: string }[] = [];
  let nginx: ChildProcess | null = null;
  const nginxOutput: string[] = [];
  let proxyUrl = '';
  let folder = '';
  let databaseName = '';
  let database: DatabaseHandle | null = null;
  const allOutput = () =>
    [...processes.flatMap((entry) => entry.output), ...nginxOutput].join('').slice(-4000);

  beforeAll(async () => {
    if (!existsSync(nginxPath)) {
      throw new Error(
        `多进程测试需要 nginx（${nginxPath}），未找到。在 Debian/Ubuntu 上安装：apt-get install nginx（或用 NGINX_PATH 指向它）`,
      );
    }
    const entry = path.join(repositoryRoot, 'apps/server/dist/main.js');
    if (!existsSync(entry)) throw new Error('多进程测试需要先构建服务端：npm run build');

    // A copy of the migrated demo database (the api-postgres template), with one expired counter
    // for the nightly sweep to delete.
    const url = process.env.TEST_DATABASE_URL!;
    databaseName = `qingshan_mp_${randomBytes(6).toString('hex')}`;
    const admin = await openDatabase({ kind: 'postgresql', url, poolSize: 1 });
    await admin.db.execute(
      sql.raw(`CREATE DATABASE ${databaseName} TEMPLATE ${inject('postgresTemplateDatabase')}`),
    );
    await admin.close();
    const databaseUrl = withDatabaseName(url, databaseName);
    database = await openDatabase({ kind: 'postgresql', url: databaseUrl, poolSize: 2 });
    const before = new Date(new Date(demoDate).getTime() - 60 * 60_000).toISOString();
    await database.db.execute(
      sql`INSERT INTO unknown_username_failures (username, failed_login_count, locked_until, updated_at)
          VALUES ('swept-by-one-process', 0, ${before}::timestamptz, ${before}::timestamptz)`,
    );

    folder = mkdtempSync(path.join(tmpdir(), 'qingshan-multi-process-'));
    chmodSync(folder, 0o755);
    const ports = [await findFreePort(), await findFreePort()];
    for (const port of ports) {
      const output: string[] = [];
      const child = spawn(process.execPath, ['--enable-source-maps', entry], {
        cwd: repositoryRoot,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: databaseUrl,
          QINGSHAN_DEMO: 'false',
          QINGSHAN_CLOCK_START: demoDate,
          TRUST_PROXY: 'true',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk) => output.push(String(chunk)));
      child.stderr?.on('data', (chunk) => output.push(String(chunk)));
      processes.push({ child, output, url: `http://127.0.0.1:${port}` });
    }

    const proxyPort = await findFreePort();
    for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
      mkdirSync(path.join(folder, temp), { mode: 0o777 });
      chmodSync(path.join(folder, temp), 0o777);
    }
    // Every path in the temp folder, so nginx needs no root and writes nothing under /var.
    writeFileSync(
      path.join(folder, 'nginx.conf'),
      `daemon off;
worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${folder}/access.log;
  client_body_temp_path ${folder}/client_body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  client_max_body_size 61m;
  upstream qingshan {
    server 127.0.0.1:${ports[0]};
    server 127.0.0.1:${ports[1]};
  }
  server {
    listen 127.0.0.1:${proxyPort};
    location / {
      proxy_pass http://qingshan;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`,
    );
    nginx = spawn(
      nginxPath,
      ['-p', folder, '-c', path.join(folder, 'nginx.conf'), '-e', path.join(folder, 'error.log')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    nginx.stdout?.on('data', (chunk) => nginxOutput.push(String(chunk)));
    nginx.stderr?.on('data', (chunk) => nginxOutput.push(String(chunk)));
    proxyUrl = `http://127.0.0.1:${proxyPort}`;

    for (const { url: processUrl } of processes) {
      await waitFor(
        'server start',
        async () => ((await fetch(`${processUrl}/api/health`)).ok ? true : null),
        allOutput,
      );
    }
    await waitFor(
      'nginx start',
      async () => ((await fetch(`${proxyUrl}/api/health`)).ok ? true : null),
      allOutput,
    );
  }, 90_000);

  afterAll(async () => {
    const exits = [...processes.map((entry) => entry.child), ...(nginx ? [nginx] : [])].map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve(null);
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => {
            child.kill('SIGKILL');
            resolve(null);
          }, 10_000).unref();
        }),
    );
    await Promise.all(exits);
    await database?.close();
    if (databaseName) {
      const admin = await openDatabase({
        kind: 'postgresql',
        url: process.env.TEST_DATABASE_URL!,
        poolSize: 1,
      });
      await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
      await admin.close();
    }
    if (folder) rmSync(folder, { recursive: true, force: true });
  }, 30_000);

  it('a user logs in through one process and works through the other, and through nginx', async () => {
    const [first, second] = processes;
    const client = new Client();
    expect((await client.login(first!.url, 'ncx.head')).status).toBe(200);
    const me = await client.request(second!.url, 'GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('ncx.head');
    const proxied = new Client();
    expect((await proxied.login(proxyUrl, 'nc.head')).status).toBe(200);
    // nginx sends requests to the processes in turn: some of these reach each one.
    for (let request = 0; request < 4; request++) {
      expect((await proxied.request(proxyUrl, 'GET', '/api/auth/me')).status).toBe(200);
    }
  });

  it('an import started on one process completes exactly once', async () => {
    const [first] = processes;
    const client = new Client();
    expect((await client.login(first!.url, 'ncx.head')).status).toBe(200);
    const random = new SeededRandom('multi-process-import');
    const [town] = await queryRows<{ code: string }>(
      database!.db,
      sql`SELECT code FROM regions WHERE level = 'town' AND code LIKE '360121%' ORDER BY code LIMIT 1`,
    );
    const headers = entityExchangeColumns.map((column) => column.header);
    const rows = [1, 2, 3].map((serial) => {
      const values: Record<string, string> = {
        统一社会信用代码: generateCreditCode(() => random.next(), { regionCode: '360121' }),
        单位名称: `南昌县多进程测试${serial}化工有限公司`,
        地址: '南昌县莲塘镇工业大道 1 号',
        行政区划代码: town!.code,
        行业代码: '2614',
        生产状态: '在产',
      };
      return headers.map((header) => values[header] ?? '').join(',');
    });
    const csv = [headers.join(','), ...rows].join('\r\n');
    const started = await client.request(
      first!.url,
      'POST',
      `/api/entities/imports?fileName=${encodeURIComponent('多进程.csv')}`,
      csv,
      'text/csv',
    );
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const job = await waitFor(
      'import completion',
      async () => {
        const response = await client.request(proxyUrl, 'GET', `/api/entities/imports/${started.body.id}`);
        return response.status === 200 && !['validating', 'importing'].includes(response.body.status)
          ? response.body
          : null;
      },
      allOutput,
    );
    expect(job.status, JSON.stringify(job.errors)).toBe('completed');
    expect(job.createdCount).toBe(3);
    const [audit] = await queryRows<{ value: number }>(
      database!.db,
      sql`SELECT count(*)::int AS value FROM audit_log WHERE action = 'entities.import' AND target_id = ${started.body.id}`,
    );
    expect(audit?.value).toBe(1);
    const [queued] = await queryRows<{ value: number; retries: number }>(
      database!.db,
      sql`SELECT count(*)::int AS value, max(retry_count)::int AS retries FROM pgboss.job
          WHERE name = ${entityImportQueue} AND data->>'importJobId' = ${started.body.id}`,
    );
    expect(queued).toEqual({ value: 1, retries: 0 });
  });

  it('the nightly sweep runs once, not once per process', async () => {
    await waitFor(
      'the sweep',
      async () => {
        const rows = await queryRows<{ username: string }>(
          database!.db,
          sql`SELECT username FROM unknown_username_failures WHERE username = 'swept-by-one-process'`,
        );
        return rows.length === 0 ? true : null;
      },
      allOutput,
    );
    // Both processes checked the schedule when they started; give a late one time to act.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const [sweeps] = await queryRows<{ value: number }>(
      database!.db,
      sql`SELECT count(*)::int AS value FROM audit_log WHERE action = 'auth.expired_records_sweep'`,
    );
    expect(sweeps?.value).toBe(1);
    const [jobs] = await queryRows<{ value: number }>(
      database!.db,
      sql`SELECT count(*)::int AS value FROM pgboss.job WHERE name = 'schedule-sweep-expired-logins'`,
    );
    expect(jobs?.value).toBe(1);
  });

  it('the account lockout holds across both processes', async () => {
    const [first, second] = processes;
    const attacker = new Client();
    for (let attempt = 0; attempt < securityPolicy.maxFailedLogins; attempt++) {
      const target = attempt % 2 === 0 ? first! : second!;
      const response = await attacker.login(target.url, 'ncx.inspector', 'Wrong#Pass2026');
      expect(response.status).toBeGreaterThanOrEqual(400);
    }
    // The right password, on either process and through nginx, is refused while locked.
    for (const url of [first!.url, second!.url, proxyUrl]) {
      const response = await new Client().login(url, 'ncx.inspector');
      expect(response.status, url).toBe(423);
      expect(response.body.error.message).toContain('锁定');
    }
  });
});
