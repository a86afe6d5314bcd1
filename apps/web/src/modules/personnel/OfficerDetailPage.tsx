import { PageContainer } from '../../components/PageContainer';

// Scaffold: this page is being written.
export default function OfficerDetailPage() {
  return <PageContainer title="执法人员详情">{null}</PageContainer>;
}
