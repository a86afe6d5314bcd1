import { PageContainer } from '../../components/PageContainer';

// Scaffold: this page is being written.
export default function CapacityPage() {
  return <PageContainer title="能力指标">{null}</PageContainer>;
}
