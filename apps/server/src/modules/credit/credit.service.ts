import { randomUUID } from 'node:crypto';
import {
  type AddCompliancePointsRequest,
  type AddListMembershipRequest,
  type CardColor,
  type CardListItem,
  type CardListQuery,
  type CommitmentListItem,
  type CommitmentListQuery,
  type CommitmentPage,
  type CreditCard,
  type CreditFeature,
  type CreditLevel,
  type CreditRefusal,
  type CreditRules,
  type CreditSummary,
  cardBlacklistingPrefix,
  cardColorLabels,
  cardCompliance,
  cardStatus,
  commitmentCoverage,
  commitmentStatus,
  creditDates,
  creditFeatureSwitches,
  creditLevelLabels,
  currentCard,
  type EntityCredit,
  type EntityList,
  type EvaluationListItem,
  type EvaluationListQuery,
  earliestLiftingOn,
  effectiveCreditLevel,
  entityListLabels,
  findPositiveListObstacles,
  type IssueCardRequest,
  isCardActive,
  type KeyPolluterMedium,
  type LetterDeliveryMethod,
  type LiftCardRequest,
  type ListMembership,
  letterDeliveryMethodLabels,
  type MembershipListItem,
  type MembershipListQuery,
  type Paged,
  type PointsListItem,
  type PointsListQuery,
  type ProvinceProfile,
  pointsBalance,
  pointsCompliance,
  type RecordCommitmentSignatureRequest,
  type RecordLetterDeliveryRequest,
  type RemoveListMembershipRequest,
  rectificationDueOn,
  type SetCreditEvaluationRequest,
  whyCannotEvaluate,
  whyCannotIssueCard,
  whyCannotLiftCard,
  whyCannotRecordCommitment,
  whyFeatureUnavailable,
} from '@qingshan/domain';
import type { Database } from '../../db/client';
import { appendAudit } from '../../lib/audit/index';
import { type AuthContext, actorOf } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { profileForRegion } from '../../lib/profile';
import { isUniqueViolation } from '../../lib/sql-helpers';
import { startClock, stopClock } from '../clocks/index';
import {
  type ScopedEntity as EntityRow,
  findEntityInScope,
  findKeyPolluterYears,
  findLastViolationOn,
  insertEntityEvents,
  isKeyPolluterInYear,
} from '../entities/index';
import { cardClockOf, cardClockRef } from './credit.clocks';
import { creditPolicy } from './credit.policy';
import {
  type CardPeriods,
  type CardRow,
  closeMembership,
  countSummary,
  findAgencyIdsInScope,
  findCardsOfEntity,
  findCardsPage,
  findCommitment,
  findCommitmentsOfEntity,
  findCommitmentsPage,
  findEvaluation,
  findEvaluationsOfEntity,
  findEvaluationsPage,
  findMembershipsOfEntity,
  findMembershipsPage,
  findPointEntriesOfEntity,
  findPointsPage,
  insertCard,
  insertCommitment,
  insertEvaluation,
  insertMembership,
  insertPointEntry,
  liftCardRow,
  type MembershipRow,
  updateCommitment,
  updateEvaluation,
} from './credit.repository';

function isFromCard(membership: { list: string; reason: string }): boolean {
  return membership.list === 'blacklist' && membership.reason.startsWith(cardBlacklistingPrefix);
}

function entityLabel(entity: Pick<EntityRow, 'name' | 'creditCode'>): string {
  return `${entity.name}（${entity.creditCode}）`;
}

async function requireEntity(ctx: AppContext, auth: AuthContext, id: string): Promise<EntityRow> {
  const entity = await findEntityInScope(ctx.db, auth, id);
  if (!entity) throw notFound('监管对象');
  return entity;
}

/** Runs a write's transaction; a unique-index race becomes the same 409 the check before it gives. */
async function inTransaction(ctx: AppContext, conflict: string, work: (tx: Database) => Promise<void>) {
  try {
    await ctx.db.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', conflict);
    throw error;
  }
}

/** A refused act as the one error type: a conflict with the record's state (409) or bad input (400). */
function refuse(refusal: CreditRefusal, fieldNames: Record<string, string> = {}): AppError {
  const field = fieldNames[refusal.field] ?? refusal.field;
  return refusal.isConflict
    ? new AppError('CONFLICT', refusal.message, field)
    : invalidField(field, refusal.message);
}

function requireFeature(profile: ProvinceProfile, feature: CreditFeature): void {
  const refusal = whyFeatureUnavailable(profile, feature);
  if (refusal) throw new AppError('BAD_REQUEST', refusal);
}

function toCard(row: CardRow, today: string, rules: CreditRules, canLift: boolean): CreditCard {
  const facts = { color: row.color as CardColor, issuedOn: row.issuedOn, liftedOn: row.liftedOn };
  return {
    id: row.id,
    color: facts.color,
    status: cardStatus(facts, today, rules),
    reason: row.reason,
    basis: row.basis,
    documentNumber: row.documentNumber,
    issuedOn: row.issuedOn,
    rectificationDueOn: rectificationDueOn(facts, rules),
    earliestLiftingOn: earliestLiftingOn(facts, rules),
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    liftedOn: row.liftedOn,
    liftReason: row.liftReason,
    liftedByAgencyName: row.liftedByAgencyName,
    canLift: canLift && row.liftedOn === null,
  };
}

function activeCardFacts(cards: CardRow[], today: string) {
  return cards
    .map((card) => ({ ...card, color: card.color as CardColor }))
    .filter((card) => isCardActive(card, today));
}

// ---------------------------------------------------------------------------------------------
// The entity's credit record
// ---------------------------------------------------------------------------------------------

export async function getEntityCredit(ctx: AppContext, auth: AuthContext, id: string): Promise<EntityCredit> {
  const entity = await requireEntity(ctx, auth, id);
  const profile = profileForRegion(ctx, entity.regionCode);
  const rules = profile.credit;
  const today = todayOf(ctx);
  const [
    keyPolluterYears,
    cardRows,
    evaluations,
    pointRows,
    membershipRows,
    commitmentRows,
    lastViolationOn,
  ] = await Promise.all([
    findKeyPolluterYears(ctx.db, id),
    findCardsOfEntity(ctx.db, id),
    findEvaluationsOfEntity(ctx.db, id),
    findPointEntriesOfEntity(ctx.db, id),
    findMembershipsOfEntity(ctx.db, id),
    findCommitmentsOfEntity(ctx.db, id),
    findLastViolationOn(ctx.db, id, today),
  ]);
  const agenciesInScope = await findAgencyIdsInScope(ctx.db, auth, [
    ...cardRows.map((card) => card.agencyId),
    ...membershipRows.map((membership) => membership.agencyId),
  ]);
  const cards = cardRows.map((row) => toCard(row, today, rules, agenciesInScope.has(row.agencyId)));
  const current = currentCard(cards, today);
  const memberships: ListMembership[] = membershipRows.map((row) => ({
    id: row.id,
    list: row.list as EntityList,
    listedOn: row.listedOn,
    reason: row.reason,
    basis: row.basis,
    agencyName: row.agencyName,
    removedOn: row.removedOn,
    removalReason: row.removalReason,
    isActive: row.removedOn === null,
    isFromCard: isFromCard(row),
    canRemove:
      row.removedOn === null &&
      creditPolicy.whyCannotRemove(
        {
          list: row.list as EntityList,
          agencyName: row.agencyName,
          isFromCard: isFromCard(row),
          hasActiveCard: current !== null,
        },
        agenciesInScope.has(row.agencyId),
      ) === null,
  }));
  const isBlacklisted = memberships.some(
    (membership) => membership.isActive && membership.list === 'blacklist',
  );
  const isOnPositiveList = memberships.some(
    (membership) => membership.isActive && membership.list === 'positive',
  );
  const latest = evaluations[0];
  const effective = effectiveCreditLevel(
    (latest?.level as CreditLevel) ?? null,
    current?.color ?? null,
    rules,
  );
  let running = 0;
  const pointEntries = pointRows.map((row) => {
    running += row.points;
    return { ...row, balanceAfter: running };
  });
  const commitmentsByYear = new Map(commitmentRows.map((row) => [row.year, row]));
  const keyPolluterYearSet = new Set(keyPolluterYears);
  const commitmentYears = [...new Set([...keyPolluterYears, ...commitmentsByYear.keys()])].sort(
    (a, b) => b - a,
  );
  return {
    entity: {
      id: entity.id,
      name: entity.name,
      creditCode: entity.creditCode,
      regionCode: entity.regionCode,
      ownerAgencyId: entity.ownerAgencyId,
      ownerAgencyName: entity.ownerAgencyName,
      keyPolluterYears,
    },
    profileName: profile.name,
    features: creditFeatureSwitches(rules),
    rules,
    today,
    currentCard: current,
    cards,
    creditLevel:
      latest && effective.level
        ? {
            year: latest.year,
            evaluated: latest.level as CreditLevel,
            effective: effective.level,
            isDowngraded: effective.isDowngraded,
          }
        : null,
    evaluations: evaluations.map((row) => ({ ...row, level: row.level as CreditLevel })),
    points: { balance: pointsBalance(pointRows), entries: pointEntries.reverse() },
    memberships,
    isBlacklisted,
    isOnPositiveList,
    positiveListObstacles: findPositiveListObstacles(
      {
        activeCard: current?.color ?? null,
        isBlacklisted,
        latestCreditLevel: (latest?.level as CreditLevel) ?? null,
        lastViolationOn,
      },
      today,
      rules,
    ),
    commitments: commitmentYears.map((year) => {
      const record = commitmentsByYear.get(year);
      return {
        year,
        isKeyPolluter: keyPolluterYearSet.has(year),
        status: commitmentStatus(record),
        letterDeliveredOn: record?.letterDeliveredOn ?? null,
        deliveryMethod: (record?.deliveryMethod as LetterDeliveryMethod | null) ?? null,
        commitmentSignedOn: record?.commitmentSignedOn ?? null,
        signatory: record?.signatory ?? null,
        documentSha256: record?.documentSha256 ?? null,
        note: record?.note ?? null,
        agencyName: record?.agencyName ?? null,
      };
    }),
  };
}

/** Who acted and when: what every credit write records on the timeline and in the trail. */
interface Act {
  entity: EntityRow;
  profile: ProvinceProfile;
  today: string;
  now: Date;
  agencyId: string;
}

async function beginAct(
  ctx: AppContext,
  auth: AuthContext,
  entityId: string,
  feature: CreditFeature,
): Promise<Act> {
  const entity = await requireEntity(ctx, auth, entityId);
  const profile = profileForRegion(ctx, entity.regionCode);
  requireFeature(profile, feature);
  // The act is the agency's whose jurisdiction the user exercises (局队合一: the bureau).
  return { entity, profile, today: todayOf(ctx), now: ctx.clock.now(), agencyId: auth.scopeRootAgencyId };
}

function event(
  act: Act,
  auth: AuthContext,
  values: {
    occurredOn: string;
    kind: string;
    title: string;
    detail?: string | null;
    compliance: string | null;
    sourceType: string;
    sourceId: string;
  },
) {
  return {
    id: randomUUID(),
    entityId: act.entity.id,
    occurredOn: values.occurredOn,
    kind: values.kind,
    title: values.title,
    detail: values.detail ?? null,
    compliance: values.compliance,
    sourceType: values.sourceType,
    sourceId: values.sourceId,
    agencyId: act.agencyId,
    createdBy: auth.user.id,
    createdAt: act.now,
  };
}

function audit(
  tx: Database,
  auth: AuthContext,
  act: Act,
  values: { action: string; summary: string; before?: unknown; after?: unknown },
) {
  return appendAudit(
    tx,
    actorOf(auth),
    { targetType: 'regulated_entity', targetId: act.entity.id, ...values },
    act.now,
  );
}

// ---------------------------------------------------------------------------------------------
// Commitments (一公开、一承诺)
// ---------------------------------------------------------------------------------------------

export async function recordLetterDelivery(
  ctx: AppContext,
  auth: AuthContext,
  entityId: string,
  input: RecordLetterDeliveryRequest,
): Promise<EntityCredit> {
  const act = await beginAct(ctx, auth, entityId, 'commitments');
  const existing = await findCommitment(ctx.db, entityId, input.year);
  const refusal = whyCannotRecordCommitment(
    { year: input.year, date: input.deliveredOn, kind: 'letter' },
    {
      today: act.today,
      isKeyPolluter: await isKeyPolluterInYear(ctx.db, entityId, input.year),
      letterDeliveredOn: null,
      rules: act.profile.credit,
    },
  );
  if (refusal) throw refuse(refusal, { date: 'deliveredOn' });
  if (existing?.commitmentSignedOn && input.deliveredOn > existing.commitmentSignedOn) {
    throw invalidField(
      'deliveredOn',
      `送达日期 ${input.deliveredOn} 晚于承诺书签订日期 ${existing.commitmentSignedOn}`,
    );
  }
  const changes = {
    letterDeliveredOn: input.deliveredOn,
    deliveryMethod: input.deliveryMethod,
    note: input.note ?? existing?.note ?? null,
  };
  const recordId = existing?.id ?? randomUUID();
  await inTransaction(ctx, '该年度的记录刚被他人登记，请刷新后重试', async (tx) => {
    if (existing) {
      await updateCommitment(tx, existing.id, { ...changes, updatedAt: act.now });
    } else {
      await insertCommitment(tx, {
        id: recordId,
        entityId,
        year: input.year,
        ...changes,
        agencyId: act.agencyId,
        createdBy: auth.user.id,
        createdAt: act.now,
        updatedAt: act.now,
      });
    }
    const method = letterDeliveryMethodLabels[input.deliveryMethod];
    await insertEntityEvents(tx, [
      event(act, auth, {
        occurredOn: input.deliveredOn,
        kind: 'letter_delivered',
        title: `${input.year} 年致企业负责人公开信已${method}`,
        detail: input.note,
        compliance: null,
        sourceType: 'entity_commitment',
        sourceId: recordId,
      }),
    ]);
    await audit(tx, auth, act, {
      action: 'credit.letter_delivered',
      summary: `登记 ${entityLabel(act.entity)} ${input.year} 年公开信送达：${input.deliveredOn}，${method}${existing?.letterDeliveredOn ? `（更正原送达日期 ${existing.letterDeliveredOn}）` : ''}`,
      before: existing
        ? { letterDeliveredOn: existing.letterDeliveredOn, deliveryMethod: existing.deliveryMethod }
        : null,
      after: changes,
    });
  });
  return getEntityCredit(ctx, auth, entityId);
}

export async function recordCommitmentSignature(
  ctx: AppContext,
  auth: AuthContext,
  entityId: string,
  input: RecordCommitmentSignatureRequest,
): Promise<EntityCredit> {
  const act = await beginAct(ctx, auth, entityId, 'commitments');
  const existing = await findCommitment(ctx.db, entityId, input.year);
  const refusal = whyCannotRecordCommitment(
    { year: input.year, date: input.signedOn, kind: 'signature' },
    {
      today: act.today,
      isKeyPolluter: await isKeyPolluterInYear(ctx.db, entityId, input.year),
      letterDeliveredOn: existing?.letterDeliveredOn ?? null,
      rules: act.profile.credit,
    },
  );
  if (refusal) throw refuse(refusal, { date: 'signedOn' });
  const changes = {
    commitmentSignedOn: input.signedOn,
    signatory: input.signatory,
    documentSha256: input.documentSha256,
    note: input.note ?? existing?.note ?? null,
  };
  const recordId = existing?.id ?? randomUUID();
  await inTransaction(ctx, '该年度的记录刚被他人登记，请刷新后重试', async (tx) => {
    if (existing) {
      await updateCommitment(tx, existing.id, { ...changes, updatedAt: act.now });
    } else {
      await insertCommitment(tx, {
        id: recordId,
        entityId,
        year: input.year,
        ...changes,
        agencyId: act.agencyId,
        createdBy: auth.user.id,
        createdAt: act.now,
        updatedAt: act.now,
      });
    }
    await insertEntityEvents(tx, [
      event(act, auth, {
        occurredOn: input.signedOn,
        kind: 'commitment_signed',
        title: `签订 ${input.year} 年《环保承诺书》（签订人：${input.signatory}）`,
        detail: input.note,
        compliance: null,
        sourceType: 'entity_commitment',
        sourceId: recordId,
      }),
    ]);
    await audit(tx, auth, act, {
      action: 'credit.commitment_signed',
      summary: `登记 ${entityLabel(act.entity)} ${input.year} 年《环保承诺书》签订：${input.signedOn}，签订人 ${input.signatory}`,
      before: existing
        ? { commitmentSignedOn: existing.commitmentSignedOn, signatory: existing.signatory }
        : null,
      after: changes,
    });
  });
  return getEntityCredit(ctx, auth, entityId);
}

// ---------------------------------------------------------------------------------------------
// Red and yellow cards
// ---------------------------------------------------------------------------------------------

function openMemberships(rows: MembershipRow[], list: EntityList) {
  return rows.filter((row) => row.list === list && row.removedOn === null);
}

/** The later of two dates: a removal is never dated before the listing. */
function notBefore(date: string, floor: string): string {
  return date >= floor ? date : floor;
}

export async function issueCard(
  ctx: AppContext,
  auth: AuthContext,
  entityId: string,
  input: IssueCardRequest,
): Promise<EntityCredit> {
  const act = await beginAct(ctx, auth, entityId, 'cards');
  const rules = act.profile.credit;
  const [cardRows, membershipRows] = await Promise.all([
    findCardsOfEntity(ctx.db, entityId),
    findMembershipsOfEntity(ctx.db, entityId),
  ]);
  const active = activeCardFacts(cardRows, act.today);
  const refusal = whyCannotIssueCard(input, active, act.today);
  if (refusal) throw refuse(refusal);
  const colour = cardColorLabels[input.color];
  const cardId = randomUUID();
  const addsToBlacklist =
    rules.redYellowCards.isBlacklist &&
    rules.blacklist.isEnabled &&
    openMemberships(membershipRows, 'blacklist').length === 0;
  const positive = openMemberships(membershipRows, 'positive');
  await inTransaction(ctx, '该单位刚被列入失信黑名单，请刷新后重试', async (tx) => {
    await insertCard(tx, {
      id: cardId,
      entityId,
      color: input.color,
      reason: input.reason,
      basis: input.basis,
      documentNumber: input.documentNumber,
      issuedOn: input.issuedOn,
      agencyId: act.agencyId,
      createdBy: auth.user.id,
      createdAt: act.now,
      updatedAt: act.now,
    });
    await startClock(
      ctx,
      tx,
      cardClockOf({ id: cardId, ...input, agencyId: act.agencyId, entity: act.entity }),
    );
    const events = [
      event(act, auth, {
        occurredOn: input.issuedOn,
        kind: 'card_issued',
        title: `作出${colour}警示（${input.documentNumber}）`,
        detail: input.reason,
        compliance: cardCompliance(input.color),
        sourceType: 'credit_card',
        sourceId: cardId,
      }),
    ];
    if (addsToBlacklist) {
      const membershipId = randomUUID();
      await insertMembership(tx, {
        id: membershipId,
        entityId,
        list: 'blacklist',
        listedOn: input.issuedOn,
        reason: `${cardBlacklistingPrefix}${colour}（${input.documentNumber}）${input.reason}`,
        basis: rules.redYellowCards.basis,
        agencyId: act.agencyId,
        createdBy: auth.user.id,
        createdAt: act.now,
        updatedAt: act.now,
      });
      events.push(
        event(act, auth, {
          occurredOn: input.issuedOn,
          kind: 'blacklist_added',
          title: `因${colour}警示列入失信黑名单（联合惩戒）`,
          detail: rules.redYellowCards.basis,
          compliance: null,
          sourceType: 'list_membership',
          sourceId: membershipId,
        }),
      );
    }
    for (const membership of positive) {
      await closeMembership(tx, membership.id, {
        removedOn: notBefore(input.issuedOn, membership.listedOn),
        removalReason: `受到${colour}警示（${input.documentNumber}），移出正面清单`,
        updatedAt: act.now,
      });
      events.push(
        event(act, auth, {
          occurredOn: notBefore(input.issuedOn, membership.listedOn),
          kind: 'positive_list_removed',
          title: `因${colour}警示移出正面清单`,
          compliance: null,
          sourceType: 'list_membership',
          sourceId: membership.id,
        }),
      );
    }
    await insertEntityEvents(tx, events);
    const consequences = [
      addsToBlacklist ? '列入失信黑名单' : null,
      positive.length > 0 ? '移出正面清单' : null,
    ].filter(Boolean);
    await audit(tx, auth, act, {
      action: 'credit.card_issue',
      summary: `对 ${entityLabel(act.entity)} 作出${colour}警示（${input.documentNumber}）：${input.reason}${consequences.length > 0 ? `；同时${consequences.join('、')}` : ''}`,
      after: { cardId, ...input },
    });
  });
  return getEntityCredit(ctx, auth, entityId);
}

export async function liftCard(
  ctx: AppContext,
  auth: AuthContext,
  entityId: string,
  cardId: string,
  input: LiftCardRequest,
): Promise<EntityCredit> {
  const act = await beginAct(ctx, auth, entityId, 'cards');
  const rules = act.profile.credit;
  const [cardRows, membershipRows] = await Promise.all([
    findCardsOfEntity(ctx.db, entityId),
    findMembershipsOfEntity(ctx.db, entityId),
  ]);
  const card = cardRows.find((row) => row.id === cardId);
  if (!card) throw notFound('红黄牌');
  const facts = { color: card.color as CardColor, issuedOn: card.issuedOn, liftedOn: card.liftedOn };
  const policyRefusal = creditPolicy.whyCannotLift(
    { color: facts.color, agencyName: card.agencyName },
    (await findAgencyIdsInScope(ctx.db, auth, [card.agencyId])).has(card.agencyId),
  );
  if (policyRefusal) throw new AppError('FORBIDDEN', policyRefusal);
  const refusal = whyCannotLiftCard(facts, input.liftedOn, act.today, rules);
  if (refusal) throw refuse(refusal);
  const colour = cardColorLabels[facts.color];
  const othersActive = activeCardFacts(cardRows, act.today).filter((other) => other.id !== cardId);
  const endsBlacklisting =
    othersActive.length === 0
      ? openMemberships(membershipRows, 'blacklist').filter((membership) => isFromCard(membership))
      : [];
  await ctx.db.transaction(async (tx) => {
    await liftCardRow(tx, cardId, {
      liftedOn: input.liftedOn,
      liftReason: input.liftReason,
      liftedByAgencyId: act.agencyId,
      updatedAt: act.now,
    });
    await stopClock(ctx, tx, actorOf(auth), cardClockRef({ id: cardId, color: facts.color }), {
      metOn: input.liftedOn,
      reason: `复核合格摘牌：${input.liftReason}`,
      isPartOfAuditedAct: true,
    });
    const events = [
      event(act, auth, {
        occurredOn: input.liftedOn,
        kind: 'card_lifted',
        title: `${colour}警示复核合格摘牌（${card.documentNumber ?? '无文号'}）`,
        detail: input.liftReason,
        compliance: 'compliant',
        sourceType: 'credit_card',
        sourceId: cardId,
      }),
    ];
    for (const membership of endsBlacklisting) {
      const removedOn = notBefore(input.liftedOn, membership.listedOn);
      await closeMembership(tx, membership.id, {
        removedOn,
        removalReason: `红黄牌已摘牌（${card.documentNumber ?? colour}），移出失信黑名单`,
        updatedAt: act.now,
      });
      events.push(
        event(act, auth, {
          occurredOn: removedOn,
          kind: 'blacklist_removed',
          title: '红黄牌摘牌，移出失信黑名单',
          compliance: null,
          sourceType: 'list_membership',
          sourceId: membership.id,
        }),
      );
    }
    await insertEntityEvents(tx, events);
    await audit(tx, auth, act, {
      action: 'credit.card_lift',
      summary: `${entityLabel(act.entity)} ${colour}（${card.documentNumber ?? '无文号'}）摘牌：${input.liftReason}${endsBlacklisting.length > 0 ? '；同时移出失信黑名单' : ''}`,
      before: { cardId, liftedOn: null },
      after: { cardId, ...input },
    });
  });
  return getEntityCredit(ctx, auth, entityId);
}

// ---------------------------------------------------------------------------------------------
// Credit evaluation
// ---------------------------------------------------------------------------------------------

export async function setCreditEvaluation(
  ctx: AppContext,
  auth: AuthContext,
  entityId: string,
  year: number,
  input: SetCreditEvaluationRequest,
): Promise<EntityCredit> {
  const act = await beginAct(ctx, auth, entityId, 'evaluation');
  const refusal = whyCannotEvaluate({ year, evaluatedOn: input.evaluatedOn }, act.today);
  if (refusal) throw refuse(refusal);
  const existing = await findEvaluation(ctx.db, entityId, year);
  const label = creditLevelLabels[input.level];
  const recordId = existing?.id ?? randomUUID();
  await inTransaction(ctx, `${year} 年度的信用评价刚被他人设定，请刷新后重试`, async (tx) => {
    if (existing) {
      await updateEvaluation(tx, existing.id, {
        level: input.level,
        evaluatedOn: input.evaluatedOn,
        note: input.note,
        agencyId: act.agencyId,
      });
    } else {
      await insertEvaluation(tx, {
        id: recordId,
        entityId,
        year,
        level: input.level,
        evaluatedOn: input.evaluatedOn,
        note: input.note,
        agencyId: act.agencyId,
        createdBy: auth.user.id,
        createdAt: act.now,
      });
    }
    await insertEntityEvents(tx, [
      event(act, auth, {
        occurredOn: input.evaluatedOn,
        kind: 'credit_evaluated',
        title: `${year} 年度环境信用评价：${label}${existing ? `（原为${creditLevelLabels[existing.level as CreditLevel]}）` : ''}`,
        detail: input.note,
        compliance: null,
        sourceType: 'credit_evaluation',
        sourceId: recordId,
      }),
    ]);
    await audit(tx, auth, act, {
      action: 'credit.evaluation_set',
      summary: `${entityLabel(act.entity)} ${year} 年度环境信用评价定为${label}${existing ? `（原为${creditLevelLabels[existing.level as CreditLevel]}）` : ''}`,
      before: existing ? { year, level: existing.level, evaluatedOn: existing.evaluatedOn } : null,
      after: { year, ...input },
    });
  });
  return getEntityCredit(ctx, auth, entityId);
}

// ---------------------------------------------------------------------------------------------
// Compliance points (守法积分)
// ---------------------------------------------------------------------------------------------

export async function addCompliancePoints(
  ctx: AppContext,
  auth: AuthContext,
  entityId: string,
  input: AddCompliancePointsRequest,
): Promise<EntityCredit> {
  const act = await beginAct(ctx, auth, entityId, 'points');
  if (input.occurredOn > act.today) throw invalidField('occurredOn', `记分日期 ${input.occurredOn} 晚于今天`);
  const entryId = randomUUID();
  const signed = input.points > 0 ? `+${input.points}` : String(input.points);
  await ctx.db.transaction(async (tx) => {
    await insertPointEntry(tx, {
      id: entryId,
      entityId,
      occurredOn: input.occurredOn,
      points: input.points,
      reason: input.reason,
      sourceType: 'manual',
      agencyId: act.agencyId,
      createdBy: auth.user.id,
      createdAt: act.now,
    });
    await insertEntityEvents(tx, [
      event(act, auth, {
        occurredOn: input.occurredOn,
        kind: 'compliance_points',
        title: `守法积分 ${signed} 分`,
        detail: input.reason,
        compliance: pointsCompliance(input.points),
        sourceType: 'compliance_points',
        sourceId: entryId,
      }),
    ]);
    await audit(tx, auth, act, {
      action: 'credit.points_add',
      summary: `${entityLabel(act.entity)} 守法积分 ${signed} 分：${input.reason}`,
      after: { entryId, ...input },
    });
  });
  return getEntityCredit(ctx, auth, entityId);
}

// ---------------------------------------------------------------------------------------------
// The blacklist and the positive list
// ---------------------------------------------------------------------------------------------

export async function addListMembership(
  ctx: AppContext,
  auth: AuthContext,
  entityId: string,
  input: AddListMembershipRequest,
): Promise<EntityCredit> {
  const act = await beginAct(ctx, auth, entityId, input.list === 'blacklist' ? 'blacklist' : 'positiveList');
  if (input.listedOn > act.today) throw invalidField('listedOn', `列入日期 ${input.listedOn} 晚于今天`);
  const listName = entityListLabels[input.list];
  const credit = await getEntityCredit(ctx, auth, entityId);
  const alreadyListed = input.list === 'blacklist' ? credit.isBlacklisted : credit.isOnPositiveList;
  if (alreadyListed) throw new AppError('CONFLICT', `该单位已在${listName}中`);
  if (input.list === 'positive' && credit.positiveListObstacles.length > 0) {
    throw new AppError(
      'CONFLICT',
      `不能列入正面清单：${credit.positiveListObstacles.join('；')}（入选条件见省份配置：${act.profile.credit.positiveListEligibility.basis}）`,
    );
  }
  const positive =
    input.list === 'blacklist'
      ? credit.memberships.filter((row) => row.isActive && row.list === 'positive')
      : [];
  const membershipId = randomUUID();
  await inTransaction(ctx, `该单位已在${listName}中`, async (tx) => {
    await insertMembership(tx, {
      id: membershipId,
      entityId,
      list: input.list,
      listedOn: input.listedOn,
      reason: input.reason,
      basis: input.basis,
      agencyId: act.agencyId,
      createdBy: auth.user.id,
      createdAt: act.now,
      updatedAt: act.now,
    });
    const events = [
      event(act, auth, {
        occurredOn: input.listedOn,
        kind: input.list === 'blacklist' ? 'blacklist_added' : 'positive_list_added',
        title: `列入${listName}`,
        detail: input.reason,
        compliance: null,
        sourceType: 'list_membership',
        sourceId: membershipId,
      }),
    ];
    for (const membership of positive) {
      const removedOn = notBefore(input.listedOn, membership.listedOn);
      await closeMembership(tx, membership.id, {
        removedOn,
        removalReason: '列入失信黑名单，移出正面清单',
        updatedAt: act.now,
      });
      events.push(
        event(act, auth, {
          occurredOn: removedOn,
          kind: 'positive_list_removed',
          title: '列入失信黑名单，移出正面清单',
          compliance: null,
          sourceType: 'list_membership',
          sourceId: membership.id,
        }),
      );
    }
    await insertEntityEvents(tx, events);
    await audit(tx, auth, act, {
      action: 'credit.list_add',
      summary: `将 ${entityLabel(act.entity)} 列入${listName}：${input.reason}${positive.length > 0 ? '；同时移出正面清单' : ''}`,
      after: { membershipId, ...input },
    });
  });
  return getEntityCredit(ctx, auth, entityId);
}

export async function removeListMembership(
  ctx: AppContext,
  auth: AuthContext,
  entityId: string,
  membershipId: string,
  input: RemoveListMembershipRequest,
): Promise<EntityCredit> {
  const entity = await requireEntity(ctx, auth, entityId);
  const membershipRows = await findMembershipsOfEntity(ctx.db, entityId);
  const membership = membershipRows.find((row) => row.id === membershipId);
  if (!membership) throw notFound('名单记录');
  const list = membership.list as EntityList;
  const profile = profileForRegion(ctx, entity.regionCode);
  requireFeature(profile, list === 'blacklist' ? 'blacklist' : 'positiveList');
  const act: Act = {
    entity,
    profile,
    today: todayOf(ctx),
    now: ctx.clock.now(),
    agencyId: auth.scopeRootAgencyId,
  };
  const listName = entityListLabels[list];
  if (membership.removedOn) {
    throw new AppError('CONFLICT', `该单位已于 ${membership.removedOn} 移出${listName}`);
  }
  const hasActiveCard = activeCardFacts(await findCardsOfEntity(ctx.db, entityId), act.today).length > 0;
  const refusal = creditPolicy.whyCannotRemove(
    { list, agencyName: membership.agencyName, isFromCard: isFromCard(membership), hasActiveCard },
    (await findAgencyIdsInScope(ctx.db, auth, [membership.agencyId])).has(membership.agencyId),
  );
  if (refusal)
    throw new AppError(isFromCard(membership) && hasActiveCard ? 'CONFLICT' : 'FORBIDDEN', refusal);
  if (input.removedOn > act.today) throw invalidField('removedOn', `移出日期 ${input.removedOn} 晚于今天`);
  if (input.removedOn < membership.listedOn) {
    throw invalidField('removedOn', `移出日期 ${input.removedOn} 早于列入日期 ${membership.listedOn}`);
  }
  await ctx.db.transaction(async (tx) => {
    await closeMembership(tx, membershipId, {
      removedOn: input.removedOn,
      removalReason: input.removalReason,
      updatedAt: act.now,
    });
    await insertEntityEvents(tx, [
      event(act, auth, {
        occurredOn: input.removedOn,
        kind: list === 'blacklist' ? 'blacklist_removed' : 'positive_list_removed',
        title: `移出${listName}`,
        detail: input.removalReason,
        compliance: null,
        sourceType: 'list_membership',
        sourceId: membershipId,
      }),
    ]);
    await audit(tx, auth, act, {
      action: 'credit.list_remove',
      summary: `将 ${entityLabel(entity)} 移出${listName}：${input.removalReason}`,
      before: { membershipId, removedOn: null },
      after: { membershipId, ...input },
    });
  });
  return getEntityCredit(ctx, auth, entityId);
}

// ---------------------------------------------------------------------------------------------
// Agency-wide lists
// ---------------------------------------------------------------------------------------------

/** The rules of the caller's province: every entity they see lies in it. */
function callerProfile(ctx: AppContext, auth: AuthContext): ProvinceProfile {
  return profileForRegion(ctx, auth.agency.regionCode);
}

export function cardPeriodsOf(rules: CreditRules, today: string): CardPeriods {
  return {
    today,
    yellowRectificationDays: rules.cardLifting.yellowRectificationDays,
    redRectificationDays: rules.cardLifting.redRectificationDays,
  };
}

export function presentCardListRow(
  row: Awaited<ReturnType<typeof findCardsPage>>['rows'][number],
  today: string,
  rules: CreditRules,
): CardListItem {
  const { canLift: _canLift, ...card } = toCard(row, today, rules, false);
  return {
    ...card,
    entityId: row.entityId,
    entityName: row.entityName,
    creditCode: row.creditCode,
    regionCode: row.regionCode,
    regionName: row.regionName,
    ownerAgencyName: row.ownerAgencyName,
  };
}

export async function listCards(
  ctx: AppContext,
  auth: AuthContext,
  query: CardListQuery,
): Promise<Paged<CardListItem>> {
  const rules = callerProfile(ctx, auth).credit;
  const today = todayOf(ctx);
  const { rows, total } = await findCardsPage(ctx.db, auth, query, cardPeriodsOf(rules, today));
  return {
    items: rows.map((row) => presentCardListRow(row, today, rules)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export function presentMembershipListRow(
  row: Awaited<ReturnType<typeof findMembershipsPage>>['rows'][number],
): MembershipListItem {
  return {
    ...row,
    list: row.list as EntityList,
    isActive: row.removedOn === null,
    isFromCard: isFromCard(row),
  };
}

export async function listMemberships(
  ctx: AppContext,
  auth: AuthContext,
  list: EntityList,
  query: MembershipListQuery,
): Promise<Paged<MembershipListItem>> {
  const { rows, total } = await findMembershipsPage(ctx.db, auth, list, query);
  return { items: rows.map(presentMembershipListRow), total, page: query.page, pageSize: query.pageSize };
}

export function commitmentYearOf(ctx: AppContext, query: { year?: number }): number {
  return query.year ?? creditDates.yearOf(todayOf(ctx));
}

export function presentCommitmentListRow(
  row: Awaited<ReturnType<typeof findCommitmentsPage>>['rows'][number],
  year: number,
): CommitmentListItem {
  const { media, deliveryMethod, ...rest } = row;
  return {
    ...rest,
    year,
    keyPolluterMedia: (media ?? []) as KeyPolluterMedium[],
    deliveryMethod: deliveryMethod as LetterDeliveryMethod | null,
  };
}

export async function listCommitments(
  ctx: AppContext,
  auth: AuthContext,
  query: CommitmentListQuery,
): Promise<CommitmentPage> {
  const year = commitmentYearOf(ctx, query);
  const { rows, total, coverage } = await findCommitmentsPage(ctx.db, auth, query, year);
  return {
    items: rows.map((row) => presentCommitmentListRow(row, year)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    coverage: { year, ...commitmentCoverage(coverage) },
  };
}

export async function listEvaluations(
  ctx: AppContext,
  auth: AuthContext,
  query: EvaluationListQuery,
): Promise<Paged<EvaluationListItem>> {
  const { rows, total } = await findEvaluationsPage(ctx.db, auth, query);
  return {
    items: rows.map((row) => ({ ...row, level: row.level as CreditLevel })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function listPoints(
  ctx: AppContext,
  auth: AuthContext,
  query: PointsListQuery,
): Promise<Paged<PointsListItem>> {
  const { rows, total } = await findPointsPage(ctx.db, auth, query);
  return {
    items: rows.map((row) => ({ ...row, entityBalance: Number(row.entityBalance) })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getCreditSummary(ctx: AppContext, auth: AuthContext): Promise<CreditSummary> {
  const profile = callerProfile(ctx, auth);
  const today = todayOf(ctx);
  const year = creditDates.yearOf(today);
  const counts = await countSummary(ctx.db, auth, cardPeriodsOf(profile.credit, today), year);
  // The latest evaluated year (evaluations of a year are made the next spring).
  const evaluatedYear = Math.max(year - 1, ...counts.evaluations.map((row) => row.year));
  const byLevel: Record<CreditLevel, number> = { trustworthy: 0, good: 0, warning: 0, untrustworthy: 0 };
  for (const row of counts.evaluations) {
    if (row.year === evaluatedYear) byLevel[row.level as CreditLevel] = Number(row.value);
  }
  return {
    profileName: profile.name,
    features: creditFeatureSwitches(profile.credit),
    rules: profile.credit,
    today,
    cards: { red: counts.cards.red, yellow: counts.cards.yellow, overdue: counts.cards.overdue },
    blacklisted: counts.lists.blacklisted,
    positiveList: counts.lists.positive,
    commitments: { year, ...commitmentCoverage(counts.commitments) },
    evaluations: {
      year: evaluatedYear,
      total: Object.values(byLevel).reduce((sum, value) => sum + value, 0),
      byLevel,
    },
    points: counts.points,
  };
}

export { callerProfile, todayOf };
