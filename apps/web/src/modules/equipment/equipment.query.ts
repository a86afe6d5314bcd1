import type { EquipmentListQuery } from '@qingshan/domain';
import { z } from 'zod';
import type { QueryParams } from '../../api/client';
import type { ListQueryState } from '../../components/list';

/** Kept in the URL beside the API's filters, never sent: which tab is open (/equipment?tab=gaps). */
export const equipmentUrlExtras = z.object({ tab: z.enum(['inventory', 'gaps']).optional() });

export type EquipmentListState = ListQueryState<
  EquipmentListQuery & Partial<z.output<typeof equipmentUrlExtras>>
>;

/**
 * The inventory counts an agency's subordinates unless told not to (a bureau's equipment sits in
 * its squads), while GET /api/equipment/items defaults to the agency alone: say so explicitly, and
 * only with an agency (the switch means nothing without one).
 */
export function equipmentApiQuery(query: QueryParams): QueryParams {
  const { includeSubordinates, ...rest } = query;
  return rest.agencyId ? { ...rest, includeSubordinates: includeSubordinates ?? true } : rest;
}
