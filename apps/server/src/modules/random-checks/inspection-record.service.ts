import { createHash, randomUUID } from 'node:crypto';
import {
  type AddInspectionFindingInput,
  type AddInspectionPhotoInput,
  creditDates,
  detectPhotoMediaType,
  findIndustry,
  findInspectionGaps,
  type InspectionFindingDisposition,
  type InspectionItemResult,
  type InspectionPhoto,
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
  type OperatingStatus,
  type PermitClass,
  type RandomCheckOfficerRole,
  type RandomCheckOutcome,
  type RandomCheckStratum,
  type RandomCheckTaskStatus,
  randomCheckOutcomeLabels,
  resultsDueOn,
  type SaveInspectionRecordInput,
  taskVisibilityOf,
} from '@qingshan/domain';
import type { Database } from '../../db/client';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { loadWorkingCalendar } from '../../lib/calendar';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { type InspectionAccessFacts, inspectionRecordPolicy } from './inspection-record.policy';
import {
  countPhotos,
  deleteConfirmations,
  deleteFinding,
  deletePhoto,
  findCatalogueItems,
  findConfirmations,
  findEntitySummary,
  findFindings,
  findKeyPolluterMedia,
  findPhotoContent,
  findPhotos,
  findRecordOfTask,
  findTaskForCaller,
  findTaskOfficers,
  insertConfirmation,
  insertEntityEvent,
  insertFinding,
  insertPhoto,
  insertRecord,
  lockTask,
  type PhotoRow,
  type RecordRow,
  type TaskRow,
  updateRecord,
  updateTask,
} from './inspection-record.repository';
import { viewerOf } from './plan.service';

/**
 * 现场检查笔录 (DR-5): an assigned officer fills the record of a random-check task on site, adds
 * photos (fingerprinted with SHA-256 on receipt) and findings (each becomes a rectification, a
 * case referral or both), and every assigned officer confirms it; the last confirmation completes
 * the task, sets its outcome and puts the visit on the entity's timeline.
 */

/** Clock skew allowed between a phone and the server for "not in the future" checks. */
const clockToleranceMs = 10 * 60 * 1000;

function todayOf(ctx: AppContext): string {
  return creditDates.businessDateOf(ctx.clock.now());
}

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
  const [confirmations, photos, findings] = record
    ? await Promise.all([
        findConfirmations(ctx.db, record.id),
        findPhotos(ctx.db, record.id),
        findFindings(ctx.db, record.id),
      ])
    : [[], [], []];
  const confirmedAt = new Map(confirmations.map((row) => [row.officerId, row.confirmedAt]));
  const me = officerRows.find((officer) => officer.userId === auth.user.id);
  const itemResults = record ? storedItemResults(record.itemResults) : [];
  const gaps = findInspectionGaps(
    record
      ? {
          startedAt: toIso(record.startedAt),
          endedAt: toIso(record.endedAt),
          location: record.location,
          personPresent: record.personPresent,
          isEntityClosed: isEntityClosed(record),
          itemResults,
          findings,
        }
      : null,
    items,
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
          startedAt: toIso(record.startedAt),
          endedAt: toIso(record.endedAt),
          location: record.location,
          personPresent: record.personPresent,
          personPresentPosition: record.personPresentPosition,
          isEntityClosed: isEntityClosed(record),
          itemResults,
          observations: record.observations,
          outcome: record.outcome as RandomCheckOutcome,
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
  work: (write: WriteContext) => Promise<AuditNote>,
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
    await appendAudit(tx, actorOf(auth), { targetType: 'random_check_task', targetId: taskId, ...note }, now);
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
  const withdrawn = await deleteConfirmations(write.tx, record.id);
  return withdrawn > 0 ? `；已撤销 ${withdrawn} 名检查人员的确认，须重新确认` : '';
}

function refuseRecordInput(input: SaveInspectionRecordInput, task: TaskRow, today: string, now: Date): void {
  if (input.inspectedOn < task.plan.inspectionStartsOn) {
    throw invalidField('inspectedOn', `检查日期不能早于计划的检查开始日期 ${task.plan.inspectionStartsOn}`);
  }
  if (input.inspectedOn > today) throw invalidField('inspectedOn', `检查日期不能晚于今天（${today}）`);
  const latest = now.getTime() + clockToleranceMs;
  for (const field of ['startedAt', 'endedAt'] as const) {
    const value = input[field];
    if (value && Date.parse(value) > latest) {
      throw invalidField(field, `${field === 'startedAt' ? '开始' : '结束'}时间不能晚于现在`);
    }
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

export async function saveInspectionRecord(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  input: SaveInspectionRecordInput,
): Promise<InspectionTaskDetail> {
  await writeTask(ctx, auth, taskId, async (write) => {
    refuseRecordInput(input, write.task, write.today, write.now);
    const existing = await findRecordOfTask(write.tx, taskId);
    const fields = {
      inspectedOn: input.inspectedOn,
      startedAt: input.startedAt ? new Date(input.startedAt) : null,
      endedAt: input.endedAt ? new Date(input.endedAt) : null,
      location: input.location,
      personPresent: input.personPresent,
      personPresentPosition: input.personPresentPosition,
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
      summary: `${existing ? '修改' : '填写'}现场检查笔录：${taskLabel(write.task)}，已检查 ${checked}/${write.task.itemIds.length} 项${withdrawn}`,
      before: existing ? recordState(existing) : undefined,
      after: recordState(record),
    };
  });
  return getInspectionTask(ctx, auth, taskId);
}

function recordState(record: Omit<RecordRow, 'createdByName'>) {
  return {
    inspectedOn: record.inspectedOn,
    startedAt: toIso(record.startedAt),
    endedAt: toIso(record.endedAt),
    location: record.location,
    personPresent: record.personPresent,
    personPresentPosition: record.personPresentPosition,
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
    const withdrawn = await deleteConfirmations(write.tx, record.id);
    return {
      action: 'random_checks.inspection_photo_add',
      summary: `上传现场照片：${taskLabel(write.task)}，${input.fileName}（${bytes.length} 字节，SHA-256 ${sha256}）${
        withdrawn > 0 ? `；已撤销 ${withdrawn} 名检查人员的确认，须重新确认` : ''
      }`,
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
    const withdrawn = await deleteConfirmations(write.tx, record.id);
    return {
      action: 'random_checks.inspection_photo_remove',
      summary: `删除现场照片：${taskLabel(write.task)}，${photo.fileName}（SHA-256 ${photo.sha256}）${
        withdrawn > 0 ? `；已撤销 ${withdrawn} 名检查人员的确认，须重新确认` : ''
      }`,
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
    const itemResults = record ? storedItemResults(record.itemResults) : [];
    const gaps = findInspectionGaps(
      record
        ? {
            startedAt: toIso(record.startedAt),
            endedAt: toIso(record.endedAt),
            location: record.location,
            personPresent: record.personPresent,
            isEntityClosed: isEntityClosed(record),
            itemResults,
            findings,
          }
        : null,
      items,
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
    const dispositions = findings.map((finding) => finding.disposition as InspectionFindingDisposition);
    await insertEntityEvent(write.tx, {
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
