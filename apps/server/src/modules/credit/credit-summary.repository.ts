import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client';

export interface CreditSummaryRows {
  cards: { color: string; reason: string; issued_on: string; document_number: string | null }[];
  evaluation: { year: number; level: string; evaluated_on: string } | undefined;
  memberships: { list: string; listed_on: string; reason: string }[];
  points: number;
  commitment:
    | { year: number; letter_delivered_on: string | null; commitment_signed_on: string | null }
    | undefined;
}

/** One entity's credit as of `today`, for the entity page (REG-4): cards in force, latest evaluation, lists, points, commitment. */
export async function findCreditSummary(
  db: Database,
  entityId: string,
  today: string,
): Promise<CreditSummaryRows> {
  const [cards, evaluations, memberships, points, commitments] = await Promise.all([
    queryRows<CreditSummaryRows['cards'][number]>(
      db,
      sql`SELECT color, reason, issued_on::text AS issued_on, document_number FROM credit_cards
        WHERE entity_id = ${entityId} AND issued_on <= ${today} AND (lifted_on IS NULL OR lifted_on > ${today})
        ORDER BY (color = 'red') DESC, issued_on DESC`,
    ),
    queryRows<NonNullable<CreditSummaryRows['evaluation']>>(
      db,
      sql`SELECT year, level, evaluated_on::text AS evaluated_on FROM credit_evaluations
        WHERE entity_id = ${entityId} ORDER BY year DESC LIMIT 1`,
    ),
    queryRows<CreditSummaryRows['memberships'][number]>(
      db,
      sql`SELECT list, listed_on::text AS listed_on, reason FROM entity_list_memberships
        WHERE entity_id = ${entityId} AND listed_on <= ${today} AND (removed_on IS NULL OR removed_on > ${today})
        ORDER BY listed_on DESC`,
    ),
    queryRows<{ total: number | string | null }>(
      db,
      sql`SELECT sum(points) AS total FROM compliance_point_entries WHERE entity_id = ${entityId} AND occurred_on <= ${today}`,
    ),
    queryRows<NonNullable<CreditSummaryRows['commitment']>>(
      db,
      sql`SELECT year, letter_delivered_on::text AS letter_delivered_on, commitment_signed_on::text AS commitment_signed_on
        FROM entity_commitments WHERE entity_id = ${entityId} ORDER BY year DESC LIMIT 1`,
    ),
  ]);
  return {
    cards,
    evaluation: evaluations[0],
    memberships,
    points: Number(points[0]?.total ?? 0),
    commitment: commitments[0],
  };
}
