import { PageContainer } from '../../components/PageContainer';

// Scaffold: this page is being written.
export default function EntitiesPage() {
  return <PageContainer title="监管对象名录">{null}</PageContainer>;
}
