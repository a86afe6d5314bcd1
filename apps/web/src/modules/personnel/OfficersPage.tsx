import { PageContainer } from '../../components/PageContainer';

// Scaffold: this page is being written.
export default function OfficersPage() {
  return <PageContainer title="执法人员">{null}</PageContainer>;
}
