export * from './system.contract';
