import { PageContainer } from '../../components/PageContainer';

// Scaffold: this page is being written.
export default function CataloguesPage() {
  return <PageContainer title="清单目录">{null}</PageContainer>;
}
