import { sql } from 'drizzle-orm';
import { type Database, queryPreparedRows } from '../../db/client';
import type { AuthContext } from '../../lib/auth/auth.context';
import {
  buildEntityFilter,
  type EntityListRow,
  type EventRow,
  type FilterContext,
  listColumns,
} from './entity.repository';

/** Everything the entity page shows, read in one statement (see findEntityPageRow). */
export interface EntityPageRow extends EntityListRow {
  legal_representative: string | null;
  address: string | null;
  county_code: string;
  permit_number: string | null;
  permit_valid_until: string | null;
  special_supervision_reason: string | null;
  longitude: number | null;
  latitude: number | null;
  contact_person: string | null;
  contact_phone: string | null;
  created_at: Date | string;
  owner_agency_short_name: string;
  regions: { code: string; name: string }[] | null;
  listings: { year: number; medium: string }[] | null;
  cards: { color: string; reason: string; issued_on: string; document_number: string | null }[] | null;
  evaluation: { year: number; level: string; evaluated_on: string } | null;
  memberships: { list: string; listed_on: string; reason: string }[] | null;
  points: number | string | null;
  commitment: {
    year: number;
    letter_delivered_on: string | null;
    commitment_signed_on: string | null;
  } | null;
  supervisors:
    | { officer_id: string; name: string; post: string; agency_name: string; assigned_on: string }[]
    | null;
  compliance_events: { occurred_on: string; compliance: string }[] | null;
  timeline: EventRow[] | null;
  timeline_total: number | string;
}

/**
 * The entity page in one round trip (issue 9 §4): the list row's flags, the entity's own columns,
 * its region path, owner, key-polluter listings, credit summary (a read-only look at the credit
 * module's tables, REG-4), supervisors, the compliance strip's events since `complianceSince` and
 * the first timeline page with its total, each as a correlated sub-select on the entity's id.
 * It replaced 14 statements run side by side on the pool: under 50 connections each request held
 * up to seven connections and the pool, not PostgreSQL, was the queue. Jurisdiction is the list's
 * own filter (D6): outside the user's subtree there is no row (404).
 */
export async function findEntityPageRow(
  db: Database,
  auth: AuthContext,
  id: string,
  at: FilterContext,
  complianceSince: string,
  timelinePageSize: number,
): Promise<EntityPageRow | undefined> {
  // The text is the same for every entity and user (only parameters change): prepared once.
  const [row] = await queryPreparedRows<EntityPageRow>(
    db,
    'entity_page',
    sql`SELECT ${listColumns(at)},
      e.legal_representative, e.address, e.county_code, e.permit_number,
      e.permit_valid_until::text AS permit_valid_until, e.special_supervision_reason,
      e.longitude, e.latitude, e.contact_person, e.contact_phone, e.created_at,
      a.short_name AS owner_agency_short_name,
      (SELECT json_agg(json_build_object('code', g.code, 'name', g.name)) FROM regions g
        WHERE g.code IN (left(e.county_code, 2) || '0000', left(e.county_code, 4) || '00', e.county_code, e.region_code)
      ) AS regions,
      (SELECT json_agg(json_build_object('year', k.year, 'medium', k.medium) ORDER BY k.year DESC, k.medium)
        FROM key_polluter_listings k WHERE k.entity_id = e.id) AS listings,
      (SELECT json_agg(json_build_object('color', c.color, 'reason', c.reason, 'issued_on', c.issued_on::text,
          'document_number', c.document_number) ORDER BY (c.color = 'red') DESC, c.issued_on DESC)
        FROM credit_cards c WHERE c.entity_id = e.id AND c.issued_on <= ${at.today}
          AND (c.lifted_on IS NULL OR c.lifted_on > ${at.today})) AS cards,
      (SELECT json_build_object('year', v.year, 'level', v.level, 'evaluated_on', v.evaluated_on::text)
        FROM credit_evaluations v WHERE v.entity_id = e.id ORDER BY v.year DESC LIMIT 1) AS evaluation,
      (SELECT json_agg(json_build_object('list', m.list, 'listed_on', m.listed_on::text, 'reason', m.reason)
          ORDER BY m.listed_on DESC)
        FROM entity_list_memberships m WHERE m.entity_id = e.id AND m.listed_on <= ${at.today}
          AND (m.removed_on IS NULL OR m.removed_on > ${at.today})) AS memberships,
      (SELECT sum(p.points) FROM compliance_point_entries p
        WHERE p.entity_id = e.id AND p.occurred_on <= ${at.today}) AS points,
      (SELECT json_build_object('year', t.year, 'letter_delivered_on', t.letter_delivered_on::text,
          'commitment_signed_on', t.commitment_signed_on::text)
        FROM entity_commitments t WHERE t.entity_id = e.id ORDER BY t.year DESC LIMIT 1) AS commitment,
      (SELECT json_agg(json_build_object('officer_id', o.id, 'name', o.name, 'post', o.post,
          'agency_name', oa.name, 'assigned_on', s.assigned_on::text)
          ORDER BY s.assigned_on, o.name_sort_key NULLS LAST, o.name COLLATE "C", o.id)
        FROM entity_supervisors s JOIN officers o ON o.id = s.officer_id JOIN agencies oa ON oa.id = o.agency_id
        WHERE s.entity_id = e.id) AS supervisors,
      (SELECT json_agg(json_build_object('occurred_on', ce.occurred_on::text, 'compliance', ce.compliance))
        FROM entity_events ce WHERE ce.entity_id = e.id AND ce.occurred_on >= ${complianceSince}
          AND ce.compliance IS NOT NULL) AS compliance_events,
      (SELECT json_agg(json_build_object('id', ev.id, 'occurred_on', ev.occurred_on, 'kind', ev.kind,
          'title', ev.title, 'detail', ev.detail, 'compliance', ev.compliance, 'source_type', ev.source_type,
          'source_id', ev.source_id, 'agency_id', ev.agency_id, 'agency_name', ev.agency_name,
          'created_at', ev.created_at) ORDER BY ev.occurred_on DESC, ev.created_at DESC, ev.id DESC)
        FROM (SELECT ev.id, ev.occurred_on::text AS occurred_on, ev.kind, ev.title, ev.detail, ev.compliance,
            ev.source_type, ev.source_id, ev.agency_id, ea.name AS agency_name,
            -- json_build_object would write the session's offset format; the ISO form toISOString gives.
            to_char(ev.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at
          FROM entity_events ev LEFT JOIN agencies ea ON ea.id = ev.agency_id
          WHERE ev.entity_id = e.id
          ORDER BY ev.occurred_on DESC, ev.created_at DESC, ev.id DESC
          LIMIT ${timelinePageSize}) ev) AS timeline,
      (SELECT count(*) FROM entity_events te WHERE te.entity_id = e.id) AS timeline_total
    FROM regulated_entities e
    JOIN regions r ON r.code = e.region_code
    JOIN agencies a ON a.id = e.owner_agency_id
    WHERE e.id = ${id} AND ${buildEntityFilter(auth, {}, at)}`,
  );
  return row;
}
