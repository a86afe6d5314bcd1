// Scaffold: the credit panel of the entity page (commitments, cards, credit level, lists, points) is being written.
export function EntityCreditPanel(_props: { entityId: string }) {
  return null;
}
