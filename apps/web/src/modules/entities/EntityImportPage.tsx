import { PageContainer } from '../../components/PageContainer';

// Scaffold: this page is being written.
export default function EntityImportPage() {
  return <PageContainer title="批量导入导出">{null}</PageContainer>;
}
