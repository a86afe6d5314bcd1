/**
 * The layer rules of docs/ARCHITECTURE.md, checked over the source (scripts/architecture.test.ts):
 *
 * 1. A server module is reached by the rest of the server only through its `index.ts` (its face),
 *    and every module folder has one. `modules/index.ts` registers every module's routes and may
 *    import `*.routes.ts`.
 * 2. A server module's code touches only its own area's tables, named through the drizzle schema
 *    or in raw SQL. Organisation tables (regions, agencies, their closure and regions served) are
 *    shared: any module reads them through `lib/organisation.ts`, and only the agencies and regions
 *    modules write them. Code in `lib/` names only the tables of the mechanism it implements
 *    (`libTableAreas`) besides the organisation tables; a module's data is reached through its face.
 *    The demo loader, `db/` (schema, migrations, start-up backfills) and tests are not held to
 *    rule 2 (D54c).
 * 3. `packages/domain` imports nothing from `apps/`, and the web app nothing from the server.
 * 4. The audit trail has one writer, `lib/audit/audit.writer.ts` (it keeps the hash chain): no
 *    other server code inserts, updates or deletes `audit_log` rows (tests that tamper excepted).
 *
 * Violations that exist are listed in `architecture.baseline.json`: a new one fails the test, and
 * an entry that no longer occurs fails it too, so the list only shrinks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type SourceFiles = ReadonlyMap<string, string>;

/**
 * The area a schema file's tables belong to: its stem up to the first dot (`random-checks.reports`
 * belongs to random checks). The organisation tables (`org.ts`) are shared by every area; `jobs.ts`
 * is the job queue's own bookkeeping.
 */
export function schemaFileArea(stem: string): string {
  const area = stem.split('.')[0] as string;
  return area === 'org' ? 'organisation' : area;
}

/** Shared organisation tables: any area may read them through `lib/`; these modules own them. */
const organisationModules = new Set(['agencies', 'regions']);

/**
 * The mechanisms of `lib/` (a file, or a folder and what is below it, relative to the server's
 * `src`) that name tables, and whose tables: each is beneath every module and keeps its own
 * tables. The organisation tables are allowed to all of `lib/`.
 */
const libTableAreas: Record<string, readonly string[]> = {
  // The one writer and the verifier of the hash chain (rule 4).
  'lib/audit': ['audit'],
  // The job queue and its schedules run every area's jobs.
  'lib/jobs': ['jobs'],
  // Every request is authenticated here: its session and the account it belongs to, in one statement.
  'lib/auth/session.ts': ['auth', 'users'],
};

export interface TableInfo {
  identifier: string;
  sqlName: string;
  area: string;
}

/** The tables declared in the drizzle schema files (`export const x = pgTable('x', …)`). */
export function collectTables(files: SourceFiles, schemaFolder: string): TableInfo[] {
  const declared = /export const (\w+) = pgTable\(\s*'([a-z0-9_]+)'/g;
  const tables: TableInfo[] = [];
  for (const [file, text] of files) {
    if (path.dirname(file) !== schemaFolder || !file.endsWith('.ts')) continue;
    const area = schemaFileArea(path.basename(file, '.ts'));
    for (const match of text.matchAll(declared)) {
      tables.push({ identifier: match[1] as string, sqlName: match[2] as string, area });
    }
  }
  return tables;
}

interface ImportFound {
  target: string;
  names: string[];
}

function resolveImport(fromFile: string, specifier: string, files: SourceFiles): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (files.has(candidate)) return candidate;
  }
  return base.endsWith('.js') ? base.replace(/\.js$/, '.ts') : base;
}

/** Every import and re-export of a file, resolved to a path when relative, with the names it binds. */
export function importsOf(file: string, text: string, files: SourceFiles): ImportFound[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found: ImportFound[] = [];
  for (const statement of source.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const names: string[] = [];
      if (ts.isImportDeclaration(statement)) {
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) names.push((element.propertyName ?? element.name).text);
        }
        if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
      }
      found.push({ target: resolveImport(file, statement.moduleSpecifier.text, files), names });
    }
  }
  return found;
}

export interface Layout {
  root: string;
  server: string;
  modules: string;
  schema: string;
  domain: string;
  web: string;
}

export function layoutOf(root: string): Layout {
  const server = path.join(root, 'apps/server/src');
  return {
    root,
    server,
    modules: path.join(server, 'modules'),
    schema: path.join(server, 'db/schema'),
    domain: path.join(root, 'packages/domain/src'),
    web: path.join(root, 'apps/web/src'),
  };
}

function moduleOf(file: string, modulesFolder: string): string | null {
  const relative = path.relative(modulesFolder, file);
  if (relative.startsWith('..') || !relative.includes(path.sep)) return null;
  return relative.split(path.sep)[0] as string;
}

const isTest = (file: string) => /\.test\.tsx?$|test-support\.ts$/.test(file);

/** Every broken rule, as `relative/file → what it reaches`; sorted, so the baseline diffs read well. */
export function findViolations(files: SourceFiles, layout: Layout): string[] {
  const violations = new Set<string>();
  const relative = (file: string) => path.relative(layout.root, file);
  const tables = collectTables(files, layout.schema);
  const tableByIdentifier = new Map(tables.map((table) => [table.identifier, table]));
  const rawTableName = new RegExp(
    `\\b(?:FROM|JOIN|INTO|UPDATE|from|join|into|update)\\s+"?(${tables.map((t) => t.sqlName).join('|')})\\b`,
    'g',
  );
  const registry = path.join(layout.modules, 'index.ts');
  const auditWriter = path.join(layout.server, 'lib/audit/audit.writer.ts');
  const organisationWrite =
    /\.(?:insert|update|delete)\(\s*(?:agencies|agencyClosure|agencyRegions|regions)\b|\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(?:agencies|agency_closure|agency_regions|regions)\b/g;
  const auditWrite =
    /\.(?:insert|update|delete)\(\s*auditLog\b|\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?audit_log\b/gi;

  for (const [file, text] of files) {
    if (!/\.tsx?$/.test(file)) continue;
    const imports = importsOf(file, text, files);

    if (file.startsWith(`${layout.domain}${path.sep}`)) {
      for (const { target } of imports) {
        if (target.includes(`${path.sep}apps${path.sep}`) || target.startsWith('@qingshan/server')) {
          violations.add(`${relative(file)} → ${relative(target)} (the domain imports nothing from apps/)`);
        }
      }
      continue;
    }
    if (file.startsWith(`${layout.web}${path.sep}`)) {
      for (const { target } of imports) {
        if (target.startsWith(`${layout.server}${path.sep}`) || target.startsWith('@qingshan/server')) {
          violations.add(
            `${relative(file)} → ${relative(target)} (the web app imports nothing from the server)`,
          );
        }
      }
      continue;
    }
    if (!file.startsWith(`${layout.server}${path.sep}`)) continue;

    if (file !== auditWriter && !isTest(file) && auditWrite.test(text)) {
      violations.add(
        `${relative(file)} → writes audit_log (only lib/audit/audit.writer.ts writes the audit trail)`,
      );
    }
    auditWrite.lastIndex = 0;

    const ownModule = moduleOf(file, layout.modules);
    const libFile = path.relative(layout.server, file);
    const libAreas = libFile.startsWith(`lib${path.sep}`) ? libAreasOf(libFile) : null;
    if (ownModule && !organisationModules.has(ownModule) && !isTest(file) && organisationWrite.test(text)) {
      violations.add(
        `${relative(file)} → writes an organisation table (only the agencies and regions modules write them)`,
      );
    }
    organisationWrite.lastIndex = 0;
    for (const { target, names } of imports) {
      const targetModule = moduleOf(target, layout.modules);
      if (targetModule && targetModule !== ownModule) {
        const isFace =
          path.basename(target) === 'index.ts' &&
          path.dirname(target) === path.join(layout.modules, targetModule);
        const isRegistration = file === registry && target.endsWith('.routes.ts');
        if (!isFace && !isRegistration) {
          violations.add(`${relative(file)} → ${relative(target)} (import the module's index.ts)`);
        }
      }
      // Tables named through the drizzle schema.
      if ((ownModule || libAreas) && !isTest(file) && target.startsWith(layout.schema)) {
        for (const name of names) {
          const table = tableByIdentifier.get(name);
          if (table) checkNamedTable(table, file);
        }
      }
    }
    if ((ownModule || libAreas) && !isTest(file)) {
      for (const match of text.matchAll(rawTableName)) {
        const table = tables.find((candidate) => candidate.sqlName === match[1]);
        if (table) checkNamedTable(table, file);
      }
    }

    function checkNamedTable(table: TableInfo, file: string): void {
      if (ownModule) checkTable(table, ownModule, file);
      else if (libAreas && table.area !== 'organisation' && !libAreas.includes(table.area)) {
        violations.add(
          `${relative(file)} → table ${table.sqlName} of ${table.area} (lib/ names only its own mechanism's tables: ask the ${table.area} module's index.ts)`,
        );
      }
    }
  }

  // Rule 1: every module folder offers its face, even when it offers nothing yet.
  const moduleFolders = new Set<string>();
  for (const file of files.keys()) {
    const folder = moduleOf(file, layout.modules);
    if (folder) moduleFolders.add(folder);
  }
  for (const folder of moduleFolders) {
    if (!files.has(path.join(layout.modules, folder, 'index.ts'))) {
      violations.add(
        `${relative(path.join(layout.modules, folder))} → has no index.ts (a module offers what others need through its face)`,
      );
    }
  }

  function checkTable(table: TableInfo, ownModule: string, file: string): void {
    if (table.area === ownModule) return;
    if (table.area === 'organisation' && organisationModules.has(ownModule)) return;
    const hint =
      table.area === 'organisation'
        ? 'read it through lib/ or the agencies module'
        : `ask the ${table.area} module`;
    violations.add(`${relative(file)} → table ${table.sqlName} of ${table.area} (${hint})`);
  }

  return [...violations].sort();
}

function libAreasOf(libFile: string): readonly string[] {
  const posix = libFile.split(path.sep).join('/');
  for (const [mechanism, areas] of Object.entries(libTableAreas)) {
    if (posix === mechanism || posix.startsWith(`${mechanism}/`)) return areas;
  }
  return [];
}

/** The TypeScript sources under the folders the rules cover. */
export function readSources(layout: Layout): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(full);
      } else if (/\.tsx?$/.test(entry.name)) {
        files.set(full, readFileSync(full, 'utf8'));
      }
    }
  };
  for (const folder of [layout.server, layout.domain, layout.web]) walk(folder);
  return files;
}
