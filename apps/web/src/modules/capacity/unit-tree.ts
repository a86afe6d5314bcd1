/** A row of a capacity or equipment-gap view, as the server lists them (parents before children). */
export interface UnitRow {
  agencyId: string;
  parentAgencyId: string | null;
}

export type UnitTreeNode<T extends UnitRow> = T & { children?: UnitTreeNode<T>[] };

/**
 * Nests the flat rows for an antd tree table: each row under the row of its parent unit; rows whose
 * parent is not in the view stand at the top. Leaves get no `children` (antd would show an
 * expander for an empty array).
 */
export function buildUnitTree<T extends UnitRow>(rows: readonly T[]): UnitTreeNode<T>[] {
  const nodes = new Map<string, UnitTreeNode<T>>(rows.map((row) => [row.agencyId, { ...row }]));
  const roots: UnitTreeNode<T>[] = [];
  for (const row of rows) {
    const node = nodes.get(row.agencyId)!;
    const parent = row.parentAgencyId ? nodes.get(row.parentAgencyId) : undefined;
    if (!parent) {
      roots.push(node);
      continue;
    }
    parent.children = [...(parent.children ?? []), node];
  }
  return roots;
}

/** Ids of the rows that have children: expanded by default so a city shows its counties. */
export function parentIds(rows: readonly UnitRow[]): string[] {
  return [...new Set(rows.map((row) => row.parentAgencyId).filter((id): id is string => id !== null))];
}
