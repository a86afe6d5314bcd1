// What the entities module offers the rest of the app: the entity-in-scope look-up, the entity
// timeline (of which this module is the only writer), and the random-check draw's pool.
export {
  type EntityEventInsert,
  findEntityInScope,
  insertEntityEvents,
  type ScopedEntity,
} from './entity.repository';
export {
  findEntityNames,
  findPoolEntities,
  isKeyPolluterIn,
  type PoolFilterFacts,
} from './entity-pool.repository';
