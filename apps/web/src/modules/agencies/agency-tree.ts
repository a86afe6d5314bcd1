import type { Agency } from '@qingshan/domain';

export interface AgencyNode {
  agency: Agency;
  children: AgencyNode[];
}

/**
 * Builds the jurisdiction tree from the flat list of GET /api/agencies. Roots are the agencies
 * whose parent is not in the list (the user's own root, or several for a 局队合一 unit's view).
 * Siblings keep the server's sort order.
 */
export function buildAgencyTree(agencies: readonly Agency[]): AgencyNode[] {
  const nodes = new Map<string, AgencyNode>();
  for (const agency of agencies) nodes.set(agency.id, { agency, children: [] });
  const roots: AgencyNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.agency.parentId ? nodes.get(node.agency.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: AgencyNode[]) => {
    list.sort((left, right) => left.agency.sortOrder - right.agency.sortOrder);
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** The chain from a root down to the agency (both included), or [] when it is not in the list. */
export function findAgencyPath(agencies: readonly Agency[], id: string): Agency[] {
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const path: Agency[] = [];
  let current = byId.get(id);
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

export interface TreeSearchResult {
  /** Agencies to show: the matches and every ancestor on the way to them. */
  visibleIds: Set<string>;
  /** Ancestors of matches, to expand. */
  expandedIds: Set<string>;
  matchCount: number;
}

/** Name search over the tree (name or short name, case-insensitive). */
export function searchAgencyTree(agencies: readonly Agency[], text: string): TreeSearchResult | null {
  const needle = text.trim().toLowerCase();
  if (!needle) return null;
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const visibleIds = new Set<string>();
  const expandedIds = new Set<string>();
  let matchCount = 0;
  for (const agency of agencies) {
    if (!agency.name.toLowerCase().includes(needle) && !agency.shortName.toLowerCase().includes(needle))
      continue;
    matchCount += 1;
    visibleIds.add(agency.id);
    let parent = agency.parentId ? byId.get(agency.parentId) : undefined;
    while (parent && !expandedIds.has(parent.id)) {
      expandedIds.add(parent.id);
      visibleIds.add(parent.id);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
  }
  return { visibleIds, expandedIds, matchCount };
}
