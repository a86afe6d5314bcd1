import { Card } from 'antd';
import type { ReactNode } from 'react';
import { PageContainer } from '../PageContainer';
import { ListTable, type ListTableProps } from './ListTable';

/**
 * A list page: title and actions (an ExportButton, a create button), the FilterBar, then the
 * server-paged table. `children` come after the table (drawers and dialogs the rows open).
 */
export function ListPage<T extends object>({
  title,
  subTitle,
  extra,
  filters,
  children,
  ...table
}: Omit<ListTableProps<T>, 'title'> & {
  title: string;
  subTitle?: ReactNode;
  extra?: ReactNode;
  filters?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <PageContainer title={title} subTitle={subTitle} extra={extra}>
      {filters}
      <Card styles={{ body: { padding: 0 } }}>
        <ListTable<T> {...table} />
      </Card>
      {children}
    </PageContainer>
  );
}
