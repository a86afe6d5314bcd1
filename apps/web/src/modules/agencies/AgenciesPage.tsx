import { AgenciesWorkspace } from './AgenciesWorkspace';

/** /agencies: the jurisdiction tree; choosing an agency opens /agencies/:id. */
export default function AgenciesPage() {
  return <AgenciesWorkspace />;
}
