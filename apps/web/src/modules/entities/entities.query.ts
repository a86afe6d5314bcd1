import type { EntityListQuery } from '@qingshan/domain';

export const creditLevelValues = ['trustworthy', 'good', 'warning', 'untrustworthy'] as const;
export const cardValues = ['red', 'yellow', 'any'] as const;

/** The flags the list filters on, each a yes/no filter of GET /api/entities. */
export const entityFlagKeys = [
  'isSpecialSupervision',
  'hasAutomaticMonitoring',
  'isMonitoringNetworked',
  'isOnPositiveList',
  'isBlacklisted',
] as const;
export type EntityFlagKey = (typeof entityFlagKeys)[number];

/** How many filters beyond the first row are set (shown on the "more filters" toggle). */
export function countAdvancedFilters(query: Partial<EntityListQuery>): number {
  const {
    page: _page,
    pageSize: _size,
    sort: _sort,
    q: _q,
    regionCode: _region,
    industryCode: _industry,
    ...rest
  } = query;
  return Object.values(rest).filter((value) => value !== undefined).length;
}

/** The regions from the top of a jurisdiction down to a code: 360121001 → 360000, 360100, 360121, 360121001. */
export function regionPathTo(code: string, rootCode: string): string[] {
  const chain = [
    `${code.slice(0, 2)}0000`,
    `${code.slice(0, 4)}00`,
    code.slice(0, 6),
    ...(code.length === 9 ? [code] : []),
  ];
  const unique = chain.filter((value, index) => chain.indexOf(value) === index);
  const start = unique.indexOf(rootCode);
  return start >= 0
    ? unique.slice(start)
    : unique.filter((value) => value.startsWith(rootCode.replace(/0+$/, '')));
}
