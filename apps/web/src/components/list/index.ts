export { ExportButton, type ExportFormat } from './ExportButton';
export { FilterBar, SearchFilter } from './FilterBar';
export { ListPage } from './ListPage';
export { type ListResult, ListTable, type ListTableProps } from './ListTable';
export {
  defaultsOf,
  type ListQuerySchema,
  listPageSizes,
  parseListQuery,
  serializeListQuery,
  sortFromTable,
  tableSortOrder,
  toApiQuery,
  toExportQuery,
} from './list-query';
export { type ListQueryState, useListQuery } from './use-list-query';
