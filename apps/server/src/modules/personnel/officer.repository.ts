import type { OfficerListQuery, OfficerSortField, Period } from '@qingshan/domain';
import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gt,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
  entitySupervisors,
  officerAwards,
  officerSecondments,
  officers,
  officerTrainings,
} from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { agencyIdsInScope } from '../../lib/jurisdiction';
import { orderByName, withNameSortKey } from '../../lib/name-sort-key';
import { agencies, agencyClosure } from '../../lib/organisation';
import { toContainsPattern } from '../../lib/sql-helpers';
import { entityRows } from '../entities/index';
import { accountSummaries, userDisplayName } from '../users/index';

/** Accounts and entities are other areas' rows, joined as the relations their faces offer (D54b). */
const account = accountSummaries();
const entity = entityRows;

const officerColumns = {
  id: officers.id,
  agencyId: officers.agencyId,
  agencyName: agencies.name,
  agencyKind: agencies.kind,
  agencyRegionCode: agencies.regionCode,
  userId: officers.userId,
  username: account.username,
  realNameNumber: officers.realNameNumber,
  name: officers.name,
  gender: officers.gender,
  birthYear: officers.birthYear,
  phone: officers.phone,
  post: officers.post,
  status: officers.status,
  certificateNumber: officers.certificateNumber,
  certificateIssuer: officers.certificateIssuer,
  certificateValidFrom: officers.certificateValidFrom,
  certificateValidUntil: officers.certificateValidUntil,
  monitoringCertificateNumber: officers.monitoringCertificateNumber,
  monitoringCertificateValidUntil: officers.monitoringCertificateValidUntil,
  hasLegalQualification: officers.hasLegalQualification,
  legalQualificationNumber: officers.legalQualificationNumber,
  specialties: officers.specialties,
  isBackbone: officers.isBackbone,
  backboneSince: officers.backboneSince,
  backbonePool: officers.backbonePool,
  joinedOn: officers.joinedOn,
  createdAt: officers.createdAt,
  updatedAt: officers.updatedAt,
};

export type OfficerRow = NonNullable<Awaited<ReturnType<typeof findOfficerInScope>>>;

/** The dates the certificate filter compares with: today and the last day of the warning period. */
export interface CertificateBounds {
  onDate: string;
  expiringThrough: string;
}

/** Secondment rules the filter needs, from the profile of the user's province. */
export interface SecondmentBounds {
  onDate: string;
  threshold: Period;
  isLeavingCityFiled: boolean;
}

/** `interval` text for a profile period: '1 year', '60 days', '3 months'. */
function intervalOf(period: Period): string {
  if (period.unit === 'year') return `${period.amount} years`;
  if (period.unit === 'month') return `${period.amount} months`;
  if (period.unit === 'hour') return `${Math.ceil(period.amount / 24)} days`;
  return `${period.amount} days`;
}

function certificateCondition(state: OfficerListQuery['certificateState'], bounds: CertificateBounds) {
  const hasCertificate = and(
    isNotNull(officers.certificateNumber),
    isNotNull(officers.certificateValidUntil),
  )!;
  const started = or(
    isNull(officers.certificateValidFrom),
    lte(officers.certificateValidFrom, bounds.onDate),
  )!;
  switch (state) {
    case 'missing':
      return or(isNull(officers.certificateNumber), isNull(officers.certificateValidUntil))!;
    case 'expired':
      return and(hasCertificate, lt(officers.certificateValidUntil, bounds.onDate))!;
    case 'not_yet_valid':
      return and(
        hasCertificate,
        sql`${officers.certificateValidUntil} >= ${bounds.onDate}`,
        gt(officers.certificateValidFrom, bounds.onDate),
      )!;
    case 'expiring':
      return and(
        hasCertificate,
        started,
        sql`${officers.certificateValidUntil} >= ${bounds.onDate}`,
        lte(officers.certificateValidUntil, bounds.expiringThrough),
      )!;
    case 'valid':
      return and(hasCertificate, started, gt(officers.certificateValidUntil, bounds.expiringThrough))!;
    default:
      return undefined;
  }
}

function secondmentCondition(db: Database, filter: OfficerListQuery['secondment'], bounds: SecondmentBounds) {
  if (!filter) return undefined;
  const interval = intervalOf(bounds.threshold);
  const freeUntil = sql`(${officerSecondments.startsOn} + ${interval}::interval)::date`;
  const open = [eq(officerSecondments.officerId, officers.id), isNull(officerSecondments.returnedOn)];
  const problem: Record<NonNullable<OfficerListQuery['secondment']>, SQL | undefined> = {
    any_open: undefined,
    approval_missing: and(
      isNull(officerSecondments.approvedOn),
      sql`${officerSecondments.plannedEndsOn} > ${freeUntil}`,
    ),
    exceeded_without_approval: and(
      isNull(officerSecondments.approvedOn),
      sql`${officerSecondments.plannedEndsOn} <= ${freeUntil}`,
      sql`${bounds.onDate}::date > ${freeUntil}`,
    ),
    filing_missing: bounds.isLeavingCityFiled
      ? and(eq(officerSecondments.leavesCity, true), isNull(officerSecondments.filedOn))
      : sql`false`,
    overdue_return: lt(officerSecondments.plannedEndsOn, bounds.onDate),
  };
  const conditions = [...open, ...(problem[filter] ? [problem[filter]!] : [])];
  return exists(
    db
      .select({ one: sql`1` })
      .from(officerSecondments)
      .where(and(...conditions)),
  );
}

function buildFilter(
  db: Database,
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
  query: Omit<OfficerListQuery, 'page' | 'pageSize' | 'sort'>,
  certificateBounds: CertificateBounds,
  secondmentBounds: SecondmentBounds,
) {
  const conditions: (SQL | undefined)[] = [inArray(officers.agencyId, agencyIdsInScope(db, auth))];
  if (query.q) {
    const pattern = toContainsPattern(query.q);
    conditions.push(
      or(
        ilike(officers.name, pattern),
        ilike(officers.realNameNumber, pattern),
        ilike(officers.certificateNumber, pattern),
        ilike(officers.phone, pattern),
      ),
    );
  }
  if (query.agencyId) {
    conditions.push(
      query.includeSubordinates
        ? inArray(
            officers.agencyId,
            db
              .select({ id: agencyClosure.descendantId })
              .from(agencyClosure)
              .where(eq(agencyClosure.ancestorId, query.agencyId)),
          )
        : eq(officers.agencyId, query.agencyId),
    );
  }
  if (query.status) conditions.push(eq(officers.status, query.status));
  conditions.push(certificateCondition(query.certificateState, certificateBounds));
  if (query.specialty) conditions.push(sql`${query.specialty} = ANY(${officers.specialties})`);
  if (query.isBackbone !== undefined) conditions.push(eq(officers.isBackbone, query.isBackbone));
  if (query.backbonePool) {
    conditions.push(and(eq(officers.isBackbone, true), eq(officers.backbonePool, query.backbonePool)));
  }
  if (query.hasLegalQualification !== undefined) {
    conditions.push(eq(officers.hasLegalQualification, query.hasLegalQualification));
  }
  if (query.hasMonitoringCertificate !== undefined) {
    conditions.push(
      query.hasMonitoringCertificate
        ? isNotNull(officers.monitoringCertificateNumber)
        : isNull(officers.monitoringCertificateNumber),
    );
  }
  if (query.hasAccount !== undefined) {
    conditions.push(query.hasAccount ? isNotNull(officers.userId) : isNull(officers.userId));
  }
  conditions.push(secondmentCondition(db, query.secondment, secondmentBounds));
  return and(...conditions.filter((condition): condition is SQL => condition !== undefined));
}

const sortColumns: Record<Exclude<OfficerSortField, 'name'>, SQL> = {
  realNameNumber: sql`${officers.realNameNumber}`,
  agency: sql`${agencies.sortOrder}`,
  certificateValidUntil: sql`${officers.certificateValidUntil}`,
  joinedOn: sql`${officers.joinedOn}`,
  updatedAt: sql`${officers.updatedAt}`,
};

function orderOf(sort: OfficerListQuery['sort']): SQL[] {
  const descending = sort.startsWith('-');
  const field = sort.replace('-', '') as OfficerSortField;
  // The real-name number is unique: it ends every order so pages are stable.
  if (field === 'name') {
    return [
      ...orderByName(officers.nameSortKey, officers.name, descending ? 'desc' : 'asc'),
      asc(officers.realNameNumber),
    ];
  }
  const column = sortColumns[field];
  const primary = descending ? sql`${column} DESC NULLS LAST` : sql`${column} ASC NULLS LAST`;
  return [primary, asc(officers.realNameNumber)];
}

export async function findOfficersPage(
  db: Database,
  auth: AuthContext,
  query: OfficerListQuery,
  certificateBounds: CertificateBounds,
  secondmentBounds: SecondmentBounds,
) {
  const where = buildFilter(db, auth, query, certificateBounds, secondmentBounds);
  const [rows, [total]] = await Promise.all([
    db
      .select(officerColumns)
      .from(officers)
      .innerJoin(agencies, eq(agencies.id, officers.agencyId))
      .leftJoin(account, eq(account.id, officers.userId))
      .where(where)
      .orderBy(...orderOf(query.sort))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(officers).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export function findOfficersForExport(
  db: Database,
  auth: AuthContext,
  query: OfficerListQuery,
  certificateBounds: CertificateBounds,
  secondmentBounds: SecondmentBounds,
  limit: number,
) {
  return db
    .select(officerColumns)
    .from(officers)
    .innerJoin(agencies, eq(agencies.id, officers.agencyId))
    .leftJoin(account, eq(account.id, officers.userId))
    .where(buildFilter(db, auth, query, certificateBounds, secondmentBounds))
    .orderBy(...orderOf(query.sort))
    .limit(limit);
}

/** One officer, only when their agency is in the user's jurisdiction. */
export async function findOfficerInScope(
  db: Database,
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
  id: string,
) {
  const [row] = await db
    .select(officerColumns)
    .from(officers)
    .innerJoin(agencies, eq(agencies.id, officers.agencyId))
    .leftJoin(account, eq(account.id, officers.userId))
    .where(and(eq(officers.id, id), inArray(officers.agencyId, agencyIdsInScope(db, auth))))
    .limit(1);
  return row;
}

export async function isRealNameNumberTaken(db: Database, realNameNumber: string, exceptId?: string) {
  const [row] = await db
    .select({ id: officers.id })
    .from(officers)
    .where(and(eq(officers.realNameNumber, realNameNumber), exceptId ? ne(officers.id, exceptId) : undefined))
    .limit(1);
  return row !== undefined;
}

// Any constant works; it only has to be the same for every writer of real-name numbers.
const realNameNumberLockKey = 727301;

/**
 * The highest serial used under a `赣执-360121-` prefix. Takes a transaction-scoped lock first,
 * so two registrations in the same division never pick the same number.
 */
export async function findHighestRealNameSerial(tx: Database, prefix: string): Promise<number> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${realNameNumberLockKey})`);
  const [row] = await tx
    .select({ value: sql<string | null>`max(${officers.realNameNumber})` })
    .from(officers)
    .where(sql`${officers.realNameNumber} LIKE ${`${prefix}%`}`);
  return row?.value ? Number(row.value.slice(prefix.length)) : 0;
}

export async function insertOfficer(db: Database, values: typeof officers.$inferInsert): Promise<void> {
  await db.insert(officers).values(withNameSortKey(values));
}

export async function updateOfficerRow(
  db: Database,
  id: string,
  changes: Partial<typeof officers.$inferInsert>,
): Promise<void> {
  await db.update(officers).set(withNameSortKey(changes)).where(eq(officers.id, id));
}

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

export async function findLinkedAccount(db: Database, userId: string) {
  const [row] = await db
    .select({
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      status: account.status,
      agencyId: account.agencyId,
    })
    .from(account)
    .where(eq(account.id, userId))
    .limit(1);
  return row;
}

export async function findAccountInScope(db: Database, auth: AuthContext, userId: string) {
  const [row] = await db
    .select({
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      status: account.status,
      agencyId: account.agencyId,
      agencyName: agencies.name,
    })
    .from(account)
    .innerJoin(agencies, eq(agencies.id, account.agencyId))
    .where(and(eq(account.id, userId), inArray(account.agencyId, agencyIdsInScope(db, auth))))
    .limit(1);
  return row;
}

export async function findOfficerLinkedTo(db: Database, userId: string) {
  const [row] = await db
    .select({ id: officers.id, name: officers.name, realNameNumber: officers.realNameNumber })
    .from(officers)
    .where(eq(officers.userId, userId))
    .limit(1);
  return row;
}

/** Accounts of one agency with the officer each is linked to, if any. */
export function findAccountsOfAgency(db: Database, agencyId: string) {
  return db
    .select({
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      status: account.status,
      linkedOfficerName: officers.name,
    })
    .from(account)
    .leftJoin(officers, eq(officers.userId, account.id))
    .where(eq(account.agencyId, agencyId))
    .orderBy(asc(account.username));
}

// ---------------------------------------------------------------------------------------------
// What the detail page shows beside the record
// ---------------------------------------------------------------------------------------------

export function findSecondmentsOfOfficer(db: Database, officerId: string) {
  const approver = userDisplayName(officerSecondments.approvedBy);
  const filer = userDisplayName(officerSecondments.filedBy);
  return db
    .select({
      id: officerSecondments.id,
      officerId: officerSecondments.officerId,
      hostOrganisation: officerSecondments.hostOrganisation,
      reason: officerSecondments.reason,
      startsOn: officerSecondments.startsOn,
      plannedEndsOn: officerSecondments.plannedEndsOn,
      returnedOn: officerSecondments.returnedOn,
      leavesCity: officerSecondments.leavesCity,
      approvalDocument: officerSecondments.approvalDocument,
      approvedOn: officerSecondments.approvedOn,
      approvedByName: approver,
      filedOn: officerSecondments.filedOn,
      filedByName: filer,
      createdAt: officerSecondments.createdAt,
    })
    .from(officerSecondments)
    .where(eq(officerSecondments.officerId, officerId))
    .orderBy(desc(officerSecondments.startsOn), desc(officerSecondments.createdAt));
}

export type SecondmentRow = Awaited<ReturnType<typeof findSecondmentsOfOfficer>>[number];

export async function findSupervisedEntities(db: Database, officerId: string, limit: number) {
  const where = eq(entitySupervisors.officerId, officerId);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: entity.id,
        name: entity.name,
        assignedOn: entitySupervisors.assignedOn,
      })
      .from(entitySupervisors)
      .innerJoin(entity, eq(entity.id, entitySupervisors.entityId))
      .where(where)
      .orderBy(...orderByName(entity.nameSortKey, entity.name), asc(entity.id))
      .limit(limit),
    db.select({ value: count() }).from(entitySupervisors).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export function findTrainingsOfOfficer(db: Database, officerId: string) {
  return db
    .select()
    .from(officerTrainings)
    .where(eq(officerTrainings.officerId, officerId))
    .orderBy(desc(officerTrainings.startsOn), desc(officerTrainings.createdAt));
}

export function findAwardsOfOfficer(db: Database, officerId: string) {
  return db
    .select()
    .from(officerAwards)
    .where(eq(officerAwards.officerId, officerId))
    .orderBy(desc(officerAwards.awardedOn), desc(officerAwards.createdAt));
}

export async function countProvincePoolMembers(db: Database, provincePrefix: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(officers)
    .innerJoin(agencies, eq(agencies.id, officers.agencyId))
    .where(
      and(
        eq(officers.isBackbone, true),
        eq(officers.backbonePool, 'province'),
        sql`${agencies.regionCode} LIKE ${`${provincePrefix}%`}`,
      ),
    );
  return row?.value ?? 0;
}
