/**
 * What the equipment module offers the rest of the server: nothing yet beyond its routes. Another
 * area that counts or shows equipment asks here (D53), never by naming the equipment tables.
 */
export {};
