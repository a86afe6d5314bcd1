/** What the auth module offers the rest of the server. */
export { countActiveSessions } from './auth.repository';
export { sweepExpiredLoginRecords } from './auth.sweep';
