/**
 * One name per area in every layer (docs/ADDING_AN_AREA.md), checked over the file tree by
 * scripts/naming.test.ts. An area's name is the name of its folder in `packages/domain/src`; every
 * other layer spells it the same way:
 *
 * - domain files `<area>/<area>[.<topic>].ts`, contracts `<area>/<area>[.<topic>].contract.ts`;
 * - server module `apps/server/src/modules/<area>/`;
 * - schema file `apps/server/src/db/schema/<area>[.<topic>].ts`;
 * - browser test `e2e/<area>[.<topic>].e2e.ts`;
 * - demo step `apps/server/src/demo/<area>[.<topic>].demo.ts`;
 * - web module `apps/web/src/modules/<area>/`, locale file `locales/<lang>/<areaInCamelCase>.ts`.
 *
 * The few names that are not an area's say so in the tables below, each with its reason; a name
 * that is neither an area nor listed is reported, so a new area spelt two ways fails the test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Domain folders that are not an area: the pieces every area shares. */
const sharedDomainFolders = new Set(['common']);

/** Server modules and web modules named for a part of an area, with the area they belong to. */
export const moduleAreas: Record<string, string> = {
  // The organisation area has two faces: the agency tree and the administrative divisions.
  agencies: 'org',
  regions: 'org',
  // The system area's health probe (GET /api/health) for load balancers.
  health: 'system',
};

/** Schema files that hold no area's tables. */
const infrastructureSchemaFiles: Record<string, string> = {
  index: 'exports every schema file',
  columns: 'column types shared by the schema files',
  jobs: "the job queue's schedule bookkeeping (lib/jobs)",
};

/** Browser tests of the whole app rather than of one area. */
const crossCuttingBrowserTests: Record<string, string> = {
  'interface-text': 'the text of every page',
  'mobile-and-idle': 'phone-sized screens and the idle logout on every page',
  'web-delivery': 'what the built app sends (budgets, caching, compression)',
};

/** Web modules and locale files of the shell rather than of one area. */
const webShell: Record<string, string> = {
  errors: 'error pages',
  common: 'texts every page uses',
  labels: "the domain's label maps",
  layout: 'the frame, menu and header',
  home: 'the home page (the workbench)',
  'first-page': 'texts the login page loads before any area',
};

/**
 * Web names that do not follow the rule yet, each still on disk (the test fails when one is gone,
 * so the list only shrinks). Empty: every web module and locale file names its area.
 */
export const pendingWebNames = new Set<string>([]);

export interface NamingTree {
  /** Folder → file names, for every folder of `packages/domain/src`. */
  domainFolders: Record<string, string[]>;
  /** File names directly in `packages/domain/src`. */
  domainRootFiles: string[];
  serverModules: string[];
  schemaFiles: string[];
  demoFiles: string[];
  e2eFiles: string[];
  webModules: string[];
  /** File names of each locale folder, by language. */
  localeFiles: Record<string, string[]>;
}

const toKebab = (camel: string) => camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const stemOf = (file: string) => file.replace(/\.tsx?$/, '');
const areaPrefix = (stem: string) => stem.split('.')[0] as string;

/** Every name that does not say which area it belongs to, as `layer path: what is wrong`. */
export function findNamingProblems(
  tree: NamingTree,
  pending: ReadonlySet<string> = pendingWebNames,
): string[] {
  const problems: string[] = [];
  const areas = new Set(Object.keys(tree.domainFolders).filter((folder) => !sharedDomainFolders.has(folder)));
  const isArea = (name: string) => areas.has(name) || areas.has(moduleAreas[name] ?? '');
  const areaList = () => [...areas].sort().join(', ');

  for (const file of tree.domainRootFiles) {
    if (file !== 'index.ts') {
      problems.push(`packages/domain/src/${file}: belongs in its area's folder (or common/)`);
    }
  }
  for (const [folder, files] of Object.entries(tree.domainFolders)) {
    for (const file of files) {
      if (file === 'index.ts' || file === 'README.md') continue;
      if (!file.startsWith(`${folder}.`)) {
        problems.push(`packages/domain/src/${folder}/${file}: name it ${folder}.<topic>.ts`);
      }
    }
  }
  for (const name of tree.serverModules) {
    if (!isArea(name)) {
      problems.push(
        `apps/server/src/modules/${name}: not an area (${areaList()}); name it after its domain folder or add it to moduleAreas`,
      );
    }
  }
  for (const file of tree.schemaFiles) {
    const stem = stemOf(file);
    if (!areas.has(areaPrefix(stem)) && !(stem in infrastructureSchemaFiles)) {
      problems.push(`apps/server/src/db/schema/${file}: name it <area>[.<topic>].ts (${areaList()})`);
    }
  }
  for (const file of tree.demoFiles) {
    const stem = stemOf(file).replace(/\.test$/, '');
    if (stem.startsWith('demo.')) continue;
    if (!stem.endsWith('.demo') || !areas.has(areaPrefix(stem))) {
      problems.push(`apps/server/src/demo/${file}: name it <area>[.<topic>].demo.ts or demo.<part>.ts`);
    }
  }
  for (const file of tree.e2eFiles) {
    if (!file.endsWith('.e2e.ts')) continue;
    const stem = file.slice(0, -'.e2e.ts'.length);
    if (!areas.has(areaPrefix(stem)) && !(stem in crossCuttingBrowserTests)) {
      problems.push(`e2e/${file}: name it <area>[.<topic>].e2e.ts (${areaList()})`);
    }
  }
  const present = new Set<string>();
  for (const name of tree.webModules) {
    const key = `modules/${name}`;
    present.add(key);
    if (!isArea(name) && !(name in webShell) && !pending.has(key)) {
      problems.push(`apps/web/src/${key}: not an area (${areaList()}); name it after its domain folder`);
    }
  }
  for (const [language, files] of Object.entries(tree.localeFiles)) {
    for (const file of files) {
      const stem = stemOf(file);
      if (stem === 'index' || stem.includes('.')) continue;
      const key = `locales/${stem}`;
      present.add(key);
      const name = toKebab(stem);
      if (!isArea(name) && !(name in webShell) && !pending.has(key)) {
        problems.push(`apps/web/src/locales/${language}/${file}: name it after its area (${areaList()})`);
      }
    }
  }
  for (const key of pending) {
    if (!present.has(key)) {
      problems.push(`apps/web/src/${key} is gone: remove it from pendingWebNames in scripts/naming.ts`);
    }
  }
  return [...new Set(problems)].sort();
}

/**
 * Business-date arithmetic (time zones, UTC day numbers, dayjs) belongs to the calendar's
 * business-date module; another copy in the domain is how "today in Shanghai" came to exist
 * eleven times. Returns the domain files outside `calendar/` that do it themselves.
 */
export function findDateArithmetic(sources: ReadonlyMap<string, string>): string[] {
  const dateArithmetic = /\btimeZone\s*:|\bDate\.UTC\(|\b86_?400_?000\b|from 'dayjs/;
  return [...sources]
    .filter(
      ([file, text]) =>
        !file.startsWith('calendar/') && !file.endsWith('.test.ts') && dateArithmetic.test(text),
    )
    .map(
      ([file]) =>
        `packages/domain/src/${file}: use calendar/calendar.dates.ts (businessDateOf, addDays, daysBetween)`,
    )
    .sort();
}

const filesIn = (folder: string) =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
const foldersIn = (folder: string) =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

export function readNamingTree(root: string): NamingTree {
  const domain = path.join(root, 'packages/domain/src');
  const locales = path.join(root, 'apps/web/src/locales');
  return {
    domainFolders: Object.fromEntries(
      foldersIn(domain).map((folder) => [folder, filesIn(path.join(domain, folder))]),
    ),
    domainRootFiles: filesIn(domain),
    serverModules: foldersIn(path.join(root, 'apps/server/src/modules')),
    schemaFiles: filesIn(path.join(root, 'apps/server/src/db/schema')),
    demoFiles: filesIn(path.join(root, 'apps/server/src/demo')),
    e2eFiles: filesIn(path.join(root, 'e2e')),
    webModules: foldersIn(path.join(root, 'apps/web/src/modules')),
    localeFiles: Object.fromEntries(
      foldersIn(locales).map((language) => [language, filesIn(path.join(locales, language))]),
    ),
  };
}

/** The domain's TypeScript sources, by path relative to `packages/domain/src`. */
export function readDomainSources(root: string): Map<string, string> {
  const domain = path.join(root, 'packages/domain/src');
  const sources = new Map<string, string>();
  for (const folder of ['', ...foldersIn(domain)]) {
    for (const file of filesIn(path.join(domain, folder)).filter((name) => name.endsWith('.ts'))) {
      const relative = folder ? `${folder}/${file}` : file;
      sources.set(relative, readFileSync(path.join(domain, relative), 'utf8'));
    }
  }
  return sources;
}
