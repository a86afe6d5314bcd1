import type { Agency } from '@qingshan/domain';
import { TreeSelect, type TreeSelectProps } from 'antd';
import { type CSSProperties, useMemo } from 'react';
import { useLabels } from '../../lib/labels';
import { useAgencyList } from './agencies.api';
import { type AgencyNode, buildAgencyTree } from './agency-tree';

interface AgencyOption {
  value: string;
  title: string;
  label: string;
  disabled?: boolean;
  children: AgencyOption[];
}

/** Picks one agency of the jurisdiction from its tree; searchable by name. */
export function AgencyTreeSelect({
  value,
  onChange,
  placeholder,
  allowClear,
  disableInactive = false,
  style,
  id,
  ...rest
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** New accounts go to active agencies only. */
  disableInactive?: boolean;
  style?: CSSProperties;
  id?: string;
} & Pick<TreeSelectProps, 'status' | 'aria-label'>) {
  const labels = useLabels();
  const list = useAgencyList();
  const treeData = useMemo(() => {
    const toOption = (node: AgencyNode): AgencyOption => ({
      value: node.agency.id,
      title: node.agency.name,
      label: `${node.agency.name}（${labels.agencyTag(node.agency)}）`,
      disabled: disableInactive && !node.agency.isActive,
      children: node.children.map(toOption),
    });
    return buildAgencyTree(list.data ?? ([] as Agency[])).map(toOption);
  }, [list.data, labels, disableInactive]);

  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(next) => onChange?.((next as string | undefined) ?? undefined)}
      treeData={treeData}
      fieldNames={{ label: 'label', value: 'value', children: 'children' }}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeNodeLabelProp="title"
      allowClear={allowClear}
      placeholder={placeholder}
      loading={list.isPending}
      treeDefaultExpandedKeys={treeData.map((option) => option.value)}
      popupMatchSelectWidth={false}
      listHeight={360}
      style={{ minWidth: 220, ...style }}
      {...rest}
    />
  );
}
