import type { Messages } from '../../zh-CN';
import { account } from './account';
import { signIn } from './sign-in';

/**
 * The session area (web module auth): signing in, password change and idle logout, which the login
 * page needs first (first-page.ts carries `signIn` only, D45), and the own-account page.
 */
export const auth: Messages['auth'] = { ...signIn, account };
