import { PlusOutlined } from '@ant-design/icons';
import { type CreditLevel, creditLevels, type EvaluationListItem } from '@qingshan/domain';
import { Button, Select } from 'antd';
import { tableSortOrder } from '../../../components/list/list-query';
import { CreditLevelTag } from '../credit.tags';

import { type TabContext, type TabParts, YearSelect } from './kit';

/** The credit evaluations tab: year and level filters; evaluating for credit.manage. */
export function evaluationsTab(context: TabContext): TabParts {
  const { t, entityColumns, filters, update, onAct, canDecide, thisYear, dateColumn, actionColumn } = context;
  let columns: TabParts['columns'] = [];
  let toolbar: TabParts['toolbar'] = null;
  let primary: TabParts['primary'] = null;
  columns = [
    ...entityColumns,
    {
      title: t('credit.columns.year'),
      dataIndex: 'year',
      key: 'year',
      width: 80,
      sorter: true,
      sortOrder: tableSortOrder(filters.sort, 'year'),
    },
    {
      title: t('credit.columns.level'),
      dataIndex: 'level',
      key: 'level',
      width: 110,
      sorter: true,
      sortOrder: tableSortOrder(filters.sort, 'level'),
      render: (level: CreditLevel) => <CreditLevelTag level={level} />,
    },
    dateColumn('evaluatedOn', t('credit.columns.evaluatedOn')),
    {
      title: t('credit.columns.evaluator'),
      dataIndex: 'agencyName',
      key: 'evaluator',
      width: 200,
      ellipsis: true,
    },
    {
      title: t('credit.columns.owner'),
      dataIndex: 'ownerAgencyName',
      key: 'owner',
      width: 200,
      ellipsis: true,
      responsive: ['xxl'],
    },
    ...(canDecide
      ? [
          actionColumn((row) => {
            const evaluation = row as EvaluationListItem;
            return (
              <Button
                size="small"
                onClick={() =>
                  onAct({
                    kind: 'setLevel',
                    entityId: evaluation.entityId,
                    year: evaluation.year,
                    level: evaluation.level,
                  })
                }
              >
                {t('credit.actions.adjustLevel')}
              </Button>
            );
          }),
        ]
      : []),
  ];
  toolbar = (
    <>
      <YearSelect value={filters.year} onChange={(year) => update({ year })} allowClear thisYear={thisYear} />
      <Select
        allowClear
        value={filters.level}
        placeholder={t('credit.filters.level')}
        aria-label={t('credit.filters.level')}
        onChange={(level?: string) => update({ level })}
        options={creditLevels.map((level) => ({
          value: level,
          label: t(`credit.labels.creditLevel.${level}`),
        }))}
        style={{ width: 130 }}
      />
    </>
  );
  if (canDecide) {
    primary = (
      <Button type="primary" icon={<PlusOutlined />} onClick={() => onAct({ kind: 'setLevel' })}>
        {t('credit.actions.setLevel')}
      </Button>
    );
  }
  return { columns, toolbar, primary };
}
