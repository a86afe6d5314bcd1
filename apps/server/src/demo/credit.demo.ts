import {
  type CardColor,
  type CreditLevel,
  type CreditRules,
  cardBlacklistingPrefix,
  cardColorLabels,
  cardCompliance,
  creditDates,
  creditLevelLabels,
  earliestLiftingOn,
  findProfileForRegion,
  getProvinceProfile,
  type LetterDeliveryMethod,
  lastDayOfMonthsPeriod,
  letterDeliveryMethodLabels,
  pointsCompliance,
} from '@qingshan/domain';
import { sql } from 'drizzle-orm';
import { insertMany } from '../db/bulk';
import { type Database, queryRows } from '../db/client';
import {
  compliancePointEntries,
  creditCards,
  creditEvaluations,
  entityCommitments,
  entityEvents,
  entityListMemberships,
} from '../db/schema/index';
import { agencyId } from './demo.agencies';
import type { DemoContext, DemoStep } from './demo.context';
import { SeededRandom, stableUuid } from './demo.random';

const { addDays, businessDateOf, yearOf } = creditDates;

/**
 * Commitments and credit (REG-3, REG-4) for the entities the entity step loaded, read back from
 * the database with their key-polluter listings and timeline:
 * - Jiangxi key polluters receive the open letter and sign the 环保承诺书 each listed year
 *   (seed 002 二（一）1: letters by 30 November; ~90 % signed);
 * - penalised violations on the timeline bring yellow cards (超标排放 first of all), serious ones
 *   and violations during a yellow card bring red cards (《江西省环境保护红黄牌警示管理制度暂行办法》);
 *   cards verified as rectified are lifted; while a card is active the entity is on the blacklist
 *   (seed 002 二（五）3: the card lists are the credit blacklist);
 * - key polluters are evaluated for the last two full years, consistent with their record;
 * - a few hundred clean Jiangxi entities form the positive list (seed 004 item 9);
 * - Nantong entities keep a 守法积分 ledger (seed 003 三（六）).
 * Every act also goes on the entity's timeline. Deterministic: one seeded generator, ids from keys.
 */
export const creditDemoStep: DemoStep = {
  name: '承诺与信用',
  async load(db, context) {
    const random = new SeededRandom('qingshan-demo-credit');
    const today = businessDateOf(context.now);
    const thisYear = yearOf(today);
    const data = await readRecord(db);
    const out = new Output(context);

    for (const entity of data.entities) {
      const profile = findProfileForRegion(entity.regionCode) ?? getProvinceProfile();
      const rules = profile.credit;
      const events = data.eventsByEntity.get(entity.id) ?? [];
      const listedYears = data.listedYearsByEntity.get(entity.id) ?? [];
      if (rules.commitments.isEnabled) recordCommitments(random, out, entity, listedYears, today);
      const cards = rules.redYellowCards.isEnabled
        ? recordCards(random, out, entity, events, rules, today)
        : [];
      if (rules.creditEvaluation.isEnabled) {
        for (const year of [thisYear - 2, thisYear - 1]) {
          if (listedYears.includes(year)) recordEvaluation(random, out, entity, year, events, cards, today);
        }
      }
      if (rules.compliancePoints.isEnabled) recordPoints(random, out, entity, events, today);
    }
    recordPositiveList(random, out, data, today);
    await out.save(db);
    return out.summary();
  },
};

// ---------------------------------------------------------------------------------------------
// What the entity step wrote
// ---------------------------------------------------------------------------------------------

interface EntityRecord {
  id: string;
  name: string;
  regionCode: string;
  countyCode: string;
  ownerAgencyId: string;
  operatingStatus: string;
  legalRepresentative: string | null;
}

interface TimelineEvent {
  occurredOn: string;
  kind: string;
  compliance: string | null;
  title: string;
  detail: string | null;
}

async function readRecord(db: Database) {
  const [entities, listings, events] = await Promise.all([
    queryRows<{
      id: string;
      name: string;
      region_code: string;
      county_code: string;
      owner_agency_id: string;
      operating_status: string;
      legal_representative: string | null;
    }>(
      db,
      sql`SELECT id, name, region_code, county_code, owner_agency_id, operating_status, legal_representative
          FROM regulated_entities ORDER BY id`,
    ),
    queryRows<{ entity_id: string; year: number }>(
      db,
      sql`SELECT DISTINCT entity_id, year FROM key_polluter_listings ORDER BY entity_id, year`,
    ),
    queryRows<{
      entity_id: string;
      occurred_on: string;
      kind: string;
      compliance: string | null;
      title: string;
      detail: string | null;
    }>(
      db,
      sql`SELECT entity_id, occurred_on::text AS occurred_on, kind, compliance, title, detail FROM entity_events
          WHERE compliance IS NOT NULL OR kind = 'penalty' ORDER BY entity_id, occurred_on, id`,
    ),
  ]);
  const listedYearsByEntity = new Map<string, number[]>();
  for (const row of listings) {
    const years = listedYearsByEntity.get(row.entity_id) ?? [];
    years.push(Number(row.year));
    listedYearsByEntity.set(row.entity_id, years);
  }
  const eventsByEntity = new Map<string, TimelineEvent[]>();
  for (const row of events) {
    const list = eventsByEntity.get(row.entity_id) ?? [];
    list.push({
      occurredOn: row.occurred_on,
      kind: row.kind,
      compliance: row.compliance,
      title: row.title,
      detail: row.detail,
    });
    eventsByEntity.set(row.entity_id, list);
  }
  return {
    entities: entities.map<EntityRecord>((row) => ({
      id: row.id,
      name: row.name,
      regionCode: row.region_code,
      countyCode: row.county_code,
      ownerAgencyId: row.owner_agency_id,
      operatingStatus: row.operating_status,
      legalRepresentative: row.legal_representative,
    })),
    listedYearsByEntity,
    eventsByEntity,
  };
}
type DemoRecord = Awaited<ReturnType<typeof readRecord>>;

// ---------------------------------------------------------------------------------------------
// The rows this step writes
// ---------------------------------------------------------------------------------------------

class Output {
  commitments: (typeof entityCommitments.$inferInsert)[] = [];
  cards: (typeof creditCards.$inferInsert)[] = [];
  evaluations: (typeof creditEvaluations.$inferInsert)[] = [];
  points: (typeof compliancePointEntries.$inferInsert)[] = [];
  memberships: (typeof entityListMemberships.$inferInsert)[] = [];
  events: (typeof entityEvents.$inferInsert)[] = [];
  /** Per entity: its cards (for the positive list) and latest evaluation. */
  cardsByEntity = new Map<string, GeneratedCard[]>();
  latestLevel = new Map<string, CreditLevel>();
  private sequence = 0;
  private cardNumbers = new Map<string, number>();

  constructor(readonly context: DemoContext) {}

  id(namespace: string): string {
    return stableUuid(`credit-${namespace}`, String(this.sequence++));
  }

  createdAt(date: string): Date {
    return new Date(`${date}T02:00:00Z`);
  }

  event(
    entity: EntityRecord,
    values: {
      occurredOn: string;
      kind: string;
      title: string;
      detail?: string | null;
      compliance: string | null;
      sourceType: string;
      sourceId: string;
      agencyId: string;
    },
  ) {
    this.events.push({
      id: this.id('event'),
      entityId: entity.id,
      occurredOn: values.occurredOn,
      kind: values.kind,
      title: values.title,
      detail: values.detail ?? null,
      compliance: values.compliance,
      sourceType: values.sourceType,
      sourceId: values.sourceId,
      agencyId: values.agencyId,
      createdBy: null,
      createdAt: this.createdAt(values.occurredOn),
    });
  }

  /** 洪环警〔2025〕7号: card decisions numbered per city and year. */
  cardNumber(countyCode: string, issuedOn: string): string {
    const city = countyCode.slice(0, 4);
    const key = `${city}-${issuedOn.slice(0, 4)}`;
    const next = (this.cardNumbers.get(key) ?? 0) + 1;
    this.cardNumbers.set(key, next);
    return `${cityAbbreviations[city] ?? '赣'}环警〔${issuedOn.slice(0, 4)}〕${next}号`;
  }

  async save(db: Database) {
    await insertMany(db, entityCommitments, this.commitments);
    await insertMany(db, creditCards, this.cards);
    await insertMany(db, creditEvaluations, this.evaluations);
    await insertMany(db, compliancePointEntries, this.points);
    await insertMany(db, entityListMemberships, this.memberships);
    await insertMany(db, entityEvents, this.events);
  }

  summary(): string {
    const signed = this.commitments.filter((row) => row.commitmentSignedOn).length;
    const red = this.cards.filter((row) => row.color === 'red').length;
    const lifted = this.cards.filter((row) => row.liftedOn).length;
    const active = (list: string) =>
      this.memberships.filter((row) => row.list === list && !row.removedOn).length;
    return (
      `承诺与信用：公开信送达 ${this.commitments.filter((row) => row.letterDeliveredOn).length} 份、承诺书 ${signed} 份；` +
      `红黄牌 ${this.cards.length} 张（红牌 ${red}，已摘牌 ${lifted}）；失信黑名单 ${active('blacklist')} 家；` +
      `正面清单 ${active('positive')} 家；信用评价 ${this.evaluations.length} 条；守法积分 ${this.points.length} 条`
    );
  }
}

/** Short names in 文号 (as in the cities' penalty decisions). */
const cityAbbreviations: Record<string, string> = {
  '3601': '洪',
  '3602': '景',
  '3603': '萍',
  '3604': '浔',
  '3605': '余',
  '3606': '鹰',
  '3607': '赣',
  '3608': '吉',
  '3609': '宜',
  '3610': '抚',
  '3611': '饶',
};

function cityBureauOf(entity: EntityRecord): string {
  return agencyId(`${entity.countyCode.slice(0, 4)}00-BUR`);
}

function dayBetween(random: SeededRandom, from: string, to: string): string {
  const span = creditDates.daysBetween(from, to);
  return span <= 0 ? from : addDays(from, random.integer(0, span));
}

function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

// ---------------------------------------------------------------------------------------------
// 一公开、一承诺 (seed 002 二（一）1)
// ---------------------------------------------------------------------------------------------

const deliveryMethods: readonly (readonly [LetterDeliveryMethod, number])[] = [
  ['in_person', 55],
  ['meeting', 25],
  ['post', 12],
  ['electronic', 8],
];

function recordCommitments(
  random: SeededRandom,
  out: Output,
  entity: EntityRecord,
  listedYears: number[],
  today: string,
) {
  const thisYear = yearOf(today);
  for (const year of listedYears) {
    const isCurrent = year === thisYear;
    // The letter goes out in spring; the seed's first round was due by 30 November 2018.
    if (!random.chance(isCurrent ? 0.95 : 0.985)) continue;
    const deliveredOn = dayBetween(random, `${year}-02-20`, earlier(`${year}-11-30`, addDays(today, -7)));
    const method = random.pickWeighted(deliveryMethods);
    const signs = random.chance(isCurrent ? 0.9 : 0.94);
    const signedOn = signs
      ? earlier(addDays(deliveredOn, random.integer(0, 25)), earlier(`${year}-12-31`, today))
      : null;
    const id = out.id('commitment');
    const signatory = entity.legalRepresentative ?? '法定代表人';
    out.commitments.push({
      id,
      entityId: entity.id,
      year,
      letterDeliveredOn: deliveredOn,
      deliveryMethod: method,
      commitmentSignedOn: signedOn,
      signatory: signedOn ? signatory : null,
      documentSha256: null,
      note: null,
      agencyId: entity.ownerAgencyId,
      createdBy: null,
      createdAt: out.createdAt(deliveredOn),
      updatedAt: out.createdAt(signedOn ?? deliveredOn),
    });
    out.event(entity, {
      occurredOn: deliveredOn,
      kind: 'letter_delivered',
      title: `${year} 年致企业负责人公开信已${letterDeliveryMethodLabels[method]}`,
      compliance: null,
      sourceType: 'entity_commitment',
      sourceId: id,
      agencyId: entity.ownerAgencyId,
    });
    if (signedOn) {
      out.event(entity, {
        occurredOn: signedOn,
        kind: 'commitment_signed',
        title: `签订 ${year} 年《环保承诺书》（签订人：${signatory}）`,
        compliance: null,
        sourceType: 'entity_commitment',
        sourceId: id,
        agencyId: entity.ownerAgencyId,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Red and yellow cards, and the blacklist they make
// ---------------------------------------------------------------------------------------------

interface GeneratedCard {
  id: string;
  color: CardColor;
  issuedOn: string;
  liftedOn: string | null;
}

/** What the penalty was for: the finding, before the legal basis and the fine. */
function findingOf(penalty: TimelineEvent): string {
  return (penalty.detail ?? penalty.title).split('，依据')[0]!.replace(/，$/, '');
}

const seriousFindings = /暗管|篡改|伪造|非法倾倒|弄虚作假/;
const exceedanceFindings = /超过|超标/;

function recordCards(
  random: SeededRandom,
  out: Output,
  entity: EntityRecord,
  events: TimelineEvent[],
  rules: CreditRules,
  today: string,
): GeneratedCard[] {
  const penalties = events.filter((event) => event.kind === 'penalty');
  if (penalties.length === 0) return [];
  const cards: (GeneratedCard & {
    reason: string;
    basis: string;
    documentNumber: string;
    agencyId: string;
    liftReason: string | null;
  })[] = [];
  const [yellowGround, secondYellowGround] = rules.redYellowCards.yellowGrounds;
  const [closureGround, escalationGround] = rules.redYellowCards.redGrounds;
  const activeOn = (date: string) =>
    cards.filter((card) => card.issuedOn <= date && (!card.liftedOn || card.liftedOn > date));

  for (const penalty of penalties) {
    const finding = findingOf(penalty);
    const decision = penalty.title.replace(/^行政处罚决定\s*/, '');
    // Decisions follow one another: never dated before the entity's previous card.
    const previous = cards.at(-1)?.issuedOn;
    const proposed = addDays(penalty.occurredOn, random.integer(3, 20));
    const issuedOn = previous && proposed <= previous ? addDays(previous, 1) : proposed;
    if (issuedOn > today) continue;
    const active = activeOn(issuedOn);
    if (active.some((card) => card.color === 'red')) continue;
    const yellow = active.find((card) => card.color === 'yellow');
    let color: CardColor | null = null;
    let reason = '';
    let basis = rules.redYellowCards.basis;
    const isSerious = seriousFindings.test(finding);
    if (isSerious && random.chance(0.6)) {
      color = 'red';
      reason = `${finding}，情节严重，被依法处罚（${decision}）并责令停产整治`;
      basis = `${closureGround ?? ''}；${rules.redYellowCards.basis}`;
    } else if (yellow && random.chance(0.75)) {
      color = 'red';
      reason = `黄牌警示（${yellow.documentNumber}）期间再次违法：${finding}（${decision}），整改不到位`;
      basis = `${escalationGround ?? ''}；${rules.redYellowCards.basis}`;
    } else if (!yellow && !isSerious && random.chance(exceedanceFindings.test(finding) ? 0.7 : 0.25)) {
      color = 'yellow';
      reason = `${finding}，被依法实施行政处罚（${decision}）`;
      const ground = /总量|许可排放量/.test(finding) ? secondYellowGround : yellowGround;
      basis = `${ground ?? ''}；${rules.redYellowCards.basis}`;
    }
    if (!color) continue;
    // A yellow card raised to red stays until the red one is lifted with it.
    if (color === 'red' && yellow) {
      yellow.liftedOn = null;
      yellow.liftReason = null;
    }
    const card = {
      id: out.id('card'),
      color,
      issuedOn,
      liftedOn: null as string | null,
      reason,
      basis,
      documentNumber: out.cardNumber(entity.countyCode, issuedOn),
      agencyId: color === 'red' ? cityBureauOf(entity) : entity.ownerAgencyId,
      liftReason: null as string | null,
    };
    cards.push(card);
    // Lifted once a re-inspection found the violation corrected and the issuer verified it.
    const reinspection = events.find(
      (event) =>
        event.occurredOn > issuedOn && event.compliance === 'compliant' && event.kind === 'inspection',
    );
    if (reinspection && random.chance(color === 'red' ? 0.6 : 0.9)) {
      const liftedOn = [
        addDays(reinspection.occurredOn, random.integer(7, 30)),
        earliestLiftingOn(card, rules),
      ]
        .sort()
        .at(-1)!;
      const relapse = events.some(
        (event) =>
          event.occurredOn > issuedOn &&
          event.occurredOn < liftedOn &&
          (event.compliance === 'violation' || event.compliance === 'serious_violation'),
      );
      if (liftedOn <= today && !relapse) {
        card.liftedOn = liftedOn;
        card.liftReason = `经复核，${reinspection.detail ?? '违法行为已改正'}，整改达标，予以摘牌`;
        // A red card raised from a yellow one ends both: the rectification covers the same problem.
        if (color === 'red' && yellow) {
          yellow.liftedOn = liftedOn;
          yellow.liftReason = `随红牌（${card.documentNumber}）一并复核摘牌`;
        }
      }
    }
  }

  for (const card of cards) {
    out.cards.push({
      id: card.id,
      entityId: entity.id,
      color: card.color,
      reason: card.reason,
      basis: card.basis,
      documentNumber: card.documentNumber,
      issuedOn: card.issuedOn,
      agencyId: card.agencyId,
      liftedOn: card.liftedOn,
      liftReason: card.liftReason,
      liftedByAgencyId: card.liftedOn ? card.agencyId : null,
      createdBy: null,
      createdAt: out.createdAt(card.issuedOn),
      updatedAt: out.createdAt(card.liftedOn ?? card.issuedOn),
    });
    const colour = cardColorLabels[card.color];
    out.event(entity, {
      occurredOn: card.issuedOn,
      kind: 'card_issued',
      title: `作出${colour}警示（${card.documentNumber}）`,
      detail: card.reason,
      compliance: cardCompliance(card.color),
      sourceType: 'credit_card',
      sourceId: card.id,
      agencyId: card.agencyId,
    });
    if (card.liftedOn) {
      out.event(entity, {
        occurredOn: card.liftedOn,
        kind: 'card_lifted',
        title: `${colour}警示复核合格摘牌（${card.documentNumber}）`,
        detail: card.liftReason,
        compliance: 'compliant',
        sourceType: 'credit_card',
        sourceId: card.id,
        agencyId: card.agencyId,
      });
    }
  }
  if (rules.redYellowCards.isBlacklist && rules.blacklist.isEnabled)
    recordCardBlacklisting(out, entity, cards, rules);
  out.cardsByEntity.set(entity.id, cards);
  return cards;
}

/** One blacklist entry per stretch of time the entity had an active card (seed 002 二（五）3). */
function recordCardBlacklisting(
  out: Output,
  entity: EntityRecord,
  cards: (GeneratedCard & { reason: string; documentNumber: string; agencyId: string })[],
  rules: CreditRules,
) {
  const sorted = [...cards].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
  let index = 0;
  while (index < sorted.length) {
    const first = sorted[index]!;
    let end: string | null = first.liftedOn;
    index++;
    while (index < sorted.length && (end === null || sorted[index]!.issuedOn < end)) {
      const next = sorted[index]!;
      end = end === null || next.liftedOn === null ? null : [end, next.liftedOn].sort().at(-1)!;
      index++;
    }
    const id = out.id('membership');
    const colour = cardColorLabels[first.color];
    out.memberships.push({
      id,
      entityId: entity.id,
      list: 'blacklist',
      listedOn: first.issuedOn,
      reason: `${cardBlacklistingPrefix}${colour}（${first.documentNumber}）${first.reason}`,
      basis: rules.redYellowCards.basis,
      agencyId: first.agencyId,
      removedOn: end,
      removalReason: end ? '红黄牌已复核摘牌，移出失信黑名单' : null,
      createdBy: null,
      createdAt: out.createdAt(first.issuedOn),
      updatedAt: out.createdAt(end ?? first.issuedOn),
    });
    out.event(entity, {
      occurredOn: first.issuedOn,
      kind: 'blacklist_added',
      title: `因${colour}警示列入失信黑名单（联合惩戒）`,
      detail: rules.redYellowCards.basis,
      compliance: null,
      sourceType: 'list_membership',
      sourceId: id,
      agencyId: first.agencyId,
    });
    if (end) {
      out.event(entity, {
        occurredOn: end,
        kind: 'blacklist_removed',
        title: '红黄牌摘牌，移出失信黑名单',
        compliance: null,
        sourceType: 'list_membership',
        sourceId: id,
        agencyId: first.agencyId,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 企业环境信用评价 for the last two full years
// ---------------------------------------------------------------------------------------------

function recordEvaluation(
  random: SeededRandom,
  out: Output,
  entity: EntityRecord,
  year: number,
  events: TimelineEvent[],
  cards: GeneratedCard[],
  today: string,
) {
  const inYear = events.filter((event) => event.occurredOn.startsWith(String(year)));
  const cardsInYear = cards.filter((card) => card.issuedOn.startsWith(String(year)));
  const has = (compliance: string) => inYear.some((event) => event.compliance === compliance);
  const minorCount = inYear.filter((event) => event.compliance === 'minor_issue').length;
  let level: CreditLevel;
  if (cardsInYear.some((card) => card.color === 'red') || has('serious_violation')) level = 'untrustworthy';
  else if (cardsInYear.length > 0 || has('violation')) level = 'warning';
  else if (minorCount >= 2) level = 'good';
  else if (has('compliant') && minorCount === 0) level = random.chance(0.7) ? 'trustworthy' : 'good';
  else level = 'good';
  const evaluatedOn = earlier(dayBetween(random, `${year + 1}-04-10`, `${year + 1}-05-31`), today);
  const id = out.id('evaluation');
  out.evaluations.push({
    id,
    entityId: entity.id,
    year,
    level,
    evaluatedOn,
    agencyId: cityBureauOf(entity),
    note: null,
    createdBy: null,
    createdAt: out.createdAt(evaluatedOn),
  });
  out.latestLevel.set(entity.id, level);
  out.event(entity, {
    occurredOn: evaluatedOn,
    kind: 'credit_evaluated',
    title: `${year} 年度环境信用评价：${creditLevelLabels[level]}`,
    compliance: null,
    sourceType: 'credit_evaluation',
    sourceId: id,
    agencyId: cityBureauOf(entity),
  });
}

// ---------------------------------------------------------------------------------------------
// 守法积分 (Nantong, seed 003 三（六）)
// ---------------------------------------------------------------------------------------------

const pointsForCompliance: Record<string, [number, string]> = {
  compliant: [2, '现场检查未发现环境违法行为'],
  minor_issue: [-2, '现场检查发现一般环境问题，已责令改正'],
  violation: [-6, '环境违法行为被立案查处'],
  serious_violation: [-12, '严重环境违法行为被立案查处'],
};

const awards: readonly (readonly [string, number, number])[] = [
  ['按时提交排污许可证执行报告', 2, 0.6],
  ['主动公开企业环境信息', 3, 0.35],
  ['参加生态环境守法培训', 1, 0.4],
  ['主动报告并及时消除环境风险隐患', 5, 0.08],
];

function recordPoints(
  random: SeededRandom,
  out: Output,
  entity: EntityRecord,
  events: TimelineEvent[],
  today: string,
) {
  if (entity.operatingStatus === 'under_construction') return;
  const thisYear = yearOf(today);
  const entries: { occurredOn: string; points: number; reason: string; sourceType: string }[] = [];
  for (const event of events) {
    if (event.kind !== 'inspection' || !event.compliance) continue;
    const [points, reason] = pointsForCompliance[event.compliance] ?? [0, ''];
    if (points === 0) continue;
    const detail = event.detail ? `：${event.detail.replace(/，已(立案调查|责令限期改正)$/, '')}` : '';
    entries.push({
      occurredOn: event.occurredOn,
      points,
      reason: `${reason}${detail}`,
      sourceType: 'entity_event',
    });
  }
  for (let year = thisYear - 2; year <= thisYear; year++) {
    for (const [reason, points, probability] of awards) {
      if (!random.chance(probability)) continue;
      const occurredOn = dayBetween(random, `${year}-01-15`, earlier(`${year}-12-20`, today));
      entries.push({ occurredOn, points, reason, sourceType: 'manual' });
    }
  }
  entries.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  for (const entry of entries) {
    const id = out.id('points');
    out.points.push({
      id,
      entityId: entity.id,
      occurredOn: entry.occurredOn,
      points: entry.points,
      reason: entry.reason,
      sourceType: entry.sourceType,
      sourceId: null,
      agencyId: entity.ownerAgencyId,
      createdBy: null,
      createdAt: out.createdAt(entry.occurredOn),
    });
    out.event(entity, {
      occurredOn: entry.occurredOn,
      kind: 'compliance_points',
      title: `守法积分 ${entry.points > 0 ? `+${entry.points}` : entry.points} 分`,
      detail: entry.reason,
      compliance: pointsCompliance(entry.points),
      sourceType: 'compliance_points',
      sourceId: id,
      agencyId: entity.ownerAgencyId,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 监督执法正面清单 (seed 004 item 9)
// ---------------------------------------------------------------------------------------------

const positiveListSize = { full: 300, small: 30, province: 1_500 } as const;

/**
 * Clean operating Jiangxi entities, listed in two batches this year: no violation on the timeline
 * in the profile's look-back window before listing (and since), no card, no warning or bad level.
 */
function recordPositiveList(random: SeededRandom, out: Output, data: DemoRecord, today: string) {
  const thisYear = yearOf(today);
  const batches = [`${thisYear}-03-31`, `${thisYear}-09-30`].filter((date) => date <= today);
  if (batches.length === 0) return;
  const candidates: { entity: EntityRecord; listedOn: string; rules: CreditRules }[] = [];
  for (const entity of data.entities) {
    const profile = findProfileForRegion(entity.regionCode);
    if (!profile?.credit.positiveList.isEnabled || entity.operatingStatus !== 'operating') continue;
    const rules = profile.credit;
    const eligibility = rules.positiveListEligibility;
    const events = data.eventsByEntity.get(entity.id) ?? [];
    if (!events.some((event) => event.compliance === 'compliant')) continue;
    if ((out.cardsByEntity.get(entity.id) ?? []).length > 0 && eligibility.excludesActiveCard) continue;
    const level = out.latestLevel.get(entity.id);
    if (level && eligibility.excludedCreditLevels.includes(level)) continue;
    const listedOn = random.pick(batches);
    const offended = events.some(
      (event) =>
        lastDayOfMonthsPeriod(event.occurredOn, eligibility.violationLookBackMonths) >= listedOn &&
        (event.compliance === 'violation' || event.compliance === 'serious_violation'),
    );
    if (!offended) candidates.push({ entity, listedOn, rules });
  }
  // A deterministic shuffle, then the first few hundred.
  const ranked = candidates
    .map((candidate) => ({ candidate, rank: random.next() }))
    .sort((a, b) => a.rank - b.rank);
  for (const { candidate } of ranked.slice(0, positiveListSize[out.context.scale])) {
    const { entity, listedOn, rules } = candidate;
    const id = out.id('membership');
    out.memberships.push({
      id,
      entityId: entity.id,
      list: 'positive',
      listedOn,
      reason: `近 ${rules.positiveListEligibility.violationLookBackMonths} 个月无环境违法记录，守法经营，列入监督执法正面清单`,
      basis: rules.positiveList.basis,
      agencyId: entity.ownerAgencyId,
      removedOn: null,
      removalReason: null,
      createdBy: null,
      createdAt: out.createdAt(listedOn),
      updatedAt: out.createdAt(listedOn),
    });
    out.event(entity, {
      occurredOn: listedOn,
      kind: 'positive_list_added',
      title: '列入监督执法正面清单',
      detail: rules.positiveList.basis,
      compliance: null,
      sourceType: 'list_membership',
      sourceId: id,
      agencyId: entity.ownerAgencyId,
    });
  }
}
