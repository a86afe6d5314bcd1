export * from './audit';
export * from './auth';
export * from './calendar';
export * from './catalogue';
export * from './equipment';
export * from './org';
export * from './personnel';
export * from './registry';
