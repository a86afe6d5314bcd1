export * from './auth.contract';
export * from './auth.permissions';
export * from './auth.roles';
export * from './auth.security';
