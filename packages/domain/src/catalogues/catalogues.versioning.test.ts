import { describe, expect, it } from 'vitest';
import { compareCatalogueItems } from './catalogues.compare';
import {
  canTransition,
  nextVersionNumber,
  whyCannotPublish,
  whyCannotStartDraft,
  whyCatalogueIsNotEditable,
  whyOrderIsInvalid,
} from './catalogues.versioning';

describe('catalogue versions', () => {
  it('only drafts are edited; a draft is published; a published version is superseded; nothing else', () => {
    expect(whyCatalogueIsNotEditable('draft')).toBeNull();
    expect(whyCatalogueIsNotEditable('published')).toContain('只有草稿可以修改');
    expect(whyCatalogueIsNotEditable('superseded')).toContain('已被新版本替代');
    expect(canTransition('draft', 'published')).toBe(true);
    expect(canTransition('published', 'superseded')).toBe(true);
    expect(canTransition('superseded', 'published')).toBe(false);
    expect(canTransition('published', 'draft')).toBe(false);
  });

  it('publishing needs items and an effective date', () => {
    expect(whyCannotPublish({ status: 'draft', itemCount: 0, effectiveFrom: '2026-01-01' })).toContain(
      '没有任何事项',
    );
    expect(whyCannotPublish({ status: 'draft', itemCount: 3, effectiveFrom: null })).toContain('生效日期');
    expect(whyCannotPublish({ status: 'draft', itemCount: 3, effectiveFrom: '2026-01-01' })).toBeNull();
    expect(whyCannotPublish({ status: 'published', itemCount: 3, effectiveFrom: '2026-01-01' })).toBe(
      '该版本已发布',
    );
  });

  it('numbers versions one above the highest and allows one draft per series', () => {
    expect(nextVersionNumber([])).toBe(1);
    expect(nextVersionNumber([1, 3, 2])).toBe(4);
    expect(whyCannotStartDraft([{ status: 'published', version: 2 }])).toBeNull();
    expect(
      whyCannotStartDraft([
        { status: 'published', version: 2 },
        { status: 'draft', version: 3 },
      ]),
    ).toContain('第 3 版');
  });

  it('a new order contains every item once', () => {
    expect(whyOrderIsInvalid(['a', 'b', 'c'], ['c', 'a', 'b'])).toBeNull();
    expect(whyOrderIsInvalid(['a', 'b', 'c'], ['a', 'b'])).toContain('全部 3 个事项');
    expect(whyOrderIsInvalid(['a', 'b'], ['a', 'a'])).toContain('重复');
    expect(whyOrderIsInvalid(['a', 'b'], ['a', 'x'])).toContain('不属于该草稿');
  });
});

describe('compareCatalogueItems', () => {
  it('matches items by code and lists added, removed and changed fields; key order is not a change', () => {
    const before = [
      { code: 'A', name: '甲', data: { law: 'x', range: { min: 1, max: 2 } } },
      { code: 'B', name: '乙', data: { law: 'y' } },
      { code: 'C', name: '丙', data: { law: 'z' } },
    ];
    const after = [
      { code: 'C', name: '丙（修订）', data: { law: 'z' } },
      { code: 'A', name: '甲', data: { range: { max: 2, min: 1 }, law: 'x' } },
      { code: 'D', name: '丁', data: { law: 'w' } },
    ];
    const result = compareCatalogueItems(before, after);
    expect(result.added.map((item) => item.code)).toEqual(['D']);
    expect(result.removed.map((item) => item.code)).toEqual(['B']);
    expect(result.changed).toHaveLength(1);
    expect(result.changed[0]).toMatchObject({ code: 'C', changedFields: ['name'] });
    expect(result.unchangedCount).toBe(1);
    const dataChange = compareCatalogueItems(before, [
      { code: 'A', name: '甲', data: { law: 'x2', range: { min: 1, max: 2 } } },
    ]);
    expect(dataChange.changed[0]!.changedFields).toEqual(['data.law']);
  });
});
