import type { Messages } from '../zh-CN';

export const publicPortal: Messages['publicPortal'] = {
  portalName: 'Environmental enforcement disclosure',
  randomChecks: {
    title: 'Random-check results',
    intro:
      'Under the “double random, one public” rule, environmental agencies draw the entities and the inspectors at random and publish the results. This page lists the completed inspections of every agency and its disclosure rate.',
    agency: 'Agency',
    agencyPlaceholder: 'All regions',
    month: 'Month',
    outcome: 'Outcome',
    outcomeAll: 'All outcomes',
    search: 'Entity name or credit code',
    rateTitle: '{{agency}} disclosure rate ({{period}})',
    rateDetail: '{{published}} published of {{completed}} completed; target {{target}}%',
    noRate: 'No completed inspections in this period',
    agencyRates: 'Disclosure rate by agency',
    columns: {
      entity: 'Entity',
      creditCode: 'Credit code',
      county: 'Location',
      agency: 'Inspecting agency',
      inspectedOn: 'Inspected on',
      items: 'Items checked',
      outcome: 'Outcome',
      plan: 'Plan',
      publishedOn: 'Published on',
      completed: 'Completed',
      published: 'Published',
      rate: 'Rate',
    },
    empty: 'No published results',
    note: 'No personal data (officers, persons present) is published. To dispute a result, contact the inspecting agency.',
    all: 'All',
  },
  footer: 'Qingshan environmental enforcement platform · Disclosure',
  login: 'Staff login',
};
