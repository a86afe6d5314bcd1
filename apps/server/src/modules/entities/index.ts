// What the entities module offers the rest of the app: the entity-in-scope look-up, the entity
// timeline (of which this module is the only writer), the random-check draw's pool, who owns an
// entity by its location (imports and the demo), the sub-selects other areas join an entity by
// (entity.sql.ts), and writing one entity row (the test factories).

export { loadOwnershipResolver } from './entity.ownership';
export {
  type EntityEventInsert,
  findEntityInScope,
  insertEntity,
  insertEntityEvents,
  type ScopedEntity,
} from './entity.repository';
export {
  entityRows,
  keyPolluterEntityIdsOf,
  keyPolluterMediaOfYear,
  publicEntityRows,
} from './entity.sql';
export {
  findKeyPolluterYears,
  findLastViolationOn,
  isKeyPolluterInYear,
} from './entity-facts.repository';
export {
  findEntityNames,
  findKeyPolluterMedia,
  findPoolEntities,
  isKeyPolluterIn,
  type PoolFilterFacts,
} from './entity-pool.repository';
