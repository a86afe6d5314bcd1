/** What the users module offers the rest of the server. */
export { findActiveUsersOfAgencies } from './user.repository';
export { accountSummaries, userDisplayName } from './user.sql';
