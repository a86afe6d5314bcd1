import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findDateArithmetic,
  findNamingProblems,
  type NamingTree,
  readDomainSources,
  readNamingTree,
} from './naming';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('one name per area in every layer (docs/ADDING_AN_AREA.md)', () => {
  it('every domain file, server module, schema file, demo step, browser test, web module and locale file names its area', () => {
    expect(findNamingProblems(readNamingTree(root))).toEqual([]);
  });

  it('no domain file outside the calendar does its own business-date arithmetic', () => {
    expect(findDateArithmetic(readDomainSources(root))).toEqual([]);
  });

  describe('the checker', () => {
    const tree = (change: Partial<NamingTree> = {}): NamingTree => ({
      domainFolders: { common: ['common.contract.ts'], cases: ['index.ts', 'cases.contract.ts'] },
      domainRootFiles: ['index.ts'],
      serverModules: ['cases'],
      schemaFiles: ['index.ts', 'cases.ts', 'cases.acts.ts'],
      demoFiles: ['demo.loader.ts', 'cases.demo.ts', 'cases.history.demo.test.ts'],
      e2eFiles: ['cases.e2e.ts', 'cases.decisions.e2e.ts', 'global-setup.ts'],
      webModules: ['cases'],
      localeFiles: { 'zh-CN': ['index.ts', 'cases.ts'], 'en-US': ['index.ts', 'cases.ts'] },
      ...change,
    });
    const none = new Set<string>();

    it('accepts an area spelt the same way in every layer', () => {
      expect(findNamingProblems(tree(), none)).toEqual([]);
    });

    it('reports a new area whose server module is spelt differently from its domain folder', () => {
      expect(findNamingProblems(tree({ serverModules: ['cases', 'penalty-cases'] }), none)).toEqual([
        'apps/server/src/modules/penalty-cases: not an area (cases); name it after its domain folder or add it to moduleAreas',
      ]);
    });

    it('reports a schema file, browser test, demo step, web module and locale file not named by an area', () => {
      expect(
        findNamingProblems(
          tree({
            schemaFiles: ['cases.ts', 'penalties.ts'],
            e2eFiles: ['case-decisions.e2e.ts'],
            demoFiles: ['cases.demo.ts', 'case-history.demo.ts'],
            webModules: ['cases', 'case-acts'],
            localeFiles: { 'zh-CN': ['cases.ts', 'caseActs.ts'] },
          }),
          none,
        ),
      ).toEqual([
        'apps/server/src/db/schema/penalties.ts: name it <area>[.<topic>].ts (cases)',
        'apps/server/src/demo/case-history.demo.ts: name it <area>[.<topic>].demo.ts or demo.<part>.ts',
        'apps/web/src/locales/zh-CN/caseActs.ts: name it after its area (cases)',
        'apps/web/src/modules/case-acts: not an area (cases); name it after its domain folder',
        'e2e/case-decisions.e2e.ts: name it <area>[.<topic>].e2e.ts (cases)',
      ]);
    });

    it("reports a contract outside its area's folder and a domain file not named by its folder", () => {
      expect(
        findNamingProblems(
          tree({
            domainFolders: {
              contracts: ['cases.ts'],
              cases: ['index.ts', 'penalty-maths.ts'],
            },
            domainRootFiles: ['index.ts', 'case-rules.ts'],
          }),
          none,
        ),
      ).toEqual([
        "packages/domain/src/case-rules.ts: belongs in its area's folder (or common/)",
        'packages/domain/src/cases/penalty-maths.ts: name it cases.<topic>.ts',
        'packages/domain/src/contracts/cases.ts: name it contracts.<topic>.ts',
      ]);
    });

    it('tolerates a pending web name while it exists and asks for its removal once it is gone', () => {
      const pending = new Set(['modules/case-acts', 'locales/caseActs']);
      expect(findNamingProblems(tree({ webModules: ['cases', 'case-acts'] }), pending)).toEqual([
        'apps/web/src/locales/caseActs is gone: remove it from pendingWebNames in scripts/naming.ts',
      ]);
    });

    it('finds time zones, UTC day numbers and dayjs outside the calendar, not inside it or in tests', () => {
      const sources = new Map([
        ['calendar/calendar.dates.ts', "import dayjs from 'dayjs';\nDate.UTC(2026, 0, 1);"],
        ['credit/credit.dates.ts', 'const days = (b - a) / 86_400_000;'],
        ['entities/entities.strip.ts', "d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });"],
        ['cases/cases.rules.test.ts', 'Date.UTC(2026, 0, 1);'],
      ]);
      expect(findDateArithmetic(sources)).toEqual([
        'packages/domain/src/credit/credit.dates.ts: use calendar/calendar.dates.ts (businessDateOf, addDays, daysBetween)',
        'packages/domain/src/entities/entities.strip.ts: use calendar/calendar.dates.ts (businessDateOf, addDays, daysBetween)',
      ]);
    });
  });
});
