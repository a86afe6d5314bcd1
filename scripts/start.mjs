// `npm start`: install what is missing, build what is stale, then run the server. The server
// migrates the database and loads the demo province on first run.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, ensureDependencies, root } from './lib.mjs';

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.error(`需要 Node.js 20 或更高版本，当前为 ${process.versions.node}`);
  process.exit(1);
}
ensureDependencies();
ensureBuilt();

const server = spawn(
  process.execPath,
  ['--enable-source-maps', path.join(root, 'apps/server/dist/main.js')],
  {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
