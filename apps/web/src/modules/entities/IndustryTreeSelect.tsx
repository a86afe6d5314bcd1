import { type IndustryEntry, industryTable } from '@qingshan/domain';
import { TreeSelect } from 'antd';
import type { CSSProperties } from 'react';

interface IndustryNode {
  value: string;
  title: string;
  /** What the search matches: code and name. */
  searchText: string;
  children?: IndustryNode[];
}

function buildTree(): IndustryNode[] {
  const byParent = new Map<string | null, Readonly<IndustryEntry>[]>();
  for (const entry of industryTable) {
    const list = byParent.get(entry.parent) ?? [];
    list.push(entry);
    byParent.set(entry.parent, list);
  }
  const toNode = (entry: Readonly<IndustryEntry>): IndustryNode => {
    const children = (byParent.get(entry.code) ?? [])
      // An undivided group repeats itself as its only class (336 / 3360): show the class once.
      .filter(
        (child) =>
          !(
            child.level === 'class' &&
            child.name === entry.name &&
            (byParent.get(entry.code)?.length ?? 0) === 1
          ),
      )
      .map(toNode);
    return {
      value: entry.code,
      title: `${entry.code} ${entry.name}`,
      searchText: `${entry.code} ${entry.name}`,
      ...(children.length > 0 ? { children } : {}),
    };
  };
  return (byParent.get(null) ?? []).map(toNode);
}

/** GB/T 4754-2017 as a tree (sections → divisions → groups → classes), built once. */
const industryTree = buildTree();

/**
 * An industry from the GB/T 4754-2017 table, searchable by code or name. In the list filter any
 * level selects everything under it; the form stores the chosen code.
 */
export function IndustryTreeSelect({
  value,
  onChange,
  placeholder,
  style,
  id,
  'aria-label': ariaLabel,
}: {
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
  'aria-label'?: string;
}) {
  return (
    <TreeSelect<string>
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(code) => onChange?.(code ?? undefined)}
      treeData={industryTree}
      showSearch={{ treeNodeFilterProp: 'searchText' }}
      allowClear
      placeholder={placeholder}
      style={style}
      popupMatchSelectWidth={false}
      listHeight={360}
      styles={{ popup: { root: { maxWidth: 'min(560px, 96vw)' } } }}
    />
  );
}
