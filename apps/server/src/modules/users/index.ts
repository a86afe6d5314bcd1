/** What the users module offers the rest of the server (writing an account row: the test factories). */
export { findActiveUsersOfAgencies, insertUser } from './user.repository';
