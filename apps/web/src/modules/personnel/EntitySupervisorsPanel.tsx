// Scaffold: the supervising officers (监管责任人) panel of the entity page is being written.
export function EntitySupervisorsPanel(_props: { entityId: string; ownerAgencyId: string }) {
  return null;
}
