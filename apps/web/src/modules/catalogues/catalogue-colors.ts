import type { CatalogueKind, CatalogueStatus } from '@qingshan/domain';

export const catalogueKindColors: Record<CatalogueKind, string> = {
  enforcement_items: 'geekblue',
  random_inspection_items: 'cyan',
  power_list: 'purple',
  responsibility_list: 'magenta',
  no_penalty_list: 'green',
  discretion_benchmarks: 'orange',
};

export const catalogueStatusBadges: Record<CatalogueStatus, 'processing' | 'success' | 'default'> = {
  draft: 'processing',
  published: 'success',
  superseded: 'default',
};
