import { signIn } from './auth/sign-in';
import { common } from './common';
import type { Messages } from './index';
import { layout } from './layout';

/**
 * The Chinese texts the login page and the frame around every page need before anything else
 * loads (issue 8: the first page ≤ 300 KB gzipped). The other areas' texts, and the domain label
 * maps they are built from, load with the first page that needs them (i18n.ts `lazyPage`); the
 * auth area's own-account page comes with them (`auth.account`, merged in deeply).
 */
export const firstPageMessages: Pick<Messages, 'common' | 'layout'> & {
  auth: Omit<Messages['auth'], 'account'>;
} = { common, layout, auth: signIn };
