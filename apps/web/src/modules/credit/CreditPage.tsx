import { PageContainer } from '../../components/PageContainer';

// Scaffold: this page is being written.
export default function CreditPage() {
  return <PageContainer title="承诺与信用">{null}</PageContainer>;
}
