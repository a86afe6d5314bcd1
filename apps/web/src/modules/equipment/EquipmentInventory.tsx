import {
  DeleteOutlined,
  EditOutlined,
  HistoryOutlined,
  MoreOutlined,
  SwapOutlined,
  ToolOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import {
  type EquipmentItem,
  type EquipmentTransitionTarget,
  equipmentCategories,
  equipmentStatuses,
  nextEquipmentStatuses,
} from '@qingshan/domain';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Col,
  Dropdown,
  Grid,
  type MenuProps,
  Select,
  Space,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar, ListTable, SearchFilter } from '../../components/list';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect';
import { useSession } from '../auth/session';
import { EquipmentDetailDrawer } from './EquipmentDetailDrawer';
import { EquipmentFormDrawer } from './EquipmentFormDrawer';
import { EquipmentReplaceModal } from './EquipmentReplaceModal';
import { EquipmentStatusModal } from './EquipmentStatusModal';
import { useEquipmentPage } from './equipment.api';
import { equipmentCategoryColors, equipmentStatusBadges } from './equipment.labels';
import type { EquipmentListState } from './equipment.query';

type Dialog =
  | { kind: 'edit'; item: EquipmentItem }
  | { kind: 'status'; item: EquipmentItem; target: EquipmentTransitionTarget }
  | { kind: 'replace'; item: EquipmentItem };

const transitionIcons: Record<EquipmentTransitionTarget, React.ReactNode> = {
  maintenance: <ToolOutlined />,
  in_use: <UndoOutlined />,
  scrapped: <DeleteOutlined />,
};
const transitionActionKeys = { maintenance: 'maintenance', in_use: 'restore', scrapped: 'scrap' } as const;

/** 装备台账: the inventory of the jurisdiction, filtered, sorted and paged by the server. */
export function EquipmentInventory({
  list,
  isCreating,
  onCreateClose,
}: {
  list: EquipmentListState;
  isCreating: boolean;
  onCreateClose: () => void;
}) {
  const { t } = useTranslation();
  const { access } = useSession();
  const { query: filters, update } = list;
  const page = useEquipmentPage(list.apiQuery);
  const [detailId, setDetailId] = useState<string>();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const canManage = access.can('equipment.manage');
  const isNarrow = Grid.useBreakpoint().md === false;

  const rowActions = (item: EquipmentItem): MenuProps['items'] => [
    {
      key: 'history',
      icon: <HistoryOutlined />,
      label: t('equipment.actions.history'),
      onClick: () => setDetailId(item.id),
    },
    ...(canManage
      ? [
          {
            key: 'edit',
            icon: <EditOutlined />,
            label: t('equipment.actions.edit'),
            onClick: () => setDialog({ kind: 'edit', item }),
          },
          ...nextEquipmentStatuses(item.status).map((target) => ({
            key: target,
            icon: transitionIcons[target],
            danger: target === 'scrapped',
            label: t(`equipment.actions.${transitionActionKeys[target]}`),
            onClick: () => setDialog({ kind: 'status', item, target }),
          })),
          ...(item.status === 'in_use' || item.status === 'maintenance'
            ? [
                {
                  key: 'replace',
                  icon: <SwapOutlined />,
                  label: t('equipment.actions.replace'),
                  onClick: () => setDialog({ kind: 'replace', item }),
                },
              ]
            : []),
        ]
      : []),
  ];

  const columns: TableColumnsType<EquipmentItem> = [
    {
      title: t('equipment.columns.assetNumber'),
      dataIndex: 'assetNumber',
      key: 'assetNumber',
      sorter: true,
      sortOrder: list.sortOrder('assetNumber'),
      fixed: isNarrow ? undefined : 'left',
      width: 170,
      render: (value: string | null, item) => (
        <Typography.Link className="qs-mono" onClick={() => setDetailId(item.id)}>
          {value ?? '—'}
        </Typography.Link>
      ),
    },
    {
      title: t('equipment.columns.category'),
      dataIndex: 'category',
      key: 'category',
      sorter: true,
      sortOrder: list.sortOrder('category'),
      width: 150,
      render: (category: EquipmentItem['category']) => (
        <Tag color={equipmentCategoryColors[category]}>{t(`equipment.category.${category}`)}</Tag>
      ),
    },
    {
      title: t('equipment.columns.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: list.sortOrder('name'),
      width: 230,
      render: (name: string, item) => (
        <Space orientation="vertical" size={0}>
          <span>{name}</span>
          {item.model ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.model}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('equipment.columns.agency'),
      dataIndex: 'agencyName',
      key: 'agency',
      width: 230,
      ellipsis: true,
    },
    {
      title: t('equipment.columns.acquiredOn'),
      dataIndex: 'acquiredOn',
      key: 'acquiredOn',
      sorter: true,
      sortOrder: list.sortOrder('acquiredOn'),
      width: 120,
      render: (value: string | null) => value ?? '—',
    },
    {
      title: t('equipment.columns.status'),
      key: 'status',
      width: 130,
      render: (_value, item) => (
        <Space orientation="vertical" size={0}>
          <Badge status={equipmentStatusBadges[item.status]} text={t(`equipment.status.${item.status}`)} />
          {item.status !== 'in_use' && item.statusChangedOn ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.statusChangedOn}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('common.table.actions'),
      key: 'actions',
      fixed: isNarrow ? undefined : 'right',
      width: 96,
      render: (_value, item) => (
        <Dropdown menu={{ items: rowActions(item) }} trigger={['click']} placement="bottomRight">
          <Button
            size="small"
            icon={<MoreOutlined />}
            aria-label={`${t('common.table.actions')} ${item.assetNumber}`}
          >
            {t('common.actions.more')}
          </Button>
        </Dropdown>
      ),
    },
  ];

  return (
    <>
      <FilterBar onReset={list.reset} actionsCol={{ xs: 12, sm: 8, lg: 6, xl: 3 }}>
        <Col xs={24} sm={12} lg={8} xl={6}>
          <SearchFilter
            value={filters.q}
            placeholder={t('equipment.filters.search')}
            onSearch={(q) => update({ q })}
          />
        </Col>
        <Col xs={24} sm={12} lg={8} xl={6}>
          <AgencyTreeSelect
            value={filters.agencyId}
            onChange={(agencyId) => update({ agencyId })}
            placeholder={t('equipment.filters.agencyPlaceholder')}
            aria-label={t('equipment.filters.agency')}
            allowClear
            style={{ width: '100%', minWidth: 0 }}
          />
        </Col>
        <Col xs={24} sm={12} lg={8} xl={3}>
          <Checkbox
            checked={filters.includeSubordinates ?? true}
            disabled={!filters.agencyId}
            onChange={(event) => update({ includeSubordinates: event.target.checked ? undefined : false })}
          >
            {t('equipment.filters.includeSubordinates')}
          </Checkbox>
        </Col>
        <Col xs={12} sm={8} lg={6} xl={3}>
          <Select
            allowClear
            value={filters.category}
            placeholder={t('equipment.filters.category')}
            aria-label={t('equipment.filters.category')}
            onChange={(category) => update({ category })}
            options={equipmentCategories.map((category) => ({
              value: category,
              label: t(`equipment.category.${category}`),
            }))}
            style={{ width: '100%' }}
            popupMatchSelectWidth={false}
          />
        </Col>
        <Col xs={12} sm={8} lg={6} xl={3}>
          <Select
            allowClear
            value={filters.status}
            placeholder={t('equipment.filters.status')}
            aria-label={t('equipment.filters.status')}
            onChange={(status) => update({ status })}
            options={equipmentStatuses.map((status) => ({
              value: status,
              label: t(`equipment.status.${status}`),
            }))}
            style={{ width: '100%' }}
          />
        </Col>
      </FilterBar>

      <Card styles={{ body: { padding: 0 } }}>
        <ListTable<EquipmentItem>
          testId="equipment-table"
          result={page}
          list={list}
          columns={columns}
          scroll={{ x: 1170 }}
        />
      </Card>

      <EquipmentDetailDrawer itemId={detailId} onOpen={setDetailId} onClose={() => setDetailId(undefined)} />
      {canManage ? (
        <EquipmentFormDrawer
          open={isCreating || dialog?.kind === 'edit'}
          item={dialog?.kind === 'edit' ? dialog.item : undefined}
          onClose={() => {
            setDialog(null);
            onCreateClose();
          }}
        />
      ) : null}
      {dialog?.kind === 'status' ? (
        <EquipmentStatusModal item={dialog.item} target={dialog.target} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'replace' ? (
        <EquipmentReplaceModal item={dialog.item} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
