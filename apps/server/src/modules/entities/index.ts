// What the entities module offers the rest of the app: the entity-in-scope look-up and the
// entity timeline, of which this module is the only writer.
export {
  type EntityEventInsert,
  findEntityInScope,
  insertEntityEvents,
  type ScopedEntity,
} from './entity.repository';
