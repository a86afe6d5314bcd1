import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findViolations, layoutOf, readSources } from './architecture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const layout = layoutOf(root);

describe('layer rules (docs/ARCHITECTURE.md)', () => {
  it('no module, repository or package breaks a rule beyond the known violations, and every known one still exists', () => {
    const known: string[] = JSON.parse(
      readFileSync(path.join(root, 'scripts/architecture.baseline.json'), 'utf8'),
    );
    const found = findViolations(readSources(layout), layout);
    const added = found.filter((violation) => !known.includes(violation));
    const gone = known.filter((violation) => !found.includes(violation));
    expect(added, 'new violations: go through the owning module’s index.ts').toEqual([]);
    expect(
      gone,
      'fixed violations: remove them from scripts/architecture.baseline.json (npm run architecture:baseline)',
    ).toEqual([]);
    // Reads and parses every source file of the repository: seconds on a busy 2-core machine.
  }, 60_000);

  describe('the checker', () => {
    const at = (relative: string) => path.join('/repo', relative);
    const fake = layoutOf('/repo');
    const schema = [
      at('apps/server/src/db/schema/personnel.ts'),
      "export const officers = pgTable(\n  'officers',\n  {});\n",
    ] as const;
    // The modules the cases below use have their faces, so that only what a case adds is reported.
    const faces = ['cases', 'personnel', 'audit', 'agencies'].map(
      (area) => [at(`apps/server/src/modules/${area}/index.ts`), 'export {};'] as [string, string],
    );
    const check = (extra: [string, string][]) => findViolations(new Map([schema, ...faces, ...extra]), fake);

    it('refuses a module folder without an index.ts, even when nobody imports it yet', () => {
      const routes = [
        at('apps/server/src/modules/equipment/equipment.routes.ts'),
        'export const equipmentRoutes = 1;',
      ] as [string, string];
      expect(check([routes])).toEqual([
        'apps/server/src/modules/equipment → has no index.ts (a module offers what others need through its face)',
      ]);
      expect(check([routes, [at('apps/server/src/modules/equipment/index.ts'), 'export {};']])).toEqual([]);
    });

    it('lets lib/ name the tables of its own mechanism and the organisation tables, not a module’s', () => {
      const jobsSchema = [
        at('apps/server/src/db/schema/jobs.ts'),
        "export const jobSchedules = pgTable('job_schedules', {});",
      ] as [string, string];
      expect(
        check([
          jobsSchema,
          [
            at('apps/server/src/lib/calendar.ts'),
            "import { officers } from '../db/schema/personnel';\nexport const q = 1;",
          ],
        ]),
      ).toEqual([
        "apps/server/src/lib/calendar.ts → table officers of personnel (lib/ names only its own mechanism's tables: ask the personnel module's index.ts)",
      ]);
      expect(
        check([jobsSchema, [at('apps/server/src/lib/jobs/queue.ts'), 'sql`SELECT 1 FROM officers`;']]),
      ).toHaveLength(1);
      expect(
        check([
          jobsSchema,
          [at('apps/server/src/lib/jobs/scheduler.ts'), 'sql`SELECT 1 FROM job_schedules JOIN agencies`;'],
        ]),
      ).toEqual([]);
    });

    it('refuses an import of another module’s internals and allows its index.ts', () => {
      const face = [at('apps/server/src/modules/personnel/index.ts'), 'export const x = 1;'] as [
        string,
        string,
      ];
      const internal = [
        at('apps/server/src/modules/personnel/officer.repository.ts'),
        'export const y = 1;',
      ] as [string, string];
      expect(
        check([
          face,
          internal,
          [at('apps/server/src/modules/cases/case.service.ts'), "import { x } from '../personnel/index';"],
        ]),
      ).toEqual([]);
      expect(
        check([
          face,
          internal,
          [
            at('apps/server/src/modules/cases/case.service.ts'),
            "import { y } from '../personnel/officer.repository';",
          ],
        ]),
      ).toEqual([
        "apps/server/src/modules/cases/case.service.ts → apps/server/src/modules/personnel/officer.repository.ts (import the module's index.ts)",
      ]);
    });

    it('refuses a repository that names another area’s table, through drizzle or in raw SQL', () => {
      expect(
        check([
          [
            at('apps/server/src/modules/cases/case.repository.ts'),
            "import { officers } from '../../db/schema/personnel';\nexport const q = 1;",
          ],
        ]),
      ).toEqual([
        'apps/server/src/modules/cases/case.repository.ts → table officers of personnel (ask the personnel module)',
      ]);
      expect(
        check([
          [
            at('apps/server/src/modules/cases/case.repository.ts'),
            'const q = sql`SELECT 1 FROM officers o`;',
          ],
        ]),
      ).toHaveLength(1);
      expect(
        check([
          [
            at('apps/server/src/modules/personnel/officer.repository.ts'),
            'const q = sql`SELECT 1 FROM officers`;',
          ],
        ]),
      ).toEqual([]);
    });

    it('lets only the audit writer write the audit trail', () => {
      const writes = [
        'await tx.insert(auditLog).values(entry);',
        'await db.execute(sql`UPDATE audit_log SET summary = 1`);',
        'await db.execute(sql`delete from audit_log`);',
      ];
      for (const text of writes) {
        expect(check([[at('apps/server/src/modules/cases/case.service.ts'), text]])).toEqual([
          'apps/server/src/modules/cases/case.service.ts → writes audit_log (only lib/audit/audit.writer.ts writes the audit trail)',
        ]);
        expect(check([[at('apps/server/src/lib/audit/audit.writer.ts'), text]])).toEqual([]);
      }
      expect(
        check([[at('apps/server/src/modules/audit/audit.repository.ts'), 'db.select().from(auditLog)']]),
      ).toEqual([]);
    });

    it('lets any module read the organisation tables through lib/organisation.ts and only the agencies and regions modules write them', () => {
      const read = [
        at('apps/server/src/modules/cases/case.repository.ts'),
        "import { agencies } from '../../lib/organisation';\nexport const q = (db) => db.select().from(agencies);",
      ] as [string, string];
      expect(check([read])).toEqual([]);
      for (const text of [
        'await tx.update(agencies).set({ name });',
        'await db.execute(sql`INSERT INTO agency_closure VALUES (1, 2, 0)`);',
      ]) {
        expect(check([[at('apps/server/src/modules/cases/case.service.ts'), text]])).toEqual([
          'apps/server/src/modules/cases/case.service.ts → writes an organisation table (only the agencies and regions modules write them)',
        ]);
        expect(check([[at('apps/server/src/modules/agencies/agency.repository.ts'), text]])).toEqual([]);
      }
    });

    it('refuses a domain file that imports from apps/', () => {
      expect(
        check([
          [
            at('packages/domain/src/cases/rules.ts'),
            "import { db } from '../../../../apps/server/src/db/client';",
          ],
        ]),
      ).toEqual([
        'packages/domain/src/cases/rules.ts → apps/server/src/db/client (the domain imports nothing from apps/)',
      ]);
    });
  });
});
