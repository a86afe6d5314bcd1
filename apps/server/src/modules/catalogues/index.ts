/**
 * What the catalogues module offers the rest of the server: nothing yet beyond its routes. Another
 * area that shows or filters by a catalogue asks here, through a fragment in `catalogue.sql.ts` or
 * a batch look-up (D53), never by naming the catalogue tables.
 */
export {};
