import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/server, whether running from src/ (tsx, vitest) or from the bundle in dist/. */
const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repositoryRoot = path.resolve(serverRoot, '..', '..');

export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL when set; otherwise embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  profileId: string;
  migrationsFolder: string;
  webDistFolder: string;
  /** Mark cookies Secure (behind HTTPS). */
  cookieSecure: boolean;
  /** Trust X-Forwarded-For from a reverse proxy for the client address in the audit trail. */
  trustProxy: boolean;
  logLevel: string;
  loadDemoData: boolean;
  /** When set, the server's clock (and the demo data laid out around "today") starts here. */
  clockStart: Date | null;
  /**
   * When set, every SQL statement the server sends is appended to this file as a JSON line: the
   * bench replays a request's statements on a bare Fastify + pg server (scripts/bench).
   */
  queryLogFile: string | null;
}

/** An ISO 8601 instant with its offset, so the same value means the same instant on every machine. */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function readClockStart(value: string | undefined): Date | null {
  const text = value?.trim();
  if (!text) return null;
  const start = new Date(text);
  if (!isoInstant.test(text) || Number.isNaN(start.getTime())) {
    throw new Error(`QINGSHAN_CLOCK_START 应为带时区的时刻，例如 2026-11-20T10:00:00+08:00，当前为 ${value}`);
  }
  return start;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number.parseInt(env.PORT ?? '3000', 10);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT 应为 0–65535 之间的整数，当前为 ${env.PORT}`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: path.resolve(repositoryRoot, env.QINGSHAN_DATA_DIR ?? 'data'),
    profileId: env.QINGSHAN_PROFILE ?? 'jiangxi',
    migrationsFolder: path.join(serverRoot, 'drizzle'),
    webDistFolder: path.join(repositoryRoot, 'apps', 'web', 'dist'),
    cookieSecure: env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    // Requests are logged at info; a person running npm start wants the banner, not a log stream.
    logLevel: env.LOG_LEVEL ?? 'warn',
    loadDemoData: env.QINGSHAN_DEMO !== 'false',
    clockStart: readClockStart(env.QINGSHAN_CLOCK_START),
    queryLogFile: env.QINGSHAN_QUERY_LOG?.trim() || null,
  };
}
