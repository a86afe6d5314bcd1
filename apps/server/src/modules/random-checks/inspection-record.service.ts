import { createHash, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import {
  type AddInspectionFindingInput,
  type AddInspectionPhotoInput,
  type AddInspectionSignatureInput,
  type CertificateShown,
  creditDates,
  detectPhotoMediaType,
  findIndustry,
  findInspectionGaps,
  type InspectionFindingDisposition,
  type InspectionItemResult,
  type InspectionPhoto,
  type InspectionRecordFacts,
  type InspectionSignature,
  type InspectionSigner,
  type InspectionTaskDetail,
  type InspectionTaskItem,
  inspectionCompliance,
  inspectionFindingDispositionLabels,
  inspectionOutcome,
  isInspectionOverdue,
  isRectificationDisposition,
  type KeyPolluterMedium,
  maxInspectionPhotoBytes,
  maxInspectionPhotosPerRecord,
  maxInspectionSignatureBytes,
  type OperatingStatus,
  type PermitClass,
  type RandomCheckOfficerRole,
  type RandomCheckOutcome,
  type RandomCheckStratum,
  type RandomCheckTaskStatus,
  type RecusalRecord,
  randomCheckOutcomeLabels,
  resultsDueOn,
  type SaveInspectionRecordInput,
  type SubjectClockList,
  taskVisibilityOf,
} from '@qingshan/domain';
import type { Database } from '../../db/client';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { loadWorkingCalendar } from '../calendar/index';
import { listClocksForSubject, startClock, stopClock } from '../clocks/index';
import { insertEntityEvents } from '../entities/index';
import { renderInspectionRecordDocument } from './inspection-record.document';
import { type InspectionAccessFacts, inspectionRecordPolicy } from './inspection-record.policy';
import {
  countPhotos,
  deleteConfirmations,
  deleteFinding,
  deletePhoto,
  deleteSignatures,
  findCatalogueItems,
  findConfirmations,
  findEntitySummary,
  findFindings,
  findKeyPolluterMedia,
  findPhotoContent,
  findPhotos,
  findRecordOfTask,
  findSignatureContents,
  findSignatures,
  findTaskForCaller,
  findTaskIdOfRecord,
  findTaskOfficers,
  insertConfirmation,
  insertFinding,
  insertPhoto,
  insertRecord,
  lockTask,
  type PhotoRow,
  type RecordRow,
  type SignatureRow,
  type TaskOfficerRow,
  type TaskRow,
  updateRecord,
  updateTask,
  upsertSignature,
} from './inspection-record.repository';
import { viewerOf } from './plan.service';
import { publicationClockOf } from './random-check.clocks';

/**
 * 现场检查笔录 (DR-5): an assigned officer fills the record of a random-check task on site, adds
 * photos (fingerprinted with SHA-256 on receipt) and findings (each becomes a rectification, a
 * case referral or both), and every assigned officer confirms it; the last confirmation completes
 * the task, sets its outcome and puts the visit on the entity's timeline.
 */

/** Clock skew allowed between a phone and the server for "not in the future" checks. */
const clockToleranceMs = 10 * 60 * 1000;

interface LoadedTask {
  task: TaskRow;
  facts: InspectionAccessFacts;
  today: string;
}

/** The task as the caller may see it (DR-4), or "not found". */
async function loadTask(ctx: AppContext, auth: AuthContext, taskId: string): Promise<LoadedTask> {
  const task = await findTaskForCaller(ctx.db, auth, taskId);
  if (!task) throw notFound('抽查任务');
  const today = todayOf(ctx);
  const facts: InspectionAccessFacts = {
    roles: auth.user.roles,
    today,
    inspectionStartsOn: task.plan.inspectionStartsOn,
    taskStatus: task.status,
    isAssigned: Boolean(task.isAssigned),
    isTaskInScope: Boolean(task.isInScope),
    visibility: taskVisibilityOf(task.plan, viewerOf(auth), today),
  };
  if (!inspectionRecordPolicy.canView(facts)) throw notFound('抽查任务');
  return { task, facts, today };
}

function refuseWrite(facts: InspectionAccessFacts): void {
  const refusal = inspectionRecordPolicy.whyCannotWrite(facts);
  if (refusal) throw new AppError(refusal.code, refusal.message);
}

function taskLabel(task: TaskRow): string {
  return `${task.entityName}（${task.plan.number} 第 ${task.position} 号任务）`;
}

function toIso(moment: Date | null): string | null {
  return moment ? moment.toISOString() : null;
}

interface StoredItemResult {
  itemId: string;
  result: InspectionItemResult;
  note: string | null;
}

function storedItemResults(value: unknown): StoredItemResult[] {
  return Array.isArray(value) ? (value as StoredItemResult[]) : [];
}

/** The legal bases an item carries: CAT-2 items keep them in `basis`, CAT-1 items in `legalBases`. */
function legalBasesOf(data: unknown): InspectionTaskItem['legalBases'] {
  const record = (data ?? {}) as { basis?: unknown; legalBases?: unknown };
  const list = Array.isArray(record.basis)
    ? record.basis
    : Array.isArray(record.legalBases)
      ? record.legalBases
      : [];
  return list
    .filter((entry): entry is { law: string; article: string; text?: string } => {
      const candidate = entry as { law?: unknown; article?: unknown };
      return typeof candidate.law === 'string' && typeof candidate.article === 'string';
    })
    .map((entry) => ({ law: entry.law, article: entry.article, text: entry.text ?? null }));
}

async function loadTaskItems(db: Database, task: TaskRow): Promise<InspectionTaskItem[]> {
  const rows = await findCatalogueItems(db, task.itemIds);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return task.itemIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const content = (row.data as { content?: unknown } | null)?.content;
    return [
      {
        id: row.id,
        code: row.code,
        name: row.name,
        content: typeof content === 'string' ? content : null,
        legalBases: legalBasesOf(row.data),
      },
    ];
  });
}

function isEntityClosed(record: Pick<RecordRow, 'outcome'>): boolean {
  return record.outcome === 'entity_closed';
}

function storedCertificates(value: unknown): CertificateShown[] {
  return Array.isArray(value) ? (value as CertificateShown[]) : [];
}

function storedRecusal(value: unknown): RecusalRecord | null {
  return value && typeof value === 'object' ? (value as RecusalRecord) : null;
}

/** The stored record's own fields as the gap rule and the page both read them (one reading). */
function storedRecordFields(record: RecordRow) {
  return {
    startedAt: toIso(record.startedAt),
    endedAt: toIso(record.endedAt),
    location: record.location,
    personPresent: record.personPresent,
    personPresentPosition: record.personPresentPosition,
    personPresentIdNumber: record.personPresentIdNumber,
    personPresentPhone: record.personPresentPhone,
    certificatesShown: storedCertificates(record.certificatesShown),
    rightsInformedAt: toIso(record.rightsInformedAt),
    recusal: storedRecusal(record.recusal),
    isEntityClosed: isEntityClosed(record),
    itemResults: storedItemResults(record.itemResults),
  };
}

/** What the gap rule reads of a stored record. */
function recordFactsOf(
  record: RecordRow,
  findings: readonly { catalogueItemId: string | null }[],
  signatures: readonly Pick<SignatureRow, 'signer' | 'officerId' | 'isRefused'>[],
): InspectionRecordFacts {
  return {
    ...storedRecordFields(record),
    findings,
    signatures: signatures.map((signature) => ({
      signer: signature.signer as InspectionSigner,
      officerId: signature.officerId,
      isRefused: signature.isRefused,
    })),
  };
}

function gapOfficers(officerRows: readonly TaskOfficerRow[]) {
  return officerRows.map((officer) => ({ officerId: officer.officerId, name: officer.name }));
}

function toSignature(row: SignatureRow): InspectionSignature {
  return {
    id: row.id,
    signer: row.signer as InspectionSigner,
    officerId: row.officerId,
    signerName: row.signerName,
    isRefused: row.isRefused,
    refusalNote: row.refusalNote,
    witness: row.witness,
    sha256: row.sha256,
    byteSize: row.byteSize,
    signedAt: row.signedAt.toISOString(),
    capturedByName: row.capturedByName,
  };
}

function toPhoto(row: PhotoRow): InspectionPhoto {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    byteSize: row.byteSize,
    sha256: row.sha256,
    caption: row.caption,
    takenAt: toIso(row.takenAt),
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** 江西省南昌市南昌县莲塘镇 → 南昌市南昌县莲塘镇 (as the registry shows it). */
function withoutProvince(fullName: string): string {
  return fullName.replace(/^.+?(省|自治区)/, '') || fullName;
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

async function presentTask(
  ctx: AppContext,
  auth: AuthContext,
  loaded: LoadedTask,
): Promise<InspectionTaskDetail> {
  const { task, facts, today } = loaded;
  const year = Number((task.inspectedOn ?? today).slice(0, 4));
  const [entity, keyPolluterMedia, items, officerRows, record, calendar] = await Promise.all([
    findEntitySummary(ctx.db, task.entityId),
    findKeyPolluterMedia(ctx.db, task.entityId, year),
    loadTaskItems(ctx.db, task),
    findTaskOfficers(ctx.db, task.id),
    findRecordOfTask(ctx.db, task.id),
    loadWorkingCalendar(ctx.db),
  ]);
  if (!entity) throw notFound('监管对象');
  const [confirmations, photos, findings, signatures] = record
    ? await Promise.all([
        findConfirmations(ctx.db, record.id),
        findPhotos(ctx.db, record.id),
        findFindings(ctx.db, record.id),
        findSignatures(ctx.db, record.id),
      ])
    : [[], [], [], []];
  const confirmedAt = new Map(confirmations.map((row) => [row.officerId, row.confirmedAt]));
  const me = officerRows.find((officer) => officer.userId === auth.user.id);
  const gaps = findInspectionGaps(
    record ? recordFactsOf(record, findings, signatures) : null,
    items,
    gapOfficers(officerRows),
  );
  const refusal = inspectionRecordPolicy.whyCannotWrite(facts);
  const hasConfirmed = me ? confirmedAt.has(me.officerId) : false;
  const dueOn = resultsDueOn(calendar, task.plan.inspectionDueOn);
  return {
    task: {
      id: task.id,
      position: task.position,
      stratum: task.stratum as RandomCheckStratum,
      status: task.status as RandomCheckTaskStatus,
      outcome: task.outcome as RandomCheckOutcome | null,
      inspectedOn: task.inspectedOn,
      completedAt: toIso(task.completedAt),
      resultsDueOn: dueOn,
      isOverdue: isInspectionOverdue({ status: task.status as RandomCheckTaskStatus }, dueOn, today),
    },
    plan: {
      id: task.plan.id,
      number: task.plan.number,
      title: task.plan.title,
      agencyName: task.plan.agencyName,
      inspectionStartsOn: task.plan.inspectionStartsOn,
      inspectionDueOn: task.plan.inspectionDueOn,
      jointDepartments: task.plan.jointDepartments,
    },
    entity: {
      id: entity.id,
      name: entity.name,
      creditCode: entity.creditCode,
      address: entity.address,
      regionName: withoutProvince(entity.regionFullName),
      legalRepresentative: entity.legalRepresentative,
      contactPerson: entity.contactPerson,
      contactPhone: entity.contactPhone,
      longitude: entity.longitude,
      latitude: entity.latitude,
      industryCode: entity.industryCode,
      industryName: findIndustry(entity.industryCode)?.name ?? entity.industryCode,
      permitNumber: entity.permitNumber,
      permitClass: entity.permitClass as PermitClass | null,
      permitValidUntil: entity.permitValidUntil,
      keyPolluterMedia: keyPolluterMedia as KeyPolluterMedium[],
      isSpecialSupervision: entity.isSpecialSupervision,
      operatingStatus: entity.operatingStatus as OperatingStatus,
    },
    items,
    officers: officerRows.map((officer) => ({
      officerId: officer.officerId,
      name: officer.name,
      role: officer.role as RandomCheckOfficerRole,
      agencyName: officer.agencyName,
      certificateNumber: officer.certificateNumber,
      isMe: officer.userId === auth.user.id,
      hasAccount: officer.userId !== null,
      confirmedAt: toIso(confirmedAt.get(officer.officerId) ?? null),
    })),
    record: record
      ? {
          id: record.id,
          inspectedOn: record.inspectedOn,
          ...storedRecordFields(record),
          observations: record.observations,
          outcome: record.outcome as RandomCheckOutcome,
          revision: record.revision,
          lastDraftId: record.lastDraftId,
          createdByName: record.createdByName,
          updatedAt: record.updatedAt.toISOString(),
        }
      : null,
    photos: photos.map(toPhoto),
    findings: findings.map((finding) => ({
      ...finding,
      disposition: finding.disposition as InspectionFindingDisposition,
      handledAt: toIso(finding.handledAt),
      createdAt: finding.createdAt.toISOString(),
    })),
    signatures: signatures.map(toSignature),
    gaps,
    viewer: {
      isAssigned: facts.isAssigned,
      canEdit: refusal === null,
      canConfirm: refusal === null && !hasConfirmed && gaps.length === 0,
      hasConfirmed,
      readOnlyReason: refusal?.message ?? null,
    },
    today,
  };
}

export async function getInspectionTask(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
): Promise<InspectionTaskDetail> {
  return presentTask(ctx, auth, await loadTask(ctx, auth, taskId));
}

/** The task's statutory clocks (field record, publication), to whoever may see the task (DR-4). */
export async function getTaskClocks(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
): Promise<SubjectClockList> {
  await loadTask(ctx, auth, taskId);
  return { items: await listClocksForSubject(ctx, 'random_check_task', taskId) };
}

export async function getInspectionPhotoContent(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  photoId: string,
) {
  await loadTask(ctx, auth, taskId);
  const record = await findRecordOfTask(ctx.db, taskId);
  const photo = record ? await findPhotoContent(ctx.db, record.id, photoId) : undefined;
  if (!photo) throw notFound('照片');
  return photo;
}

/**
 * The signed record as a Word document. Addressed by the record, guarded by its task: whoever may
 * not see the task (jurisdiction, DR-4 secrecy) gets the same "not found" as for a record that does
 * not exist. Every download is audited — the document leaves the system as evidence.
 */
export async function getInspectionRecordDocument(
  ctx: AppContext,
  auth: AuthContext,
  recordId: string,
): Promise<{ fileName: string; content: Buffer }> {
  const taskId = await findTaskIdOfRecord(ctx.db, recordId);
  const loaded = taskId
    ? await loadTask(ctx, auth, taskId).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
        throw error;
      })
    : null;
  if (!loaded) throw notFound('现场检查笔录');
  const detail = await presentTask(ctx, auth, loaded);
  const images = await findSignatureContents(ctx.db, recordId);
  const content = await renderInspectionRecordDocument(detail, images);
  const fileName = `现场检查笔录-${detail.entity.name}-${detail.plan.number}-${detail.task.position}.docx`;
  const now = ctx.clock.now();
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'random_checks.inspection_record_document',
        targetType: 'random_check_task',
        targetId: loaded.task.id,
        summary: `下载现场检查笔录文书：${taskLabel(loaded.task)}，第 ${detail.record?.revision ?? 0} 版`,
        after: { recordId, revision: detail.record?.revision ?? 0, byteSize: content.length },
      },
      now,
    ),
  );
  return { fileName, content };
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

interface WriteContext {
  tx: Database;
  task: TaskRow;
  today: string;
  now: Date;
}

interface AuditNote {
  action: string;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Runs one write of an assigned officer: checks the policy, locks the task (so concurrent writes
 * and confirmations are serialised), refuses a task completed meanwhile, and appends the audit
 * entry in the same transaction.
 */
async function writeTask(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  work: (write: WriteContext) => Promise<AuditNote | null>,
): Promise<void> {
  const loaded = await loadTask(ctx, auth, taskId);
  refuseWrite(loaded.facts);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const status = await lockTask(tx, taskId);
    refuseWrite({ ...loaded.facts, taskStatus: status ?? loaded.task.status });
    const note = await work({
      tx,
      task: { ...loaded.task, status: status ?? loaded.task.status },
      today: loaded.today,
      now,
    });
    // null: nothing changed (a repeated sync), so there is nothing to audit.
    if (note) {
      await appendAudit(
        tx,
        actorOf(auth),
        { targetType: 'random_check_task', targetId: taskId, ...note },
        now,
      );
    }
  });
}

/** The task's record, made as an empty draft dated today when the officer starts with a photo or a finding. */
async function ensureRecord(write: WriteContext, auth: AuthContext): Promise<RecordRow> {
  const existing = await findRecordOfTask(write.tx, write.task.id);
  if (existing) return existing;
  const values = {
    id: randomUUID(),
    taskId: write.task.id,
    inspectedOn: write.today,
    itemResults: [],
    outcome: 'no_problem',
    createdBy: auth.user.id,
    createdAt: write.now,
    updatedAt: write.now,
  };
  await insertRecord(write.tx, values);
  await markRecorded(write);
  return {
    ...values,
    startedAt: null,
    endedAt: null,
    location: null,
    personPresent: null,
    personPresentPosition: null,
    personPresentIdNumber: null,
    personPresentPhone: null,
    certificatesShown: [],
    rightsInformedAt: null,
    recusal: null,
    revision: 0,
    lastDraftId: null,
    observations: null,
    createdByName: auth.user.displayName,
  };
}

async function markRecorded(write: WriteContext): Promise<void> {
  if (write.task.status === 'pending') {
    await updateTask(write.tx, write.task.id, { status: 'recorded', updatedAt: write.now });
  }
}

/**
 * A change to the record after a confirmation withdraws it: the officers confirm what they read.
 * Recomputes the outcome from the items and findings. Returns a note for the audit summary.
 */
async function afterRecordChange(write: WriteContext, record: RecordRow, itemResults: StoredItemResult[]) {
  const findings = await findFindings(write.tx, record.id);
  const outcome = inspectionOutcome({
    isEntityClosed: isEntityClosed(record),
    itemResults,
    findingCount: findings.length,
  });
  await updateRecord(write.tx, record.id, { outcome, updatedAt: write.now });
  return withdrawSignoffs(write.tx, record.id);
}

/**
 * Confirmations and signatures are of the text as it stood: any change withdraws them all, and the
 * audit summary says so.
 */
async function withdrawSignoffs(tx: Database, recordId: string): Promise<string> {
  const confirmations = await deleteConfirmations(tx, recordId);
  const signatures = await deleteSignatures(tx, recordId);
  const parts = [
    confirmations > 0 ? `已撤销 ${confirmations} 名检查人员的确认` : '',
    signatures > 0 ? `已撤销 ${signatures} 个签名` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `；${parts.join('，')}，须重新确认和签名` : '';
}

function refuseRecordInput(input: SaveInspectionRecordInput, task: TaskRow, today: string, now: Date): void {
  if (input.inspectedOn < task.plan.inspectionStartsOn) {
    throw invalidField('inspectedOn', `检查日期不能早于计划的检查开始日期 ${task.plan.inspectionStartsOn}`);
  }
  if (input.inspectedOn > today) throw invalidField('inspectedOn', `检查日期不能晚于今天（${today}）`);
  const latest = now.getTime() + clockToleranceMs;
  const timeLabels = { startedAt: '开始时间', endedAt: '结束时间', rightsInformedAt: '告知时间' } as const;
  for (const field of ['startedAt', 'endedAt', 'rightsInformedAt'] as const) {
    const value = input[field];
    if (value && Date.parse(value) > latest) throw invalidField(field, `${timeLabels[field]}不能晚于现在`);
  }
  if (input.startedAt && creditDates.businessDateOf(new Date(input.startedAt)) !== input.inspectedOn) {
    throw invalidField('startedAt', `开始时间应在检查日期 ${input.inspectedOn} 当天`);
  }
  const itemIds = new Set(task.itemIds);
  const foreign = input.itemResults.findIndex((item) => !itemIds.has(item.itemId));
  if (foreign >= 0) {
    throw invalidField(`itemResults.${foreign}.itemId`, '该检查事项不属于本任务，请刷新页面后重新填写');
  }
}

/** The officers a record names (certificates shown, the recused officer) must be the task's. */
function refuseForeignOfficers(
  input: SaveInspectionRecordInput,
  officerRows: readonly TaskOfficerRow[],
): void {
  const officerIds = new Set(officerRows.map((officer) => officer.officerId));
  const foreign = input.certificatesShown.findIndex((entry) => !officerIds.has(entry.officerId));
  if (foreign >= 0) {
    throw invalidField(
      `certificatesShown.${foreign}.officerId`,
      '出示证件的人员不是本任务的检查人员，请刷新页面后重新填写',
    );
  }
  if (input.recusal?.officerId && !officerIds.has(input.recusal.officerId)) {
    throw invalidField('recusal.officerId', '被申请回避的人员不是本任务的检查人员，请刷新页面后重新选择');
  }
}

/**
 * A draft edited from an older revision than the server's would silently undo someone's change
 * (another officer's phone, or the same officer's second device): refuse it and say what to do.
 */
function refuseStaleDraft(input: SaveInspectionRecordInput, existing: RecordRow | undefined): void {
  const current = existing?.revision ?? 0;
  if (input.revision === current) return;
  throw new AppError(
    'CONFLICT',
    `笔录在服务器上已是第 ${current} 版，本机草稿是在第 ${input.revision} 版上修改的（可能其他检查人员或设备已修改笔录）。请查看服务器上的笔录，再决定是否以本机草稿覆盖`,
    'revision',
  );
}

export async function saveInspectionRecord(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  input: SaveInspectionRecordInput,
): Promise<InspectionTaskDetail> {
  await writeTask(ctx, auth, taskId, async (write) => {
    const existing = await findRecordOfTask(write.tx, taskId);
    // The same draft version again (its answer was lost on the way back): already saved.
    if (existing && existing.lastDraftId === input.draftId) return null;
    refuseRecordInput(input, write.task, write.today, write.now);
    refuseForeignOfficers(input, await findTaskOfficers(write.tx, taskId));
    if (existing && isSameRecordText(existing, input)) return null;
    refuseStaleDraft(input, existing);
    const fields = {
      inspectedOn: input.inspectedOn,
      startedAt: input.startedAt ? new Date(input.startedAt) : null,
      endedAt: input.endedAt ? new Date(input.endedAt) : null,
      location: input.location,
      personPresent: input.personPresent,
      personPresentPosition: input.personPresentPosition,
      personPresentIdNumber: input.personPresentIdNumber,
      personPresentPhone: input.personPresentPhone,
      certificatesShown: input.certificatesShown,
      rightsInformedAt: input.rightsInformedAt ? new Date(input.rightsInformedAt) : null,
      recusal: input.recusal,
      revision: (existing?.revision ?? 0) + 1,
      lastDraftId: input.draftId,
      itemResults: input.itemResults,
      observations: input.observations,
      outcome: input.isEntityClosed ? 'entity_closed' : 'no_problem',
      updatedAt: write.now,
    };
    let record: RecordRow;
    if (existing) {
      await updateRecord(write.tx, existing.id, fields);
      record = { ...existing, ...fields };
    } else {
      const id = randomUUID();
      await insertRecord(write.tx, { id, taskId, ...fields, createdBy: auth.user.id, createdAt: write.now });
      await markRecorded(write);
      record = { ...fields, id, createdByName: auth.user.displayName };
    }
    const withdrawn = await afterRecordChange(write, record, input.itemResults);
    const checked = input.itemResults.length;
    return {
      action: 'random_checks.inspection_record_save',
      summary: `${existing ? '修改' : '填写'}现场检查笔录（第 ${fields.revision} 版）：${taskLabel(write.task)}，已检查 ${checked}/${write.task.itemIds.length} 项${withdrawn}`,
      before: existing ? recordState(existing) : undefined,
      after: recordState(record),
    };
  });
  return getInspectionTask(ctx, auth, taskId);
}

/**
 * Whether a draft says exactly what the stored record says. Such a sync (同步 tapped again after
 * signing, an auto-save of an edit that was typed and undone, a phone's second sync racing a
 * signature) is no change: it must not start a new revision and withdraw the signatures and
 * confirmations given on that very text. Compared as JSON values, since jsonb keeps its own key
 * order and drops absent keys.
 */
function isSameRecordText(existing: RecordRow, input: SaveInspectionRecordInput): boolean {
  const proposed = recordState({
    ...existing,
    inspectedOn: input.inspectedOn,
    startedAt: input.startedAt ? new Date(input.startedAt) : null,
    endedAt: input.endedAt ? new Date(input.endedAt) : null,
    location: input.location,
    personPresent: input.personPresent,
    personPresentPosition: input.personPresentPosition,
    personPresentIdNumber: input.personPresentIdNumber,
    personPresentPhone: input.personPresentPhone,
    certificatesShown: input.certificatesShown,
    rightsInformedAt: input.rightsInformedAt ? new Date(input.rightsInformedAt) : null,
    recusal: input.recusal,
    itemResults: input.itemResults,
    observations: input.observations,
    outcome: input.isEntityClosed ? 'entity_closed' : 'no_problem',
  });
  const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  return isDeepStrictEqual(asJson(recordState(existing)), asJson(proposed));
}

function recordState(record: Omit<RecordRow, 'createdByName'>) {
  return {
    revision: record.revision,
    inspectedOn: record.inspectedOn,
    startedAt: toIso(record.startedAt),
    endedAt: toIso(record.endedAt),
    location: record.location,
    personPresent: record.personPresent,
    personPresentPosition: record.personPresentPosition,
    personPresentIdNumber: record.personPresentIdNumber,
    personPresentPhone: record.personPresentPhone,
    certificatesShown: record.certificatesShown,
    rightsInformedAt: toIso(record.rightsInformedAt),
    recusal: record.recusal,
    itemResults: record.itemResults,
    observations: record.observations,
    isEntityClosed: isEntityClosed(record),
  };
}

export async function addInspectionPhoto(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  input: AddInspectionPhotoInput,
): Promise<InspectionPhoto> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw invalidField('contentBase64', '照片内容为空');
  if (bytes.length > maxInspectionPhotoBytes) {
    throw invalidField('contentBase64', `照片不能超过 ${maxInspectionPhotoBytes / 1024 / 1024} MB`);
  }
  // Stored and served as what the bytes are, never as what the client said they are.
  const mediaType = detectPhotoMediaType(bytes);
  if (!mediaType) throw invalidField('contentBase64', '文件不是 JPEG、PNG、WebP 或 HEIC 格式的照片');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (input.takenAt && Date.parse(input.takenAt) > ctx.clock.now().getTime() + clockToleranceMs) {
    throw invalidField('takenAt', '拍摄时间不能晚于现在');
  }
  const id = randomUUID();
  let createdAt = ctx.clock.now();
  await writeTask(ctx, auth, taskId, async (write) => {
    const record = await ensureRecord(write, auth);
    if ((await countPhotos(write.tx, record.id)) >= maxInspectionPhotosPerRecord) {
      throw new AppError(
        'CONFLICT',
        `每份笔录最多 ${maxInspectionPhotosPerRecord} 张照片，请先删除不需要的照片`,
      );
    }
    createdAt = write.now;
    await insertPhoto(write.tx, {
      id,
      recordId: record.id,
      fileName: input.fileName,
      mediaType,
      byteSize: bytes.length,
      sha256,
      content: bytes,
      caption: input.caption,
      takenAt: input.takenAt ? new Date(input.takenAt) : null,
      createdBy: auth.user.id,
      createdAt: write.now,
    });
    const withdrawn = await withdrawSignoffs(write.tx, record.id);
    return {
      action: 'random_checks.inspection_photo_add',
      summary: `上传现场照片：${taskLabel(write.task)}，${input.fileName}（${bytes.length} 字节，SHA-256 ${sha256}）${withdrawn}`,
      after: { photoId: id, fileName: input.fileName, mediaType, byteSize: bytes.length, sha256 },
    };
  });
  return {
    id,
    fileName: input.fileName,
    mediaType,
    byteSize: bytes.length,
    sha256,
    caption: input.caption,
    takenAt: input.takenAt,
    createdByName: auth.user.displayName,
    createdAt: createdAt.toISOString(),
  };
}

export async function removeInspectionPhoto(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  photoId: string,
): Promise<InspectionTaskDetail> {
  await writeTask(ctx, auth, taskId, async (write) => {
    const record = await findRecordOfTask(write.tx, taskId);
    const photo = record ? await findPhotoContent(write.tx, record.id, photoId) : undefined;
    if (!record || !photo || !(await deletePhoto(write.tx, record.id, photoId))) throw notFound('照片');
    const withdrawn = await withdrawSignoffs(write.tx, record.id);
    return {
      action: 'random_checks.inspection_photo_remove',
      summary: `删除现场照片：${taskLabel(write.task)}，${photo.fileName}（SHA-256 ${photo.sha256}）${withdrawn}`,
      before: { photoId, fileName: photo.fileName, sha256: photo.sha256 },
    };
  });
  return getInspectionTask(ctx, auth, taskId);
}

export async function addInspectionFinding(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  input: AddInspectionFindingInput,
): Promise<InspectionTaskDetail> {
  await writeTask(ctx, auth, taskId, async (write) => {
    if (input.catalogueItemId && !write.task.itemIds.includes(input.catalogueItemId)) {
      throw invalidField('catalogueItemId', '该检查事项不属于本任务，请刷新页面后重新选择');
    }
    if (isRectificationDisposition(input.disposition) && input.rectificationDueOn! <= write.today) {
      throw invalidField('rectificationDueOn', `整改期限应晚于今天（${write.today}）`);
    }
    const record = await ensureRecord(write, auth);
    const id = randomUUID();
    await insertFinding(write.tx, {
      id,
      recordId: record.id,
      entityId: write.task.entityId,
      agencyId: write.task.agencyId,
      catalogueItemId: input.catalogueItemId,
      description: input.description,
      disposition: input.disposition,
      rectificationDueOn: input.rectificationDueOn,
      createdBy: auth.user.id,
      createdAt: write.now,
    });
    const withdrawn = await afterRecordChange(write, record, storedItemResults(record.itemResults));
    return {
      action: 'random_checks.inspection_finding_add',
      summary: `登记检查发现的问题：${taskLabel(write.task)}，${inspectionFindingDispositionLabels[input.disposition]}${
        input.rectificationDueOn ? `（整改期限 ${input.rectificationDueOn}）` : ''
      }${withdrawn}`,
      after: { findingId: id, ...input },
    };
  });
  return getInspectionTask(ctx, auth, taskId);
}

export async function removeInspectionFinding(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  findingId: string,
): Promise<InspectionTaskDetail> {
  await writeTask(ctx, auth, taskId, async (write) => {
    const record = await findRecordOfTask(write.tx, taskId);
    const removed = record ? await deleteFinding(write.tx, record.id, findingId) : undefined;
    if (!record || !removed) throw notFound('检查发现的问题');
    const withdrawn = await afterRecordChange(write, record, storedItemResults(record.itemResults));
    return {
      action: 'random_checks.inspection_finding_remove',
      summary: `删除检查发现的问题：${taskLabel(write.task)}，${removed.description.slice(0, 60)}${withdrawn}`,
      before: { findingId, description: removed.description },
    };
  });
  return getInspectionTask(ctx, auth, taskId);
}

/**
 * A signature on the record as it stands, drawn on the phone that is passed around: each officer
 * signs (also those without an account, who would otherwise sign only on paper), and the person
 * present signs or refuses, which is recorded with the circumstances and the witness
 * (当事人拒绝签字的，注明情况). Signing again replaces the signer's earlier signature; any later
 * change of the record withdraws every signature.
 */
export async function addInspectionSignature(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  input: AddInspectionSignatureInput,
): Promise<InspectionTaskDetail> {
  const bytes = input.imageBase64 ? Buffer.from(input.imageBase64, 'base64') : null;
  if (bytes) {
    if (bytes.length > maxInspectionSignatureBytes) {
      throw invalidField('imageBase64', `签名图片不能超过 ${maxInspectionSignatureBytes / 1024} KB`);
    }
    if (detectPhotoMediaType(bytes) !== 'image/png')
      throw invalidField('imageBase64', '签名图片应为 PNG 格式');
  }
  const sha256 = bytes ? createHash('sha256').update(bytes).digest('hex') : null;
  await writeTask(ctx, auth, taskId, async (write) => {
    const record = await findRecordOfTask(write.tx, taskId);
    if (!record) throw new AppError('CONFLICT', '请先保存现场检查笔录，再请检查人员和现场负责人签名');
    let signerName: string;
    if (input.signer === 'officer') {
      const officer = (await findTaskOfficers(write.tx, taskId)).find(
        (candidate) => candidate.officerId === input.officerId,
      );
      if (!officer) throw invalidField('officerId', '签名人不是本任务的检查人员，请刷新页面后重新选择');
      signerName = officer.name;
    } else {
      if (isEntityClosed(record)) {
        throw new AppError('CONFLICT', '笔录记载被检查单位停产、关闭或查无此户，没有现场负责人签字');
      }
      if (!record.personPresent) {
        throw new AppError('CONFLICT', '请先在笔录中填写并保存现场负责人姓名，再请其签字');
      }
      signerName = record.personPresent;
    }
    const signerKey = input.signer === 'officer' ? input.officerId! : 'person_present';
    await upsertSignature(write.tx, {
      id: randomUUID(),
      recordId: record.id,
      signer: input.signer,
      officerId: input.signer === 'officer' ? input.officerId : null,
      signerKey,
      signerName,
      content: bytes,
      byteSize: bytes?.length ?? null,
      sha256,
      isRefused: input.isRefused,
      refusalNote: input.refusalNote,
      witness: input.witness,
      signedAt: write.now,
      createdBy: auth.user.id,
    });
    return {
      action: 'random_checks.inspection_signature_add',
      summary: input.isRefused
        ? `现场负责人拒绝签字：${taskLabel(write.task)}，${signerName}；${input.refusalNote}${input.witness ? `（见证人：${input.witness}）` : ''}`
        : `${input.signer === 'officer' ? '检查人员' : '现场负责人'}签名：${taskLabel(write.task)}，${signerName}（SHA-256 ${sha256}）`,
      after: {
        signer: input.signer,
        officerId: input.officerId,
        signerName,
        sha256,
        isRefused: input.isRefused,
        refusalNote: input.refusalNote,
        witness: input.witness,
      },
    };
  });
  return getInspectionTask(ctx, auth, taskId);
}

export async function getInspectionSignatureContent(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  signatureId: string,
) {
  await loadTask(ctx, auth, taskId);
  const record = await findRecordOfTask(ctx.db, taskId);
  const [signature] = record ? await findSignatureContents(ctx.db, record.id, signatureId) : [];
  if (!signature?.content || !signature.sha256) throw notFound('签名');
  return { sha256: signature.sha256, content: signature.content };
}

/**
 * An assigned officer confirms the record as it stands (执法人员签名). When every officer with a
 * platform account has confirmed, the task is completed: its outcome and inspection day are set
 * and the visit goes on the entity's timeline.
 */
export async function confirmInspectionRecord(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
): Promise<InspectionTaskDetail> {
  await writeTask(ctx, auth, taskId, async (write) => {
    const record = await findRecordOfTask(write.tx, taskId);
    // One after another: a transaction is one connection (pg refuses overlapping queries on it).
    const findings = record ? await findFindings(write.tx, record.id) : [];
    const items = await loadTaskItems(write.tx, write.task);
    const officerRows = await findTaskOfficers(write.tx, taskId);
    const signatures = record ? await findSignatures(write.tx, record.id) : [];
    const itemResults = record ? storedItemResults(record.itemResults) : [];
    const gaps = findInspectionGaps(
      record ? recordFactsOf(record, findings, signatures) : null,
      items,
      gapOfficers(officerRows),
    );
    if (!record || gaps.length > 0) {
      const first = gaps[0]!;
      throw new AppError(
        'VALIDATION_FAILED',
        `笔录还不完整，不能确认：${gaps.map((gap) => gap.message).join('；')}`,
        first.field,
        gaps,
      );
    }
    const me = officerRows.find((officer) => officer.userId === auth.user.id);
    if (!me) throw new AppError('FORBIDDEN', '只有本任务的检查人员可以确认现场检查笔录');
    const confirmations = await findConfirmations(write.tx, record.id);
    if (confirmations.some((row) => row.officerId === me.officerId)) {
      throw new AppError('CONFLICT', '您已确认本笔录，正在等待其他检查人员确认');
    }
    await insertConfirmation(write.tx, {
      recordId: record.id,
      officerId: me.officerId,
      userId: auth.user.id,
      confirmedAt: write.now,
    });
    const confirmed = new Set([...confirmations.map((row) => row.officerId), me.officerId]);
    const waitingFor = officerRows.filter(
      (officer) => officer.userId !== null && !confirmed.has(officer.officerId),
    );
    if (waitingFor.length > 0) {
      return {
        action: 'random_checks.inspection_confirm',
        summary: `确认现场检查笔录：${taskLabel(write.task)}；等待 ${waitingFor.map((officer) => officer.name).join('、')} 确认`,
        after: { officerId: me.officerId, taskStatus: write.task.status },
      };
    }
    const outcome = inspectionOutcome({
      isEntityClosed: isEntityClosed(record),
      itemResults,
      findingCount: findings.length,
    });
    await updateRecord(write.tx, record.id, { outcome });
    await updateTask(write.tx, taskId, {
      status: 'completed',
      outcome,
      inspectedOn: record.inspectedOn,
      completedAt: write.now,
      updatedAt: write.now,
    });
    await moveClocksToPublication(ctx, auth, write);
    const dispositions = findings.map((finding) => finding.disposition as InspectionFindingDisposition);
    await insertEntityEvents(write.tx, {
      id: randomUUID(),
      entityId: write.task.entityId,
      occurredOn: record.inspectedOn,
      kind: 'random_check',
      title: `双随机抽查：${randomCheckOutcomeLabels[outcome]}`,
      detail: timelineDetail(write.task, items.length, itemResults, dispositions),
      compliance: inspectionCompliance(outcome, dispositions),
      sourceType: 'random_check_task',
      sourceId: taskId,
      agencyId: write.task.agencyId,
      createdBy: auth.user.id,
      createdAt: write.now,
    });
    return {
      action: 'random_checks.inspection_confirm',
      summary: `确认现场检查笔录：${taskLabel(write.task)}；检查人员均已确认，任务完成（${randomCheckOutcomeLabels[outcome]}）`,
      after: { officerId: me.officerId, taskStatus: 'completed', outcome },
    };
  });
  return getInspectionTask(ctx, auth, taskId);
}

/** The record is in (DR-5): its clock is met, and the result's publication clock starts (DR-6). */
async function moveClocksToPublication(
  ctx: AppContext,
  auth: AuthContext,
  write: WriteContext,
): Promise<void> {
  const completedOn = write.today;
  await stopClock(
    ctx,
    write.tx,
    actorOf(auth),
    { subjectKind: 'random_check_task', subjectId: write.task.id, ruleKey: 'inspectionResults' },
    { metOn: completedOn, reason: '现场检查笔录已确认', isPartOfAuditedAct: true },
  );
  await startClock(
    ctx,
    write.tx,
    publicationClockOf(
      { id: write.task.id, entityName: write.task.entityName, plan: write.task.plan },
      completedOn,
    ),
  );
}

function timelineDetail(
  task: TaskRow,
  itemCount: number,
  itemResults: StoredItemResult[],
  dispositions: InspectionFindingDisposition[],
): string {
  const nonCompliant = itemResults.filter((item) => item.result === 'non_compliant').length;
  const parts = [
    `${task.plan.title}（${task.plan.number}），${task.plan.agencyName}`,
    `检查事项 ${itemCount} 项`,
  ];
  if (nonCompliant > 0) parts.push(`不符合 ${nonCompliant} 项`);
  if (dispositions.length > 0) {
    const counts = new Map<InspectionFindingDisposition, number>();
    for (const disposition of dispositions) counts.set(disposition, (counts.get(disposition) ?? 0) + 1);
    parts.push(
      `发现问题 ${dispositions.length} 个（${[...counts]
        .map(([disposition, count]) => `${inspectionFindingDispositionLabels[disposition]} ${count}`)
        .join('，')}）`,
    );
  }
  return parts.join('；');
}
