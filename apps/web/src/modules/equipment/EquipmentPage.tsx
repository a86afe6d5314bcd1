import { PageContainer } from '../../components/PageContainer';

// Scaffold: this page is being written.
export default function EquipmentPage() {
  return <PageContainer title="执法装备">{null}</PageContainer>;
}
