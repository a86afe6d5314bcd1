// `npm test`: install what is missing, then run every test — type check and lint, unit tests,
// API tests on PGlite (and on PostgreSQL when TEST_DATABASE_URL is set), and browser tests in
// Debian's Chromium. Arguments after `--` go to Vitest and skip the type check and lint.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureBuilt, ensureDependencies, run, runOrExit } from './lib.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const installCommand = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

function hasChineseFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

/** Browser tests need Chromium and a CJK font; install them on Debian as root, else say how. */
function ensureBrowser() {
  if (existsSync(chromiumPath) && hasChineseFont()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH) {
    console.log(`› 浏览器测试需要 Chromium 和中文字体，正在安装：${installCommand}`);
    runOrExit('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${installCommand}`]);
    if (existsSync(chromiumPath) && hasChineseFont()) return;
  }
  console.error(
    `\n✗ 浏览器测试需要 Chromium（${chromiumPath}）和中文字体（fonts-noto-cjk），未找到。\n` +
      `  在 Debian/Ubuntu 上安装：sudo ${installCommand.replace('&& apt-get', '&& sudo apt-get')}\n` +
      '  或用 CHROMIUM_PATH 指向已安装的 Chromium。测试不会跳过浏览器部分。\n',
  );
  process.exit(1);
}

const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const nginxInstallCommand = 'apt-get update && apt-get install -y nginx';

/**
 * The multi-process test (apps/server/src/multi-process.test.ts, with TEST_DATABASE_URL) puts two
 * servers behind Debian's nginx; install it as root, else say how. It fails, never skips, without.
 */
function ensureNginx() {
  if (!process.env.TEST_DATABASE_URL || existsSync(nginxPath)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get') && !process.env.NGINX_PATH) {
    console.log(`› 多进程测试需要 nginx，正在安装：${nginxInstallCommand}`);
    runOrExit('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${nginxInstallCommand}`]);
    if (existsSync(nginxPath)) return;
  }
  console.error(
    `\n✗ 多进程测试（TEST_DATABASE_URL 已设置）需要 nginx（${nginxPath}），未找到。\n` +
      '  在 Debian/Ubuntu 上安装：sudo apt-get update && sudo apt-get install -y nginx\n' +
      '  或用 NGINX_PATH 指向已安装的 nginx。\n',
  );
  process.exit(1);
}

const vitestArguments = process.argv.slice(2);
ensureDependencies();
ensureBrowser();
ensureNginx();
if (vitestArguments.length === 0) {
  console.log('› 类型检查……');
  runOrExit('npm', ['run', '--silent', 'typecheck']);
  console.log('› 代码规范检查……');
  runOrExit('npm', ['run', '--silent', 'lint']);
}
ensureBuilt();
if (process.env.TEST_DATABASE_URL)
  console.log('› TEST_DATABASE_URL 已设置：接口测试在 PGlite 和 PostgreSQL 上各运行一遍');
process.exit(
  run('npx', ['vitest', 'run', ...vitestArguments], { env: { ...process.env, CHROMIUM_PATH: chromiumPath } }),
);
