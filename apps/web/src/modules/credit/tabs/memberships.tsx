import { PlusOutlined } from '@ant-design/icons';
import { type EntityList, type MembershipListItem, membershipStatuses } from '@qingshan/domain';
import { Button, Select, Tag, Tooltip } from 'antd';

import type { TabContext, TabParts } from './kit';

/** The blacklist and positive-list tabs: status filter; listing for credit.manage. */
export function membershipsTab(context: TabContext): TabParts {
  const { t, entityColumns, filters, update, onAct, canDecide, dateColumn, actionColumn, tab } = context;
  let columns: TabParts['columns'] = [];
  let toolbar: TabParts['toolbar'] = null;
  let primary: TabParts['primary'] = null;
  const list: EntityList = tab === 'blacklist' ? 'blacklist' : 'positive';
  columns = [
    ...entityColumns,
    {
      title: t('credit.columns.status'),
      key: 'status',
      width: 90,
      render: (_value, row) =>
        (row as MembershipListItem).isActive ? (
          <Tag color={list === 'blacklist' ? 'red' : 'green'}>
            {t('credit.labels.membershipStatus.active')}
          </Tag>
        ) : (
          <Tag>{t('credit.labels.membershipStatus.removed')}</Tag>
        ),
    },
    dateColumn('listedOn', t('credit.columns.listedOn')),
    {
      title: t('credit.columns.listReason'),
      dataIndex: 'reason',
      key: 'reason',
      width: 320,
      ellipsis: true,
    },
    {
      title: t('credit.columns.lister'),
      dataIndex: 'agencyName',
      key: 'lister',
      width: 190,
      ellipsis: true,
      responsive: ['xl'],
    },
    dateColumn('removedOn', t('credit.columns.removedOn')),
    ...(canDecide
      ? [
          actionColumn((row) => {
            const membership = row as MembershipListItem;
            if (!membership.isActive) return null;
            const button = (
              <Button
                size="small"
                disabled={membership.isFromCard}
                onClick={() =>
                  onAct({
                    kind: 'removeList',
                    entityId: membership.entityId,
                    membership: { id: membership.id, list, listedOn: membership.listedOn },
                  })
                }
              >
                {t('credit.actions.remove')}
              </Button>
            );
            return membership.isFromCard ? (
              <Tooltip title={t('credit.blocked.fromCard')}>{button}</Tooltip>
            ) : (
              button
            );
          }),
        ]
      : []),
  ];
  toolbar = (
    <Select
      allowClear
      value={filters.status}
      placeholder={t('credit.filters.status')}
      aria-label={t('credit.filters.status')}
      onChange={(status?: string) => update({ status })}
      options={membershipStatuses.map((status) => ({
        value: status,
        label: t(`credit.labels.membershipStatus.${status}`),
      }))}
      style={{ width: 110 }}
    />
  );
  if (canDecide) {
    primary = (
      <Button type="primary" icon={<PlusOutlined />} onClick={() => onAct({ kind: 'addList', list })}>
        {list === 'blacklist' ? t('credit.actions.addBlacklist') : t('credit.actions.addPositive')}
      </Button>
    );
  }
  return { columns, toolbar, primary };
}
