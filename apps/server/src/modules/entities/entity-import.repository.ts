import { randomUUID } from 'node:crypto';
import type { EntityInput, ImportError, ImportJobListQuery, KeyPolluterMedium } from '@qingshan/domain';
import { and, asc, count, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type BulkColumn, type BulkValue, loadRows } from '../../db/bulk-load';
import { type Database, type DatabaseKind, queryRows } from '../../db/client';
import { importJobErrors, importJobs } from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { agencyIdsInScope } from '../../lib/jurisdiction';
import { nameSortKeyOf } from '../../lib/name-sort-key';
import { agencies, regions } from '../../lib/organisation';
import { userDisplayName } from '../users/index';
import type { ExistingEntity } from './entity-import.validation';

/** SQL only (REG-5): the import jobs, their reports and the bulk writes of an import. */

/** A job as the pages show it: everything but the uploaded file (which may be megabytes). */
export type ImportJobRow = Omit<typeof importJobs.$inferSelect, 'file'>;

export async function insertImportJob(db: Database, values: typeof importJobs.$inferInsert): Promise<void> {
  await db.insert(importJobs).values(values);
}

export async function updateImportJob(
  db: Database,
  id: string,
  values: Partial<Omit<typeof importJobs.$inferInsert, 'id'>>,
): Promise<void> {
  await db.update(importJobs).set(values).where(eq(importJobs.id, id));
}

/** Every error of a report, in order (`position` is the order of the list). */
export async function insertImportJobErrors(
  db: Database,
  kind: DatabaseKind,
  jobId: string,
  errors: readonly ImportError[],
): Promise<void> {
  await loadRows(
    db,
    kind,
    'import_job_errors',
    [
      { name: 'job_id', type: 'uuid' },
      { name: 'position', type: 'integer' },
      { name: 'row_number', type: 'integer' },
      { name: 'column_header', type: 'text' },
      { name: 'value', type: 'text' },
      { name: 'message', type: 'text' },
    ],
    errors.map((error, index) => [
      jobId,
      index + 1,
      error.row ?? 0,
      error.column,
      error.value,
      error.message,
    ]),
  );
}

export async function findImportJobErrors(db: Database, jobId: string): Promise<ImportError[]> {
  const rows = await db
    .select({
      row: importJobErrors.rowNumber,
      column: importJobErrors.columnHeader,
      value: importJobErrors.value,
      message: importJobErrors.message,
    })
    .from(importJobErrors)
    .where(eq(importJobErrors.jobId, jobId))
    .orderBy(asc(importJobErrors.position));
  return rows.map((row) => ({ ...row, row: row.row === 0 ? null : row.row }));
}

const { file: _file, ...jobFields } = getTableColumns(importJobs);
const jobColumns = {
  job: jobFields,
  agencyName: agencies.name,
  // created_by is a required reference to an account, so the name is always there.
  createdByName: userDisplayName(importJobs.createdBy) as SQL<string>,
};

export type ImportJobWithNames = { job: ImportJobRow; agencyName: string; createdByName: string };

/** A job of an agency in the user's jurisdiction, or undefined. */
export async function findImportJobInScope(
  db: Database,
  auth: AuthContext,
  id: string,
): Promise<ImportJobWithNames | undefined> {
  const [row] = await db
    .select(jobColumns)
    .from(importJobs)
    .innerJoin(agencies, eq(agencies.id, importJobs.agencyId))
    .where(and(eq(importJobs.id, id), inArray(importJobs.agencyId, agencyIdsInScope(db, auth))))
    .limit(1);
  return row;
}

export async function findImportJobsPage(db: Database, auth: AuthContext, query: ImportJobListQuery) {
  const conditions: SQL[] = [
    eq(importJobs.kind, 'entities'),
    inArray(importJobs.agencyId, agencyIdsInScope(db, auth)),
  ];
  if (query.status) conditions.push(eq(importJobs.status, query.status));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select(jobColumns)
      .from(importJobs)
      .innerJoin(agencies, eq(agencies.id, importJobs.agencyId))
      .where(where)
      .orderBy(desc(importJobs.createdAt), desc(importJobs.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(importJobs).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** Marks one job failed unless it has already ended; returns it when it was still running. */
export async function failUnfinishedImportJob(db: Database, id: string, now: Date, message: string) {
  const [row] = await db
    .update(importJobs)
    .set({
      status: 'failed',
      finishedAt: now,
      errorCount: 1,
      errors: [{ row: null, column: null, value: null, message }],
      file: null,
    })
    .where(and(eq(importJobs.id, id), inArray(importJobs.status, ['validating', 'importing'])))
    .returning({ id: importJobs.id, fileName: importJobs.fileName, agencyId: importJobs.agencyId });
  return row ?? null;
}

/** A queued job with its file, for the worker that runs it. */
export async function findImportJobToRun(db: Database, id: string) {
  const [row] = await db
    .select({
      id: importJobs.id,
      status: importJobs.status,
      fileName: importJobs.fileName,
      file: importJobs.file,
    })
    .from(importJobs)
    .where(eq(importJobs.id, id))
    .limit(1);
  return row ?? null;
}

export async function findRegionsForImport(db: Database) {
  return db
    .select({ code: regions.code, fullName: regions.fullName, level: regions.level, name: regions.name })
    .from(regions);
}

/** Every agency's name, and which of them are in the user's jurisdiction. */
export async function findAgenciesForImport(db: Database, auth: Pick<AuthContext, 'scopeRootAgencyId'>) {
  const inScope = agencyIdsInScope(db, auth);
  return db
    .select({
      id: agencies.id,
      name: agencies.name,
      isInScope: sql<boolean>`${agencies.id} IN ${inScope}`,
    })
    .from(agencies);
}

interface ExistingEntityRow {
  id: string;
  credit_code: string;
  owner_agency_id: string;
  name: string;
  legal_representative: string | null;
  address: string | null;
  region_code: string;
  industry_code: string;
  permit_number: string | null;
  permit_class: string | null;
  permit_valid_until: string | null;
  is_special_supervision: boolean;
  special_supervision_reason: string | null;
  has_automatic_monitoring: boolean;
  is_monitoring_networked: boolean;
  operating_status: string;
  longitude: number | null;
  latitude: number | null;
  contact_person: string | null;
  contact_phone: string | null;
  media: string[] | null;
}

/**
 * The entities under the user's jurisdiction whose codes are in the file, as the form would
 * send them (with this year's key-polluter media). One query for the whole file.
 */
export async function findExistingEntitiesInScope(
  db: Database,
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
  creditCodes: readonly string[],
  year: number,
): Promise<Map<string, ExistingEntity>> {
  if (creditCodes.length === 0) return new Map();
  const rows = await queryRows<ExistingEntityRow>(
    db,
    sql`
      SELECT e.id, e.credit_code, e.owner_agency_id, e.name, e.legal_representative, e.address,
        e.region_code, e.industry_code, e.permit_number, e.permit_class,
        to_char(e.permit_valid_until, 'YYYY-MM-DD') AS permit_valid_until,
        e.is_special_supervision, e.special_supervision_reason, e.has_automatic_monitoring,
        e.is_monitoring_networked, e.operating_status, e.longitude, e.latitude, e.contact_person,
        e.contact_phone,
        (SELECT array_agg(k.medium) FROM key_polluter_listings k
          WHERE k.entity_id = e.id AND k.year = ${year}) AS media
      FROM regulated_entities e
      JOIN unnest(${arrayParam(creditCodes, 'text')}) AS file(code) ON file.code = e.credit_code
      WHERE e.owner_agency_id IN ${agencyIdsInScope(db, auth)}`,
  );
  return new Map(
    rows.map((row) => [
      row.credit_code,
      {
        id: row.id,
        ownerAgencyId: row.owner_agency_id,
        input: {
          creditCode: row.credit_code,
          name: row.name,
          legalRepresentative: row.legal_representative,
          address: row.address,
          regionCode: row.region_code,
          industryCode: row.industry_code,
          permitNumber: row.permit_number,
          permitClass: row.permit_class as EntityInput['permitClass'],
          permitValidUntil: row.permit_valid_until,
          isSpecialSupervision: row.is_special_supervision,
          specialSupervisionReason: row.special_supervision_reason,
          hasAutomaticMonitoring: row.has_automatic_monitoring,
          isMonitoringNetworked: row.is_monitoring_networked,
          operatingStatus: row.operating_status as EntityInput['operatingStatus'],
          coordinates:
            row.longitude !== null && row.latitude !== null
              ? { longitude: row.longitude, latitude: row.latitude }
              : null,
          contactPerson: row.contact_person,
          contactPhone: row.contact_phone,
          keyPolluterMedia: (row.media ?? []) as KeyPolluterMedium[],
        },
      },
    ]),
  );
}

/** The codes of the file registered to agencies outside the user's jurisdiction (nothing else of them). */
export async function findCreditCodesOutsideScope(
  db: Database,
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
  creditCodes: readonly string[],
): Promise<Set<string>> {
  if (creditCodes.length === 0) return new Set();
  const rows = await queryRows<{ credit_code: string }>(
    db,
    sql`
      SELECT e.credit_code FROM regulated_entities e
      JOIN unnest(${arrayParam(creditCodes, 'text')}) AS file(code) ON file.code = e.credit_code
      WHERE e.owner_agency_id NOT IN ${agencyIdsInScope(db, auth)}`,
  );
  return new Set(rows.map((row) => row.credit_code));
}

/** One entity as the import writes it. */
export interface EntityWrite {
  id: string;
  input: EntityInput;
  countyCode: string;
  ownerAgencyId: string;
}

const entityColumns: readonly BulkColumn[] = [
  { name: 'id', type: 'uuid' },
  { name: 'credit_code', type: 'text' },
  { name: 'name', type: 'text' },
  { name: 'legal_representative', type: 'text' },
  { name: 'address', type: 'text' },
  { name: 'region_code', type: 'text' },
  { name: 'county_code', type: 'text' },
  { name: 'owner_agency_id', type: 'uuid' },
  { name: 'industry_code', type: 'text' },
  { name: 'permit_number', type: 'text' },
  { name: 'permit_class', type: 'text' },
  { name: 'permit_valid_until', type: 'date' },
  { name: 'is_special_supervision', type: 'boolean' },
  { name: 'special_supervision_reason', type: 'text' },
  { name: 'has_automatic_monitoring', type: 'boolean' },
  { name: 'is_monitoring_networked', type: 'boolean' },
  { name: 'operating_status', type: 'text' },
  { name: 'longitude', type: 'double precision' },
  { name: 'latitude', type: 'double precision' },
  { name: 'contact_person', type: 'text' },
  { name: 'contact_phone', type: 'text' },
  // Written with the name (lib/name-sort-key): ~12 µs a row, little beside the COPY itself.
  { name: 'name_sort_key', type: 'text' },
];

/** Writes an entity's values, in `entityColumns` order, into `values` (reused row to row). */
function fillEntityValues(entity: EntityWrite, values: BulkValue[]): BulkValue[] {
  const { input } = entity;
  values[0] = entity.id;
  values[1] = input.creditCode;
  values[2] = input.name;
  values[3] = input.legalRepresentative;
  values[4] = input.address;
  values[5] = input.regionCode;
  values[6] = entity.countyCode;
  values[7] = entity.ownerAgencyId;
  values[8] = input.industryCode;
  values[9] = input.permitNumber;
  values[10] = input.permitClass;
  values[11] = input.permitValidUntil;
  values[12] = input.isSpecialSupervision;
  values[13] = input.specialSupervisionReason;
  values[14] = input.hasAutomaticMonitoring;
  values[15] = input.isMonitoringNetworked;
  values[16] = input.operatingStatus;
  values[17] = input.coordinates?.longitude ?? null;
  values[18] = input.coordinates?.latitude ?? null;
  values[19] = input.contactPerson;
  values[20] = input.contactPhone;
  values[21] = nameSortKeyOf(input.name);
  return values;
}

export async function insertEntities(
  tx: Database,
  kind: DatabaseKind,
  entities: readonly EntityWrite[],
  now: Date,
): Promise<void> {
  const timestamp = now.toISOString();
  await loadRows(
    tx,
    kind,
    'regulated_entities',
    [
      ...entityColumns,
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    rows(),
  );
  function* rows() {
    const values: BulkValue[] = [];
    for (const entity of entities) {
      fillEntityValues(entity, values);
      values[entityColumns.length] = timestamp;
      values[entityColumns.length + 1] = timestamp;
      yield values;
    }
  }
}

/**
 * Updates entities from the file, each only where it is still under the user's jurisdiction.
 * Returns how many were updated: fewer than given means one moved away meanwhile.
 */
export async function updateEntities(
  tx: Database,
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
  entities: readonly EntityWrite[],
  now: Date,
): Promise<number> {
  let updated = 0;
  const batchSize = 20_000;
  for (let start = 0; start < entities.length; start += batchSize) {
    const batch = entities.slice(start, start + batchSize).map((entity) => fillEntityValues(entity, []));
    const arrays = entityColumns.map((column, index) =>
      arrayParam(
        batch.map((values) => values[index] ?? null),
        column.type,
      ),
    );
    const assignments = entityColumns
      .filter((column) => column.name !== 'id')
      .map((column) => `"${column.name}" = file."${column.name}"`)
      .join(', ');
    const [row] = await queryRows<{ updated: number }>(
      tx,
      sql`
        WITH changed AS (
          UPDATE regulated_entities AS e
          SET ${sql.raw(assignments)}, updated_at = ${now}
          FROM unnest(${sql.join(arrays, sql`, `)})
            AS file(${sql.raw(entityColumns.map((column) => `"${column.name}"`).join(', '))})
          WHERE e.id = file.id AND e.owner_agency_id IN ${agencyIdsInScope(tx, auth)}
          RETURNING 1
        )
        SELECT count(*)::int AS updated FROM changed`,
    );
    updated += row?.updated ?? 0;
  }
  return updated;
}

/** Replaces the given entities' key-polluter media of `year` (REG-1: lists by medium and year). */
export async function replaceKeyPolluterListings(
  tx: Database,
  kind: DatabaseKind,
  replacedEntityIds: readonly string[],
  listings: readonly { entityId: string; medium: string }[],
  year: number,
): Promise<void> {
  if (replacedEntityIds.length > 0) {
    await tx.execute(
      sql`DELETE FROM key_polluter_listings
          WHERE year = ${year} AND entity_id = ANY(${arrayParam(replacedEntityIds, 'uuid')})`,
    );
  }
  await loadRows(
    tx,
    kind,
    'key_polluter_listings',
    [
      { name: 'entity_id', type: 'uuid' },
      { name: 'year', type: 'smallint' },
      { name: 'medium', type: 'text' },
    ],
    listings.map((listing) => [listing.entityId, year, listing.medium]),
  );
}

/** One timeline row per entity written (REG-2). */
export async function insertImportEvents(
  tx: Database,
  kind: DatabaseKind,
  events: { entityIds: string[]; titles: string[]; details: string[] },
  common: { occurredOn: string; jobId: string; agencyId: string; userId: string; now: Date },
): Promise<void> {
  const createdAt = common.now.toISOString();
  await loadRows(
    tx,
    kind,
    'entity_events',
    [
      { name: 'id', type: 'uuid' },
      { name: 'entity_id', type: 'uuid' },
      { name: 'occurred_on', type: 'date' },
      { name: 'kind', type: 'text' },
      { name: 'title', type: 'text' },
      { name: 'detail', type: 'text' },
      { name: 'source_type', type: 'text' },
      { name: 'source_id', type: 'text' },
      { name: 'agency_id', type: 'uuid' },
      { name: 'created_by', type: 'uuid' },
      { name: 'created_at', type: 'timestamptz' },
    ],
    rows(),
  );
  function* rows() {
    const values: BulkValue[] = [
      null,
      null,
      common.occurredOn,
      'registry_imported',
      null,
      null,
      'import_job',
      common.jobId,
      common.agencyId,
      common.userId,
      createdAt,
    ];
    for (let index = 0; index < events.entityIds.length; index++) {
      values[0] = randomUUID();
      values[1] = events.entityIds[index]!;
      values[4] = events.titles[index]!;
      values[5] = events.details[index]!;
      yield values;
    }
  }
}
