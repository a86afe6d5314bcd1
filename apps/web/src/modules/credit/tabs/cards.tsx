import { PlusOutlined } from '@ant-design/icons';
import { type CardListItem, cardColors, cardStatusFilters } from '@qingshan/domain';
import { Button, Select } from 'antd';
import { CardTag } from '../credit.tags';

import type { TabContext, TabParts } from './kit';

/** The red and yellow cards tab (REG-3): colour and status filters; issuing for credit.manage. */
export function cardsTab(context: TabContext): TabParts {
  const { t, entityColumns, filters, update, onAct, canDecide, dateColumn, actionColumn } = context;
  let columns: TabParts['columns'] = [];
  let toolbar: TabParts['toolbar'] = null;
  let primary: TabParts['primary'] = null;
  columns = [
    ...entityColumns,
    {
      title: t('credit.columns.color'),
      key: 'color',
      width: 150,
      render: (_value, row) => {
        const card = row as CardListItem;
        return <CardTag color={card.color} status={card.status} />;
      },
    },
    { title: t('credit.columns.reason'), dataIndex: 'reason', key: 'reason', width: 280, ellipsis: true },
    {
      title: t('credit.columns.documentNumber'),
      dataIndex: 'documentNumber',
      key: 'documentNumber',
      width: 170,
    },
    dateColumn('issuedOn', t('credit.columns.issuedOn')),
    dateColumn('rectificationDueOn', t('credit.columns.rectificationDueOn'), false),
    {
      title: t('credit.columns.issuer'),
      dataIndex: 'agencyName',
      key: 'issuer',
      width: 190,
      ellipsis: true,
      responsive: ['xl'],
    },
    dateColumn('liftedOn', t('credit.columns.liftedOn')),
    ...(canDecide
      ? [
          actionColumn((row) => {
            const card = row as CardListItem;
            return card.status === 'lifted' ? null : (
              <Button
                size="small"
                onClick={() =>
                  onAct({
                    kind: 'liftCard',
                    entityId: card.entityId,
                    card: {
                      id: card.id,
                      color: card.color,
                      documentNumber: card.documentNumber,
                      issuedOn: card.issuedOn,
                    },
                  })
                }
              >
                {t('credit.actions.liftCard')}
              </Button>
            );
          }),
        ]
      : []),
  ];
  toolbar = (
    <>
      <Select
        allowClear
        value={filters.color}
        placeholder={t('credit.filters.color')}
        aria-label={t('credit.filters.color')}
        onChange={(color?: string) => update({ color })}
        options={cardColors.map((color) => ({
          value: color,
          label: t(`credit.labels.cardColor.${color}`),
        }))}
        style={{ width: 110 }}
      />
      <Select
        allowClear
        value={filters.status}
        placeholder={t('credit.filters.status')}
        aria-label={t('credit.filters.status')}
        onChange={(status?: string) => update({ status })}
        options={cardStatusFilters.map((status) => ({
          value: status,
          label:
            status === 'current'
              ? t('credit.filters.statusCurrent')
              : t(`credit.labels.cardStatus.${status}`),
        }))}
        style={{ width: 160 }}
      />
    </>
  );
  if (canDecide) {
    primary = (
      <Button type="primary" danger icon={<PlusOutlined />} onClick={() => onAct({ kind: 'issueCard' })}>
        {t('credit.actions.issueCard')}
      </Button>
    );
  }
  return { columns, toolbar, primary };
}
