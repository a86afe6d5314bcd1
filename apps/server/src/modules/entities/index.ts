// What the entities module offers the rest of the app: the entity-in-scope look-up, the entity
// timeline (of which this module is the only writer), the random-check draw's pool, and who owns an
// entity by its location (imports and the demo).

export { loadOwnershipResolver } from './entity.ownership';
export {
  type EntityEventInsert,
  findEntityInScope,
  insertEntityEvents,
  type ScopedEntity,
} from './entity.repository';
export { entitySummaries, keyPolluterMediaOfYear } from './entity.sql';
export {
  findKeyPolluterYears,
  findLastViolationOn,
  isKeyPolluterInYear,
} from './entity-facts.repository';
export {
  findEntityNames,
  findPoolEntities,
  isKeyPolluterIn,
  type PoolFilterFacts,
} from './entity-pool.repository';
