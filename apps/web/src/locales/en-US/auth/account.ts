import type { Messages } from '../../zh-CN';

export const account: Messages['auth']['account'] = {
  title: 'My account',
  profileCard: 'Profile',
  displayName: 'Name',
  displayNameRequired: 'Enter your name',
  phone: 'Phone',
  phoneHelp: '11-digit mobile number or a landline with area code; optional',
  username: 'Username',
  agency: 'Agency',
  roles: 'Roles',
  saveProfile: 'Save profile',
  profileSaved: 'Profile saved',
  passwordCard: 'Change password',
  passwordNote: 'After the change, your sessions on other devices end.',
  passwordChanged: 'Password changed; your other sessions have ended',
  passwordExpiresAt: 'Your password is valid until {{date}} (it must be changed every {{days}} days)',
};
