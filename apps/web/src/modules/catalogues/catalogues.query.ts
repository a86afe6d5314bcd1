import { booleanQuerySchema, type CatalogueListQuery } from '@qingshan/domain';
import { z } from 'zod';
import type { QueryParams } from '../../api/client';

/** Kept in the URL beside the API's filters, never sent as such: show superseded versions too. */
export const catalogueUrlExtras = z.object({ history: booleanQuerySchema.optional() });

/**
 * GET /api/catalogues: the list shows each kind's current version unless the URL asks for the
 * history (/catalogues?history=true) or for superseded versions by status.
 */
export function catalogueApiQuery(
  query: QueryParams,
  filters: Partial<CatalogueListQuery> & { history?: boolean },
) {
  const { isCurrentOnly: _fromUrl, ...rest } = query;
  return { ...rest, isCurrentOnly: !filters.history && filters.status !== 'superseded' ? true : undefined };
}
