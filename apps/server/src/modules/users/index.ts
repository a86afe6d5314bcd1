/** What the users module offers the rest of the server (writing an account row: the test factories). */
export {
  countUsersByRole,
  findActiveUsersOfAgencies,
  findUserById,
  findUserForLogin,
  insertUser,
  recordFailedLogin,
  recordSuccessfulLogin,
  updatePasswordHash,
  updateUserContact,
} from './user.repository';
export { accountSummaries, userDisplayName } from './user.sql';
