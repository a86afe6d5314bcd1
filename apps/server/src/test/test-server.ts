import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getProvinceProfile } from '@qingshan/domain';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { type App, type BuildAppOptions, buildApp } from '../app';
import { type Database, type DatabaseHandle, openDatabase } from '../db/client';
import { demoPassword } from '../demo/demo.accounts';
import { ManualClock } from '../lib/clock';
import { demoDate, migrationsFolder, withDatabaseName } from './test-constants';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
  raw: LightMyRequestResponse;
}

/** A logged-in client: keeps the session cookie and sends the CSRF header on writes. */
export class TestAgent {
  csrfToken = '';
  cookies = new Map<string, string>();

  /** `remoteAddress` stands for the client's address (default 127.0.0.1), for the limits per address. */
  constructor(
    private readonly app: App,
    readonly remoteAddress?: string,
  ) {}

  async request<T = any>(
    method: string,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      ...(this.remoteAddress ? { remoteAddress: this.remoteAddress } : {}),
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: {
        ...(this.cookies.size
          ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
          : {}),
        ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
    });
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date }[]) {
      // clearCookie sends an empty value dated 1970; compare with the epoch, not with today.
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() <= 0)) {
        this.cookies.delete(cookie.name);
      } else {
        this.cookies.set(cookie.name, cookie.value);
      }
    }
    const isJson = String(response.headers['content-type'] ?? '').includes('json');
    return {
      status: response.statusCode,
      body: (isJson ? response.json() : response.body) as T,
      headers: response.headers,
      raw: response,
    };
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, payload?: unknown) {
    return this.request<T>('POST', url, payload ?? {});
  }
  put<T = any>(url: string, payload?: unknown) {
    return this.request<T>('PUT', url, payload ?? {});
  }
  patch<T = any>(url: string, payload?: unknown) {
    return this.request<T>('PATCH', url, payload ?? {});
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }

  async login(username: string, password = demoPassword): Promise<TestResponse> {
    const response = await this.post('/api/auth/login', { username, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }
}

export interface TestServer {
  app: App;
  db: Database;
  handle: DatabaseHandle;
  clock: ManualClock;
  /** A new client, not logged in (from 127.0.0.1 unless another address is given). */
  anonymous(remoteAddress?: string): TestAgent;
  /** Runs the queued jobs that are due, until none is left (jobs do not poll in API tests). */
  runJobs(): Promise<number>;
  /** A new client logged in as a demo account; fails the test if login fails. */
  as(username: string): Promise<TestAgent>;
  /**
   * Another server process on the same database (as behind a load balancer, or after a restart):
   * nothing held in memory is shared with `app`. Closed with the test server.
   */
  startAnotherProcess(
    options?: Pick<BuildAppOptions, 'trustProxy' | 'jobs'>,
  ): Promise<{ app: App; anonymous(remoteAddress?: string): TestAgent }>;
  close(): Promise<void>;
}

/**
 * A server on its own copy of the migrated demo database (PGlite, or PostgreSQL when the
 * api-postgres project runs), with a manual clock that tests move forward.
 */
export async function createTestServer(
  options: {
    webDistFolder?: string;
    logger?: BuildAppOptions['logger'];
    /** Off by default: jobs run when a test calls `runJobs()`, with no timers (BuildAppOptions.jobs). */
    jobs?: BuildAppOptions['jobs'];
    schedules?: BuildAppOptions['schedules'];
  } = {},
): Promise<TestServer> {
  let handle: DatabaseHandle;
  let dropDatabase: (() => Promise<void>) | null = null;
  if (process.env.QS_TEST_DB === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `qingshan_test_${randomBytes(6).toString('hex')}`;
    const admin = await openDatabase({ kind: 'postgresql', url, poolSize: 1 });
    await admin.db.execute(sql.raw(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplateDatabase')}`));
    await admin.close();
    handle = await openDatabase({ kind: 'postgresql', url: withDatabaseName(url, name), poolSize: 4 });
    dropDatabase = async () => {
      const cleanup = await openDatabase({ kind: 'postgresql', url, poolSize: 1 });
      await cleanup.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await cleanup.close();
    };
  } else {
    const dump = readFileSync(inject('pgliteTemplatePath'));
    handle = await openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: new Blob([dump]) });
  }
  const clock = new ManualClock(demoDate);
  const profile = getProvinceProfile('jiangxi');
  const app = await buildApp({
    database: handle,
    clock,
    profile,
    migrationsFolder,
    webDistFolder: options.webDistFolder ?? null,
    logger: options.logger ?? false,
    jobs: options.jobs ?? { polling: false },
    ...(options.schedules ? { schedules: options.schedules } : {}),
  });
  await app.ready();
  const otherApps: App[] = [];
  return {
    app,
    db: handle.db,
    handle,
    clock,
    anonymous: (remoteAddress?: string) => new TestAgent(app, remoteAddress),
    runJobs: () => app.jobs.runPending(),
    async as(username: string) {
      const agent = new TestAgent(app);
      const response = await agent.login(username);
      if (response.status !== 200) {
        throw new Error(`login as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      }
      return agent;
    },
    async startAnotherProcess(processOptions = {}) {
      const other = await buildApp({
        database: handle,
        clock,
        profile,
        migrationsFolder,
        jobs: options.jobs ?? { polling: false },
        ...(options.schedules ? { schedules: options.schedules } : {}),
        ...processOptions,
      });
      await other.ready();
      otherApps.push(other);
      return { app: other, anonymous: (remoteAddress?: string) => new TestAgent(other, remoteAddress) };
    },
    async close() {
      for (const other of otherApps) await other.close();
      await app.close();
      await handle.close();
      if (dropDatabase) await dropDatabase();
    },
  };
}
