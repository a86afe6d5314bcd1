import type { Messages } from '../zh-CN';

export const layout: Messages['layout'] = {
  menu: {
    entities: 'Regulated entities',
    entityImports: 'Import & export',
    entityDetail: 'Entity',
    credit: 'Commitments & credit',
    officers: 'Officers',
    officerDetail: 'Officer',
    equipment: 'Equipment',
    capacity: 'Capacity indicators',
    catalogues: 'Published lists',
    catalogueDetail: 'List',
    // random checks: plans, draw, tasks (issue 4)
    randomCheckPlans: 'Check plans',
    randomCheckPlanNew: 'New check plan',
    randomCheckPlanEdit: 'Edit check plan',
    randomCheckPlanDetail: 'Check plan',
    // random checks: field inspection record (issue 4, DR-5)
    fieldInspections: 'Field inspections',
    fieldInspectionDetail: 'Inspection record',
    // random checks: publication and summary tables (issue 4, DR-6, DR-7)
    randomCheckReports: 'Summary tables',
    randomCheckPublication: 'Publication',
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
  menuGroups: {
    registry: 'Regulated entities',
    workforce: 'Enforcement workforce',
    // random checks (issue 4)
    randomChecks: 'Random checks',
    lists: 'Published lists',
    system: 'System',
  },
  header: {
    openMenu: 'Open menu',
    collapse: 'Collapse menu',
    expand: 'Expand menu',
    userMenu: 'User menu',
    profileName: 'Profile: {{name}}',
  },
};
