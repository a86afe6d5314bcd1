export * from './audit-actions';
export * from './calendar/index';
export * from './capacity/index';
export * from './catalogues/index';
export * from './contracts/index';
export * from './credit/index';
export * from './equipment/index';
export * from './errors';
export * from './org-rules';
export * from './permissions';
export * from './personnel/index';
export * from './profile/index';
export * from './random-checks/index';
// random checks: report periods, disclosure rate, roll-up (issue 4, DR-6, DR-7)
export * from './random-checks/reports';
export * from './registry/index';
export * from './roles';
export * from './security';
