/** What the auth module offers the rest of the server. */
export { sweepExpiredLoginRecords } from './auth.sweep';
