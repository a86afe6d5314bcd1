import {
  cardListQuerySchema,
  commitmentListQuerySchema,
  evaluationListQuerySchema,
  membershipListQuerySchema,
  pointsListQuerySchema,
} from '@qingshan/domain';
import { z } from 'zod';
import type { ListQuerySchema } from '../../components/list/list-query';

/** The tabs of the credit page, in order; each shows only where the province has it. */
export const creditTabs = ['cards', 'evaluations', 'blacklist', 'positive', 'commitments', 'points'] as const;
export type CreditTab = (typeof creditTabs)[number];

/** The credit page's filters, kept in the URL (/credit?tab=cards&color=red…). */
export interface CreditFilters {
  tab: CreditTab;
  page: number;
  pageSize: number;
  sort: string;
  q?: string;
  agencyId?: string;
  status?: string;
  color?: string;
  year?: number;
  level?: string;
  direction?: string;
}

/** Each tab's list-query schema: what its API validates, and so what its URL may hold. */
export const tabSchemas = {
  cards: cardListQuerySchema,
  evaluations: evaluationListQuerySchema,
  blacklist: membershipListQuerySchema,
  positive: membershipListQuerySchema,
  commitments: commitmentListQuerySchema,
  points: pointsListQuerySchema,
} satisfies Record<CreditTab, ListQuerySchema>;

/** The tab, kept in the URL beside its list's filters. */
export const creditUrlExtras = z.object({ tab: z.enum(creditTabs) });

/** The API path of a tab's list (its export is the same path + /export.xlsx). */
export const tabPaths: Record<CreditTab, string> = {
  cards: '/api/credit/cards',
  evaluations: '/api/credit/evaluations',
  blacklist: '/api/credit/blacklist',
  positive: '/api/credit/positive-list',
  commitments: '/api/credit/commitments',
  points: '/api/credit/points',
};
