import type { Paged } from '@qingshan/domain';
import { Table, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../ErrorResult';
import { listPageSizes } from './list-query';
import type { ListQueryState } from './use-list-query';

/** What a list's react-query result offers the table. */
export interface ListResult<T> {
  data?: Paged<T>;
  isFetching: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

export type ListTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'onChange'> & {
  result: ListResult<T>;
  list: Pick<ListQueryState<{ page: number; pageSize: number }>, 'query' | 'onTableChange'>;
  testId?: string;
};

/**
 * The server-paged table of a list: loading while fetching, the server's error with a retry when
 * nothing could be loaded, the total (exact, or "约" when the server estimated it), and paging and
 * sorting written to the URL.
 */
export function ListTable<T extends object>({ result, list, testId, ...table }: ListTableProps<T>) {
  const { t } = useTranslation();
  if (result.isError && !result.data) {
    return <ErrorResult error={result.error} onRetry={() => void result.refetch()} />;
  }
  return (
    <div data-testid={testId}>
      <Table<T>
        rowKey="id"
        locale={{ emptyText: <Typography.Text type="secondary">{t('common.states.empty')}</Typography.Text> }}
        {...table}
        dataSource={result.data?.items}
        loading={result.isFetching}
        onChange={list.onTableChange as TableProps<T>['onChange']}
        pagination={{
          current: list.query.page,
          pageSize: list.query.pageSize,
          total: result.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [...listPageSizes],
          // Past the server's exact-count limit the total is the database's estimate: 约 N 条.
          showTotal: (total) =>
            t(result.data?.totalIsEstimate ? 'common.table.totalEstimate' : 'common.table.total', { total }),
          style: { paddingInline: 16 },
        }}
      />
    </div>
  );
}
