export * from './audit';
export * from './auth';
export * from './calendar';
export * from './org';
