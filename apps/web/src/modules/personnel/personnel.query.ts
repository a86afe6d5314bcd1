import type { QueryParams } from '../../api/client';

/**
 * The officer list counts an agency's subordinates unless told not to (a bureau's officers sit in
 * its squads), while GET /api/officers defaults to the agency alone: say so explicitly.
 */
export function officerApiQuery(query: QueryParams): QueryParams {
  return query.agencyId ? { ...query, includeSubordinates: query.includeSubordinates ?? true } : query;
}
