/** What the users module offers the rest of the server. */
export {
  countUsersByRole,
  findActiveUsersOfAgencies,
  findUserById,
  findUserForLogin,
  recordFailedLogin,
  recordSuccessfulLogin,
  updatePasswordHash,
  updateUserContact,
} from './user.repository';
export { accountSummaries, userDisplayName } from './user.sql';
