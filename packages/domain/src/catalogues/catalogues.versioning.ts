import type { CatalogueStatus } from './catalogues.contract';

/**
 * The life of a catalogue version: a draft is edited, then published; publishing supersedes the
 * version of the same kind and agency published before it. Published and superseded versions
 * are history and never change: a change is a new draft based on them.
 */
export const catalogueTransitions: Record<CatalogueStatus, CatalogueStatus[]> = {
  draft: ['published'],
  published: ['superseded'],
  superseded: [],
};

export function canTransition(from: CatalogueStatus, to: CatalogueStatus): boolean {
  return catalogueTransitions[from].includes(to);
}

/** Why a version's metadata and items cannot be changed, or null when it is a draft. */
export function whyCatalogueIsNotEditable(status: CatalogueStatus): string | null {
  if (status === 'draft') return null;
  if (status === 'published') {
    return '只有草稿可以修改：该版本已发布，请基于它新建草稿版本后再修改';
  }
  return '只有草稿可以修改：该版本已被新版本替代，仅作历史留存';
}

/** Why a draft cannot be published yet, or null. */
export function whyCannotPublish(version: {
  status: CatalogueStatus;
  itemCount: number;
  effectiveFrom: string | null;
}): string | null {
  if (version.status !== 'draft') {
    return version.status === 'published' ? '该版本已发布' : '已被替代的版本不能再发布';
  }
  if (version.itemCount === 0) return '清单没有任何事项，不能发布';
  if (!version.effectiveFrom) return '请先填写生效日期再发布';
  return null;
}

/** The next version number of a series (kind and agency): one more than the highest. */
export function nextVersionNumber(existingVersions: readonly number[]): number {
  return existingVersions.reduce((highest, version) => Math.max(highest, version), 0) + 1;
}

/** Why a new draft cannot be started in a series, or null. */
export function whyCannotStartDraft(
  series: readonly { status: CatalogueStatus; version: number }[],
): string | null {
  const draft = series.find((version) => version.status === 'draft');
  return draft ? `该清单已有草稿（第 ${draft.version} 版），请先发布或删除该草稿` : null;
}

/**
 * Checks a new order of a draft's items: every item exactly once. Returns the problem, or null.
 */
export function whyOrderIsInvalid(
  currentIds: readonly string[],
  proposedIds: readonly string[],
): string | null {
  if (new Set(proposedIds).size !== proposedIds.length) return '排序中有重复的事项';
  if (proposedIds.length !== currentIds.length) {
    return `排序须包含草稿的全部 ${currentIds.length} 个事项（收到 ${proposedIds.length} 个）`;
  }
  const current = new Set(currentIds);
  const unknown = proposedIds.find((id) => !current.has(id));
  return unknown ? `事项 ${unknown} 不属于该草稿` : null;
}
