import { PageContainer } from '../../components/PageContainer';

// Scaffold: this page is being written.
export default function CatalogueDetailPage() {
  return <PageContainer title="清单详情">{null}</PageContainer>;
}
