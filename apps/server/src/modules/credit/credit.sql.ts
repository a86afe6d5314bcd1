import { type Column, type SQL, sql } from 'drizzle-orm';
import { entityListMemberships } from '../../db/schema/index';

// The credit facts another area's query filters, sorts or shows beside its own entity rows, as
// fragments on the caller's entity id (D53): one statement, and the credit tables stay this
// module's. Each reads as of `today` (the business date), so a card or listing dated later does
// not count yet.

type EntityId = Column | SQL;

/** Whether the entity is on the positive list or the blacklist on `today` (listed by then, not yet removed). */
export function isOnCreditListOn(
  entityId: EntityId,
  list: 'positive' | 'blacklist',
  today: string,
): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM entity_list_memberships m WHERE m.entity_id = ${entityId} AND m.list = ${list} AND m.listed_on <= ${today} AND (m.removed_on IS NULL OR m.removed_on > ${today}))`;
}

/** Whether a card (of `color`, or of either) is in force on the entity on `today`: issued, not yet lifted. */
export function hasCardInForceOn(entityId: EntityId, today: string, color?: 'red' | 'yellow'): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM credit_cards c WHERE c.entity_id = ${entityId} AND c.issued_on <= ${today} AND (c.lifted_on IS NULL OR c.lifted_on > ${today})${
    color ? sql` AND c.color = ${color}` : sql``
  })`;
}

/** The colour of the card in force on `today` that weighs most (red before yellow, then the newest), or null. */
export function cardInForceColor(entityId: EntityId, today: string): SQL<string | null> {
  return sql<
    string | null
  >`(SELECT c.color FROM credit_cards c WHERE c.entity_id = ${entityId} AND c.issued_on <= ${today}
      AND (c.lifted_on IS NULL OR c.lifted_on > ${today})
      ORDER BY (c.color = 'red') DESC, c.issued_on DESC LIMIT 1)`;
}

/** The level of the entity's latest credit evaluation, or null. */
export function latestCreditLevel(entityId: EntityId): SQL<string | null> {
  return sql<
    string | null
  >`(SELECT v.level FROM credit_evaluations v WHERE v.entity_id = ${entityId} ORDER BY v.year DESC LIMIT 1)`;
}

/**
 * The entities whose latest evaluation has `level`, as a set for `id IN …`: uncorrelated, so it is
 * computed once per statement, not per entity.
 */
export function entityIdsWithLatestCreditLevel(level: string): SQL {
  return sql`(SELECT v.entity_id FROM credit_evaluations v WHERE v.level = ${level}
        AND NOT EXISTS (SELECT 1 FROM credit_evaluations w WHERE w.entity_id = v.entity_id AND w.year > v.year))`;
}

/**
 * Whether the entity is on the positive list now (an open membership), as a condition another
 * area's query puts on its own entity column: one query, no look-up per entity.
 */
export function isOnPositiveList(entityId: EntityId): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM ${entityListMemberships} WHERE ${entityListMemberships.entityId} = ${entityId} AND ${entityListMemberships.list} = 'positive' AND ${entityListMemberships.removedOn} IS NULL)`;
}

/**
 * The credit summary of the entity page as five columns of the caller's statement (`cards`,
 * `evaluation`, `memberships`, `points`, `commitment`): the cards in force on `today` (red first,
 * newest first), the latest evaluation, the lists it is on, its compliance points to date and the
 * latest 一公开、一承诺 record — the entity page reads all of it in one round trip (D57a).
 */
export function entityPageCreditColumns(entityId: EntityId, today: string): SQL {
  return sql`(SELECT json_agg(json_build_object('color', c.color, 'reason', c.reason, 'issued_on', c.issued_on::text,
          'document_number', c.document_number) ORDER BY (c.color = 'red') DESC, c.issued_on DESC)
        FROM credit_cards c WHERE c.entity_id = ${entityId} AND c.issued_on <= ${today}
          AND (c.lifted_on IS NULL OR c.lifted_on > ${today})) AS cards,
      (SELECT json_build_object('year', v.year, 'level', v.level, 'evaluated_on', v.evaluated_on::text)
        FROM credit_evaluations v WHERE v.entity_id = ${entityId} ORDER BY v.year DESC LIMIT 1) AS evaluation,
      (SELECT json_agg(json_build_object('list', m.list, 'listed_on', m.listed_on::text, 'reason', m.reason)
          ORDER BY m.listed_on DESC)
        FROM entity_list_memberships m WHERE m.entity_id = ${entityId} AND m.listed_on <= ${today}
          AND (m.removed_on IS NULL OR m.removed_on > ${today})) AS memberships,
      (SELECT sum(p.points) FROM compliance_point_entries p
        WHERE p.entity_id = ${entityId} AND p.occurred_on <= ${today}) AS points,
      (SELECT json_build_object('year', t.year, 'letter_delivered_on', t.letter_delivered_on::text,
          'commitment_signed_on', t.commitment_signed_on::text)
        FROM entity_commitments t WHERE t.entity_id = ${entityId} ORDER BY t.year DESC LIMIT 1) AS commitment`;
}
