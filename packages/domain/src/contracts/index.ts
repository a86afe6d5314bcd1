export * from './audit';
export * from './auth';
export * from './calendar';
export * from './capacity';
export * from './catalogues';
export * from './clocks';
export * from './common';
export * from './credit';
export * from './entities';
export * from './entity-imports';
export * from './equipment';
// random checks: field inspection record (issue 4, DR-5)
export * from './inspection-records';
export * from './notifications';
export * from './org';
export * from './personnel';
// random checks: publication, public results, monthly/yearly tables (issue 4, DR-6, DR-7)
export * from './random-check-reports';
// random checks: plans, draw, tasks (issue 4)
export * from './random-checks';
export * from './system';
export * from './todos';
export * from './users';
