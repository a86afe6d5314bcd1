import { type CommitmentListItem, commitmentStatuses, keyPolluterMediumLabels } from '@qingshan/domain';
import { Button, Select, Space, Tag } from 'antd';
import { tableSortOrder } from '../../../components/list/list-query';

import { type TabContext, type TabParts, YearSelect } from './kit';

/** The commitment-letter tab: year and status filters; recording for commitments.manage. */
export function commitmentsTab(context: TabContext): TabParts {
  const { t, entityColumns, filters, update, onAct, canRecord, thisYear, dateColumn, actionColumn } = context;
  let columns: TabParts['columns'] = [];
  let toolbar: TabParts['toolbar'] = null;
  const primary: TabParts['primary'] = null;
  columns = [
    ...entityColumns,
    {
      title: t('credit.columns.media'),
      dataIndex: 'keyPolluterMedia',
      key: 'media',
      width: 160,
      ellipsis: true,
      responsive: ['xl'],
      render: (media: CommitmentListItem['keyPolluterMedia']) =>
        media.map((medium) => keyPolluterMediumLabels[medium]).join('、'),
    },
    {
      title: t('credit.columns.status'),
      dataIndex: 'status',
      key: 'status',
      width: 180,
      render: (status: CommitmentListItem['status']) => (
        <Tag color={status === 'signed' ? 'green' : status === 'delivered' ? 'blue' : 'red'}>
          {t(`credit.labels.commitmentStatus.${status}`)}
        </Tag>
      ),
    },
    dateColumn('letterDeliveredOn', t('credit.columns.letterDeliveredOn')),
    {
      ...dateColumn('commitmentSignedOn', t('credit.columns.signedOn'), false),
      sorter: true,
      sortOrder: tableSortOrder(filters.sort, 'signedOn'),
      key: 'signedOn',
    },
    { title: t('credit.columns.signatory'), dataIndex: 'signatory', key: 'signatory', width: 100 },
    ...(canRecord
      ? [
          actionColumn((row) => {
            const commitment = row as CommitmentListItem;
            return (
              <Space size={4}>
                {commitment.status === 'missing' ? (
                  <Button
                    size="small"
                    onClick={() =>
                      onAct({ kind: 'letter', entityId: commitment.entityId, year: commitment.year })
                    }
                  >
                    {t('credit.actions.letter')}
                  </Button>
                ) : null}
                {commitment.status === 'delivered' ? (
                  <Button
                    size="small"
                    onClick={() =>
                      onAct({ kind: 'signature', entityId: commitment.entityId, year: commitment.year })
                    }
                  >
                    {t('credit.actions.signature')}
                  </Button>
                ) : null}
              </Space>
            );
          }),
        ]
      : []),
  ];
  toolbar = (
    <>
      <YearSelect
        value={filters.year ?? thisYear}
        onChange={(year) => update({ year })}
        thisYear={thisYear}
      />
      <Select
        allowClear
        value={filters.status}
        placeholder={t('credit.filters.status')}
        aria-label={t('credit.filters.status')}
        onChange={(status?: string) => update({ status })}
        options={commitmentStatuses.map((status) => ({
          value: status,
          label: t(`credit.labels.commitmentStatus.${status}`),
        }))}
        style={{ width: 190 }}
      />
    </>
  );
  return { columns, toolbar, primary };
}
