import { randomUUID } from 'node:crypto';
import { businessDateOf, generateCreditCode, getProvinceProfile, type Role } from '@qingshan/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client';
import {
  agencies,
  agencyClosure,
  agencyRegions,
  randomCheckPlans,
  randomCheckTaskOfficers,
  randomCheckTasks,
} from '../db/schema/index';
import { SeededRandom } from '../demo/demo.random';
import { hashPassword } from '../lib/auth/password';
import { withNameSortKey } from '../lib/name-sort-key';
import { insertAgencyWithClosure } from '../modules/agencies/index';
import { startClock } from '../modules/clocks/index';
import { insertEntity } from '../modules/entities/index';
import { resultsClockOf } from '../modules/random-checks/index';
import { insertUser } from '../modules/users/index';
import type { TestAgent, TestServer } from './test-server';

/**
 * Data a test builds for itself, so that a test does not depend on the names and codes the demo
 * province happens to generate (docs/ARCHITECTURE.md, "Test data"). Values are deterministic per
 * server (a serial counts up from 1 on each fresh database) and unique within it.
 */

const serials = new WeakMap<TestServer, number>();

function nextSerial(server: TestServer): number {
  const serial = (serials.get(server) ?? 0) + 1;
  serials.set(server, serial);
  return serial;
}

export interface TestAgency {
  id: string;
  code: string;
  name: string;
  kind: string;
  /** The county (6-digit GB/T 2260 code) the agency sits in. */
  regionCode: string;
  /** Towns (9-digit codes) the agency covers: an entity in one of them is owned by this agency. */
  townCodes: string[];
}

/**
 * A field office (执法局) covering towns no other agency covers, so that ownership by location
 * (entity.ownership.ts) gives its entities to it and to nobody else. Without a parent it is the
 * root of its own jurisdiction: a user of another test agency never sees into it. With a parent
 * it lies in the parent's subtree (closure rows written by the agency module's repository).
 */
export async function createAgency(
  server: TestServer,
  options: {
    parent?: TestAgency;
    towns?: number;
    name?: string;
    kind?: 'field_office' | 'county_bureau';
  } = {},
): Promise<TestAgency> {
  const serial = nextSerial(server);
  const townCodes = await freeTowns(server, options.towns ?? 2, options.parent?.regionCode);
  const [county] = await queryRows<{ parent_code: string }>(
    server.db,
    sql`SELECT parent_code FROM regions WHERE code = ${townCodes[0]}`,
  );
  const regionCode = county!.parent_code;
  const id = randomUUID();
  const code = `T${String(serial).padStart(4, '0')}`;
  const name = options.name ?? `测试第${serial}执法局`;
  const now = server.clock.now();
  const row = {
    id,
    code,
    name,
    shortName: name,
    kind: options.kind ?? 'field_office',
    level: options.kind === 'county_bureau' ? 'county' : 'field',
    regionCode,
    jurisdictionAgencyId: null,
    sortOrder: 0,
    createdAt: now,
    updatedAt: now,
  };
  if (options.parent) {
    await insertAgencyWithClosure(server.db, { ...row, parentId: options.parent.id }, townCodes);
  } else {
    // The agency module only ever adds children (a province tree is loaded, not created), so a
    // root has no repository function: its row, its closure row to itself, and its towns.
    await server.db.transaction(async (tx) => {
      await tx.insert(agencies).values(withNameSortKey({ ...row, parentId: null }));
      await tx.insert(agencyClosure).values({ ancestorId: id, descendantId: id, depth: 0 });
      await tx.insert(agencyRegions).values(townCodes.map((regionCode) => ({ agencyId: id, regionCode })));
    });
  }
  return { id, code, name, kind: row.kind, regionCode, townCodes };
}

/** Towns of real GB/T 2260 counties that no agency covers yet, first by code (within `countyCode` if given). */
async function freeTowns(server: TestServer, count: number, countyCode?: string): Promise<string[]> {
  // The test server runs the Jiangxi profile: real-name numbers and certificates belong to it.
  const province = `${getProvinceProfile('jiangxi').provinceCode.slice(0, 2)}%`;
  const rows = await queryRows<{ code: string }>(
    server.db,
    sql`SELECT r.code FROM regions r
        WHERE r.level = 'town' AND NOT r.is_development_zone AND r.code LIKE ${province}
          ${countyCode ? sql`AND r.parent_code = ${countyCode}` : sql``}
          AND NOT EXISTS (SELECT 1 FROM agency_regions ar WHERE ar.region_code = r.code)
          AND r.parent_code = (
            SELECT t.parent_code FROM regions t
            WHERE t.level = 'town' AND NOT t.is_development_zone AND t.code LIKE ${province}
              ${countyCode ? sql`AND t.parent_code = ${countyCode}` : sql``}
              AND NOT EXISTS (SELECT 1 FROM agency_regions ar WHERE ar.region_code = t.code)
            ORDER BY t.code LIMIT 1)
        ORDER BY r.code LIMIT ${count}`,
  );
  if (rows.length === 0) throw new Error('no town left that no agency covers');
  return rows.map((row) => row.code);
}

/** Meets the password policy; every factory account logs in with it. */
export const factoryPassword = 'Factory#Pass2026';
let factoryPasswordHash: Promise<string> | null = null;

export interface TestUser {
  id: string;
  username: string;
  password: string;
  roles: Role[];
  agency: TestAgency;
  /** Logged in through the login endpoint; sends the CSRF token on writes. */
  agent: TestAgent;
}

/**
 * An active account of the agency with the given roles, its password already chosen (no
 * first-login change pending), logged in. Written by the user module's repository: the account
 * workflow (create, assign roles, first login) is what users and auth tests test themselves.
 */
export async function createUser(
  server: TestServer,
  agency: TestAgency,
  roles: Role[],
  options: { username?: string; displayName?: string } = {},
): Promise<TestUser> {
  const serial = nextSerial(server);
  const username = options.username ?? `t${String(serial).padStart(4, '0')}_${roles[0] ?? 'none'}`;
  factoryPasswordHash ??= hashPassword(factoryPassword);
  const id = randomUUID();
  const now = server.clock.now();
  await insertUser(server.db, {
    id,
    username,
    displayName: options.displayName ?? `测试用户${serial}`,
    agencyId: agency.id,
    roles,
    status: 'active',
    passwordHash: await factoryPasswordHash,
    passwordChangedAt: now,
    mustChangePassword: false,
    createdAt: now,
    updatedAt: now,
  });
  const agent = server.anonymous();
  const login = await agent.login(username, factoryPassword);
  if (login.status !== 200) throw new Error(`login as ${username} failed: ${JSON.stringify(login.body)}`);
  return { id, username, password: factoryPassword, roles, agency, agent };
}

export interface TestEntity {
  id: string;
  creditCode: string;
  name: string;
  regionCode: string;
  ownerAgencyId: string;
}

/**
 * A regulated entity in one of the agency's towns, with a valid GB 32100 credit code of that
 * county (check digit from the domain's generator), written by the entity module's repository.
 */
export async function createEntity(
  server: TestServer,
  agency: TestAgency,
  options: {
    name?: string;
    townCode?: string;
    industryCode?: string;
    /** Further columns (address, permit, location …) as the registry stores them. */
    fields?: Partial<Parameters<typeof insertEntity>[1]>;
  } = {},
): Promise<TestEntity> {
  const serial = nextSerial(server);
  const regionCode = options.townCode ?? agency.townCodes[serial % agency.townCodes.length]!;
  const random = new SeededRandom(`factory-entity-${serial}`);
  const creditCode = generateCreditCode(() => random.next(), { regionCode: regionCode.slice(0, 6) });
  const name = options.name ?? `测试监管对象${serial}有限公司`;
  const id = randomUUID();
  const now = server.clock.now();
  await insertEntity(server.db, {
    id,
    creditCode,
    name,
    regionCode,
    countyCode: regionCode.slice(0, 6),
    ownerAgencyId: agency.id,
    industryCode: options.industryCode ?? '2614',
    createdAt: now,
    updatedAt: now,
    ...options.fields,
  });
  return { id, creditCode, name, regionCode, ownerAgencyId: agency.id };
}

/** A complete officer as the form sends it, with a certificate valid until 2029-02-28. */
export function officerInput(
  server: TestServer,
  agency: TestAgency,
  overrides: Record<string, unknown> = {},
) {
  const serial = nextSerial(server);
  return {
    agencyId: agency.id,
    name: `测试人员${serial}`,
    gender: 'male',
    birthYear: 1990,
    phone: '13800000000',
    post: '执法人员',
    certificateNumber: `T${String(serial).padStart(9, '0')}`,
    certificateIssuer: '江西省人民政府',
    certificateValidFrom: '2024-03-01',
    certificateValidUntil: '2029-02-28',
    specialties: ['water'],
    joinedOn: '2015-07-01',
    ...overrides,
  };
}

export interface TestOfficer {
  id: string;
  realNameNumber: string;
  name: string;
}

/**
 * An officer registered through the personnel API by `by` (an agency head in scope), so the
 * real-name number, certificate checks and audit entry are the module's own.
 */
export async function createOfficer(
  server: TestServer,
  by: TestUser,
  overrides: Record<string, unknown> & { agency?: TestAgency } = {},
): Promise<TestOfficer> {
  const { agency, ...fields } = overrides;
  const response = await by.agent.post('/api/officers', officerInput(server, agency ?? by.agency, fields));
  if (response.status !== 201)
    throw new Error(`creating an officer failed: ${JSON.stringify(response.body)}`);
  return response.body as TestOfficer;
}

/** A new session of a factory user (e.g. after moving the clock past the session's lifetime). */
export async function loginAgain(server: TestServer, user: TestUser): Promise<TestAgent> {
  const agent = server.anonymous();
  const login = await agent.login(user.username, user.password);
  if (login.status !== 200)
    throw new Error(`login as ${user.username} failed: ${JSON.stringify(login.body)}`);
  user.agent = agent;
  return agent;
}

export interface TestInspector {
  /** The inspector's account (role `inspector`), logged in. */
  user: TestUser;
  officer: TestOfficer;
}

/**
 * An officer with a platform account of their own: registered by `by` (an agency head) through the
 * personnel API and linked to a new inspector account the way the personnel page links one, so
 * the officer can be drawn into a team and later sign in to fill the record.
 */
export async function createInspector(
  server: TestServer,
  by: TestUser,
  overrides: Record<string, unknown> & { agency?: TestAgency } = {},
): Promise<TestInspector> {
  const user = await createUser(server, overrides.agency ?? by.agency, ['inspector']);
  const officer = await createOfficer(server, by, overrides);
  const linked = await by.agent.put(`/api/officers/${officer.id}/account`, { userId: user.id });
  if (linked.status !== 200) throw new Error(`linking an account failed: ${JSON.stringify(linked.body)}`);
  return { user, officer };
}

export interface TestCatalogue {
  id: string;
  /** The published items' ids and names, in the order given. */
  itemIds: string[];
  itemNames: string[];
}

/** One random-inspection item (随机抽查事项) as the catalogue form sends it; `code` must be unique. */
export function catalogueItemInput(code: string, overrides: Record<string, unknown> = {}) {
  return {
    code,
    name: `测试抽查事项${code}`,
    data: {
      basis: [{ law: '《中华人民共和国水污染防治法》', article: '第八十四条第二款' }],
      inspectingBody: '测试执法局',
      objectScope: { kind: 'all', description: '全部排污单位' },
      content: '排污口设置是否符合规定',
      ratio: { kind: 'officer_ratio', officers: 1, entities: 5 },
      frequency: 'yearly',
      requiredSpecialties: [],
    },
    ...overrides,
  };
}

/**
 * A published random-inspection catalogue (随机抽查事项清单) of `by`'s agency, made through the
 * catalogue API as its head makes one: a draft, its items, published. A plan of the agency or of
 * an agency below it may then choose these items.
 */
export async function createCatalogue(
  server: TestServer,
  by: TestUser,
  options: { items?: number } = {},
): Promise<TestCatalogue> {
  const serial = nextSerial(server);
  const created = await by.agent.post('/api/catalogues', {
    kind: 'random_inspection_items',
    ownerAgencyId: by.agency.id,
    title: `${by.agency.name}随机抽查事项清单（测试${serial}）`,
    effectiveFrom: '2026-01-01',
  });
  if (created.status !== 201) throw new Error(`creating a catalogue failed: ${JSON.stringify(created.body)}`);
  const id: string = created.body.id;
  for (let index = 1; index <= (options.items ?? 1); index += 1) {
    const item = await by.agent.post(
      `/api/catalogues/${id}/items`,
      catalogueItemInput(`T${serial}-SJ-${String(index).padStart(2, '0')}`),
    );
    if (item.status !== 201) throw new Error(`adding an item failed: ${JSON.stringify(item.body)}`);
  }
  const published = await by.agent.post(`/api/catalogues/${id}/publish`);
  if (published.status !== 200)
    throw new Error(`publishing a catalogue failed: ${JSON.stringify(published.body)}`);
  const items = (await by.agent.get(`/api/catalogues/${id}/items?pageSize=100`)).body.items as {
    id: string;
    name: string;
  }[];
  return { id, itemIds: items.map((item) => item.id), itemNames: items.map((item) => item.name) };
}

export interface TestPlan {
  id: string;
  number: string;
  title: string;
  inspectionStartsOn: string;
}

/**
 * A random-check plan of `by`'s agency created through the plan API (a draft over the agency's
 * own pool, general stratum), its commitment published and — unless `draw: false` — drawn with a
 * fixed public entropy, so the tasks are the draw's own. Dates default to a special plan in
 * November–December of the demo year, inspections from 2026-11-25.
 */
export async function createPlan(
  server: TestServer,
  by: TestUser,
  catalogue: TestCatalogue,
  options: {
    title?: string;
    inspectionStartsOn?: string;
    inspectionDueOn?: string;
    draw?: boolean;
    fields?: Record<string, unknown>;
  } = {},
): Promise<TestPlan> {
  const serial = nextSerial(server);
  const inspectionStartsOn = options.inspectionStartsOn ?? '2026-11-25';
  const created = await by.agent.post('/api/random-checks/plans', {
    title: options.title ?? `测试抽查计划${serial}`,
    kind: 'special',
    year: 2026,
    periodStart: '2026-11-01',
    periodEnd: '2026-12-31',
    inspectionStartsOn,
    inspectionDueOn: options.inspectionDueOn ?? '2026-12-10',
    items: catalogue.itemIds.map((catalogueItemId) => ({ catalogueItemId, requiredSpecialty: null })),
    poolFilter: { countyCodes: [], industryCodes: [], permitClasses: [], strata: ['general'] },
    jointDepartments: [],
    ...options.fields,
  });
  if (created.status !== 200) throw new Error(`creating a plan failed: ${JSON.stringify(created.body)}`);
  const plan: TestPlan = {
    id: created.body.id,
    number: created.body.number,
    title: created.body.title,
    inspectionStartsOn,
  };
  if (options.draw === false) return plan;
  const committed = await by.agent.post(`/api/random-checks/plans/${plan.id}/commit`);
  if (committed.status !== 200)
    throw new Error(`committing a plan failed: ${JSON.stringify(committed.body)}`);
  const drawn = await by.agent.post(`/api/random-checks/plans/${plan.id}/draw`, {
    publicEntropy: `${serial} 6 2 3 1 5 4`,
    witnesses: '测试见证人 王明',
  });
  if (drawn.status !== 200) throw new Error(`drawing a plan failed: ${JSON.stringify(drawn.body)}`);
  return plan;
}

export interface TestTask {
  planId: string;
  taskId: string;
  entityId: string;
}

/**
 * A drawn plan of the entity's agency with one task on the entity, its team `officers` (the first
 * the lead), written as the draw leaves them. For tests that need a task whose inspection days
 * lie in the past of the test clock (a plan made through the API must start in the future), or
 * several tasks sharing one team; `createPlan` is the way through the draw itself.
 */
export async function createDrawnTask(
  server: TestServer,
  entity: TestEntity,
  options: {
    officers: TestOfficer[];
    itemIds: string[];
    inspectionStartsOn: string;
    inspectionDueOn: string;
    title?: string;
  },
): Promise<TestTask> {
  const serial = nextSerial(server);
  const now = server.clock.now();
  const planId = randomUUID();
  const taskId = randomUUID();
  const number = `2026-SJ-T${String(serial).padStart(4, '0')}`;
  const title = options.title ?? `测试抽查计划${serial}`;
  await server.db.transaction(async (tx) => {
    await tx.insert(randomCheckPlans).values({
      id: planId,
      agencyId: entity.ownerAgencyId,
      number,
      title,
      year: 2026,
      kind: 'special',
      periodStart: '2026-10-01',
      periodEnd: '2026-12-31',
      inspectionStartsOn: options.inspectionStartsOn,
      inspectionDueOn: options.inspectionDueOn,
      publicationDueOn: '2026-12-31',
      poolFilter: {},
      ratioOfficers: 1,
      ratioEntities: 10,
      keyPolluterPercent: 25,
      specialObjectPercent: 10,
      minOfficersPerTask: 2,
      status: 'drawn',
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(randomCheckTasks).values({
      id: taskId,
      planId,
      entityId: entity.id,
      agencyId: entity.ownerAgencyId,
      stratum: 'general',
      position: 1,
      itemIds: options.itemIds,
      status: 'pending',
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(randomCheckTaskOfficers).values(
      options.officers.map((officer, index) => ({
        taskId,
        officerId: officer.id,
        role: index === 0 ? 'lead' : 'member',
      })),
    );
    // The draw starts each task's field-record clock (DR-5, SYS-3); so does this stand-in for it.
    const inspectors = await queryRows<{ user_id: string }>(
      tx,
      sql`SELECT user_id FROM officers WHERE id IN (${sql.join(
        options.officers.map((officer) => sql`${officer.id}`),
        sql`, `,
      )}) AND user_id IS NOT NULL`,
    );
    const [agency] = await queryRows<{ region_code: string }>(
      tx,
      sql`SELECT region_code FROM agencies WHERE id = ${entity.ownerAgencyId}`,
    );
    await startClock(
      { db: tx, clock: server.clock, profile: getProvinceProfile() },
      tx,
      resultsClockOf(
        {
          id: taskId,
          entityName: entity.name,
          plan: {
            id: planId,
            number,
            title,
            agencyId: entity.ownerAgencyId,
            agencyRegionCode: agency?.region_code ?? entity.regionCode,
            inspectionStartsOn: options.inspectionStartsOn,
            inspectionDueOn: options.inspectionDueOn,
            publicationDueOn: '2026-12-31',
          },
        },
        inspectors.map((row) => row.user_id),
        businessDateOf(now),
      ),
    );
  });
  return { planId, taskId, entityId: entity.id };
}
