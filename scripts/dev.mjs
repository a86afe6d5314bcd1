// `npm run dev`: the server from source with reload (tsx watch, port 3000) and the Vite dev server
// with hot reload (port 5173, /api proxied to the server). Uses ./data like npm start.
import { spawn } from 'node:child_process';
import { ensureDependencies, root } from './lib.mjs';

ensureDependencies();
const children = [
  spawn('npx', ['tsx', 'watch', 'apps/server/src/main.ts'], { cwd: root, stdio: 'inherit' }),
  spawn('npx', ['vite', '--port', '5173'], { cwd: `${root}/apps/web`, stdio: 'inherit' }),
];
console.log('开发模式：网页 http://localhost:5173/ （接口代理到 http://localhost:3000）');
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
