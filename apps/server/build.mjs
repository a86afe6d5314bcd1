// Bundles the server into dist/ with esbuild: our TypeScript (and @qingshan/domain's) compiled in,
// npm dependencies left as imports. Type checking is `npm run typecheck`, not this step.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const readDependencies = (file) => Object.keys(JSON.parse(readFileSync(file, 'utf8')).dependencies ?? {});
const external = [
  ...readDependencies(new URL('./package.json', import.meta.url)),
  ...readDependencies(new URL('../../packages/domain/package.json', import.meta.url)),
].filter((name) => name !== '@qingshan/domain' && name !== 'chinese-days');

await build({
  absWorkingDir: fileURLToPath(new URL('.', import.meta.url)),
  entryPoints: { main: 'src/main.ts', 'cli/audit-verify': 'src/cli/audit-verify.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: [...external, 'pg-native'],
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('server built: apps/server/dist/main.js');
