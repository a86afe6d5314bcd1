import { createHash, randomUUID } from 'node:crypto';
import {
  businessDateOf,
  entityExchangeColumns,
  type ImportError,
  type ImportJob,
  type ImportJobDetail,
  type ImportJobListQuery,
  type ImportJobStatus,
  importFileMaxBytes,
  importJobErrorsKept,
  type Paged,
} from '@qingshan/domain';
import { MissingReferenceError, type ReferenceCheck, withBatchedReferenceChecks } from '../../db/bulk-load';
import { appendAudit, systemActor } from '../../lib/audit/index';
import { type Actor, type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { loadOwnershipResolver } from './entity.ownership';
import { ImportFileError, type ImportTable, normalizeHeader, readImportFile } from './entity-import.files';
import {
  type EntityWrite,
  failUnfinishedImportJob,
  findAgenciesForImport,
  findCreditCodesOutsideScope,
  findExistingEntitiesInScope,
  findImportJobErrors,
  findImportJobInScope,
  findImportJobsPage,
  findImportJobToRun,
  findRegionsForImport,
  type ImportJobWithNames,
  insertEntities,
  insertImportEvents,
  insertImportJob,
  insertImportJobErrors,
  replaceKeyPolluterListings,
  updateEntities,
  updateImportJob,
} from './entity-import.repository';
import {
  canonicalCreditCode,
  EntityImportValidator,
  type ImportLookups,
  mapHeader,
} from './entity-import.validation';
import {
  buildErrorReportWorkbook,
  buildTemplateCsv,
  buildTemplateWorkbook,
  type TemplateRegion,
} from './entity-import.workbooks';

/**
 * Bulk import of regulated entities (REG-5). The upload starts a job and returns at once; the
 * job reads the file, checks every row against the schema and the registry, and then either
 * writes all rows in one transaction with one audit entry, or — when any row is bad — writes
 * nothing and keeps the row-by-row report.
 */

const creditCodeHeader = normalizeHeader(entityExchangeColumns.find((c) => c.key === 'creditCode')!.header);
/** Rows checked between two yields to the event loop (other requests go on meanwhile). */
const rowsPerSlice = 5_000;
/** How often the job's progress is written while checking. */
const rowsPerProgressUpdate = 20_000;

/** Where the time of one import went, in milliseconds (logged by the route for the benchmark). */
export type ImportTimings = Record<string, number>;

/** How a job ended, for the server log: its phases, and the fault behind a failed job. */
export interface ImportOutcome {
  timings: ImportTimings;
  failure: unknown;
}

/** The queue (lib/jobs) the imports run on, in whichever server process fetches them first. */
export const entityImportQueue = 'entities-import';
/** Where an import goes once the queue gives up on it (its attempts were interrupted or crashed). */
export const entityImportFailedQueue = 'entities-import-failed';
/**
 * An import that is still running after this long was cut off (its process stopped): the queue
 * runs it again from the file, at most twice more. The transaction that writes the rows commits
 * at the very end, so an interrupted attempt has written nothing.
 */
export const entityImportJobOptions = {
  retryLimit: 2,
  retryDelaySeconds: 10,
  retryBackoff: true,
  expireInSeconds: 30 * 60,
  deadLetter: entityImportFailedQueue,
};

/** Who an import acts as, kept in its queued job: the uploader and their jurisdiction at upload. */
export interface ImportRequester extends Actor {
  scopeRootAgencyId: string;
}

export interface EntityImportPayload {
  importJobId: string;
  requester: ImportRequester;
}

function presentJob({ job, agencyName, createdByName }: ImportJobWithNames): ImportJob {
  return {
    id: job.id,
    kind: job.kind,
    fileName: job.fileName,
    status: job.status as ImportJobStatus,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    errorCount: job.errorCount,
    createdCount: job.createdCount,
    updatedCount: job.updatedCount,
    unchangedCount:
      job.status === 'completed' ? Math.max(0, job.totalRows - job.createdCount - job.updatedCount) : 0,
    agencyId: job.agencyId,
    agencyName,
    createdById: job.createdBy,
    createdByName,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export async function getEntityImport(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
): Promise<ImportJobDetail> {
  const row = await findImportJobInScope(ctx.db, auth, id);
  if (!row) throw notFound('导入任务');
  return { ...presentJob(row), errors: row.job.errors as ImportError[] };
}

export async function listEntityImports(
  ctx: AppContext,
  auth: AuthContext,
  query: ImportJobListQuery,
): Promise<Paged<ImportJob>> {
  const { rows, total } = await findImportJobsPage(ctx.db, auth, query);
  return { items: rows.map(presentJob), total, page: query.page, pageSize: query.pageSize };
}

/**
 * Accepts a file and queues its job: the file is stored with the job row and the queued job is
 * written in the same transaction, so any server process can run it, also after a restart. The
 * answer is the job as it starts (status validating): the page polls GET /api/entities/imports/:id.
 */
export async function startEntityImport(
  ctx: AppContext,
  auth: AuthContext,
  fileName: string,
  file: Buffer,
): Promise<ImportJobDetail> {
  if (file.length === 0) throw new AppError('VALIDATION_FAILED', '上传的文件是空的', 'file');
  if (file.length > importFileMaxBytes) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `文件超过 ${importFileMaxBytes / 1024 / 1024} MB，请拆分后分批导入`,
    );
  }
  const id = randomUUID();
  const requester: ImportRequester = {
    user: { id: auth.user.id, username: auth.user.username, displayName: auth.user.displayName },
    agency: { id: auth.agency.id },
    clientAddress: auth.clientAddress,
    scopeRootAgencyId: auth.scopeRootAgencyId,
  };
  await ctx.db.transaction(async (tx) => {
    await insertImportJob(tx, {
      id,
      kind: 'entities',
      fileName,
      status: 'validating',
      agencyId: auth.agency.id,
      createdBy: auth.user.id,
      createdAt: ctx.clock.now(),
      file,
    });
    const payload: EntityImportPayload = { importJobId: id, requester };
    await ctx.jobs.enqueue(entityImportQueue, payload, { transaction: tx });
  });
  // Committed: this process starts on it at once, as the upload's own process did before.
  ctx.jobs.wake(entityImportQueue);
  return getEntityImport(ctx, auth, id);
}

/**
 * The queue's worker. A job that has already ended is not run again (the queue may deliver a job
 * twice when a process stops between committing the import and reporting it done), so each file
 * is imported exactly once. Returns null when there was nothing left to run.
 */
export async function runQueuedEntityImport(
  ctx: AppContext,
  payload: EntityImportPayload,
): Promise<ImportOutcome | null> {
  const job = await findImportJobToRun(ctx.db, payload.importJobId);
  if (!job) return null;
  if ((job.status !== 'validating' && job.status !== 'importing') || !job.file) {
    if (job.file) await updateImportJob(ctx.db, job.id, { file: null });
    return null;
  }
  const outcome = await runEntityImport(ctx, payload.requester, job.id, job.fileName, Buffer.from(job.file));
  // The file is not needed once the job has ended; a fault of the database itself is rethrown so
  // the queue retries, with the file still there.
  await updateImportJob(ctx.db, job.id, { file: null });
  return outcome;
}

/**
 * The queue gave up on a job (every attempt was interrupted): its transaction never committed,
 * so nothing was written; the job says so instead of staying "running" for ever.
 */
export async function failAbandonedEntityImport(
  ctx: AppContext,
  payload: EntityImportPayload,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const failed = await failUnfinishedImportJob(
      tx,
      payload.importJobId,
      now,
      '导入多次中断（处理它的服务进程停止或出错），未作任何修改；请重新导入',
    );
    if (!failed) return;
    await appendAudit(
      tx,
      systemActor,
      {
        action: 'entities.import_failed',
        targetType: 'import_job',
        targetId: failed.id,
        summary: `批量导入监管对象多次中断，标记为失败（${failed.fileName}），未作任何修改`,
      },
      now,
    );
  });
}

interface JobContext {
  ctx: AppContext;
  auth: ImportRequester;
  jobId: string;
  fileName: string;
  fileSha256: string;
}

/** The whole job. A fault becomes the job's status (failed, nothing written) and is returned for the log. */
export async function runEntityImport(
  ctx: AppContext,
  auth: ImportRequester,
  jobId: string,
  fileName: string,
  file: Buffer,
): Promise<ImportOutcome> {
  const timings: ImportTimings = {};
  let phaseStart = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = Math.round(now - phaseStart);
    phaseStart = now;
  };
  const job: JobContext = {
    ctx,
    auth,
    jobId,
    fileName,
    fileSha256: createHash('sha256').update(file).digest('hex'),
  };
  try {
    let table: ImportTable;
    try {
      table = await readImportFile(file, creditCodeHeader);
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      await rejectJob(job, [{ row: error.row, column: null, value: null, message: error.message }], 0, 0);
      return { timings, failure: null };
    }
    lap('read');
    const { indexByKey, errors: headerErrors } = mapHeader(table.header);
    const totalRows = countDataRows(table);
    if (headerErrors.length > 0) {
      await rejectJob(job, headerErrors, totalRows, 0);
      return { timings, failure: null };
    }
    if (totalRows === 0) {
      await rejectJob(
        job,
        [{ row: 2, column: null, value: null, message: '文件中没有数据行：表头下方没有任何单位' }],
        0,
        0,
      );
      return { timings, failure: null };
    }
    await updateImportJob(ctx.db, jobId, { totalRows });

    const creditCodeIndex = indexByKey.get('creditCode')!;
    const lookups = await loadLookups(ctx, auth, table, creditCodeIndex);
    lap('lookups');

    const validator = new EntityImportValidator(lookups, indexByKey);
    let nextProgress = rowsPerProgressUpdate;
    for (let start = 0; start < table.rows.length; start += rowsPerSlice) {
      const end = Math.min(start + rowsPerSlice, table.rows.length);
      for (let index = start; index < end; index++) {
        const row = table.rows[index]!;
        validator.checkRow(row.rowNumber, row.cells);
      }
      if (validator.rowCount >= nextProgress && end < table.rows.length) {
        nextProgress += rowsPerProgressUpdate;
        await updateImportJob(ctx.db, jobId, { processedRows: validator.rowCount });
      }
      // Let other requests (the progress poll among them) through between slices.
      await new Promise((resolve) => setImmediate(resolve));
    }
    lap('validate');
    if (validator.errors.length > 0) {
      await rejectJob(job, validator.errors, totalRows, validator.rowCount);
      lap('reject');
      return { timings, failure: null };
    }
    await updateImportJob(ctx.db, jobId, { status: 'importing', processedRows: totalRows });
    await applyImport(job, validator, totalRows, lap);
  } catch (error) {
    await failJob(job, error);
    return { timings, failure: error };
  }
  return { timings, failure: null };
}

function countDataRows(table: ImportTable): number {
  let count = 0;
  for (const row of table.rows) if (row.cells.some((cell) => cell.trim() !== '')) count++;
  return count;
}

async function loadLookups(
  ctx: AppContext,
  auth: ImportRequester,
  table: ImportTable,
  creditCodeIndex: number,
): Promise<ImportLookups> {
  const codes = new Set<string>();
  for (const row of table.rows) {
    const code = canonicalCreditCode(row.cells[creditCodeIndex] ?? '');
    if (code.length === 18) codes.add(code);
  }
  const codeList = [...codes];
  const year = Number(todayOf(ctx).slice(0, 4));
  const [regionRows, agencyRows, resolver, existing, outside] = await Promise.all([
    findRegionsForImport(ctx.db),
    findAgenciesForImport(ctx.db, auth),
    loadOwnershipResolver(ctx.db),
    findExistingEntitiesInScope(ctx.db, auth, codeList, year),
    findCreditCodesOutsideScope(ctx.db, auth, codeList),
  ]);
  const regionByCode = new Map(regionRows.map((region) => [region.code, region]));
  const agencyNames = new Map(agencyRows.map((agency) => [agency.id, agency.name]));
  const inScope = new Set(agencyRows.filter((agency) => agency.isInScope).map((agency) => agency.id));
  return {
    findRegion: (code) => regionByCode.get(code),
    ownerOf: (code) => resolver.ownerOf(code),
    isAgencyInScope: (agencyId) => inScope.has(agencyId),
    agencyName: (agencyId) => agencyNames.get(agencyId) ?? '其他机构',
    findExistingInScope: (code) => existing.get(code),
    isRegisteredOutsideScope: (code) => outside.has(code),
  };
}

/** Nothing written: the report is kept (all errors in their table, the first ones in the job). */
async function rejectJob(
  job: JobContext,
  errors: ImportError[],
  totalRows: number,
  processedRows: number,
): Promise<void> {
  const { ctx, auth } = job;
  const now = ctx.clock.now();
  const rowCount = new Set(errors.map((error) => error.row)).size;
  await ctx.db.transaction(async (tx) => {
    await insertImportJobErrors(tx, ctx.databaseKind, job.jobId, errors);
    await updateImportJob(tx, job.jobId, {
      status: 'rejected',
      totalRows,
      processedRows,
      errorCount: errors.length,
      errors: errors.slice(0, importJobErrorsKept),
      finishedAt: now,
    });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'entities.import_rejected',
        targetType: 'import_job',
        targetId: job.jobId,
        summary: `批量导入监管对象未通过校验（${job.fileName}）：${rowCount} 行共 ${errors.length} 处错误，未作任何修改`,
        after: { fileName: job.fileName, fileSha256: job.fileSha256, totalRows, errorCount: errors.length },
      },
      now,
    );
  });
}

/** A fault while importing: the transaction rolled back, so nothing was written. */
async function failJob(job: JobContext, error: unknown): Promise<void> {
  const { ctx, auth } = job;
  const now = ctx.clock.now();
  const message = describeFailure(error);
  await ctx.db.transaction(async (tx) => {
    await updateImportJob(tx, job.jobId, {
      status: 'failed',
      errorCount: 1,
      errors: [{ row: null, column: null, value: null, message }],
      finishedAt: now,
    });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'entities.import_failed',
        targetType: 'import_job',
        targetId: job.jobId,
        summary: `批量导入监管对象失败（${job.fileName}），未作任何修改：${message}`,
        after: { fileName: job.fileName, fileSha256: job.fileSha256 },
      },
      now,
    );
  });
}

function describeFailure(error: unknown): string {
  if (error instanceof ConcurrentChangeError) return error.message;
  if (error instanceof MissingReferenceError) {
    return '导入期间有行政区划、机构或账号被删除，未作任何修改；请重新导入，系统会重新校验';
  }
  // drizzle wraps the driver's error; PostgreSQL 23505 = unique_violation.
  let current: unknown = error;
  while (current instanceof Error) {
    const { code, detail } = current as Error & { code?: string; detail?: string };
    if (code === '23505') {
      const creditCode = /\(credit_code\)=\(([0-9A-Z]+)\)/.exec(detail ?? current.message)?.[1];
      return `写入时发现统一社会信用代码${creditCode ? ` ${creditCode} ` : ''}已被登记（可能有人同时新建或导入了该单位），未作任何修改；请重新导入`;
    }
    current = current.cause;
  }
  return '服务器内部错误，未作任何修改；请稍后重试或联系系统管理员';
}

class ConcurrentChangeError extends Error {}

/** The tables an import writes in bulk. */
const writtenTables = ['regulated_entities', 'key_polluter_listings', 'entity_events'];

/** Every row valid: one transaction writes them all, with one audit entry. */
async function applyImport(
  job: JobContext,
  validator: EntityImportValidator,
  totalRows: number,
  lap: (phase: string) => void,
): Promise<void> {
  const { ctx, auth } = job;
  const now = ctx.clock.now();
  const today = businessDateOf(now);
  const year = Number(today.slice(0, 4));
  const created: EntityWrite[] = [];
  const updated: EntityWrite[] = [];
  const replacedListings: string[] = [];
  const listings: { entityId: string; medium: string }[] = [];
  const events = { entityIds: [] as string[], titles: [] as string[], details: [] as string[] };
  const mediaHeader = entityExchangeColumns.find((column) => column.key === 'keyPolluterMedia')!.header;
  for (const row of validator.validRows) {
    if (row.existing && row.changedColumns.length === 0) continue;
    const entity: EntityWrite = {
      id: row.existing?.id ?? randomUUID(),
      input: row.input,
      countyCode: row.countyCode,
      ownerAgencyId: row.ownerAgencyId,
    };
    const isMediaWritten = !row.existing || row.changedColumns.includes(mediaHeader);
    if (row.existing && isMediaWritten) replacedListings.push(entity.id);
    if (isMediaWritten) {
      for (const medium of row.input.keyPolluterMedia) listings.push({ entityId: entity.id, medium });
    }
    (row.existing ? updated : created).push(entity);
    events.entityIds.push(entity.id);
    events.titles.push(row.existing ? '批量导入更新档案' : '批量导入建档');
    events.details.push(
      row.existing
        ? `导入文件“${job.fileName}”第 ${row.rowNumber} 行；变更：${row.changedColumns.join('、')}`
        : `导入文件“${job.fileName}”第 ${row.rowNumber} 行`,
    );
  }
  const unchanged = validator.validRows.length - created.length - updated.length;
  lap('prepare');

  const written = [...created, ...updated];
  // Every row refers to regions and agencies already checked above; the foreign keys are checked
  // once per distinct value rather than per row (bulk-load.ts).
  const references: ReferenceCheck[] = [
    {
      table: 'regions',
      column: 'code',
      type: 'text',
      values: written.map((entity) => entity.input.regionCode),
    },
    {
      table: 'agencies',
      column: 'id',
      type: 'uuid',
      values: [auth.agency.id, ...written.map((entity) => entity.ownerAgencyId)],
    },
    { table: 'users', column: 'id', type: 'uuid', values: [auth.user.id] },
  ];
  await ctx.db.transaction(async (tx) => {
    await withBatchedReferenceChecks(tx, writtenTables, references, async () => {
      await insertEntities(tx, ctx.databaseKind, created, now);
      lap('insertEntities');
      if (updated.length > 0) {
        const count = await updateEntities(tx, auth, updated, now);
        if (count !== updated.length) {
          throw new ConcurrentChangeError(
            '导入期间有单位被移出您的管辖范围，未作任何修改；请重新导入，系统会重新校验',
          );
        }
      }
      lap('updateEntities');
      await replaceKeyPolluterListings(tx, ctx.databaseKind, replacedListings, listings, year);
      lap('keyPolluterListings');
      await insertImportEvents(tx, ctx.databaseKind, events, {
        occurredOn: today,
        jobId: job.jobId,
        agencyId: auth.agency.id,
        userId: auth.user.id,
        now,
      });
      lap('timeline');
    });
    lap('referenceChecks');
    await updateImportJob(tx, job.jobId, {
      status: 'completed',
      processedRows: totalRows,
      createdCount: created.length,
      updatedCount: updated.length,
      finishedAt: ctx.clock.now(),
    });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'entities.import',
        targetType: 'import_job',
        targetId: job.jobId,
        summary:
          `批量导入监管对象（${job.fileName}）：新建 ${created.length} 家，更新 ${updated.length} 家，` +
          `未变化 ${unchanged} 家；重点排污单位名录（${year} 年）${listings.length} 条`,
        after: {
          fileName: job.fileName,
          fileSha256: job.fileSha256,
          totalRows,
          created: created.length,
          updated: updated.length,
          unchanged,
          keyPolluterListings: listings.length,
        },
      },
      now,
    );
  });
  lap('commit');
}

/** Regions the user may register entities in, with their owning agency (template sheets). */
async function findTemplateRegions(ctx: AppContext, auth: AuthContext): Promise<TemplateRegion[]> {
  const [regionRows, agencyRows, resolver] = await Promise.all([
    findRegionsForImport(ctx.db),
    findAgenciesForImport(ctx.db, auth),
    loadOwnershipResolver(ctx.db),
  ]);
  const inScope = new Map(
    agencyRows.filter((agency) => agency.isInScope).map((agency) => [agency.id, agency.name]),
  );
  const regions: TemplateRegion[] = [];
  for (const region of regionRows) {
    if (region.level !== 'county' && region.level !== 'town') continue;
    const owner = resolver.ownerOf(region.code);
    const ownerAgencyName = owner ? inScope.get(owner) : undefined;
    if (ownerAgencyName) {
      regions.push({ code: region.code, fullName: region.fullName, level: region.level, ownerAgencyName });
    }
  }
  return regions.sort((left, right) => left.code.localeCompare(right.code));
}

export async function buildEntityImportTemplate(
  ctx: AppContext,
  auth: AuthContext,
  format: 'xlsx' | 'csv',
): Promise<Buffer> {
  const regions = await findTemplateRegions(ctx, auth);
  // The example sits in a town of the user's jurisdiction: an entity is best placed in its town.
  const exampleRegion = regions.find((region) => region.level === 'town') ?? regions[0] ?? null;
  if (format === 'csv') return buildTemplateCsv(exampleRegion);
  return buildTemplateWorkbook(regions, exampleRegion, ctx.clock.now());
}

/** The whole report of a job as a workbook (audited: it repeats the file's contents). */
export async function exportEntityImportErrors(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
): Promise<{ workbook: Buffer; fileName: string }> {
  const row = await findImportJobInScope(ctx.db, auth, id);
  if (!row) throw notFound('导入任务');
  const stored = await findImportJobErrors(ctx.db, id);
  const errors = stored.length > 0 ? stored : (row.job.errors as ImportError[]);
  const now = ctx.clock.now();
  const workbook = await buildErrorReportWorkbook(row.job, errors, now);
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'entities.import_report_export',
        targetType: 'import_job',
        targetId: id,
        summary: `下载导入错误报告（${row.job.fileName}，${errors.length} 处错误）`,
      },
      now,
    ),
  );
  return { workbook, fileName: row.job.fileName };
}
