import type { Agency } from '@qingshan/domain';
import { describe, expect, it } from 'vitest';
import { buildAgencyTree, findAgencyPath, searchAgencyTree } from './agency-tree';

function agency(id: string, parentId: string | null, name: string, sortOrder: number): Agency {
  return {
    id,
    code: id,
    name,
    shortName: name.slice(0, 4),
    kind: 'county_bureau',
    level: 'county',
    regionCode: '360121',
    regionName: '南昌县',
    parentId,
    jurisdictionAgencyId: null,
    sortOrder,
    isActive: true,
  };
}

const list = [
  agency('city', 'province', '南昌市生态环境局', 1),
  agency('unit', 'city', '南昌市生态环境保护综合执法支队', 2),
  agency('county-b', 'city', '进贤县生态环境局', 4),
  agency('county-a', 'city', '南昌县生态环境局', 3),
  agency('brigade', 'county-a', '南昌县生态环境保护综合执法大队', 5),
];

describe('buildAgencyTree', () => {
  it('treats agencies whose parent is not listed as roots and sorts siblings', () => {
    const roots = buildAgencyTree(list);
    expect(roots.map((node) => node.agency.id)).toEqual(['city']);
    expect(roots[0]!.children.map((node) => node.agency.id)).toEqual(['unit', 'county-a', 'county-b']);
    expect(roots[0]!.children[1]!.children.map((node) => node.agency.id)).toEqual(['brigade']);
  });

  it('allows several roots', () => {
    const roots = buildAgencyTree([list[1]!, list[4]!]);
    expect(roots.map((node) => node.agency.id)).toEqual(['unit', 'brigade']);
  });
});

describe('searchAgencyTree', () => {
  it('shows matches with their ancestors expanded', () => {
    const result = searchAgencyTree(list, '大队')!;
    expect(result.matchCount).toBe(1);
    expect([...result.visibleIds].sort()).toEqual(['brigade', 'city', 'county-a']);
    expect([...result.expandedIds].sort()).toEqual(['city', 'county-a']);
  });

  it('returns null for an empty search', () => {
    expect(searchAgencyTree(list, '  ')).toBeNull();
  });
});

describe('findAgencyPath', () => {
  it('lists the chain from the root to the agency', () => {
    expect(findAgencyPath(list, 'brigade').map((item) => item.id)).toEqual(['city', 'county-a', 'brigade']);
    expect(findAgencyPath(list, 'missing')).toEqual([]);
  });
});
