import type { PublicRandomCheckAgency } from '@qingshan/domain';

/** Pure helpers of the public portal's agency selector (tested without a browser). */
export interface AgencyOption {
  value: string;
  label: string;
  children?: AgencyOption[];
}

/** The flat list as cascader options (province → city → county), in the server's order. */
export function toAgencyOptions(agencies: readonly PublicRandomCheckAgency[]): AgencyOption[] {
  const byParent = new Map<string | null, PublicRandomCheckAgency[]>();
  for (const agency of agencies) {
    const list = byParent.get(agency.parentId) ?? [];
    list.push(agency);
    byParent.set(agency.parentId, list);
  }
  const build = (parentId: string | null): AgencyOption[] =>
    (byParent.get(parentId) ?? []).map((agency) => {
      const children = build(agency.id);
      return { value: agency.id, label: agency.name, ...(children.length > 0 ? { children } : {}) };
    });
  return build(null);
}

/** The ids from the root to `id`, for the cascader's value. */
export function pathTo(agencies: readonly PublicRandomCheckAgency[], id: string | undefined): string[] {
  if (!id) return [];
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const path: string[] = [];
  for (
    let current = byId.get(id);
    current;
    current = current.parentId ? byId.get(current.parentId) : undefined
  ) {
    path.unshift(current.id);
    if (path.length > 10) break;
  }
  return path;
}
