export * from './capacity.contract';
export * from './capacity.indicators';
export * from './capacity.units';
