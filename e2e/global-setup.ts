import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { makeClockAnchor, nowOf } from './support/clock';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`服务进程已退出（${server.exitCode}）：\n${output.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`服务在 120 秒内没有就绪：\n${output.join('')}`);
}

/**
 * Starts the built server (`npm test` builds it first) on a free port with a fresh PGlite data
 * folder, as a new user's `npm start` would: it migrates and loads the demo province. Its clock
 * starts at a fixed instant (QINGSHAN_CLOCK_START), so the demo data and every "today" are the
 * same whatever day the tests run; the browsers get the same clock (support/browser.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const entry = path.join(root, 'apps/server/dist/main.js');
  if (!existsSync(entry) || !existsSync(path.join(root, 'apps/web/dist/index.html'))) {
    throw new Error('浏览器测试需要先构建：npm run build（npm test 会自动构建）');
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'qingshan-e2e-'));
  const port = await findFreePort();
  const output: string[] = [];
  const clockAnchor = makeClockAnchor();
  const server = spawn(process.execPath, ['--enable-source-maps', entry], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      QINGSHAN_DATA_DIR: path.join(dataDir, 'data'),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      QINGSHAN_CLOCK_START: nowOf(clockAnchor).toISOString(),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => output.push(String(chunk)));
  server.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server, output);
  project.provide('baseUrl', baseUrl);
  project.provide('clockAnchor', clockAnchor);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => {
      if (server.exitCode !== null) resolve(null);
      else server.once('exit', resolve);
      setTimeout(resolve, 5_000);
    });
    rmSync(dataDir, { recursive: true, force: true });
  };
}
