import type { Messages } from '../../zh-CN';

export const signIn: Omit<Messages['auth'], 'account'> = {
  login: {
    title: 'Log in',
    subtitle: 'One entrance for enforcement staff of province, city and county agencies',
    username: 'Username',
    usernamePlaceholder: 'Username',
    usernameRequired: 'Enter your username',
    password: 'Password',
    passwordPlaceholder: 'Password',
    passwordRequired: 'Enter your password',
    submit: 'Log in',
    securityNote:
      '{{count}} wrong passwords in a row lock the account for {{minutes}} minutes; {{idle}} minutes without activity log you out.',
    forgot: 'Forgot your password? Ask your agency’s system administrator to reset it.',
  },
  passwordChange: {
    title: 'Change password',
    initialReason: 'This is a first or reset password. Set a new password before using the platform.',
    expiredReason: 'Your password is older than {{days}} days. Set a new password before using the platform.',
    currentPassword: 'Current password',
    currentRequired: 'Enter your current password',
    newPassword: 'New password',
    newRequired: 'Enter a new password',
    submit: 'Change password',
    success: 'Password changed; your other sessions have ended',
    signedInAs: 'Signed in as {{name}} ({{username}})',
  },
  idle: {
    title: 'You will be logged out for inactivity',
    body: 'For security you are logged out after {{minutes}} minutes without activity.',
    countdown: 'Time left',
    continue: 'Stay logged in',
    loggedOut: 'Logged out after {{minutes}} minutes without activity',
  },
  sessionEnded: 'Your session has ended; please log in again',
  loggedOut: 'Logged out',
};
