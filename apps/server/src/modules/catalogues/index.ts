// What the catalogues module offers the rest of the app: the sub-selects other areas compose
// catalogue items into their statements by (catalogue.sql.ts).

export { catalogueItemNamesOf, catalogueItemRows } from './catalogue.sql';
