import { describe, expect, it } from 'vitest';
import { buildUnitTree, parentIds } from './unit-tree';

describe('buildUnitTree', () => {
  it('nests counties under their city and keeps the order of the rows', () => {
    const rows = [
      { agencyId: 'province', parentAgencyId: null, name: '省执法局' },
      { agencyId: 'city', parentAgencyId: 'province', name: '南昌市支队' },
      { agencyId: 'county-a', parentAgencyId: 'city', name: '南昌县大队' },
      { agencyId: 'county-b', parentAgencyId: 'city', name: '进贤县大队' },
      { agencyId: 'orphan', parentAgencyId: 'elsewhere', name: '开发区分局' },
    ];
    const tree = buildUnitTree(rows);
    expect(tree.map((node) => node.agencyId)).toEqual(['province', 'orphan']);
    const city = tree[0]!.children![0]!;
    expect(city.name).toBe('南昌市支队');
    expect(city.children!.map((node) => node.agencyId)).toEqual(['county-a', 'county-b']);
    expect(city.children![0]!.children).toBeUndefined();
    expect(parentIds(rows).sort()).toEqual(['city', 'elsewhere', 'province']);
  });
});
