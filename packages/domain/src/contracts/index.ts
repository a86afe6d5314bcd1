export * from './audit';
export * from './auth';
export * from './calendar';
export * from './common';
export * from './entities';
export * from './org';
export * from './system';
export * from './users';
