import { randomUUID } from 'node:crypto';
import { generateCreditCode } from '@qingshan/domain';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import {
  entityEvents,
  entitySupervisors,
  officerSecondments,
  officers,
  regulatedEntities,
  users,
} from '../../db/schema/index';
import { agencyId } from '../../demo/demo.agencies';
import { SeededRandom } from '../../demo/demo.random';
import type { TestAgent, TestResponse, TestServer } from '../../test/test-server';

/** Helpers the personnel API tests share (not a test file itself). */

export function expectError(response: TestResponse, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (field !== undefined) expect(response.body.error.field).toBe(field);
}

/**
 * A generated demo account of the agency holding `role` that can log in now (active, not locked,
 * no pending password change), e.g. the head of 进贤县局 for "another county" checks.
 */
export async function usableAccountOf(server: TestServer, agencyCode: string, role: string): Promise<string> {
  const rows = await server.db
    .select({ username: users.username })
    .from(users)
    .where(
      and(
        eq(users.agencyId, agencyId(agencyCode)),
        sql`${role} = ANY(${users.roles})`,
        eq(users.status, 'active'),
        eq(users.mustChangePassword, false),
        isNull(users.lockedUntil),
      ),
    )
    .orderBy(users.username)
    .limit(1);
  if (!rows[0]) throw new Error(`no usable ${role} account in ${agencyCode}`);
  return rows[0].username;
}

/** A complete officer as the form sends it, with a certificate valid until `validUntil`. */
export function officerBody(agencyCode: string, overrides: Record<string, unknown> = {}) {
  return {
    agencyId: agencyId(agencyCode),
    name: '测试人员',
    gender: 'male',
    birthYear: 1990,
    phone: '13800000000',
    post: '执法人员',
    certificateNumber: `T${Math.floor(Math.random() * 1e9)}`,
    certificateIssuer: '江西省人民政府',
    certificateValidFrom: '2024-03-01',
    certificateValidUntil: '2029-02-28',
    specialties: ['water'],
    joinedOn: '2015-07-01',
    ...overrides,
  };
}

export async function createOfficer(
  agent: TestAgent,
  agencyCode: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await agent.post('/api/officers', officerBody(agencyCode, overrides));
  if (response.status !== 201)
    throw new Error(`creating an officer failed: ${JSON.stringify(response.body)}`);
  return response.body as { id: string; realNameNumber: string; name: string };
}

let entitySerial = 0;

/** A regulated entity owned by the agency, written straight to the table (the entity module is not under test). */
export async function insertEntity(
  server: TestServer,
  ownerCode: string,
  regionCode: string,
): Promise<string> {
  entitySerial += 1;
  const random = new SeededRandom(`personnel-test-entity-${entitySerial}-${randomUUID()}`);
  const id = randomUUID();
  const now = server.clock.now();
  await server.db.insert(regulatedEntities).values({
    id,
    creditCode: generateCreditCode(() => random.next(), { regionCode }),
    name: `测试监管对象${entitySerial}有限公司`,
    regionCode,
    countyCode: regionCode.slice(0, 6),
    ownerAgencyId: agencyId(ownerCode),
    industryCode: '2614',
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

export async function supervisorIdsOf(server: TestServer, entityId: string): Promise<string[]> {
  const rows = await server.db
    .select({ officerId: entitySupervisors.officerId })
    .from(entitySupervisors)
    .where(eq(entitySupervisors.entityId, entityId));
  return rows.map((row) => row.officerId).sort();
}

export async function countEventsOf(server: TestServer, entityId: string): Promise<number> {
  const [row] = await server.db
    .select({ value: count() })
    .from(entityEvents)
    .where(and(eq(entityEvents.entityId, entityId), eq(entityEvents.kind, 'supervisors_changed')));
  return row?.value ?? 0;
}

export async function officerRow(server: TestServer, id: string) {
  const [row] = await server.db.select().from(officers).where(eq(officers.id, id)).limit(1);
  return row;
}

export async function secondmentRows(server: TestServer, officerId: string) {
  return server.db.select().from(officerSecondments).where(eq(officerSecondments.officerId, officerId));
}

export async function countOfficers(server: TestServer): Promise<number> {
  const [row] = await server.db.select({ value: count() }).from(officers);
  return row?.value ?? 0;
}
