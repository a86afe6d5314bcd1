import { randomUUID } from 'node:crypto';
import {
  type AccountCandidate,
  type AgencyKind,
  type AgencyLevel,
  backbonePoolLabels,
  businessDateOf,
  type CreateOfficerRequest,
  certificateStateLabels,
  certificateStateOn,
  certificateWarningOf,
  daysBetween,
  daysUntilExpiry,
  describePeriod,
  expiringThrough,
  findAssignmentBlockers,
  findCertificateProblems,
  formatRealNameNumber,
  genderLabels,
  type LinkAccountRequest,
  maximumRealNameSerial,
  type OfficerDetail,
  type OfficerListItem,
  type OfficerListQuery,
  type OfficerPage,
  type OfficerStatus,
  officerStatusLabels,
  type Period,
  type ProvinceProfile,
  parseRealNameNumber,
  provinceAbbreviations,
  type Role,
  type SetBackboneRequest,
  type SetOfficerStatusRequest,
  secondmentRulesOf,
  specialtyLabels,
  type UpdateOfficerRequest,
  warningStartsOn,
} from '@qingshan/domain';
import ExcelJS from 'exceljs';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { isAgencyInScope } from '../../lib/jurisdiction';
import { profileForRegion } from '../../lib/profile';
import { findAgency } from '../agencies/index';
import { insertEntityEvents } from '../entities/index';
import { deleteSupervisionsOfOfficer } from './entity-supervisor.repository';
import { syncCertificateClock } from './officer.clocks';
import { presentSecondment } from './officer.presenter';
import {
  type CertificateBounds,
  countProvincePoolMembers,
  findAccountInScope,
  findAccountsOfAgency,
  findHighestRealNameSerial,
  findLinkedAccount,
  findOfficerInScope,
  findOfficerLinkedTo,
  findOfficersForExport,
  findOfficersPage,
  findSecondmentsOfOfficer,
  findSupervisedEntities,
  insertOfficer,
  isRealNameNumberTaken,
  type OfficerRow,
  type SecondmentBounds,
  updateOfficerRow,
} from './officer.repository';
import { personnelPolicy } from './personnel.policy';

/** The warning period in days, for the page to say "60 日内到期". */
export function warningDaysOf(warning: Period): number {
  const today = '2026-01-01';
  return daysBetween(today, expiringThrough(today, warning));
}

/** Today and the profile rules that apply to the user's own province. */
function boundsFor(ctx: AppContext, auth: AuthContext) {
  const profile = profileForRegion(ctx, auth.agency.regionCode);
  const onDate = todayOf(ctx);
  const warning = certificateWarningOf(profile);
  const secondment = secondmentRulesOf(profile);
  const certificate: CertificateBounds = { onDate, expiringThrough: expiringThrough(onDate, warning) };
  const secondments: SecondmentBounds = {
    onDate,
    threshold: secondment.threshold,
    isLeavingCityFiled: secondment.isLeavingCityFiled,
  };
  return { profile, onDate, warning, certificate, secondments };
}

function presentOfficer(row: OfficerRow, onDate: string, warning: Period): OfficerListItem {
  return {
    id: row.id,
    realNameNumber: row.realNameNumber,
    name: row.name,
    gender: row.gender as OfficerListItem['gender'],
    post: row.post,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    status: row.status as OfficerStatus,
    certificateNumber: row.certificateNumber,
    certificateValidUntil: row.certificateValidUntil,
    certificateState: certificateStateOn(
      {
        number: row.certificateNumber,
        validFrom: row.certificateValidFrom,
        validUntil: row.certificateValidUntil,
      },
      onDate,
      warning,
    ),
    certificateDaysLeft: row.certificateNumber ? daysUntilExpiry(row.certificateValidUntil, onDate) : null,
    hasMonitoringCertificate: row.monitoringCertificateNumber !== null,
    hasLegalQualification: row.hasLegalQualification,
    specialties: row.specialties as OfficerListItem['specialties'],
    isBackbone: row.isBackbone,
    backbonePool: row.isBackbone ? ((row.backbonePool as OfficerListItem['backbonePool']) ?? null) : null,
    userId: row.userId,
    username: row.username,
    joinedOn: row.joinedOn,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listOfficers(
  ctx: AppContext,
  auth: AuthContext,
  query: OfficerListQuery,
): Promise<OfficerPage> {
  const bounds = boundsFor(ctx, auth);
  const { rows, total } = await findOfficersPage(ctx.db, auth, query, bounds.certificate, bounds.secondments);
  return {
    items: rows.map((row) => presentOfficer(row, bounds.onDate, bounds.warning)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    onDate: bounds.onDate,
    warningDays: warningDaysOf(bounds.warning),
  };
}

export async function requireOfficer(ctx: AppContext, auth: AuthContext, id: string): Promise<OfficerRow> {
  const row = await findOfficerInScope(ctx.db, auth, id);
  if (!row) throw notFound('执法人员');
  return row;
}

export async function getOfficer(ctx: AppContext, auth: AuthContext, id: string): Promise<OfficerDetail> {
  const row = await requireOfficer(ctx, auth, id);
  // The officer's own province decides (a Nantong officer follows the Nantong profile).
  const profile = profileForRegion(ctx, row.agencyRegionCode);
  const onDate = todayOf(ctx);
  const warning = certificateWarningOf(profile);
  const rules = secondmentRulesOf(profile);
  const [secondments, supervised, account] = await Promise.all([
    findSecondmentsOfOfficer(ctx.db, id),
    findSupervisedEntities(ctx.db, id, 20),
    row.userId ? findLinkedAccount(ctx.db, row.userId) : Promise.resolve(undefined),
  ]);
  return {
    ...presentOfficer(row, onDate, warning),
    birthYear: row.birthYear,
    phone: row.phone,
    agencyKind: row.agencyKind,
    certificateIssuer: row.certificateIssuer,
    certificateValidFrom: row.certificateValidFrom,
    certificateWarningFrom:
      row.certificateNumber && row.certificateValidUntil
        ? warningStartsOn(row.certificateValidUntil, warning)
        : null,
    monitoringCertificateNumber: row.monitoringCertificateNumber,
    monitoringCertificateValidUntil: row.monitoringCertificateValidUntil,
    monitoringCertificateState: certificateStateOn(
      {
        number: row.monitoringCertificateNumber,
        validFrom: null,
        validUntil: row.monitoringCertificateValidUntil,
      },
      onDate,
      warning,
    ),
    legalQualificationNumber: row.legalQualificationNumber,
    backboneSince: row.isBackbone ? row.backboneSince : null,
    account: account
      ? {
          id: account.id,
          username: account.username,
          displayName: account.displayName,
          roles: account.roles as Role[],
          status: account.status as 'active' | 'disabled',
        }
      : null,
    assignmentBlockers: findAssignmentBlockers(
      {
        status: row.status as OfficerStatus,
        certificateNumber: row.certificateNumber,
        certificateValidFrom: row.certificateValidFrom,
        certificateValidUntil: row.certificateValidUntil,
      },
      onDate,
    ),
    secondments: secondments.map((secondment) => presentSecondment(secondment, onDate, rules)),
    supervisedEntities: supervised.rows,
    supervisedEntityCount: supervised.total,
    rules: {
      warningDays: warningDaysOf(warning),
      warningBasis: profile.deadlines.certificateExpiryWarning.basis,
      secondmentThreshold: describePeriod(rules.threshold),
      secondmentApprover: rules.approver,
      secondmentFiledWith: rules.filedWith,
      secondmentBasis: rules.basis,
      isLeavingCityFiled: rules.isLeavingCityFiled,
      backboneManagedBy: profile.capacity.backbonePool.managedBy,
    },
    createdAt: row.createdAt.toISOString(),
  };
}

/** The agency an officer is registered in: in the user's jurisdiction and able to hold officers. */
async function requireOfficerAgency(ctx: AppContext, auth: AuthContext, agencyId: string) {
  const agency = (await isAgencyInScope(ctx.db, auth, agencyId))
    ? await findAgency(ctx.db, agencyId)
    : undefined;
  if (!agency) throw new AppError('NOT_FOUND', '所选机构不存在，或不在您的管辖范围内', 'agencyId');
  const refusal = personnelPolicy.whyAgencyCannotHoldOfficers(agency.kind as AgencyKind);
  if (refusal) throw invalidField('agencyId', refusal);
  if (!agency.isActive) throw invalidField('agencyId', `${agency.name}已停用，不能登记人员`);
  return agency;
}

function throwCertificateProblems(problems: { field: string; message: string }[]): void {
  if (problems.length === 0) return;
  const [first] = problems;
  throw new AppError('VALIDATION_FAILED', `${first!.field}：${first!.message}`, first!.field, problems);
}

/** Dates an officer cannot give in the future. */
function refuseFutureDates(
  fields: Record<string, string | null | undefined>,
  onDate: string,
  labels: Record<string, string>,
) {
  for (const [field, value] of Object.entries(fields)) {
    if (value && value > onDate) throw invalidField(field, `${labels[field]}不能晚于今天（${onDate}）`);
  }
}

const fieldLabels: Record<string, string> = {
  agencyId: '所属机构',
  name: '姓名',
  gender: '性别',
  birthYear: '出生年份',
  phone: '电话',
  post: '岗位',
  certificateNumber: '执法证号',
  certificateIssuer: '发证机关',
  certificateValidFrom: '执法证发证日期',
  certificateValidUntil: '执法证有效期至',
  monitoringCertificateNumber: '现场监测上岗证号',
  monitoringCertificateValidUntil: '现场监测上岗证有效期至',
  hasLegalQualification: '法律职业资格',
  legalQualificationNumber: '法律职业资格证书编号',
  specialties: '专业特长',
  joinedOn: '入职日期',
  status: '状态',
  userId: '关联账号',
  isBackbone: '骨干库',
  backbonePool: '骨干库',
};

/** The state of an officer the audit trail digests. */
function auditState(row: Record<string, unknown>) {
  const keys = [
    'agencyId',
    'realNameNumber',
    'name',
    'gender',
    'birthYear',
    'phone',
    'post',
    'status',
    'certificateNumber',
    'certificateIssuer',
    'certificateValidFrom',
    'certificateValidUntil',
    'monitoringCertificateNumber',
    'monitoringCertificateValidUntil',
    'hasLegalQualification',
    'legalQualificationNumber',
    'specialties',
    'isBackbone',
    'backbonePool',
    'backboneSince',
    'joinedOn',
    'userId',
  ];
  return Object.fromEntries(keys.map((key) => [key, row[key] ?? null]));
}

function describeChanges(before: Record<string, unknown>, after: Record<string, unknown>): string {
  return Object.keys(after)
    .filter(
      (key) =>
        key in fieldLabels && JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
    )
    .map((key) => {
      if (key === 'certificateValidUntil') return `执法证有效期至 ${after[key] ?? '（空）'}`;
      if (key === 'status') return `状态改为${officerStatusLabels[after[key] as OfficerStatus]}`;
      return fieldLabels[key];
    })
    .join('，');
}

export async function createOfficer(
  ctx: AppContext,
  auth: AuthContext,
  input: CreateOfficerRequest,
): Promise<OfficerDetail> {
  const agency = await requireOfficerAgency(ctx, auth, input.agencyId);
  const onDate = todayOf(ctx);
  refuseFutureDates(
    { joinedOn: input.joinedOn, certificateValidFrom: input.certificateValidFrom },
    onDate,
    fieldLabels,
  );
  const division = agency.regionCode.slice(0, 6);
  if (input.realNameNumber) {
    const parsed = parseRealNameNumber(input.realNameNumber);
    if ('problem' in parsed) throw invalidField('realNameNumber', parsed.problem);
    if (parsed.regionCode.slice(0, 2) !== division.slice(0, 2)) {
      throw invalidField(
        'realNameNumber',
        `实名制编号属于“${parsed.abbreviation}”，${agency.name}的人员编号应以“${provinceAbbreviations[division.slice(0, 2)]}执”开头`,
      );
    }
    if (await isRealNameNumberTaken(ctx.db, input.realNameNumber)) {
      throw new AppError('CONFLICT', `实名制编号 ${input.realNameNumber} 已被使用`, 'realNameNumber');
    }
  }
  const now = ctx.clock.now();
  const id = randomUUID();
  const { realNameNumber: givenNumber, ...fields } = input;
  await ctx.db.transaction(async (tx) => {
    let realNameNumber = givenNumber;
    if (!realNameNumber) {
      const prefix = formatRealNameNumber(division, 1).slice(0, -4);
      const serial = (await findHighestRealNameSerial(tx, prefix)) + 1;
      if (serial > maximumRealNameSerial) {
        throw invalidField(
          'agencyId',
          `${agency.name}所在区划的实名制编号已用完（${maximumRealNameSerial} 个）`,
        );
      }
      realNameNumber = formatRealNameNumber(division, serial);
    }
    const values = {
      id,
      ...fields,
      realNameNumber,
      status: 'on_duty',
      isBackbone: false,
      createdAt: now,
      updatedAt: now,
    };
    await insertOfficer(tx, values);
    await syncCertificateClock(
      ctx,
      tx,
      actorOf(auth),
      { ...values, agencyName: agency.name, agencyRegionCode: agency.regionCode },
      onDate,
    );
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.officer_create',
        targetType: 'officer',
        targetId: id,
        summary: `登记执法人员 ${input.name}（${realNameNumber}），所属${agency.name}，岗位${input.post}`,
        after: auditState(values),
      },
      now,
    );
  });
  return getOfficer(ctx, auth, id);
}

export async function updateOfficer(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: UpdateOfficerRequest,
): Promise<OfficerDetail> {
  const target = await requireOfficer(ctx, auth, id);
  if (Object.keys(input).length === 0) throw new AppError('VALIDATION_FAILED', '请至少修改一个字段');
  const onDate = todayOf(ctx);
  refuseFutureDates(
    { joinedOn: input.joinedOn, certificateValidFrom: input.certificateValidFrom },
    onDate,
    fieldLabels,
  );
  const merged = { ...target, ...input };
  throwCertificateProblems(findCertificateProblems(merged));
  let movedTo: { name: string; regionCode: string } | null = null;
  if (input.agencyId && input.agencyId !== target.agencyId) {
    const agency = await requireOfficerAgency(ctx, auth, input.agencyId);
    movedTo = agency;
    if (target.userId) {
      const account = await findLinkedAccount(ctx.db, target.userId);
      if (account && account.agencyId !== agency.id) {
        throw invalidField(
          'agencyId',
          `该人员已关联账号 ${account.username}，账号与人员须属于同一机构：请先解除关联，或先由系统管理员调整账号的所属机构`,
        );
      }
    }
  }
  const now = ctx.clock.now();
  const before = auditState(target);
  const after = auditState(merged);
  const changes = describeChanges(before, after);
  await ctx.db.transaction(async (tx) => {
    await updateOfficerRow(tx, id, { ...input, updatedAt: now });
    await syncCertificateClock(
      ctx,
      tx,
      actorOf(auth),
      movedTo ? { ...merged, agencyName: movedTo.name, agencyRegionCode: movedTo.regionCode } : merged,
      onDate,
    );
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.officer_update',
        targetType: 'officer',
        targetId: id,
        summary: `修改执法人员 ${target.name}（${target.realNameNumber}）：${changes || '无变化'}`,
        before,
        after,
      },
      now,
    );
  });
  return getOfficer(ctx, auth, id);
}

export async function setOfficerStatus(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: SetOfficerStatusRequest,
): Promise<OfficerDetail> {
  const target = await requireOfficer(ctx, auth, id);
  const from = target.status as OfficerStatus;
  if (from === input.status) {
    throw invalidField('status', `该人员当前已是“${officerStatusLabels[from]}”`);
  }
  if (from === 'seconded') {
    throw invalidField('status', '该人员借调中：请在借调记录中登记返岗，状态随之恢复在岗');
  }
  const now = ctx.clock.now();
  const onDate = businessDateOf(now);
  await ctx.db.transaction(async (tx) => {
    await updateOfficerRow(tx, id, { status: input.status, updatedAt: now });
    await syncCertificateClock(ctx, tx, actorOf(auth), { ...target, status: input.status }, onDate);
    // A departed officer no longer supervises anyone: each entity's timeline says so.
    const ended = input.status === 'departed' ? await deleteSupervisionsOfOfficer(tx, id) : [];
    await insertEntityEvents(
      tx,
      ended.map(({ entityId }) => ({
        id: randomUUID(),
        entityId,
        occurredOn: onDate,
        kind: 'supervisors_changed',
        title: '监管责任人变更',
        detail: `${target.name}（${target.realNameNumber}）离岗，不再担任监管责任人`,
        sourceType: 'officer',
        sourceId: id,
        agencyId: auth.agency.id,
        createdBy: auth.user.id,
        createdAt: now,
      })),
    );
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.officer_status',
        targetType: 'officer',
        targetId: id,
        summary:
          `${target.name}（${target.realNameNumber}）状态由${officerStatusLabels[from]}改为${officerStatusLabels[input.status]}` +
          (input.note ? `：${input.note}` : '') +
          (ended.length > 0 ? `；不再担任 ${ended.length} 个监管对象的监管责任人` : ''),
        before: { status: from },
        after: { status: input.status },
      },
      now,
    );
  });
  return getOfficer(ctx, auth, id);
}

// ---------------------------------------------------------------------------------------------
// Platform accounts
// ---------------------------------------------------------------------------------------------

export async function listAccountCandidates(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
): Promise<AccountCandidate[]> {
  const officer = await requireOfficer(ctx, auth, id);
  const rows = await findAccountsOfAgency(ctx.db, officer.agencyId);
  return rows
    .filter(
      (row) =>
        personnelPolicy.whyAccountCannotBeLinked({ ...row, agencyId: officer.agencyId }, officer.agencyId) ===
        null,
    )
    .map((row) => ({
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      roles: row.roles as Role[],
      status: row.status as 'active' | 'disabled',
      linkedOfficerName: row.linkedOfficerName,
    }));
}

export async function linkAccount(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: LinkAccountRequest,
): Promise<OfficerDetail> {
  const officer = await requireOfficer(ctx, auth, id);
  const account = await findAccountInScope(ctx.db, auth, input.userId);
  if (!account) throw new AppError('NOT_FOUND', '账号不存在，或不在您的管辖范围内', 'userId');
  const refusal = personnelPolicy.whyAccountCannotBeLinked(account, officer.agencyId);
  if (refusal) throw invalidField('userId', refusal);
  if (officer.userId === account.id) throw invalidField('userId', `该人员已关联账号 ${account.username}`);
  const holder = await findOfficerLinkedTo(ctx.db, account.id);
  if (holder) {
    throw new AppError(
      'CONFLICT',
      `账号 ${account.username} 已关联执法人员 ${holder.name}（${holder.realNameNumber}），一个账号只能关联一名执法人员`,
      'userId',
    );
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await updateOfficerRow(tx, id, { userId: account.id, updatedAt: now });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.account_link',
        targetType: 'officer',
        targetId: id,
        summary:
          `执法人员 ${officer.name}（${officer.realNameNumber}）关联账号 ${account.username}（${account.displayName}）` +
          (officer.username ? `，替换原账号 ${officer.username}` : ''),
        before: { userId: officer.userId },
        after: { userId: account.id },
      },
      now,
    );
  });
  return getOfficer(ctx, auth, id);
}

export async function unlinkAccount(ctx: AppContext, auth: AuthContext, id: string): Promise<OfficerDetail> {
  const officer = await requireOfficer(ctx, auth, id);
  if (!officer.userId) throw invalidField('userId', '该人员未关联账号');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await updateOfficerRow(tx, id, { userId: null, updatedAt: now });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.account_unlink',
        targetType: 'officer',
        targetId: id,
        summary: `解除执法人员 ${officer.name}（${officer.realNameNumber}）与账号 ${officer.username ?? ''} 的关联`,
        before: { userId: officer.userId },
        after: { userId: null },
      },
      now,
    );
  });
  return getOfficer(ctx, auth, id);
}

// ---------------------------------------------------------------------------------------------
// Backbone pool (seed 004 item 8, 四(三))
// ---------------------------------------------------------------------------------------------

async function requireBackboneManager(
  ctx: AppContext,
  auth: AuthContext,
  officer: OfficerRow,
  pool: 'province' | 'city',
): Promise<ProvinceProfile> {
  const profile = profileForRegion(ctx, officer.agencyRegionCode);
  const officerAgency = await findAgency(ctx.db, officer.agencyId);
  const refusal = personnelPolicy.whyCannotManageBackbone(
    { kind: auth.agency.kind, level: auth.agency.level },
    pool,
    officerAgency!.level as AgencyLevel,
    profile.capacity.backbonePool.managedBy,
  );
  if (refusal) throw new AppError('FORBIDDEN', refusal, 'pool');
  return profile;
}

export async function setBackbone(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: SetBackboneRequest,
): Promise<OfficerDetail> {
  const officer = await requireOfficer(ctx, auth, id);
  const profile = await requireBackboneManager(ctx, auth, officer, input.pool);
  if (!profile.capacity.backbonePool.isEnabled) throw invalidField('pool', '本省未建立执法骨干库');
  // Moving an officer out of the provincial pool is the provincial bureau's decision too.
  if (officer.isBackbone && officer.backbonePool === 'province' && input.pool !== 'province') {
    await requireBackboneManager(ctx, auth, officer, 'province');
  }
  if (officer.status === 'departed') throw invalidField('pool', '已离岗人员不能列入骨干库');
  const onDate = todayOf(ctx);
  const since = input.since ?? onDate;
  if (since > onDate) throw invalidField('since', `入库日期不能晚于今天（${onDate}）`);
  if (officer.isBackbone && officer.backbonePool === input.pool && officer.backboneSince === since) {
    throw invalidField('pool', `该人员已在${backbonePoolLabels[input.pool]}中`);
  }
  const now = ctx.clock.now();
  const poolSize =
    input.pool === 'province'
      ? await countProvincePoolMembers(ctx.db, officer.agencyRegionCode.slice(0, 2))
      : null;
  const target = profile.capacity.backbonePool.yearlyTarget;
  await ctx.db.transaction(async (tx) => {
    await updateOfficerRow(tx, id, {
      isBackbone: true,
      backbonePool: input.pool,
      backboneSince: since,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.backbone_set',
        targetType: 'officer',
        targetId: id,
        summary:
          `${officer.name}（${officer.realNameNumber}）列入${backbonePoolLabels[input.pool]}，自 ${since} 起` +
          (poolSize !== null && target
            ? `（省级骨干库现有 ${poolSize + (officer.backbonePool === 'province' ? 0 : 1)} 人，年度目标 ${target} 人）`
            : ''),
        before: {
          isBackbone: officer.isBackbone,
          backbonePool: officer.backbonePool,
          backboneSince: officer.backboneSince,
        },
        after: { isBackbone: true, backbonePool: input.pool, backboneSince: since },
      },
      now,
    );
  });
  return getOfficer(ctx, auth, id);
}

export async function removeBackbone(ctx: AppContext, auth: AuthContext, id: string): Promise<OfficerDetail> {
  const officer = await requireOfficer(ctx, auth, id);
  if (!officer.isBackbone) throw invalidField('pool', '该人员不在骨干库中');
  const pool = (officer.backbonePool ?? 'province') as 'province' | 'city';
  await requireBackboneManager(ctx, auth, officer, pool);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await updateOfficerRow(tx, id, {
      isBackbone: false,
      backbonePool: null,
      backboneSince: null,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.backbone_remove',
        targetType: 'officer',
        targetId: id,
        summary: `${officer.name}（${officer.realNameNumber}）移出${backbonePoolLabels[pool]}`,
        before: { isBackbone: true, backbonePool: pool, backboneSince: officer.backboneSince },
        after: { isBackbone: false, backbonePool: null, backboneSince: null },
      },
      now,
    );
  });
  return getOfficer(ctx, auth, id);
}

// ---------------------------------------------------------------------------------------------
// Excel export
// ---------------------------------------------------------------------------------------------

const exportRowLimit = 50_000;

export async function exportOfficers(
  ctx: AppContext,
  auth: AuthContext,
  query: OfficerListQuery,
): Promise<Buffer> {
  const bounds = boundsFor(ctx, auth);
  const rows = await findOfficersForExport(
    ctx.db,
    auth,
    query,
    bounds.certificate,
    bounds.secondments,
    exportRowLimit,
  );
  const now = ctx.clock.now();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '青山生态环境执法平台';
  workbook.created = now;
  const sheet = workbook.addWorksheet('执法人员名录', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '实名制编号', key: 'realNameNumber', width: 18 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '性别', key: 'gender', width: 6 },
    { header: '所属机构', key: 'agencyName', width: 34 },
    { header: '岗位', key: 'post', width: 12 },
    { header: '状态', key: 'status', width: 8 },
    { header: '执法证号', key: 'certificateNumber', width: 20 },
    { header: '发证机关', key: 'certificateIssuer', width: 16 },
    { header: '执法证有效期至', key: 'certificateValidUntil', width: 14 },
    { header: `执法证状态（${bounds.onDate}）`, key: 'certificateState', width: 18 },
    { header: '剩余天数', key: 'daysLeft', width: 10 },
    { header: '现场监测上岗证', key: 'monitoring', width: 18 },
    { header: '法律职业资格', key: 'legal', width: 20 },
    { header: '专业特长', key: 'specialties', width: 30 },
    { header: '骨干库', key: 'backbone', width: 14 },
    { header: '关联账号', key: 'username', width: 16 },
    { header: '入职日期', key: 'joinedOn', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const item = presentOfficer(row, bounds.onDate, bounds.warning);
    const added = sheet.addRow({
      realNameNumber: row.realNameNumber,
      name: row.name,
      gender: genderLabels[row.gender as 'male' | 'female'] ?? row.gender,
      agencyName: row.agencyName,
      post: row.post,
      status: officerStatusLabels[row.status as OfficerStatus],
      certificateNumber: row.certificateNumber ?? '',
      certificateIssuer: row.certificateIssuer ?? '',
      certificateValidUntil: row.certificateValidUntil ?? '',
      certificateState: certificateStateLabels[item.certificateState],
      daysLeft: item.certificateDaysLeft ?? '',
      monitoring: row.monitoringCertificateNumber
        ? `${row.monitoringCertificateNumber}（至 ${row.monitoringCertificateValidUntil}）`
        : '',
      legal: row.hasLegalQualification ? (row.legalQualificationNumber ?? '是') : '',
      specialties: item.specialties.map((specialty) => specialtyLabels[specialty]).join('、'),
      backbone: item.backbonePool ? backbonePoolLabels[item.backbonePool] : '',
      username: row.username ?? '',
      joinedOn: row.joinedOn ?? '',
    });
    // The same colours as the page: orange within the warning period, red when expired.
    const colour =
      item.certificateState === 'expired'
        ? 'FFFFCCC7'
        : item.certificateState === 'expiring'
          ? 'FFFFE7BA'
          : null;
    if (colour) {
      added.getCell('certificateState').fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: colour },
      };
    }
  }
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.export',
        targetType: 'officer',
        targetId: null,
        summary: `导出执法人员名录 ${rows.length} 条`,
      },
      now,
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
