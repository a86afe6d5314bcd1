import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import {
  type CatalogueDetail,
  type CatalogueItem,
  enforcementPowerTypes,
  noPenaltyCategories,
  powerListTypes,
  responsibleLevels,
} from '@qingshan/domain';
import { App, Button, Grid, Input, Select, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { itemSummary } from './CatalogueItemView';
import { useCatalogueItems, useDeleteItem, useMoveItem } from './catalogues.api';

interface ItemFilters {
  page: number;
  pageSize: number;
  q?: string;
  powerType?: string;
  level?: string;
  category?: string;
  law?: string;
}

/** The items of one version: search and filters, server paging; for a draft, edit, reorder and delete. */
export function CatalogueItemsTab({
  catalogue,
  onView,
  onEdit,
}: {
  catalogue: CatalogueDetail;
  onView: (item: CatalogueItem) => void;
  onEdit: (editing: { item?: CatalogueItem }) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const showError = useApiErrorHandler();
  const isNarrow = Grid.useBreakpoint().md === false;
  const id = catalogue.id;
  const kind = catalogue.kind;
  const [filters, setFilters] = useState<ItemFilters>({ page: 1, pageSize: 20 });
  const [searchText, setSearchText] = useState('');
  const items = useCatalogueItems(id, { ...filters });
  const deleteItem = useDeleteItem(id);
  const moveItem = useMoveItem(id);

  const confirmDeleteItem = (item: CatalogueItem) =>
    modal.confirm({
      title: t('catalogues.confirm.deleteItem', { code: item.code, name: item.name }),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await deleteItem.mutateAsync(item.id);
          void message.success(t('catalogues.messages.itemDeleted'));
        } catch (error) {
          showError(error);
        }
      },
    });

  const move = async (item: CatalogueItem, offset: -1 | 1) => {
    try {
      await moveItem.mutateAsync({ itemId: item.id, offset });
      void message.success(t('catalogues.messages.reordered'));
    } catch (error) {
      showError(error);
    }
  };

  const updateFilters = (changes: Partial<ItemFilters>) =>
    setFilters((current) => ({ ...current, page: 1, ...changes }));
  const total = items.data?.total ?? 0;

  const columns: TableColumnsType<CatalogueItem> = [
    { title: '#', dataIndex: 'position', key: 'position', width: 56 },
    { title: t('catalogues.form.code'), dataIndex: 'code', key: 'code', width: 140, responsive: ['sm'] },
    {
      title: t('catalogues.form.name'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, item) => {
        const summary = itemSummary(kind, item, t as unknown as (key: string) => string);
        return (
          <Space direction="vertical" size={2}>
            <Typography.Link onClick={() => onView(item)} data-testid="item-link">
              {name}
            </Typography.Link>
            {isNarrow ? summary.tag : null}
          </Space>
        );
      },
    },
    {
      title: t('catalogues.columns.kind'),
      key: 'tag',
      width: 150,
      responsive: ['md'],
      render: (_value, item) => itemSummary(kind, item, t as unknown as (key: string) => string).tag,
    },
    {
      title: t('catalogues.detail.legalBases'),
      key: 'basis',
      width: 280,
      responsive: ['lg'],
      ellipsis: true,
      render: (_value, item) => itemSummary(kind, item, t as unknown as (key: string) => string).basis,
    },
    {
      title: kind === 'enforcement_items' ? t('catalogues.detail.penalty') : t('catalogues.detail.summary'),
      key: 'detail',
      responsive: ['xl'],
      ellipsis: true,
      render: (_value, item) => itemSummary(kind, item, t as unknown as (key: string) => string).detail,
    },
    ...(catalogue.canEdit
      ? [
          {
            title: t('common.table.actions'),
            key: 'actions',
            width: 168,
            fixed: 'right' as const,
            render: (_value: unknown, item: CatalogueItem) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={`${t('common.actions.edit')} ${item.code}`}
                  onClick={() => onEdit({ item })}
                />
                <Button
                  type="link"
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={t('catalogues.actions.moveUp')}
                  disabled={item.position === 1 || moveItem.isPending}
                  onClick={() => void move(item, -1)}
                />
                <Button
                  type="link"
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={t('catalogues.actions.moveDown')}
                  disabled={item.position === catalogue.itemCount || moveItem.isPending}
                  onClick={() => void move(item, 1)}
                />
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`${t('common.actions.delete')} ${item.code}`}
                  onClick={() => confirmDeleteItem(item)}
                />
              </Space>
            ),
          },
        ]
      : []),
  ];

  const kindFilter =
    kind === 'enforcement_items' ? (
      <>
        <Select
          allowClear
          placeholder={t('catalogues.columns.kind')}
          style={{ width: 140 }}
          value={filters.powerType}
          onChange={(powerType) => updateFilters({ powerType })}
          options={enforcementPowerTypes.map((value) => ({
            value,
            label: t(`catalogues.powerTypes.${value}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('catalogues.detail.level')}
          style={{ width: 150 }}
          value={filters.level}
          onChange={(level) => updateFilters({ level })}
          options={responsibleLevels.map((value) => ({ value, label: t(`catalogues.levels.${value}`) }))}
        />
      </>
    ) : kind === 'power_list' || kind === 'responsibility_list' ? (
      <Select
        allowClear
        placeholder={t('catalogues.columns.kind')}
        style={{ width: 140 }}
        value={filters.powerType}
        onChange={(powerType) => updateFilters({ powerType })}
        options={powerListTypes.map((value) => ({ value, label: t(`catalogues.powerListTypes.${value}`) }))}
      />
    ) : kind === 'no_penalty_list' ? (
      <Select
        allowClear
        placeholder={t('catalogues.columns.kind')}
        style={{ width: 180 }}
        value={filters.category}
        onChange={(category) => updateFilters({ category })}
        options={noPenaltyCategories.map((value) => ({
          value,
          label: t(`catalogues.noPenaltyCategories.${value}`),
        }))}
      />
    ) : null;

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          value={searchText}
          placeholder={t('catalogues.detail.itemsSearch')}
          aria-label={t('catalogues.detail.itemsSearch')}
          style={{ width: 260 }}
          onChange={(event) => setSearchText(event.target.value)}
          onSearch={(value) => updateFilters({ q: value.trim() || undefined })}
          data-testid="items-search"
        />
        <Input.Search
          allowClear
          placeholder={t('catalogues.detail.lawFilter')}
          aria-label={t('catalogues.detail.lawFilter')}
          style={{ width: 200 }}
          onSearch={(value) => updateFilters({ law: value.trim() || undefined })}
        />
        {kindFilter}
        {catalogue.canEdit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => onEdit({})} data-testid="item-add">
            {t('catalogues.actions.addItem')}
          </Button>
        ) : null}
      </Space>
      <div data-testid="items-table">
        <Table<CatalogueItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items.data?.items}
          loading={items.isFetching}
          scroll={{ x: catalogue.canEdit ? 900 : undefined }}
          onChange={(pagination) =>
            setFilters((current) => ({
              ...current,
              page: pagination.pageSize !== current.pageSize ? 1 : (pagination.current ?? 1),
              pageSize: pagination.pageSize ?? current.pageSize,
            }))
          }
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (count) => t('common.table.total', { total: count }),
          }}
        />
      </div>
    </>
  );
}
