import type { Messages } from '../zh-CN';

export const regions: Messages['regions'] = {
  fullName: 'Full name',
  code: 'Code',
  level: 'Level',
  developmentZone: 'Development zone',
  children: 'Divisions below',
  childrenCount: '{{count}}',
  agencies: 'Agencies located here',
  noAgencies: 'No agency in your jurisdiction is located here',
};
