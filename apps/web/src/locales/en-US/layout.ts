import type { Messages } from '../zh-CN';

export const layout: Messages['layout'] = {
  menu: {
    home: 'Home',
    agencies: 'Agencies & regions',
    agencyDetail: 'Agency',
    users: 'Users',
    audit: 'Audit trail',
    calendar: 'Working calendar',
    profile: 'Province profile',
    account: 'My account',
    passwordChange: 'Change password',
    login: 'Log in',
    notFound: 'Not found',
  },
  header: {
    openMenu: 'Open menu',
    collapse: 'Collapse menu',
    expand: 'Expand menu',
    userMenu: 'User menu',
    profileName: 'Profile: {{name}}',
  },
};
