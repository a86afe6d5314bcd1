import type {
  CardListItem,
  CommitmentListItem,
  CreditSummary,
  EvaluationListItem,
  MembershipListItem,
  PointsListItem,
} from '@qingshan/domain';
import { Select, type TableColumnsType, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tableSortOrder } from '../../../components/list/list-query';
import { useSession } from '../../auth/session';
import type { CreditAct } from '../CreditActDialog';
import type { CreditFilters, CreditTab } from '../credit.query';

/** The entity's name, a link where the user may open entities. */
export function EntityLink({ id, name }: { id: string; name: string }) {
  const { access } = useSession();
  return access.can('entities.read') ? (
    <Link to={`/entities/${id}`} title={name}>
      {name}
    </Link>
  ) : (
    <span>{name}</span>
  );
}

/** A row of any tab. */
export type AnyRow =
  | CardListItem
  | EvaluationListItem
  | MembershipListItem
  | CommitmentListItem
  | PointsListItem;

/** What a tab's columns and filters need from the panel. */
export interface TabContext {
  t: TFunction;
  tab: CreditTab;
  filters: CreditFilters;
  update: (changes: Partial<CreditFilters>) => void;
  onAct: (act: CreditAct) => void;
  summary: CreditSummary;
  canDecide: boolean;
  canRecord: boolean;
  thisYear: number;
  isWide: boolean;
  entityColumns: TableColumnsType<AnyRow>;
  dateColumn: (field: string, title: string, sortable?: boolean) => TableColumnsType<AnyRow>[number];
  actionColumn: (render: (row: AnyRow) => ReactNode) => TableColumnsType<AnyRow>[number];
}

/** A tab's own columns, filters beside the search box, and its primary action. */
export interface TabParts {
  columns: TableColumnsType<AnyRow>;
  toolbar: ReactNode;
  primary: ReactNode;
}

/** The columns every tab shares: the entity, a date, the row's actions. */
export function columnKit(
  t: TFunction,
  sort: string,
  isWide: boolean,
): Pick<TabContext, 'entityColumns' | 'dateColumn' | 'actionColumn'> {
  const entityColumns: TableColumnsType<AnyRow> = [
    {
      title: t('credit.columns.entity'),
      dataIndex: 'entityName',
      key: 'entityName',
      sorter: true,
      sortOrder: tableSortOrder(sort, 'entityName'),
      fixed: isWide ? 'left' : undefined,
      width: 230,
      ellipsis: true,
      render: (name: string, row) => <EntityLink id={row.entityId} name={name} />,
    },
    {
      title: t('credit.columns.creditCode'),
      dataIndex: 'creditCode',
      key: 'creditCode',
      width: 180,
      responsive: ['xl'],
      render: (code: string) => <span className="qs-mono">{code}</span>,
    },
    { title: t('credit.columns.region'), dataIndex: 'regionName', key: 'region', width: 150, ellipsis: true },
  ];

  const dateColumn = (field: string, title: string, sortable = true) => ({
    title,
    dataIndex: field,
    key: field,
    width: 112,
    ...(sortable ? { sorter: true, sortOrder: tableSortOrder(sort, field) } : {}),
    render: (value: string | null) => value ?? <Typography.Text type="secondary">—</Typography.Text>,
  });

  const actionColumn = (render: (row: AnyRow) => ReactNode) => ({
    title: t('common.table.actions'),
    key: 'actions',
    fixed: isWide ? ('right' as const) : undefined,
    width: 128,
    render: (_value: unknown, row: AnyRow) => render(row),
  });

  return { entityColumns, dateColumn, actionColumn };
}

/** A year among the last six. */
export function YearSelect({
  value,
  onChange,
  allowClear,
  thisYear,
}: {
  value?: number;
  onChange: (year: number | undefined) => void;
  allowClear?: boolean;
  thisYear: number;
}) {
  const { t } = useTranslation();
  return (
    <Select
      allowClear={allowClear}
      value={value}
      placeholder={t('credit.filters.year')}
      aria-label={t('credit.filters.year')}
      onChange={onChange}
      options={Array.from({ length: 6 }, (_, index) => thisYear - index).map((year) => ({
        value: year,
        label: `${year} 年`,
      }))}
      style={{ width: 110 }}
    />
  );
}
