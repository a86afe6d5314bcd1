export * from './todos.contract';
