import { useParams } from 'react-router';
import { AgenciesWorkspace } from './AgenciesWorkspace';

/** /agencies/:id: one agency, beside the tree on wide screens. */
export default function AgencyDetailPage() {
  const { id } = useParams<{ id: string }>();
  return <AgenciesWorkspace agencyId={id} />;
}
