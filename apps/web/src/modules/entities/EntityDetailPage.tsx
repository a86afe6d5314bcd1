import { PageContainer } from '../../components/PageContainer';

// Scaffold: this page is being written.
export default function EntityDetailPage() {
  return <PageContainer title="监管对象详情">{null}</PageContainer>;
}
