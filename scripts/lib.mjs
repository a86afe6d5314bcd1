// Shared by start.mjs, test.mjs and ensure.mjs: plain Node, no dependencies, so they run on a
// fresh clone before `npm install`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function runOrExit(command, args, options = {}) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} 失败（退出码 ${status}）`);
    process.exit(status);
  }
}

const manifestFiles = [
  'package.json',
  'package-lock.json',
  'packages/domain/package.json',
  'apps/server/package.json',
  'apps/web/package.json',
  'e2e/package.json',
];

function hashManifests() {
  const hash = createHash('sha256');
  for (const file of manifestFiles) {
    const full = path.join(root, file);
    hash.update(file).update(existsSync(full) ? readFileSync(full) : '');
  }
  return hash.digest('hex');
}

/**
 * Installs exactly what the lockfile says (`npm ci`) when node_modules is missing or the manifests
 * changed since the last install. `npm ci` never rewrites package-lock.json, so a fresh clone stays
 * clean after `npm start` or `npm test`.
 */
export function ensureDependencies() {
  const stamp = path.join(root, 'node_modules', '.qingshan-install-stamp');
  const expected = hashManifests();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expected) return;
  console.log('› 安装依赖（npm ci，按 package-lock.json）……');
  runOrExit('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, hashManifests());
}

function newestModification(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestModification(path.join(target, entry)));
  }
  return newest;
}

function isStale(outputFile, inputs) {
  if (!existsSync(outputFile)) return true;
  const built = statSync(outputFile).mtimeMs;
  return inputs.some((input) => newestModification(path.join(root, input)) > built);
}

/** Builds the server bundle and the web app when their sources are newer than the build. */
export function ensureBuilt({ force = false, web = true } = {}) {
  const serverInputs = [
    'apps/server/src',
    'apps/server/build.mjs',
    'apps/server/package.json',
    'packages/domain/src',
  ];
  if (force || isStale(path.join(root, 'apps/server/dist/main.js'), serverInputs)) {
    console.log('› 构建服务端……');
    runOrExit('npm', ['run', 'build', '-w', 'apps/server']);
  }
  const webInputs = [
    'apps/web/src',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'apps/web/public',
    'packages/domain/src',
  ];
  if (web && (force || isStale(path.join(root, 'apps/web/dist/index.html'), webInputs))) {
    console.log('› 构建网页端……');
    runOrExit('npm', ['run', 'build', '-w', 'apps/web']);
  }
}
