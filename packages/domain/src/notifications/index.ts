export * from './notifications.contract';
