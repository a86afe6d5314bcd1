// `npm run bench:bundle`: what a browser downloads to show the login page, from apps/web/dist.
// Builds the web app first when dist is missing (or always with `--build`). Follows the module
// graph the way the browser does: index.html's entry script and its modulepreload links, the
// static imports of every chunk (from Vite's build manifest), and the login route's lazy chunk
// with its own static imports — the route pages the login page never opens are not counted.
//
// stdout: one line per file, then `login page: <n> JS files, <raw> KB raw, <gzip> KB gzip, <br> KB br`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webDistFolder = path.join(root, 'apps', 'web', 'dist');

/** The source of the page a signed-out visitor lands on (router.tsx lazy-loads it). */
const loginPageSource = 'src/modules/auth/LoginPage.tsx';

/**
 * The budget for the first page, what a county office's slow line loads in seconds; the login page
 * may not grow past it (e2e/web-delivery.e2e.ts). It stays under it because the other areas' texts
 * (with the domain label maps, zod and data they import) load with the other pages and the login
 * page does without antd's Card, Typography and Result and the menu's icons (docs/PERFORMANCE.md,
 * D45).
 */
export const loginJavaScriptBudgetKilobytes = 300;

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

export interface BundleFile {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

export interface LoginBundle {
  javaScript: BundleFile[];
  css: BundleFile[];
  totals: { rawBytes: number; gzipBytes: number; brotliBytes: number };
}

function readManifest(distFolder: string): Manifest {
  const manifestPath = path.join(distFolder, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `${manifestPath} 不存在：先构建前端（npm run build -w apps/web，vite.config.ts 设 build.manifest）`,
    );
  }
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
}

/** The files index.html itself asks for: the module entry and the modulepreload links. */
function filesNamedByIndexHtml(distFolder: string): { scripts: string[]; styles: string[] } {
  const html = readFileSync(path.join(distFolder, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g),
  ].map((match) => match[1] as string);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map(
    (match) => match[1] as string,
  );
  return { scripts, styles };
}

function measure(distFolder: string, file: string): BundleFile {
  const content = readFileSync(path.join(distFolder, file));
  return {
    file,
    rawBytes: content.length,
    // What the server sends: the build writes .gz at level 9 and .br at quality 11 (vite.config.ts).
    gzipBytes: gzipSync(content, { level: 9 }).length,
    brotliBytes: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every JS and CSS file the browser loads before the login form shows. */
export function measureLoginBundle(distFolder = webDistFolder): LoginBundle {
  const manifest = readManifest(distFolder);
  const fromIndex = filesNamedByIndexHtml(distFolder);
  const javaScript = new Set<string>(fromIndex.scripts);
  const css = new Set<string>(fromIndex.styles);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`构建清单中没有 ${key}`);
    if (javaScript.has(chunk.file) && key !== 'index.html' && key !== loginPageSource) return;
    javaScript.add(chunk.file);
    for (const sheet of chunk.css ?? []) css.add(sheet);
    for (const imported of chunk.imports ?? []) {
      if (!javaScript.has(manifest[imported]?.file ?? '')) visit(imported);
    }
  };
  visit('index.html');
  visit(loginPageSource);
  const measuredJavaScript = [...javaScript].map((file) => measure(distFolder, file));
  const sum = (key: keyof Omit<BundleFile, 'file'>) =>
    measuredJavaScript.reduce((total, file) => total + file[key], 0);
  return {
    javaScript: measuredJavaScript.sort((a, b) => b.gzipBytes - a.gzipBytes),
    css: [...css].map((file) => measure(distFolder, file)),
    totals: { rawBytes: sum('rawBytes'), gzipBytes: sum('gzipBytes'), brotliBytes: sum('brotliBytes') },
  };
}

const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);

function main(): void {
  const mustBuild = process.argv.includes('--build') || !existsSync(path.join(webDistFolder, 'index.html'));
  if (mustBuild) execFileSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: root, stdio: 'inherit' });
  const bundle = measureLoginBundle();
  for (const file of [...bundle.javaScript, ...bundle.css]) {
    console.log(
      `${file.file.padEnd(48)} ${kilobytes(file.rawBytes).padStart(8)} KB raw ${kilobytes(file.gzipBytes).padStart(7)} KB gzip ${kilobytes(file.brotliBytes).padStart(7)} KB br`,
    );
  }
  const { totals } = bundle;
  console.log(
    `login page: ${bundle.javaScript.length} JS files, ${kilobytes(totals.rawBytes)} KB raw, ${kilobytes(totals.gzipBytes)} KB gzip, ${kilobytes(totals.brotliBytes)} KB br (budget ${loginJavaScriptBudgetKilobytes} KB gzip)`,
  );
  if (totals.gzipBytes > loginJavaScriptBudgetKilobytes * 1024) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
