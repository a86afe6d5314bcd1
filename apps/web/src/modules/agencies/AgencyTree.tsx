import { SearchOutlined } from '@ant-design/icons';
import type { Agency } from '@qingshan/domain';
import { Empty, Input, Tag, Tree, type TreeDataNode, Typography } from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agencyKindColors, useLabels } from '../../lib/labels';
import { type AgencyNode, buildAgencyTree, findAgencyPath, searchAgencyTree } from './agency-tree';

function highlight(text: string, needle: string): ReactNode {
  const trimmed = needle.trim();
  if (!trimmed) return text;
  const index = text.toLowerCase().indexOf(trimmed.toLowerCase());
  if (index < 0) return text;
  return (
    <>
      {text.slice(0, index)}
      <span className="qs-tree-highlight">{text.slice(index, index + trimmed.length)}</span>
      {text.slice(index + trimmed.length)}
    </>
  );
}

/**
 * The jurisdiction as a tree (ORG-1): searchable by name (matches stay visible with their
 * ancestors, expanded), each node tagged with its kind (支队/大队/执法局/派出/网格/公安 …).
 */
export function AgencyTree({
  agencies,
  selectedId,
  onSelect,
}: {
  agencies: Agency[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [search, setSearch] = useState('');
  const roots = useMemo(() => buildAgencyTree(agencies), [agencies]);
  const found = useMemo(() => searchAgencyTree(agencies, search), [agencies, search]);
  const [expandedKeys, setExpandedKeys] = useState<string[]>(() => roots.map((root) => root.agency.id));

  // Open the way to the selected agency (a link from elsewhere may point deep into the tree).
  useEffect(() => {
    if (!selectedId) return;
    const ancestors = findAgencyPath(agencies, selectedId)
      .slice(0, -1)
      .map((agency) => agency.id);
    if (ancestors.length === 0) return;
    setExpandedKeys((keys) => [...new Set([...keys, ...ancestors])]);
  }, [agencies, selectedId]);

  // A search expands every branch that leads to a match.
  useEffect(() => {
    if (found) setExpandedKeys([...found.expandedIds]);
  }, [found]);

  const treeData = useMemo(() => {
    const toNode = (node: AgencyNode): TreeDataNode | null => {
      if (found && !found.visibleIds.has(node.agency.id)) return null;
      const { agency } = node;
      const children = node.children.map(toNode).filter((child): child is TreeDataNode => child !== null);
      return {
        key: agency.id,
        title: (
          <span className="qs-agency-tree-node" title={labels.agencyKind(agency.kind)}>
            <span>{highlight(agency.name, search)}</span>
            <Tag color={agencyKindColors[agency.kind]}>{labels.agencyTag(agency)}</Tag>
            {agency.isActive ? null : <Tag>{t('agencies.inactive')}</Tag>}
          </span>
        ),
        children,
        isLeaf: children.length === 0,
      };
    };
    return roots.map(toNode).filter((node): node is TreeDataNode => node !== null);
  }, [roots, found, search, labels, t]);

  return (
    <div data-testid="agency-tree">
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('agencies.searchPlaceholder')}
        aria-label={t('agencies.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        style={{ marginBottom: 8 }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 8 }}>
        {found ? `${found.matchCount} / ${agencies.length}` : t('agencies.count', { count: agencies.length })}
      </Typography.Text>
      {treeData.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('agencies.noMatch', { text: search.trim() })}
        />
      ) : (
        <Tree
          blockNode
          showLine={{ showLeafIcon: false }}
          treeData={treeData}
          expandedKeys={expandedKeys}
          onExpand={(keys) => setExpandedKeys(keys.map(String))}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys) => {
            const key = keys[0];
            if (key !== undefined) onSelect(String(key));
          }}
        />
      )}
    </div>
  );
}
