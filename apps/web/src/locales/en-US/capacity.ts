import type { Messages } from '../zh-CN';

export const capacity: Messages['capacity'] = {
  title: 'Capacity indicators',
  subtitle:
    'Vacancy, on-duty, certificate and legal-qualification rates and equipment gaps, per agency and rolled up',
  filters: { agency: 'Scope', date: 'Date', scope: 'Figures' },
  scope: { rolledUp: 'With units below', own: 'Own only' },
  columns: {
    agency: 'Enforcement agency',
    authorized: 'Authorised posts',
    staff: 'Officers',
    onDuty: 'On duty',
    vacancy: 'Vacancy',
    onDutyRate: 'On-duty rate',
    certificate: 'Certified',
    legal: 'Legal qualification',
    equipment: 'Equipment gap',
    missed: 'Missed',
  },
  target: 'Target: {{target}}',
  basis: 'Basis: {{basis}}',
  notEntered: 'Not entered',
  notApplicable: 'n/a',
  cityUnits: 'City agencies meeting it {{met}}/{{total}}',
  missedCount: '{{count}} targets',
  allMet: 'Met',
  equipmentShort: '{{count}} short',
  total: 'Total: {{name}}',
  chart: {
    title: 'Targets: {{name}}',
    value: 'Actual',
    target: 'Target',
    hint: 'Click an agency in the table to chart it',
    rates: 'Rate (%)',
  },
  staffing: {
    edit: 'Edit authorised posts',
    title: 'Authorised posts: {{name}}',
    label: 'Authorised enforcement posts',
    required: 'Enter the number',
    help: 'Vacancy = (authorised posts − officers) ÷ authorised posts',
    saved: '{{name}}: {{count}} authorised posts',
    current: '{{staff}} officers now (seconded and on leave included, departed not)',
  },
  legend:
    'Red marks a missed target; "n/a": the target does not bind this agency (vacancy and on duty bind city and county agencies, the legal qualification city agencies).',
};
