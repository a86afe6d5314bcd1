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
