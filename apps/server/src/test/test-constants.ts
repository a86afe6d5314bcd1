import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The moment the demo data and the test clock start at (Beijing time 10:00, a Friday). */
export const demoDate = '2026-11-20T02:00:00.000Z';
export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');
export const postgresTemplatePrefix = 'qingshan_test_template';

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
