import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The API server to proxy /api to during `vite` development (the built app is served by the
// server itself). Port 3000 is the server's default.
const apiTarget = process.env.QINGSHAN_API ?? 'http://localhost:3000';

/** Text files worth compressing; images other than SVG and fonts are already compressed. */
const compressible = /\.(?:js|mjs|css|html|svg|json|txt|map)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of the build, at the strongest
 * settings: the server (@fastify/static `preCompressed`) sends them as they are, so compression
 * costs build time once instead of CPU on every request. A copy that would not be smaller is skipped.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'qingshan-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!compressible.test(file) || file.includes(`${path.sep}.vite${path.sep}`)) continue;
        const content = readFileSync(file);
        const brotli = brotliCompressSync(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        });
        const gzip = gzipSync(content, { level: 9 });
        if (brotli.length < content.length) writeFileSync(`${file}.br`, brotli);
        if (gzip.length < content.length) writeFileSync(`${file}.gz`, gzip);
      }
    },
  };
}

/**
 * packages/domain is pure by its charter (rules and zod contracts, no I/O), but a bundler cannot
 * tell that `z.object({ at: isoDateTimeSchema.nullable(), note: optionalText('备注', 200) })` has no
 * side effect, so every contract of a module would ship with the one label map a page imports
 * from it (the login page would download every contract). Declaring `z` and the domain's
 * contract builders and schemas pure lets the bundler drop what a page never uses. A name the web
 * app declares too is left out, so no call of the app's own is ever dropped.
 */
function domainPureFunctions(): string[] {
  const declared = /^(?:export )?(?:function (\w+)|const (\w+)\b)/gm;
  const namesIn = (folder: string, pattern: RegExp) =>
    filesUnder(folder)
      .filter((file) => pattern.test(file) && !file.includes('.test.'))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(declared)].map((match) => (match[1] ?? match[2]) as string),
      );
  const webNames = new Set(namesIn(path.resolve(import.meta.dirname, 'src'), /\.tsx?$/));
  // Only the contract builders: a rule function may change its argument (the draw's SHA-256
  // compresses into the state it is given), and a call declared pure whose result is unused is
  // dropped — the public draw page then computed the hash of nothing.
  const domainNames = namesIn(
    path.resolve(import.meta.dirname, '../../packages/domain/src'),
    /\.contract\.ts$|common\.text\.ts$/,
  );
  return ['z', ...new Set(domainNames.filter((name) => !webNames.has(name)))];
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    // scripts/bench/bundle-size.ts follows the login page's module graph through the manifest.
    manifest: true,
    // ECharts' core (~540 kB, ~180 kB gzipped) loads only with the two pages that draw charts.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // The domain package builds its zod contracts at module level; building a schema has no side
      // effect, so the schemas a page does not use are dropped (the locales import label maps from
      // the same modules as the contracts).
      treeshake: { manualPureFunctions: domainPureFunctions() },
      output: {
        // React, the router and the query client are on every page and change less often than the
        // app code, so they are one long-cached chunk. antd, its icons and the domain package are
        // NOT grouped: a single vendor chunk would make the login page download every component and
        // contract any page uses (2.2 MB); left to rolldown, each page's chunk holds what it
        // imports and shared pieces are split by the set of pages that use them. Routes are lazy
        // (src/routes.tsx, src/router.tsx).
        codeSplitting: {
          groups: [
            {
              name: 'vendor-react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
              priority: 30,
            },
            {
              name: 'vendor-i18n',
              test: /[\\/]node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
});
