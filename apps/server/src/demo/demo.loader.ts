import { count, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencies, agencyClosure, agencyRegions, regions, users } from '../db/schema/index';
import { appendAudit, systemActor } from '../lib/audit/index';
import { hashPassword } from '../lib/auth/password';
import type { Clock } from '../lib/clock';
import { withDisplayNameSortKey, withNameSortKey } from '../lib/name-sort-key';
import {
  buildStaffAccounts,
  type DemoAccount,
  demoAccountId,
  demoAccounts,
  demoPassword,
} from './demo.accounts';
import { type AgencyRecord, agencyId, buildDemoAgencies } from './demo.agencies';
import type { DemoContext, DemoScale, DemoStep } from './demo.context';
import { loadCoveredRegions } from './demo.regions';
import { demoSteps } from './demo.steps';

const batchSize = 500;

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    await insert(rows.slice(start, start + batchSize));
  }
}

/** Every ancestor–descendant pair, from the parent links (parents come before children). */
function buildClosure(records: AgencyRecord[]) {
  const ancestorsOf = new Map<string, { id: string; depth: number }[]>();
  const rows: { ancestorId: string; descendantId: string; depth: number }[] = [];
  for (const record of records) {
    const ancestors = [
      { id: record.id, depth: 0 },
      ...(record.parentId ? (ancestorsOf.get(record.parentId) ?? []) : []).map((ancestor) => ({
        id: ancestor.id,
        depth: ancestor.depth + 1,
      })),
    ];
    ancestorsOf.set(record.id, ancestors);
    for (const ancestor of ancestors)
      rows.push({ ancestorId: ancestor.id, descendantId: record.id, depth: ancestor.depth });
  }
  return rows;
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ value: count() }).from(agencies);
  return (row?.value ?? 0) === 0;
}

export interface DemoLoadResult {
  regionCount: number;
  agencyCount: number;
  userCount: number;
  accounts: DemoAccount[];
  /** One line per demo step, in order. */
  stepSummaries: string[];
}

/**
 * Loads the demo province in one transaction: the real division tree of the covered regions,
 * their agencies, the README's demo accounts and the staff of every agency. Deterministic: the
 * same ids and names on every machine.
 */
export async function loadDemoData(
  db: Database,
  clock: Clock,
  options: { scale?: DemoScale; steps?: DemoStep[] } = {},
): Promise<DemoLoadResult> {
  const now = clock.now();
  const regionRecords = loadCoveredRegions();
  const agencyRecords = buildDemoAgencies(regionRecords);
  const staff = buildStaffAccounts(agencyRecords);
  // One hash for all demo accounts: hashing thousands of accounts would cost minutes, and they
  // share the published demo password anyway.
  const passwordHash = await hashPassword(demoPassword);
  const agencyIds = new Set(agencyRecords.map((record) => record.id));

  const namedUsers = demoAccounts.map((account) => {
    const id = agencyId(account.agencyCode);
    if (!agencyIds.has(id))
      throw new Error(`演示账号 ${account.username} 的机构 ${account.agencyCode} 不存在`);
    return {
      id: demoAccountId(account.username),
      username: account.username,
      displayName: account.displayName,
      phone: null,
      agencyId: id,
      roles: account.roles,
      status: 'active',
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: false,
      createdAt: now,
      updatedAt: now,
    };
  });
  const dayMs = 86_400_000;
  const staffUsers = staff.map((account) => ({
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    phone: account.phone,
    agencyId: account.agencyId,
    roles: account.roles,
    status: account.status,
    passwordHash,
    passwordChangedAt: new Date(now.getTime() - 30 * dayMs),
    mustChangePassword: account.mustChangePassword,
    failedLoginCount: 0,
    lockedUntil: account.isLocked ? new Date(now.getTime() + 10 * 60_000) : null,
    lastLoginAt:
      account.lastLoginDaysAgo === null
        ? null
        : new Date(now.getTime() - account.lastLoginDaysAgo * dayMs - 3_600_000),
    lastLoginIp: account.lastLoginDaysAgo === null ? null : '10.36.1.23',
    createdAt: new Date(now.getTime() - 400 * dayMs),
    updatedAt: now,
  }));

  await db.transaction(async (tx) => {
    await insertInBatches(regionRecords, (batch) => tx.insert(regions).values(batch));
    await insertInBatches(agencyRecords, (batch) =>
      tx
        .insert(agencies)
        .values(
          batch.map(({ coveredRegionCodes: _covered, ...record }) =>
            withNameSortKey({ ...record, createdAt: now, updatedAt: now }),
          ),
        ),
    );
    await insertInBatches(buildClosure(agencyRecords), (batch) => tx.insert(agencyClosure).values(batch));
    const covered = agencyRecords.flatMap((record) =>
      record.coveredRegionCodes.map((regionCode) => ({ agencyId: record.id, regionCode })),
    );
    await insertInBatches(covered, (batch) => tx.insert(agencyRegions).values(batch));
    await insertInBatches([...namedUsers, ...staffUsers], (batch) =>
      tx.insert(users).values(batch.map(withDisplayNameSortKey)),
    );
    await appendAudit(
      tx,
      systemActor,
      {
        action: 'demo.load',
        targetType: 'database',
        targetId: null,
        summary: `载入演示数据：行政区划 ${regionRecords.length} 个，机构 ${agencyRecords.length} 个，账号 ${namedUsers.length + staffUsers.length} 个`,
      },
      now,
    );
  });
  const context: DemoContext = {
    now,
    scale: options.scale ?? 'full',
    regions: regionRecords,
    agencies: agencyRecords,
    namedAccounts: namedUsers.map((user, index) => ({
      ...demoAccounts[index]!,
      id: user.id,
      agencyId: user.agencyId,
    })),
    staffAccounts: staff,
  };
  const stepSummaries: string[] = [];
  for (const step of options.steps ?? demoSteps) {
    stepSummaries.push(await db.transaction((tx) => step.load(tx, context)));
  }
  await db.execute(sql`ANALYZE`);
  return {
    regionCount: regionRecords.length,
    agencyCount: agencyRecords.length,
    userCount: namedUsers.length + staffUsers.length,
    accounts: demoAccounts,
    stepSummaries,
  };
}
