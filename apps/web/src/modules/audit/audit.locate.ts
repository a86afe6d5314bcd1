/**
 * Finds the page of the audit list (newest first, so ids descend) that holds one entry. GET
 * /api/audit has no filter by entry id, so the verifier's "first broken entry" is found by a
 * binary search over pages: a handful of requests even for a long trail.
 */
export async function findPageOfEntry(
  entryId: number,
  pageSize: number,
  fetchPageIds: (page: number) => Promise<{ ids: number[]; total: number }>,
): Promise<number | null> {
  const first = await fetchPageIds(1);
  if (first.ids.includes(entryId)) return 1;
  let low = 2;
  let high = Math.max(1, Math.ceil(first.total / pageSize));
  if (first.ids.length > 0 && entryId > first.ids[0]!) return null;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const { ids } = await fetchPageIds(middle);
    if (ids.length === 0) {
      high = middle - 1;
      continue;
    }
    if (ids.includes(entryId)) return middle;
    if (entryId > ids[0]!) high = middle - 1;
    else if (entryId < ids.at(-1)!) low = middle + 1;
    else return null; // inside this page's range but absent: hidden from this user or gone
  }
  return null;
}
