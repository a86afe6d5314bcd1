import { describe, expect, it } from 'vitest';
import { pathTo, toAgencyOptions } from './public.query';

const agencies = [
  { id: 'p', name: '江西省生态环境厅', shortName: '江西省厅', level: 'province', parentId: null },
  { id: 'c', name: '南昌市生态环境局', shortName: '南昌市局', level: 'city', parentId: 'p' },
  { id: 'x', name: '南昌县生态环境局', shortName: '南昌县局', level: 'county', parentId: 'c' },
  { id: 'j', name: '进贤县生态环境局', shortName: '进贤县局', level: 'county', parentId: 'c' },
];

describe('public agency selector', () => {
  it('nests the flat list province → city → county, keeping the order', () => {
    expect(toAgencyOptions(agencies)).toEqual([
      {
        value: 'p',
        label: '江西省生态环境厅',
        children: [
          {
            value: 'c',
            label: '南昌市生态环境局',
            children: [
              { value: 'x', label: '南昌县生态环境局' },
              { value: 'j', label: '进贤县生态环境局' },
            ],
          },
        ],
      },
    ]);
  });

  it('finds the path of a chosen agency for the cascader', () => {
    expect(pathTo(agencies, 'x')).toEqual(['p', 'c', 'x']);
    expect(pathTo(agencies, undefined)).toEqual([]);
    expect(pathTo(agencies, 'unknown')).toEqual([]);
  });
});
