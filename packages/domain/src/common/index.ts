export * from './common.contract';
export * from './common.errors';
