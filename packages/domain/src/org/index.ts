export * from './org.contract';
export * from './org.rules';
