import { PlusOutlined } from '@ant-design/icons';
import { pointsDirections } from '@qingshan/domain';
import { Button, Select, Typography } from 'antd';
import { tableSortOrder } from '../../../components/list/list-query';

import type { TabContext, TabParts } from './kit';

/** The compliance points tab: direction filter; recording for credit.manage. */
export function pointsTab(context: TabContext): TabParts {
  const { t, entityColumns, filters, update, onAct, canDecide, dateColumn } = context;
  let columns: TabParts['columns'] = [];
  let toolbar: TabParts['toolbar'] = null;
  let primary: TabParts['primary'] = null;
  columns = [
    ...entityColumns,
    dateColumn('occurredOn', t('credit.columns.occurredOn')),
    {
      title: t('credit.columns.points'),
      dataIndex: 'points',
      key: 'points',
      width: 80,
      align: 'right',
      sorter: true,
      sortOrder: tableSortOrder(filters.sort, 'points'),
      render: (points: number) => (
        <Typography.Text type={points < 0 ? 'danger' : 'success'} strong>
          {points > 0 ? `+${points}` : points}
        </Typography.Text>
      ),
    },
    { title: t('credit.columns.reason'), dataIndex: 'reason', key: 'reason', width: 320, ellipsis: true },
    {
      title: t('credit.columns.balance'),
      dataIndex: 'entityBalance',
      key: 'balance',
      width: 90,
      align: 'right',
    },
    {
      title: t('credit.columns.recorder'),
      dataIndex: 'agencyName',
      key: 'recorder',
      width: 190,
      ellipsis: true,
      responsive: ['xl'],
    },
  ];
  toolbar = (
    <Select
      allowClear
      value={filters.direction}
      placeholder={t('credit.filters.direction')}
      aria-label={t('credit.filters.direction')}
      onChange={(direction?: string) => update({ direction })}
      options={pointsDirections.map((direction) => ({
        value: direction,
        label: t(`credit.labels.direction.${direction}`),
      }))}
      style={{ width: 120 }}
    />
  );
  if (canDecide) {
    primary = (
      <Button type="primary" icon={<PlusOutlined />} onClick={() => onAct({ kind: 'points' })}>
        {t('credit.actions.addPoints')}
      </Button>
    );
  }
  return { columns, toolbar, primary };
}
