import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client';
import {
  inspectionFindings,
  inspectionPhotos,
  inspectionRecordConfirmations,
  inspectionRecordSignatures,
  inspectionRecords,
  randomCheckPlans,
  randomCheckTaskOfficers,
  randomCheckTasks,
} from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { agencyIdsInScope } from '../../lib/jurisdiction';
import { orderByName } from '../../lib/name-sort-key';
import { agencies, regions } from '../../lib/organisation';
import { catalogueItemRows } from '../catalogues/index';
import { entityRows } from '../entities/index';
import { officerIdOfUser, officerRows } from '../personnel/index';
import { userDisplayName } from '../users/index';

/**
 * The field inspection record (现场检查笔录, DR-5): SQL only. A task is read only when it lies in
 * the caller's jurisdiction or the caller is one of its officers (a city plan can send county
 * officers); what the caller may then see or do is the policy's.
 */

const planAgency = alias(agencies, 'plan_agency');
const officerAgency = alias(agencies, 'officer_agency');

/** The tasks on which the caller is one of the officers (one officer per account at most). */
function callerOfficerOf(db: Database, auth: Pick<AuthContext, 'user'>) {
  return db
    .select({ taskId: randomCheckTaskOfficers.taskId })
    .from(randomCheckTaskOfficers)
    .where(eq(randomCheckTaskOfficers.officerId, officerIdOfUser(auth.user.id)));
}

export async function findTaskForCaller(db: Database, auth: AuthContext, taskId: string) {
  const [row] = await db
    .select({
      id: randomCheckTasks.id,
      planId: randomCheckTasks.planId,
      entityId: randomCheckTasks.entityId,
      entityName: entityRows.name,
      agencyId: randomCheckTasks.agencyId,
      stratum: randomCheckTasks.stratum,
      position: randomCheckTasks.position,
      itemIds: randomCheckTasks.itemIds,
      status: randomCheckTasks.status,
      outcome: randomCheckTasks.outcome,
      inspectedOn: randomCheckTasks.inspectedOn,
      completedAt: randomCheckTasks.completedAt,
      isInScope: sql<boolean>`${randomCheckTasks.agencyId} IN (${agencyIdsInScope(db, auth)})`,
      isAssigned: sql<boolean>`${randomCheckTasks.id} IN (${callerOfficerOf(db, auth)})`,
      plan: {
        id: randomCheckPlans.id,
        agencyId: randomCheckPlans.agencyId,
        agencyName: planAgency.name,
        agencyRegionCode: planAgency.regionCode,
        number: randomCheckPlans.number,
        title: randomCheckPlans.title,
        status: randomCheckPlans.status,
        inspectionStartsOn: randomCheckPlans.inspectionStartsOn,
        inspectionDueOn: randomCheckPlans.inspectionDueOn,
        publicationDueOn: randomCheckPlans.publicationDueOn,
        jointDepartments: randomCheckPlans.jointDepartments,
      },
    })
    .from(randomCheckTasks)
    .innerJoin(randomCheckPlans, eq(randomCheckPlans.id, randomCheckTasks.planId))
    .innerJoin(planAgency, eq(planAgency.id, randomCheckPlans.agencyId))
    .innerJoin(entityRows, eq(entityRows.id, randomCheckTasks.entityId))
    .where(
      and(
        eq(randomCheckTasks.id, taskId),
        or(
          inArray(randomCheckTasks.agencyId, agencyIdsInScope(db, auth)),
          inArray(randomCheckTasks.id, callerOfficerOf(db, auth)),
        ),
      ),
    )
    .limit(1);
  return row;
}
export type TaskRow = NonNullable<Awaited<ReturnType<typeof findTaskForCaller>>>;

export async function findEntitySummary(db: Database, entityId: string) {
  const [row] = await db
    .select({
      id: entityRows.id,
      name: entityRows.name,
      creditCode: entityRows.creditCode,
      address: entityRows.address,
      regionFullName: regions.fullName,
      legalRepresentative: entityRows.legalRepresentative,
      contactPerson: entityRows.contactPerson,
      contactPhone: entityRows.contactPhone,
      longitude: entityRows.longitude,
      latitude: entityRows.latitude,
      industryCode: entityRows.industryCode,
      permitNumber: entityRows.permitNumber,
      permitClass: entityRows.permitClass,
      permitValidUntil: entityRows.permitValidUntil,
      isSpecialSupervision: entityRows.isSpecialSupervision,
      operatingStatus: entityRows.operatingStatus,
    })
    .from(entityRows)
    .innerJoin(regions, eq(regions.code, entityRows.regionCode))
    .where(eq(entityRows.id, entityId))
    .limit(1);
  return row;
}

// The entities area answers which media an entity is listed for; the service asks it here.
export { findKeyPolluterMedia } from '../entities/index';

export function findCatalogueItems(db: Database, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: catalogueItemRows.id,
      code: catalogueItemRows.code,
      name: catalogueItemRows.name,
      data: catalogueItemRows.data,
      kind: catalogueItemRows.catalogueKind,
    })
    .from(catalogueItemRows)
    .where(inArray(catalogueItemRows.id, ids));
}

export function findTaskOfficers(db: Database, taskId: string) {
  return db
    .select({
      officerId: officerRows.id,
      userId: officerRows.userId,
      name: officerRows.name,
      role: randomCheckTaskOfficers.role,
      agencyName: officerAgency.name,
      certificateNumber: officerRows.certificateNumber,
    })
    .from(randomCheckTaskOfficers)
    .innerJoin(officerRows, eq(officerRows.id, randomCheckTaskOfficers.officerId))
    .innerJoin(officerAgency, eq(officerAgency.id, officerRows.agencyId))
    .where(eq(randomCheckTaskOfficers.taskId, taskId))
    .orderBy(
      sql`CASE ${randomCheckTaskOfficers.role} WHEN 'lead' THEN 0 ELSE 1 END`,
      ...orderByName(officerRows.nameSortKey, officerRows.name),
      asc(officerRows.id),
    );
}
export type TaskOfficerRow = Awaited<ReturnType<typeof findTaskOfficers>>[number];

export async function findRecordOfTask(db: Database, taskId: string) {
  const [row] = await db
    .select({
      id: inspectionRecords.id,
      inspectedOn: inspectionRecords.inspectedOn,
      startedAt: inspectionRecords.startedAt,
      endedAt: inspectionRecords.endedAt,
      location: inspectionRecords.location,
      personPresent: inspectionRecords.personPresent,
      personPresentPosition: inspectionRecords.personPresentPosition,
      personPresentIdNumber: inspectionRecords.personPresentIdNumber,
      personPresentPhone: inspectionRecords.personPresentPhone,
      certificatesShown: inspectionRecords.certificatesShown,
      rightsInformedAt: inspectionRecords.rightsInformedAt,
      recusal: inspectionRecords.recusal,
      revision: inspectionRecords.revision,
      lastDraftId: inspectionRecords.lastDraftId,
      itemResults: inspectionRecords.itemResults,
      observations: inspectionRecords.observations,
      outcome: inspectionRecords.outcome,
      createdByName: userDisplayName(inspectionRecords.createdBy),
      updatedAt: inspectionRecords.updatedAt,
    })
    .from(inspectionRecords)
    .where(eq(inspectionRecords.taskId, taskId))
    .limit(1);
  return row;
}
export type RecordRow = NonNullable<Awaited<ReturnType<typeof findRecordOfTask>>>;

/** The task a record belongs to (the document is addressed by record; access is the task's). */
export async function findTaskIdOfRecord(db: Database, recordId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ taskId: inspectionRecords.taskId })
    .from(inspectionRecords)
    .where(eq(inspectionRecords.id, recordId))
    .limit(1);
  return row?.taskId;
}

export function findSignatures(db: Database, recordId: string) {
  return db
    .select({
      id: inspectionRecordSignatures.id,
      signer: inspectionRecordSignatures.signer,
      officerId: inspectionRecordSignatures.officerId,
      signerName: inspectionRecordSignatures.signerName,
      isRefused: inspectionRecordSignatures.isRefused,
      refusalNote: inspectionRecordSignatures.refusalNote,
      witness: inspectionRecordSignatures.witness,
      sha256: inspectionRecordSignatures.sha256,
      byteSize: inspectionRecordSignatures.byteSize,
      signedAt: inspectionRecordSignatures.signedAt,
      capturedByName: userDisplayName(inspectionRecordSignatures.createdBy),
    })
    .from(inspectionRecordSignatures)
    .where(eq(inspectionRecordSignatures.recordId, recordId))
    .orderBy(asc(inspectionRecordSignatures.signedAt), asc(inspectionRecordSignatures.id));
}
export type SignatureRow = Awaited<ReturnType<typeof findSignatures>>[number];

/** The PNG of every signature of a record (for the document), or of one (for the page). */
export function findSignatureContents(db: Database, recordId: string, signatureId?: string) {
  return db
    .select({
      id: inspectionRecordSignatures.id,
      sha256: inspectionRecordSignatures.sha256,
      content: inspectionRecordSignatures.content,
    })
    .from(inspectionRecordSignatures)
    .where(
      and(
        eq(inspectionRecordSignatures.recordId, recordId),
        signatureId ? eq(inspectionRecordSignatures.id, signatureId) : undefined,
      ),
    );
}

/** The photos' bytes, for the document. */
export function findPhotoContents(db: Database, recordId: string) {
  return db
    .select({
      id: inspectionPhotos.id,
      mediaType: inspectionPhotos.mediaType,
      content: inspectionPhotos.content,
    })
    .from(inspectionPhotos)
    .where(eq(inspectionPhotos.recordId, recordId));
}

export function findConfirmations(db: Database, recordId: string) {
  return db
    .select({
      officerId: inspectionRecordConfirmations.officerId,
      confirmedAt: inspectionRecordConfirmations.confirmedAt,
    })
    .from(inspectionRecordConfirmations)
    .where(eq(inspectionRecordConfirmations.recordId, recordId));
}

export function findPhotos(db: Database, recordId: string) {
  return db
    .select({
      id: inspectionPhotos.id,
      fileName: inspectionPhotos.fileName,
      mediaType: inspectionPhotos.mediaType,
      byteSize: inspectionPhotos.byteSize,
      sha256: inspectionPhotos.sha256,
      caption: inspectionPhotos.caption,
      takenAt: inspectionPhotos.takenAt,
      createdByName: userDisplayName(inspectionPhotos.createdBy),
      createdAt: inspectionPhotos.createdAt,
    })
    .from(inspectionPhotos)
    .where(eq(inspectionPhotos.recordId, recordId))
    .orderBy(asc(inspectionPhotos.createdAt), asc(inspectionPhotos.id));
}
export type PhotoRow = Awaited<ReturnType<typeof findPhotos>>[number];

export async function countPhotos(db: Database, recordId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(inspectionPhotos)
    .where(eq(inspectionPhotos.recordId, recordId));
  return row?.value ?? 0;
}

export async function findPhotoContent(db: Database, recordId: string, photoId: string) {
  const [row] = await db
    .select({
      id: inspectionPhotos.id,
      fileName: inspectionPhotos.fileName,
      mediaType: inspectionPhotos.mediaType,
      sha256: inspectionPhotos.sha256,
      content: inspectionPhotos.content,
    })
    .from(inspectionPhotos)
    .where(and(eq(inspectionPhotos.id, photoId), eq(inspectionPhotos.recordId, recordId)))
    .limit(1);
  return row;
}

export function findFindings(db: Database, recordId: string) {
  return db
    .select({
      id: inspectionFindings.id,
      catalogueItemId: inspectionFindings.catalogueItemId,
      itemName: catalogueItemRows.name,
      description: inspectionFindings.description,
      disposition: inspectionFindings.disposition,
      rectificationDueOn: inspectionFindings.rectificationDueOn,
      handledAt: inspectionFindings.handledAt,
      createdByName: userDisplayName(inspectionFindings.createdBy),
      createdAt: inspectionFindings.createdAt,
    })
    .from(inspectionFindings)
    .leftJoin(catalogueItemRows, eq(catalogueItemRows.id, inspectionFindings.catalogueItemId))
    .where(eq(inspectionFindings.recordId, recordId))
    .orderBy(asc(inspectionFindings.createdAt), asc(inspectionFindings.id));
}
export type FindingRow = Awaited<ReturnType<typeof findFindings>>[number];

// ---------------------------------------------------------------------------------------------
// Writes (inside the service's transaction)
// ---------------------------------------------------------------------------------------------

/**
 * Locks the task row for the rest of the transaction, so that two officers confirming at the same
 * moment are serialised and the second sees the first's confirmation. Returns its current status.
 */
export async function lockTask(tx: Database, taskId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ status: randomCheckTasks.status })
    .from(randomCheckTasks)
    .where(eq(randomCheckTasks.id, taskId))
    .for('update');
  return row?.status;
}

export async function insertRecord(tx: Database, values: typeof inspectionRecords.$inferInsert) {
  await tx.insert(inspectionRecords).values(values);
}

export async function updateRecord(
  tx: Database,
  recordId: string,
  values: Partial<typeof inspectionRecords.$inferInsert>,
) {
  await tx.update(inspectionRecords).set(values).where(eq(inspectionRecords.id, recordId));
}

/** Withdraws every confirmation of a record (its content changed); returns how many there were. */
export async function deleteConfirmations(tx: Database, recordId: string): Promise<number> {
  const rows = await tx
    .delete(inspectionRecordConfirmations)
    .where(eq(inspectionRecordConfirmations.recordId, recordId))
    .returning({ officerId: inspectionRecordConfirmations.officerId });
  return rows.length;
}

/** Withdraws every signature of a record (its content changed); returns how many there were. */
export async function deleteSignatures(tx: Database, recordId: string): Promise<number> {
  const rows = await tx
    .delete(inspectionRecordSignatures)
    .where(eq(inspectionRecordSignatures.recordId, recordId))
    .returning({ id: inspectionRecordSignatures.id });
  return rows.length;
}

/** One signature per signer: signing again replaces the earlier one. */
export async function upsertSignature(tx: Database, values: typeof inspectionRecordSignatures.$inferInsert) {
  const { id: _id, recordId: _recordId, signerKey: _signerKey, ...changes } = values;
  await tx
    .insert(inspectionRecordSignatures)
    .values(values)
    .onConflictDoUpdate({
      target: [inspectionRecordSignatures.recordId, inspectionRecordSignatures.signerKey],
      set: changes,
    });
}

export async function insertConfirmation(
  tx: Database,
  values: typeof inspectionRecordConfirmations.$inferInsert,
) {
  await tx.insert(inspectionRecordConfirmations).values(values);
}

export async function insertPhoto(tx: Database, values: typeof inspectionPhotos.$inferInsert) {
  await tx.insert(inspectionPhotos).values(values);
}

export async function deletePhoto(tx: Database, recordId: string, photoId: string): Promise<boolean> {
  const rows = await tx
    .delete(inspectionPhotos)
    .where(and(eq(inspectionPhotos.id, photoId), eq(inspectionPhotos.recordId, recordId)))
    .returning({ id: inspectionPhotos.id });
  return rows.length > 0;
}

export async function insertFinding(tx: Database, values: typeof inspectionFindings.$inferInsert) {
  await tx.insert(inspectionFindings).values(values);
}

export async function deleteFinding(tx: Database, recordId: string, findingId: string) {
  const [row] = await tx
    .delete(inspectionFindings)
    .where(and(eq(inspectionFindings.id, findingId), eq(inspectionFindings.recordId, recordId)))
    .returning({ id: inspectionFindings.id, description: inspectionFindings.description });
  return row;
}

export async function updateTask(
  tx: Database,
  taskId: string,
  values: Partial<typeof randomCheckTasks.$inferInsert>,
) {
  await tx.update(randomCheckTasks).set(values).where(eq(randomCheckTasks.id, taskId));
}
