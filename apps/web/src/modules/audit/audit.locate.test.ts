import { describe, expect, it } from 'vitest';
import { findPageOfEntry } from './audit.locate';

function trail(ids: number[], pageSize: number) {
  const sorted = [...ids].sort((left, right) => right - left);
  let requests = 0;
  const fetchPageIds = async (page: number) => {
    requests += 1;
    return { ids: sorted.slice((page - 1) * pageSize, page * pageSize), total: sorted.length };
  };
  return { fetchPageIds, requests: () => requests };
}

describe('findPageOfEntry', () => {
  const ids = Array.from({ length: 1000 }, (_, index) => index + 1);

  it('finds the page of an entry in a long trail with few requests', async () => {
    const { fetchPageIds, requests } = trail(ids, 20);
    // 1000 entries, newest first: entry 12 is the 989th, on page 50.
    expect(await findPageOfEntry(12, 20, fetchPageIds)).toBe(50);
    expect(requests()).toBeLessThanOrEqual(8);
  });

  it('answers page 1 for a recent entry and handles gaps', async () => {
    expect(await findPageOfEntry(995, 20, trail(ids, 20).fetchPageIds)).toBe(1);
    const gappy = ids.filter((id) => id % 3 !== 0);
    expect(await findPageOfEntry(301, 20, trail(gappy, 20).fetchPageIds)).toBe(
      Math.floor(gappy.filter((id) => id > 301).length / 20) + 1,
    );
  });

  it('returns null for an entry the user cannot see', async () => {
    expect(
      await findPageOfEntry(
        300,
        20,
        trail(
          ids.filter((id) => id !== 300),
          20,
        ).fetchPageIds,
      ),
    ).toBeNull();
    expect(await findPageOfEntry(5000, 20, trail(ids, 20).fetchPageIds)).toBeNull();
  });
});
