import { randomUUID } from 'node:crypto';
import {
  type ApproveSecondmentRequest,
  type Award,
  type AwardKind,
  approvalFreeUntil,
  awardKindLabels,
  businessDateOf,
  type CreateAwardRequest,
  type CreateSecondmentRequest,
  type CreateTrainingRequest,
  type FileSecondmentRequest,
  type ReturnSecondmentRequest,
  secondmentNeedsApproval,
  secondmentNeedsFiling,
  secondmentRulesOf,
  type Training,
  type TrainingKind,
  trainingKindLabels,
} from '@qingshan/domain';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { profileForRegion } from '../../lib/profile';
import { startClock } from '../clocks/index';
import { secondmentClockOf, stopSecondmentClock } from './officer.clocks';
import { findAwardsOfOfficer, findTrainingsOfOfficer, updateOfficerRow } from './officer.repository';
import { getOfficer, requireOfficer } from './officer.service';
import {
  findSecondmentOfOfficer,
  hasOpenSecondment,
  insertAward,
  insertSecondment,
  insertTraining,
  updateSecondmentRow,
} from './officer-records.repository';
import { personnelPolicy } from './personnel.policy';

function refuseFuture(field: string, label: string, value: string, onDate: string) {
  if (value > onDate) throw invalidField(field, `${label}不能晚于今天（${onDate}）`);
}

// ---------------------------------------------------------------------------------------------
// Secondments (seed 004 item 17)
// ---------------------------------------------------------------------------------------------

export async function createSecondment(
  ctx: AppContext,
  auth: AuthContext,
  officerId: string,
  input: CreateSecondmentRequest,
) {
  const officer = await requireOfficer(ctx, auth, officerId);
  const rules = secondmentRulesOf(profileForRegion(ctx, officer.agencyRegionCode));
  const now = ctx.clock.now();
  const onDate = businessDateOf(now);
  // A secondment is recorded when the officer leaves; the approval may follow (and is flagged until it does).
  refuseFuture('startsOn', '借调开始日期', input.startsOn, onDate);
  if (officer.status === 'departed') throw invalidField('startsOn', '已离岗人员不能登记借调');
  if (await hasOpenSecondment(ctx.db, officerId)) {
    throw new AppError('CONFLICT', '该人员有尚未返岗的借调，请先登记返岗', 'startsOn');
  }
  const id = randomUUID();
  const needsApproval = secondmentNeedsApproval(input, rules);
  const needsFiling = secondmentNeedsFiling(input, rules);
  await ctx.db.transaction(async (tx) => {
    await insertSecondment(tx, {
      id,
      officerId,
      ...input,
      createdBy: auth.user.id,
      createdAt: now,
      updatedAt: now,
    });
    await updateOfficerRow(tx, officerId, { status: 'seconded', updatedAt: now });
    await startClock(ctx, tx, secondmentClockOf(officer, { id, ...input, needsApproval }));
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.secondment_create',
        targetType: 'officer',
        targetId: officerId,
        summary:
          `登记 ${officer.name}（${officer.realNameNumber}）借调至${input.hostOrganisation}，${input.startsOn} 至 ${input.plannedEndsOn}` +
          (needsApproval ? `；超过${rules.threshold.amount}年，须经${rules.approver}同意` : '') +
          (needsFiling ? `；离开所在设区市，须报${rules.filedWith}备案` : ''),
        after: { secondmentId: id, ...input, status: 'seconded' },
      },
      now,
    );
  });
  return getOfficer(ctx, auth, officerId);
}

async function requireSecondment(
  ctx: AppContext,
  auth: AuthContext,
  officerId: string,
  secondmentId: string,
) {
  const officer = await requireOfficer(ctx, auth, officerId);
  const secondment = await findSecondmentOfOfficer(ctx.db, officerId, secondmentId);
  if (!secondment) throw notFound('借调记录');
  const rules = secondmentRulesOf(profileForRegion(ctx, officer.agencyRegionCode));
  return { officer, secondment, rules };
}

export async function approveSecondment(
  ctx: AppContext,
  auth: AuthContext,
  officerId: string,
  secondmentId: string,
  input: ApproveSecondmentRequest,
) {
  const { officer, secondment, rules } = await requireSecondment(ctx, auth, officerId, secondmentId);
  const refusal = personnelPolicy.whyCannotApproveSecondment(auth.agency, rules.approver);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  const now = ctx.clock.now();
  const onDate = businessDateOf(now);
  refuseFuture('approvedOn', '批准日期', input.approvedOn, onDate);
  if (secondment.approvedOn) {
    throw invalidField(
      'approvedOn',
      `该借调已于 ${secondment.approvedOn} 批准（${secondment.approvalDocument ?? ''}）`,
    );
  }
  const isRunningOver =
    secondment.returnedOn === null && onDate > approvalFreeUntil(secondment.startsOn, rules.threshold);
  if (!secondmentNeedsApproval(secondment, rules) && !isRunningOver) {
    throw invalidField(
      'approvedOn',
      `该借调计划不超过${rules.threshold.amount}年（${secondment.startsOn} 至 ${secondment.plannedEndsOn}），无须${rules.approver}批准`,
    );
  }
  await ctx.db.transaction(async (tx) => {
    await updateSecondmentRow(tx, secondmentId, {
      approvalDocument: input.approvalDocument,
      approvedOn: input.approvedOn,
      approvedBy: auth.user.id,
      updatedAt: now,
    });
    await stopSecondmentClock(ctx, tx, actorOf(auth), secondmentId, {
      on: input.approvedOn,
      reason: `${rules.approver}已批准（${input.approvalDocument}）`,
    });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.secondment_approve',
        targetType: 'officer',
        targetId: officerId,
        summary: `${auth.agency.name}同意 ${officer.name}（${officer.realNameNumber}）借调至${secondment.hostOrganisation}超过${rules.threshold.amount}年（${input.approvalDocument}，${input.approvedOn}）`,
        after: { secondmentId, ...input },
      },
      now,
    );
  });
  return getOfficer(ctx, auth, officerId);
}

export async function fileSecondment(
  ctx: AppContext,
  auth: AuthContext,
  officerId: string,
  secondmentId: string,
  input: FileSecondmentRequest,
) {
  const { officer, secondment, rules } = await requireSecondment(ctx, auth, officerId, secondmentId);
  const now = ctx.clock.now();
  refuseFuture('filedOn', '备案日期', input.filedOn, businessDateOf(now));
  if (!secondmentNeedsFiling(secondment, rules)) {
    throw invalidField(
      'filedOn',
      secondment.leavesCity ? '本省不要求离市借调备案' : '该借调未离开所在设区市，无须备案',
    );
  }
  if (secondment.filedOn) throw invalidField('filedOn', `该借调已于 ${secondment.filedOn} 备案`);
  await ctx.db.transaction(async (tx) => {
    await updateSecondmentRow(tx, secondmentId, {
      filedOn: input.filedOn,
      filedBy: auth.user.id,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.secondment_file',
        targetType: 'officer',
        targetId: officerId,
        summary: `${officer.name}（${officer.realNameNumber}）借调至${secondment.hostOrganisation}离开所在设区市，已报${rules.filedWith}备案（${input.filedOn}）`,
        after: { secondmentId, ...input },
      },
      now,
    );
  });
  return getOfficer(ctx, auth, officerId);
}

export async function returnFromSecondment(
  ctx: AppContext,
  auth: AuthContext,
  officerId: string,
  secondmentId: string,
  input: ReturnSecondmentRequest,
) {
  const { officer, secondment } = await requireSecondment(ctx, auth, officerId, secondmentId);
  const now = ctx.clock.now();
  refuseFuture('returnedOn', '返岗日期', input.returnedOn, businessDateOf(now));
  if (secondment.returnedOn) throw invalidField('returnedOn', `该人员已于 ${secondment.returnedOn} 返岗`);
  if (input.returnedOn < secondment.startsOn) {
    throw invalidField('returnedOn', `返岗日期不能早于借调开始日期（${secondment.startsOn}）`);
  }
  await ctx.db.transaction(async (tx) => {
    await updateSecondmentRow(tx, secondmentId, { returnedOn: input.returnedOn, updatedAt: now });
    await stopSecondmentClock(ctx, tx, actorOf(auth), secondmentId, {
      on: input.returnedOn,
      reason: `${input.returnedOn} 返岗`,
    });
    if (officer.status === 'seconded')
      await updateOfficerRow(tx, officerId, { status: 'on_duty', updatedAt: now });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.secondment_return',
        targetType: 'officer',
        targetId: officerId,
        summary: `${officer.name}（${officer.realNameNumber}）自${secondment.hostOrganisation}返岗（${input.returnedOn}），状态恢复在岗`,
        before: { status: officer.status },
        after: { secondmentId, ...input, status: officer.status === 'seconded' ? 'on_duty' : officer.status },
      },
      now,
    );
  });
  return getOfficer(ctx, auth, officerId);
}

// ---------------------------------------------------------------------------------------------
// Trainings and awards
// ---------------------------------------------------------------------------------------------

function presentTraining(row: Awaited<ReturnType<typeof findTrainingsOfOfficer>>[number]): Training {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as TrainingKind,
    organiser: row.organiser,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    hours: row.hours,
    isPassed: row.isPassed,
    createdAt: row.createdAt.toISOString(),
  };
}

function presentAward(row: Awaited<ReturnType<typeof findAwardsOfOfficer>>[number]): Award {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as AwardKind,
    awardedOn: row.awardedOn,
    awardedBy: row.awardedBy,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listTrainings(
  ctx: AppContext,
  auth: AuthContext,
  officerId: string,
): Promise<Training[]> {
  await requireOfficer(ctx, auth, officerId);
  return (await findTrainingsOfOfficer(ctx.db, officerId)).map(presentTraining);
}

export async function addTraining(
  ctx: AppContext,
  auth: AuthContext,
  officerId: string,
  input: CreateTrainingRequest,
): Promise<Training[]> {
  const officer = await requireOfficer(ctx, auth, officerId);
  const now = ctx.clock.now();
  refuseFuture('startsOn', '培训开始日期', input.startsOn, businessDateOf(now));
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await insertTraining(tx, { id, officerId, ...input, createdAt: now });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.training_add',
        targetType: 'officer',
        targetId: officerId,
        summary: `登记 ${officer.name}（${officer.realNameNumber}）参加${trainingKindLabels[input.kind]}“${input.title}”（${input.startsOn} 至 ${input.endsOn}，${input.hours} 学时，${input.isPassed ? '合格' : '未合格'}）`,
        after: { trainingId: id, ...input },
      },
      now,
    );
  });
  return listTrainings(ctx, auth, officerId);
}

export async function listAwards(ctx: AppContext, auth: AuthContext, officerId: string): Promise<Award[]> {
  await requireOfficer(ctx, auth, officerId);
  return (await findAwardsOfOfficer(ctx.db, officerId)).map(presentAward);
}

export async function addAward(
  ctx: AppContext,
  auth: AuthContext,
  officerId: string,
  input: CreateAwardRequest,
): Promise<Award[]> {
  const officer = await requireOfficer(ctx, auth, officerId);
  const now = ctx.clock.now();
  refuseFuture('awardedOn', '授予日期', input.awardedOn, businessDateOf(now));
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await insertAward(tx, { id, officerId, ...input, createdAt: now });
    await appendAudit(
      tx,
      actorOf(auth),
      {
        action: 'personnel.award_add',
        targetType: 'officer',
        targetId: officerId,
        summary: `登记 ${officer.name}（${officer.realNameNumber}）获${awardKindLabels[input.kind]}“${input.title}”（${input.awardedBy}，${input.awardedOn}）`,
        after: { awardId: id, ...input },
      },
      now,
    );
  });
  return listAwards(ctx, auth, officerId);
}
