export * from './capacity-indicators';
export * from './capacity-units';
