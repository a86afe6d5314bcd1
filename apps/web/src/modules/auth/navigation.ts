/** What the login page is told when it is opened by the app rather than by the user. */
export interface LoginPageState {
  /** Why the user is here (session ended, idle logout …), shown above the form. */
  notice?: string;
  noticeType?: 'info' | 'warning';
  /** Where to return after logging in. */
  from?: string;
}

/** Only paths inside the app are followed after login (never another site). */
export function safeReturnPath(from: string | undefined | null): string {
  if (!from?.startsWith('/')) return '/';
  const isElsewhere = from.startsWith('//') || from.startsWith('/login') || from.startsWith('/password');
  return isElsewhere ? '/' : from;
}
