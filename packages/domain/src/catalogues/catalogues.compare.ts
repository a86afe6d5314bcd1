/**
 * Compares two versions of a catalogue item by item, matching items by their code: added,
 * removed, and changed (with the fields that differ). Order alone is not a change.
 */
export interface ComparableItem {
  code: string;
  name: string;
  data: Record<string, unknown>;
}

export interface ItemChange<T extends ComparableItem> {
  code: string;
  name: string;
  changedFields: string[];
  before: Pick<T, 'name' | 'data'>;
  after: Pick<T, 'name' | 'data'>;
}

export interface ItemComparison<T extends ComparableItem> {
  added: T[];
  removed: T[];
  changed: ItemChange<T>[];
  unchangedCount: number;
}

/** JSON with object keys sorted, so that equal data compares equal whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function compareCatalogueItems<T extends ComparableItem>(
  before: readonly T[],
  after: readonly T[],
): ItemComparison<T> {
  const beforeByCode = new Map(before.map((item) => [item.code, item]));
  const afterByCode = new Map(after.map((item) => [item.code, item]));
  const added = after.filter((item) => !beforeByCode.has(item.code));
  const removed = before.filter((item) => !afterByCode.has(item.code));
  const changed: ItemChange<T>[] = [];
  let unchangedCount = 0;
  for (const item of after) {
    const previous = beforeByCode.get(item.code);
    if (!previous) continue;
    const changedFields: string[] = [];
    if (previous.name !== item.name) changedFields.push('name');
    const keys = new Set([...Object.keys(previous.data), ...Object.keys(item.data)]);
    for (const key of [...keys].sort()) {
      if (canonicalJson(previous.data[key]) !== canonicalJson(item.data[key]))
        changedFields.push(`data.${key}`);
    }
    if (changedFields.length === 0) {
      unchangedCount++;
      continue;
    }
    changed.push({
      code: item.code,
      name: item.name,
      changedFields,
      before: { name: previous.name, data: previous.data },
      after: { name: item.name, data: item.data },
    });
  }
  return { added, removed, changed, unchangedCount };
}
