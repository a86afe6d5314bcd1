export * from './audit-actions';
export * from './calendar/index';
export * from './contracts/index';
export * from './errors';
export * from './permissions';
export * from './profile/index';
export * from './roles';
export * from './security';
