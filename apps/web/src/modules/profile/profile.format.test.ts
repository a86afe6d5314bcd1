import { getProvinceProfile } from '@qingshan/domain';
import { describe, expect, it } from 'vitest';
import { deadlineGroups, groupDeadlines, ruleValueEntries } from './profile.format';

describe('groupDeadlines', () => {
  it('places every deadline of a real profile in exactly one group', () => {
    const profile = getProvinceProfile('jiangxi');
    const groups = groupDeadlines(profile.deadlines);
    const keys = groups.flatMap((group) => group.rows.map((row) => row.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(profile.deadlines).sort());
    expect(groups[0]!.rows[0]).toMatchObject({ key: 'caseFiling', amount: 15, unit: 'calendar_day' });
  });

  it('keeps a deadline it does not know in the last group', () => {
    const profile = getProvinceProfile('jiangxi');
    const extra = {
      ...profile.deadlines,
      futureRule: profile.deadlines.caseFiling,
    } as typeof profile.deadlines;
    const groups = groupDeadlines(extra);
    expect(groups.at(-1)!.rows.map((row) => row.key)).toContain('futureRule');
    expect(deadlineGroups.at(-1)!.key).toBe('people');
  });
});

describe('ruleValueEntries', () => {
  it('leaves the source fields for the footer', () => {
    expect(ruleValueEntries({ count: 2, basis: 'x', note: 'y', isConfigurable: true })).toEqual([
      ['count', 2],
    ]);
  });
});
